import { z } from 'zod';
import { CLIENT_REQUEST_SCHEMAS } from '../generated/experimental/methods.js';
import { defineProtocolSchemas, type ObjectFactory } from '../generated/experimental/schemas.js';
import type { ParamsSchemaSource } from '../rpc/params-check.js';

let schemas: ReturnType<typeof defineProtocolSchemas> | null = null;

/** The experimental set's params schemas, built on first use. Node build only (see ExperimentalApi). */
export const experimentalSchemas: ParamsSchemaSource = {
  requests: CLIENT_REQUEST_SCHEMAS as ParamsSchemaSource['requests'],
  schemas: () => (schemas ??= defineProtocolSchemas(z.looseObject as ObjectFactory)) as unknown as { readonly [name: string]: z.ZodType },
};
