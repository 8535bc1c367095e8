import {createHash, type Hash} from 'node:crypto';
import path from 'node:path';
import {Transform, type Readable} from 'node:stream';
import {FileStore} from '@tus/file-store';
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
    const record = await this.configstore.get(id).catch(() => undefined);
    return Boolean(record?.metadata?.sha256) && record?.size !== undefined && record.offset === record.size;
  }

  /**
   * Records that an upload's bytes are the ones its sender described (its `sha256`), and that it is finished, so the
   * sweep of expired uploads leaves it alone (the store's own record otherwise keeps the offset it was created with).
   */
  async confirm(id: string, sha256: string): Promise<void> {
    const record = await this.configstore.get(id);
    if (!record) return;
    record.metadata = {...record.metadata, sha256};
    record.offset = record.size ?? 0;
    await this.configstore.set(id, record);
  }
}
