/**
 * codex-rx: the Codex app-server as typed, hot RxJS Observables.
 *
 * The client API, the error classes and the most used protocol types. Every protocol type and
 * schema is in `codex-rx/types`; the offline test kit is in `codex-rx/testing`.
 * @packageDocumentation
 */
import { usePlatform } from './facade/platform.js';
import { nodePlatform } from './node/node-platform.js';

// The Node build spawns servers and connects with `ws`; the browser build (browser.ts) does not.
usePlatform(nodePlatform);

export * from './client.js';
export { StreamTransport, type ReadableLike, type WritableLike } from './process/stream-transport.js';
export { ProcessTransport } from './process/process-transport.js';
