import { z } from 'zod';
import { CHECKS } from '../generated/experimental/checks.js';
import { CLIENT_REQUEST_SCHEMAS } from '../generated/experimental/methods.js';
import { defineProtocolSchemas, type ObjectFactory } from '../generated/experimental/schemas.js';
import type { ParamsSchemaSource } from '../rpc/params-check.js';
import { explainWithZod } from './zod-explainer.js';

let schemas: ReturnType<typeof defineProtocolSchemas> | null = null;

/** The experimental set's params checks, and zod to explain a refusal. Node build only (see ExperimentalApi). */
export const experimentalSchemas: ParamsSchemaSource = {
  requests: CLIENT_REQUEST_SCHEMAS as ParamsSchemaSource['requests'],
  table: { nodes: CHECKS, strict: false },
  explain: (name, value) => explainWithZod((schemas ??= defineProtocolSchemas(z.looseObject as ObjectFactory)), name, value),
};
