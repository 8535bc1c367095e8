import {
  ENDPOINT_PLACEHOLDER,
  keptHeaders,
  swapEndpoint,
  type RecordedExchange,
  type RecordedSocket,
  type StoryRecording,
} from './recording.js';

/**
 * Records what a story exchanges with the real sandbox at `endpoint`: every
 * fetch, XMLHttpRequest (tus-js-client's uploads) and WebSocket (the chat)
 * the page opens to it, until the returned `stop` is called. Nothing is
 * changed on the way: the story talks to the sandbox as it always does.
 */
export function startRecording(endpoint: string): () => StoryRecording {
  const socketEndpoint = endpoint.replace(/^http/, 'ws');
  const exchanges: RecordedExchange[] = [];
  const sockets: RecordedSocket[] = [];
  const relative = (url: string) => url.slice(endpoint.length);
  const recordable = (url: string) => url.startsWith(endpoint);
  const portable = (text: string) => swapEndpoint(text, endpoint, ENDPOINT_PLACEHOLDER);
  /** The headers kept, a location (tus's answer, `/uploads/…`) made absolute first, so it moves with the endpoint. */
  const portableHeaders = (headers: Iterable<[string, string]>, url: string) => {
    const kept = keptHeaders(headers);
    if (kept.location) kept.location = new URL(kept.location, url).href;
    return Object.fromEntries(Object.entries(kept).map(([name, value]) => [name, portable(value)]));
  };

  const pageFetch = window.fetch;
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href).href;
    const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
    const response = await pageFetch(input, init);
    if (recordable(url)) {
      // A redirect the story chose not to follow (a card page's form post) is opaque: answered again as a 303.
      const status = response.type === 'opaqueredirect' ? 303 : response.status;
      const body = await response.clone().text();
      exchanges.push({
        method,
        path: relative(url),
        status,
        headers: portableHeaders(response.headers, url),
        body: portable(body),
      });
    }
    return response;
  };

  const PageXMLHttpRequest = window.XMLHttpRequest;
  class RecordingXMLHttpRequest extends PageXMLHttpRequest {
    override open(
      method: string,
      url: string | URL,
      async = true,
      username?: string | null,
      password?: string | null,
    ): void {
      const address = new URL(url, location.href).href;
      if (recordable(address))
        this.addEventListener('loadend', () => {
          if (this.status === 0) return;
          exchanges.push({
            method: method.toUpperCase(),
            path: relative(address),
            status: this.status,
            headers: portableHeaders(responseHeaders(this.getAllResponseHeaders()), address),
            body: this.responseType === '' || this.responseType === 'text' ? portable(this.responseText) : '',
          });
        });
      super.open(method, url, async, username, password);
    }
  }
  window.XMLHttpRequest = RecordingXMLHttpRequest;

  const PageWebSocket = window.WebSocket;
  class RecordingWebSocket extends PageWebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      const address = new URL(url, location.href).href;
      if (!address.startsWith(socketEndpoint)) return;
      const socket: RecordedSocket = {path: address.slice(socketEndpoint.length), frames: []};
      sockets.push(socket);
      const opened = performance.now();
      const since = () => Math.round(performance.now() - opened);
      this.addEventListener('message', (message) =>
        socket.frames.push({afterMs: since(), data: portable(String(message.data))}),
      );
      this.addEventListener(
        'close',
        (close) => (socket.closed = {afterMs: since(), code: close.code, reason: close.reason}),
      );
    }
  }
  window.WebSocket = RecordingWebSocket;

  return () => {
    window.fetch = pageFetch;
    window.XMLHttpRequest = PageXMLHttpRequest;
    window.WebSocket = PageWebSocket;
    return {exchanges, sockets};
  };
}

function responseHeaders(all: string): Array<[string, string]> {
  return all
    .trim()
    .split(/\r?\n/)
    .filter(Boolean)
    .map((line) => {
      const colon = line.indexOf(':');
      return [line.slice(0, colon).trim(), line.slice(colon + 1).trim()];
    });
}
