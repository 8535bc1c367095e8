/// <reference types="vite/client" />
import type {SetupWorker} from 'msw/browser';
import type {StoryContext} from '@storybook/web-components-vite';
import {SANDBOX_ENDPOINT, STORY_ENDPOINT_MODE} from '../../stories/sandbox-endpoint.js';
import {startRecording} from './recorder.js';
import {recordingFile, type RecordedExchange, type RecordedSocket, type StoryRecording} from './recording.js';
import {recordedHandlers} from './replay.js';

/** Where `npm run stories:record` writes (an absolute path, set only while recording). */
declare const __SOH_STORY_RECORDINGS__: string;

const recordings = import.meta.glob<StoryRecording>('../../stories/recorded-responses/*.json', {import: 'default'});

async function recordingOf(storyId: string): Promise<StoryRecording | undefined> {
  return recordings[`../../stories/recorded-responses/${recordingFile(storyId)}`]?.();
}

let worker: Promise<SetupWorker> | undefined;

/** Mock Service Worker, started once: its script is served beside the story pages (.storybook/main.ts). */
export function startWorker(): Promise<SetupWorker> {
  worker ??= import('msw/browser').then(async ({setupWorker}) => {
    const started = setupWorker();
    await started.start({
      serviceWorker: {url: new URL('mockServiceWorker.js', location.href).pathname},
      quiet: true,
      onUnhandledRequest: 'bypass',
    });
    return started;
  });
  return worker;
}

/** The recordings answering now, newest first: a docs page shows several stories at once. */
const answering: Array<{storyId: string; recording: StoryRecording}> = [];
let stopRecording: (() => StoryRecording) | undefined;

/**
 * A project-wide loader: it runs before the story's own loaders (which may
 * talk to the endpoint themselves, such as a payment played on the card pages).
 * In a static Storybook, the story's recording answers for the sandbox;
 * against a real sandbox, what the story exchanges is recorded, to be written
 * (`npm run stories:record`) or checked against its recording (the story tests).
 */
export async function storyEndpointLoader(context: StoryContext): Promise<Record<string, never>> {
  if (STORY_ENDPOINT_MODE === 'replay') {
    const recording = await recordingOf(context.id);
    if (context.viewMode === 'story') answering.length = 0;
    if (recording) answering.unshift({storyId: context.id, recording});
    (await startWorker()).resetHandlers(...recordedHandlers(answering, SANDBOX_ENDPOINT));
  } else {
    stopRecording?.();
    stopRecording = startRecording(SANDBOX_ENDPOINT);
  }
  return {};
}

/** After the story has played: write what it exchanged, or check that its recording still says the same. */
export async function storyEndpointAfterEach(context: StoryContext): Promise<void> {
  if (!stopRecording) return;
  const recorded = stopRecording();
  stopRecording = undefined;
  const exchangedNothing = recorded.exchanges.length === 0 && recorded.sockets.length === 0;
  if (STORY_ENDPOINT_MODE === 'record') {
    if (exchangedNothing) return;
    const {commands} = await import('vitest/browser');
    await commands.writeFile(
      `${__SOH_STORY_RECORDINGS__}/${recordingFile(context.id)}`,
      `${JSON.stringify(recorded, null, 1)}\n`,
    );
    return;
  }
  const kept = (await recordingOf(context.id)) ?? {exchanges: [], sockets: []};
  const now = shapes(recorded);
  const then = shapes(kept);
  const missing = now.filter((shape) => !then.includes(shape));
  if (missing.length > 0)
    throw new Error(
      `The static Storybook cannot answer this story: its recorded responses (stories/recorded-responses/${recordingFile(context.id)}) ` +
        `hold nothing for ${missing.join(', ')}. Run npm run stories:record, and review the difference.`,
    );
}

/**
 * What a story asks of the endpoint, each kind once, with the endpoint's own
 * ids and references (a payment's, an upload's, a report's) written `:id`:
 * the same in every run.
 */
function shapes({exchanges, sockets}: StoryRecording): string[] {
  const shapeOf = (path: string) =>
    path
      .split('?')[0]
      .split('/')
      // A word (`payments`, `sha256`) names a kind of thing; anything else (an id, a reference) is one of them.
      .map((segment) => (/^[a-z]+(-[a-z]+)*\d*$/.test(segment) ? segment : ':id'))
      .join('/');
  const kinds = [
    ...exchanges.map((exchange: RecordedExchange) => `${exchange.method} ${shapeOf(exchange.path)}`),
    ...sockets.map((socket: RecordedSocket) => `WebSocket ${shapeOf(socket.path)}`),
  ];
  return [...new Set(kinds)].sort();
}
