import {statSync} from 'node:fs';
import type {IncomingMessage} from 'node:http';
import path from 'node:path';
import {MemoryLocker, Server} from '@tus/server';
import type {FastifyInstance, FastifyReply, FastifyRequest} from 'fastify';
import {MAX_UPLOAD_SIZE, SHA256_CONFIRMATION, SHA256_PATTERN, TUS_VERSION} from '../../../src/contract/uploads.js';
import type {FaultSwitch} from '../faults.js';
import {sendTooMany} from '../limits/rate-limits.js';
import {TokenBuckets} from '../limits/token-bucket.js';
import type {SandboxContext} from '../sandbox-context.js';
import {HashingFileStore} from './hashing-file-store.js';
import {metadataProblem} from './upload-checks.js';
import {withoutHeader} from './without-header.js';

/** An unfinished upload is kept this long for its sender to resume it, then removed. */
const UNFINISHED_UPLOADS_EXPIRE_AFTER_MS = 24 * 60 * 60 * 1000;
/** How often expired uploads are looked for, at most. */
const LONGEST_SWEEP_INTERVAL_MS = 60 * 60 * 1000;

/** The words of a refusal for a file whose bytes are not the ones described. */
const DIFFERS = 'The file received is not the file described: its SHA-256 differs. Send it again.';

/**
 * Evidence uploads: tus 1.0 through @tus/server (creation, termination,
 * expiration), files under `directory` as sent, byte for byte, hashed as the
 * bytes arrive. The sender gives the file's SHA-256 either when it creates
 * the upload (`sha256` in its metadata: checked as the last byte arrives) or,
 * having hashed while sending, once every byte is in (`POST {upload}/sha256`).
 * A file whose SHA-256 differs is refused and removed; until its SHA-256
 * matches, a file is not evidence: the back office cannot fetch it.
 */
export function registerUploadRoutes(
  app: FastifyInstance,
  directory: string,
  faults: FaultSwitch,
  context: SandboxContext,
  expiresAfterMs = UNFINISHED_UPLOADS_EXPIRE_AFTER_MS,
): void {
  const datastore = new HashingFileStore({directory, expirationPeriodInMilliseconds: expiresAfterMs});
  const created = new TokenBuckets(context.limits.uploads);
  const declaredBytes = new TokenBuckets(context.limits.uploadBytes);
  const tus = new Server({
    path: '/uploads',
    datastore,
    locker: new MemoryLocker(),
    maxSize: MAX_UPLOAD_SIZE,
    relativeLocation: true,
    // The same origins as the rest of the API (tus answers CORS itself; by default it would allow any).
    allowedOrigins: context.isAllowedOrigin,
    onUploadCreate: async (_request, upload) => {
      const problem = metadataProblem(upload.metadata);
      if (problem) throw {status_code: 400, body: problem};
      return {};
    },
    onUploadFinish: async (_request, upload) => {
      // Described when it was created: checked now. Otherwise its sender says what it is next (below).
      // (Also called for an empty PATCH at the end of a finished upload: a checked one is then only compared.)
      const declared = upload.metadata?.sha256;
      if (!declared) return {};
      if ((await datastore.check(upload.id, upload.size ?? 0, declared)) === 'differs')
        throw {status_code: 460, body: DIFFERS};
      return {};
    },
  });

  // tus reads the raw body itself.
  app.addContentTypeParser('application/offset+octet-stream', (_request, _payload, done) => done(null));
  // A stored file is only ever a download: never shown inline by the browser, whatever it claims to be.
  // (HEAD stays with tus: it answers with the offset a sender resumes from.)
  app.get('/uploads/:id', {exposeHeadRoute: false}, async (request: FastifyRequest<{Params: {id: string}}>, reply) => {
    const upload = await datastore.getUpload(path.basename(request.params.id)).catch(() => undefined);
    if (!upload || !(await datastore.isConfirmed(upload.id))) return reply.code(404).send();
    return reply
      .header('Content-Type', 'application/octet-stream')
      .header('Content-Disposition', 'attachment')
      .header('Content-Length', String(upload.size))
      .send(datastore.read(upload.id));
  });
  registerConfirmation(app, datastore, new TokenBuckets(context.limits.uploads), context);
  const handle = async (request: FastifyRequest, reply: FastifyReply) => {
    // A stored file is served only by the guarded route above, never by tus (`/uploads/{id}/` would reach it here).
    if (request.method === 'GET') return reply.code(404).send();
    if (request.method === 'POST') {
      // Creation: limited per client in number and in the bytes declared, before tus sets anything aside. The
      // elements always know a file's size, so a length left for later (which would cost nothing here) is refused.
      const length = Number(request.headers['upload-length']);
      if (!Number.isSafeInteger(length) || length < 0)
        return reply.code(400).header('Tus-Resumable', TUS_VERSION).send('Send the file’s size as Upload-Length.');
      if (length > MAX_UPLOAD_SIZE)
        return reply.code(413).header('Tus-Resumable', TUS_VERSION).send('The file is larger than the endpoint takes.');
      const client = context.clientOf(request.raw);
      const refused = [created.take(client), declaredBytes.take(client, length)].find((take) => !take.allowed);
      if (refused && !refused.allowed) return sendTooMany(reply.header('Tus-Resumable', TUS_VERSION), refused);
    }
    // What a stored file is called and which report it goes with are the back office's to know: whoever holds
    // its address (it is kept on the person's device to resume) learns only how far it got.
    if (request.method === 'HEAD' && !context.operators.isOperator(request.headers, context.clientOf(request.raw)))
      withoutHeader(reply.raw, 'Upload-Metadata');
    reply.hijack();
    if (request.method === 'PATCH') {
      cutWhenPlanned(request.raw, directory, faults);
      slowWhenPlanned(request.raw, faults);
    }
    await tus.handle(request.raw, reply.raw);
  };
  app.all('/uploads', handle);
  app.all('/uploads/*', handle);
  // Unfinished uploads are removed once expired while the sandbox runs, not only when it stops.
  const sweep = setInterval(
    () => void datastore.deleteExpired().catch(() => 0),
    Math.min(expiresAfterMs / 4, LONGEST_SWEEP_INTERVAL_MS),
  );
  sweep.unref();
  app.addHook('onClose', async () => {
    clearInterval(sweep);
    await datastore.deleteExpired().catch(() => 0);
  });
}

/**
 * `POST {upload}/sha256`, a plain-text body of 64 hex digits: the SHA-256 of
 * the whole file, from a sender that hashed it while sending. Answers `204`
 * when every byte is in and matches (the same again is `204` too); `460` when
 * it differs, and the file is removed; `409` while bytes are still to come,
 * or when the file was already confirmed as another; `400`, `404` otherwise.
 * Plain text, so that a page on another origin sends it without a preflight.
 */
function registerConfirmation(
  app: FastifyInstance,
  datastore: HashingFileStore,
  confirmations: TokenBuckets,
  context: SandboxContext,
): void {
  app.post(
    `/uploads/:id/${SHA256_CONFIRMATION}`,
    {bodyLimit: 1024},
    async (request: FastifyRequest<{Params: {id: string}; Body: unknown}>, reply) => {
      reply.header('Tus-Resumable', TUS_VERSION).type('text/plain; charset=utf-8');
      // One for each upload a client may create: a file whose running hash was lost is read again to check it.
      const allowance = confirmations.take(context.clientOf(request.raw));
      if (!allowance.allowed) return sendTooMany(reply, allowance);
      const claimed = typeof request.body === 'string' ? request.body.trim() : '';
      if (!SHA256_PATTERN.test(claimed))
        return reply.code(400).send('Send the SHA-256 of the whole file, in lower-case hex, as the body (text/plain).');
      const upload = await datastore.getUpload(path.basename(request.params.id)).catch(() => undefined);
      if (!upload || upload.size === undefined) return reply.code(404).send('There is no such upload.');
      if (upload.offset !== upload.size)
        return reply.code(409).send('Not all of the file has arrived yet: send the rest, then its SHA-256.');
      switch (await datastore.check(upload.id, upload.size, claimed)) {
        case 'matches':
          return reply.code(204).send();
        case 'differs':
          return reply.code(460).send(DIFFERS);
        case 'another':
          return reply.code(409).send('This file was already checked against another SHA-256.');
        case 'gone':
          return reply.code(404).send('There is no such upload.');
      }
    },
  );
}

/** Where the file of an upload request is stored. */
function fileOf(request: IncomingMessage, directory: string): string {
  const id = decodeURIComponent((request.url ?? '').split('?')[0].split('/').pop() ?? '');
  return path.join(directory, path.basename(id));
}

/** The size of a stored file now, or undefined before it exists. */
function sizeOf(file: string): number | undefined {
  try {
    return statSync(file).size;
  } catch {
    return undefined;
  }
}

/**
 * The fault switch's `uploads.bytesPerSecond`: the request is read no faster
 * than that. Each piece read is counted; once more has arrived than the rate
 * allows for the time since the request began, the request is held (Node
 * then stops reading its socket, and the sender's connection fills and
 * waits) until the time catches up. Once the faults are cleared, the request
 * goes on at full speed.
 */
function slowWhenPlanned(request: IncomingMessage, faults: FaultSwitch): void {
  if (faults.plannedBytesPerSecond() === undefined) return;
  const startedAt = Date.now();
  let received = 0;
  let releasing: NodeJS.Timeout | undefined;
  const release = () => {
    // The prototype's resume again, and the flow it was asked for while held.
    Reflect.deleteProperty(request, 'resume');
    request.resume();
  };
  const count = (piece: Buffer) => {
    received += piece.length;
    const rate = faults.plannedBytesPerSecond();
    if (rate === undefined) return;
    const wait = startedAt + (received / rate) * 1000 - Date.now();
    if (wait <= 0) return;
    request.pause();
    // tus reads the request through a web stream, which resumes it whenever it wants more: while held, that waits.
    request.resume = () => request;
    clearTimeout(releasing);
    releasing = setTimeout(release, wait);
  };
  // Counted from when tus starts reading: a listener added before would start the flow with no one to take it.
  request.once('resume', () => request.on('data', count));
  request.on('close', () => clearTimeout(releasing));
}

/**
 * The fault switch's `uploads.dropAfterBytes`: the connection of the upload
 * request during which the file comes to hold that many bytes is cut, as a
 * phone losing its signal would be. (A request that ends before then, such
 * as an earlier chunk, leaves the fault planned.)
 */
function cutWhenPlanned(request: IncomingMessage, directory: string, faults: FaultSwitch): void {
  const bytes = faults.plannedDropAfterBytes();
  if (bytes === undefined) return;
  const file = fileOf(request, directory);
  const timer = setInterval(() => {
    const size = sizeOf(file);
    if (size !== undefined && size >= bytes) {
      clearInterval(timer);
      if (faults.take('uploads')?.kind === 'drop-after-bytes') request.socket.destroy();
    }
  }, 2);
  request.on('close', () => clearInterval(timer));
}
