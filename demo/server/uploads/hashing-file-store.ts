import {createHash, type Hash} from 'node:crypto';
import path from 'node:path';
import {Transform, type Readable} from 'node:stream';
import {FileStore} from '@tus/file-store';
import type {Upload} from '@tus/server';
import {sha256OfFile} from './upload-checks.js';

/** A hash of an upload's bytes so far, and how many bytes it has taken in. */
interface RunningHash {
  hash: Hash;
  offset: number;
}

/**
 * @tus/file-store's FileStore that also hashes each upload's bytes as they
 * arrive, so that checking a finished file costs nothing more than a
 * comparison rather than reading gigabytes from disk again.
 *
 * The running hash is trusted only while it has taken in exactly the bytes
 * the file holds: a request that starts at another offset (a resume after
 * the sandbox restarted) or fails part way (bytes hashed that were never
 * written) drops it, and the finished file is then read again instead.
 */
export class HashingFileStore extends FileStore {
  private readonly running = new Map<string, RunningHash>();
  /** The check under way for each upload, which the next one waits for. */
  private readonly checks = new Map<string, Promise<void>>();

  override async write(readable: Readable, id: string, offset: number): Promise<number> {
    let running = this.running.get(id);
    if (running?.offset !== offset) running = offset === 0 ? {hash: createHash('sha256'), offset: 0} : undefined;
    this.running.delete(id);
    let hashed = 0;
    const hashing = new Transform({
      transform(piece: Buffer, _encoding, done) {
        running?.hash.update(piece);
        hashed += piece.length;
        done(null, piece);
      },
    });
    // A request cut part way ends the stream it reads from early: the file keeps what arrived, as before.
    readable.on('error', (error) => hashing.destroy(error));
    const written = await super.write(readable.pipe(hashing), id, offset);
    if (running && offset + hashed === written) this.running.set(id, {hash: running.hash, offset: written});
    return written;
  }

  /** The SHA-256 (hex) of an upload's `size` bytes: from the running hash when it holds them all, else read again. */
  async sha256Of(id: string, size: number): Promise<string> {
    const running = this.running.get(id);
    this.running.delete(id);
    if (running?.offset === size) return running.hash.digest('hex');
    return sha256OfFile(path.join(this.directory, id));
  }

  override async remove(id: string): Promise<void> {
    this.running.delete(id);
    await super.remove(id);
  }

  /** Whether an upload is finished and its bytes were found to be the ones its sender described. */
  async isConfirmed(id: string): Promise<boolean> {
    return isConfirmed(await this.configstore.get(id).catch(() => undefined));
  }

  /**
   * Checks an upload's bytes (all `size` of them) against the SHA-256 its sender gives, one check at a time for each
   * upload: a second check waits for the first, then finds the file checked (a comparison) or gone, never reads the
   * file again and never removes a file another check has just found sound. A file that differs is removed.
   */
  check(id: string, size: number, claimed: string): Promise<CheckOutcome> {
    const outcome = (this.checks.get(id) ?? Promise.resolve()).then(() => this.checkNow(id, size, claimed));
    const done = outcome.then(
      () => undefined,
      () => undefined,
    );
    this.checks.set(id, done);
    void done.then(() => {
      if (this.checks.get(id) === done) this.checks.delete(id);
    });
    return outcome;
  }

  private async checkNow(id: string, size: number, claimed: string): Promise<CheckOutcome> {
    const record = await this.configstore.get(id).catch(() => undefined);
    if (!record) return 'gone';
    if (isConfirmed(record)) return record.metadata?.sha256 === claimed ? 'matches' : 'another';
    if ((await this.sha256Of(id, size)) !== claimed) {
      await this.remove(id);
      return 'differs';
    }
    // Recorded as checked and finished, so that the sweep of expired unfinished uploads leaves it (the store's own
    // record otherwise keeps the offset it was created with, and @tus/file-store would remove it after a day).
    const current = await this.configstore.get(id).catch(() => undefined);
    if (!current) return 'gone';
    current.metadata = {...current.metadata, sha256: claimed};
    current.offset = size;
    await this.configstore.set(id, current);
    return 'matches';
  }
}

/**
 * How a check of an upload's bytes ended: they `matches` the SHA-256 given (and the upload is now checked); they
 * `differs` (and the upload is removed); the upload was checked already against `another`; or it is `gone`.
 */
export type CheckOutcome = 'matches' | 'differs' | 'another' | 'gone';

function isConfirmed(record: Upload | undefined): boolean {
  return Boolean(record?.metadata?.sha256) && record?.size !== undefined && record.offset === record.size;
}
