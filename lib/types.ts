/**
 * `codex-rx/types`: every protocol type and zod schema of the pinned app-server (generated): one
 * export per schema (`FooSchema` for the type `Foo`), and all of them in `schemas`.
 * @packageDocumentation
 */
import * as z from 'zod';
import { defineProtocolSchemas, type ObjectFactory, type ProtocolSchemas } from './generated/schemas.js';

export type * from './generated/types.js';
export * from './generated/methods.js';
export { defineProtocolSchemas, type ProtocolSchemas, type ObjectFactory } from './generated/schemas.js';
/** Each protocol schema on its own (`ThreadStartParamsSchema`, …), lenient: a bundle keeps only those it uses. */
export * from './generated/zod-schemas.js';
export type { ServerNotification, ServerRequest, InboundMessage, RequestId } from './rpc/messages.js';
export type { ChatgptLogin, DeviceCodeLogin, InteractiveLogin, LoginCompletion, LoginWaitOptions } from './facade/login.js';

/** Every protocol schema, lenient: unknown fields pass (the server sends fields its schema lacks). */
export const schemas: ProtocolSchemas = /* @__PURE__ */ defineProtocolSchemas(z.looseObject as ObjectFactory);

/**
 * The experimental protocol set (`generate-json-schema --experimental`), for a client started with
 * `experimentalApi: true`: every type, and the method tables. Use it through `codex.experimental`.
 */
export type * as Experimental from './generated/experimental/types.js';
export * as experimentalMethods from './generated/experimental/methods.js';
