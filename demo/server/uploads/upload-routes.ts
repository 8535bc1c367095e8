import {statSync} from 'node:fs';
import type {IncomingMessage} from 'node:http';
import path from 'node:path';
import {FileStore} from '@tus/file-store';
import {MemoryLocker, Server} from '@tus/server';
import type {FastifyInstance, FastifyReply, FastifyRequest} from 'fastify';
import {MAX_UPLOAD_SIZE, TUS_VERSION} from '../../../src/contract/uploads.js';
import type {FaultSwitch} from '../faults.js';
import {sendTooMany} from '../limits/rate-limits.js';
import {TokenBuckets} from '../limits/token-bucket.js';
import type {SandboxContext} from '../sandbox-context.js';
import {metadataProblem, sha256OfFile} from './upload-checks.js';
import {withoutHeader} from './without-header.js';

/** An unfinished upload is kept this long for its sender to resume it, then removed. */
const UNFINISHED_UPLOADS_EXPIRE_AFTER_MS = 24 * 60 * 60 * 1000;
/** How often expired uploads are looked for, at most. */
const LONGEST_SWEEP_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Evidence uploads: tus 1.0 through @tus/server (creation, termination,
 * expiration), files under `directory` as sent, byte for byte. On completion
 * the server reads the file again, and refuses and removes it when its
 * SHA-256 is not the one the sender declared.
 */
export function registerUploadRoutes(
  app: FastifyInstance,
  directory: string,
  faults: FaultSwitch,
  context: SandboxContext,
  expiresAfterMs = UNFINISHED_UPLOADS_EXPIRE_AFTER_MS,
): void {
  const datastore = new FileStore({directory, expirationPeriodInMilliseconds: expiresAfterMs});
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
      const actual = await sha256OfFile(path.join(directory, upload.id));
      if (actual !== upload.metadata?.sha256) {
        await datastore.remove(upload.id);
        throw {
          status_code: 460,
          body: 'The file received is not the file described: its SHA-256 differs. Send it again.',
        };
      }
      return {};
    },
  });

  // tus reads the raw body itself.
  app.addContentTypeParser('application/offset+octet-stream', (_request, _payload, done) => done(null));
  // A stored file is only ever a download: never shown inline by the browser, whatever it claims to be.
  // (HEAD stays with tus: it answers with the offset a sender resumes from.)
  app.get('/uploads/:id', {exposeHeadRoute: false}, async (request: FastifyRequest<{Params: {id: string}}>, reply) => {
    const upload = await datastore.getUpload(path.basename(request.params.id)).catch(() => undefined);
    if (!upload || upload.size === undefined || upload.offset !== upload.size) return reply.code(404).send();
    return reply
      .header('Content-Type', 'application/octet-stream')
      .header('Content-Disposition', 'attachment')
      .header('Content-Length', String(upload.size))
      .send(datastore.read(upload.id));
  });
  const handle = async (request: FastifyRequest, reply: FastifyReply) => {
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
