import {http, HttpResponse, ws, type RequestHandler, type WebSocketHandler} from 'msw';
import {ENDPOINT_PLACEHOLDER, swapEndpoint, type RecordedExchange, type StoryRecording} from './recording.js';

const withoutQuery = (path: string) => path.split('?')[0];

/**
 * Mock Service Worker handlers that answer requests to `endpoint` from
 * stories' recordings, as the sandbox answered them when they were recorded.
 * `recordings` is read at each request, newest first, so a docs page that
 * shows several stories answers each from its own.
 *
 * A request is answered by the first unused recorded exchange with the same
 * method and address (then the same method and path, whatever the query);
 * the last of its kind is kept for repeats, as a status asked again and again
 * is answered the same. One the recordings do not hold is answered 404, with
 * what to run to record it. A request that names its story (the `X-Story-Id`
 * header, sent by a story's own setup, as a docs page runs every story's at
 * once) is answered from that story's recording only.
 */
export function recordedHandlers(
  recordings: Array<{storyId: string; recording: StoryRecording}>,
  endpoint: string,
): Array<RequestHandler | WebSocketHandler> {
  const used = new WeakSet<object>();
  const fromRecording = (text: string) => swapEndpoint(text, ENDPOINT_PLACEHOLDER, endpoint);

  function answerFor(method: string, path: string, storyId: string | null): RecordedExchange | undefined {
    const searched = recordings
      .filter((answering) => !storyId || answering.storyId === storyId)
      .map((answering) => answering.recording);
    for (const sameAs of [
      (exchange: RecordedExchange) => exchange.path === path,
      (exchange: RecordedExchange) => withoutQuery(exchange.path) === withoutQuery(path),
    ]) {
      for (const recording of searched) {
        const candidates = recording.exchanges.filter((exchange) => exchange.method === method && sameAs(exchange));
        const unused = candidates.find((exchange) => !used.has(exchange));
        const answer = unused ?? candidates.at(-1);
        if (!answer) continue;
        if (answer !== candidates.at(-1)) used.add(answer);
        return answer;
      }
    }
    return undefined;
  }

  const answerRequests = http.all(`${endpoint}*`, ({request}) => {
    const path = request.url.slice(endpoint.length);
    const answer = answerFor(request.method, path, request.headers.get('x-story-id'));
    if (!answer)
      return HttpResponse.json(
        {
          errors: [
            {
              status: '404',
              title: 'Not in the recording',
              detail: `No recorded answer to ${request.method} ${path}: run npm run stories:record`,
            },
          ],
        },
        {status: 404},
      );
    const bodiless = answer.status === 204 || answer.status === 304 || request.method === 'HEAD';
    const headers = Object.fromEntries(
      Object.entries(answer.headers).map(([name, value]) => [name, fromRecording(value)]),
    );
    return new HttpResponse(bodiless ? null : fromRecording(answer.body), {status: answer.status, headers});
  });

  const socketEndpoint = endpoint.replace(/^http/, 'ws');
  const usedSockets = new WeakSet<object>();
  const answerSockets = ws.link(`${socketEndpoint}*`).addEventListener('connection', ({client}) => {
    const path = withoutQuery(client.url.href.slice(socketEndpoint.length));
    const recorded = recordings
      .flatMap(({recording}) => recording.sockets)
      .find((socket) => !usedSockets.has(socket) && withoutQuery(socket.path) === path);
    if (!recorded) {
      client.close(1011, 'Not in the recording');
      return;
    }
    usedSockets.add(recorded);
    // What the sandbox sent, when it sent it; what the page sends goes nowhere.
    const timers = recorded.frames.map(({afterMs, data}) =>
      setTimeout(() => client.send(fromRecording(data)), afterMs),
    );
    if (recorded.closed) {
      const {afterMs, code, reason} = recorded.closed;
      timers.push(setTimeout(() => client.close(code, reason), afterMs));
    }
    client.addEventListener('close', () => timers.forEach(clearTimeout));
  });

  return [answerRequests, answerSockets];
}
