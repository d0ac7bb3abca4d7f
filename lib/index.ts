/**
 * codex-rx: the Codex app-server as typed, hot RxJS Observables.
 *
 * The client API, the error classes and the most used protocol types. Every protocol type and
 * schema is in `codex-rx/types`; the offline test kit is in `codex-rx/testing`.
 * @packageDocumentation
 */
import { usePlatform } from './facade/platform.js';
import { nodePlatform } from './node/node-platform.js';
import { loadZodSchemas, zodExplainer } from './node/zod-explainer.js';
import { useExplainer } from './rpc/explain.js';

// The Node build spawns servers and connects with `ws`; the browser build (browser.ts) does not.
// It also explains refused messages with zod, which the browser build does not carry.
usePlatform(nodePlatform);
useExplainer(zodExplainer, loadZodSchemas);

export * from './client.js';
export { StreamTransport, type ReadableLike, type WritableLike } from './process/stream-transport.js';
export { ProcessTransport } from './process/process-transport.js';
