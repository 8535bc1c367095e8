/* global self */
// A hashing worker that never answers: a phone still reading a long video. Named by a test page, to show that the
// element sends every byte without waiting for the SHA-256.
self.onmessage = () => undefined;
