/**
 * codex-rx in a browser (the `browser` export condition): the same client API, streams and types
 * as in Node, over the page's `WebSocket` to a codex-rx relay (`Codex.connect({ url, token })`).
 * `Codex.start()` needs Node and throws here.
 * @packageDocumentation
 */
export * from './client.js';
