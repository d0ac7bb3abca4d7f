import { z } from 'zod';
import { CHECK_NAMES } from '../generated/experimental/check-names.js';
import { checks, CLIENT_REQUEST_CHECKS } from '../generated/experimental/checks.js';
import { defineProtocolSchemas, type ObjectFactory } from '../generated/experimental/schemas.js';
import type { ParamsSchemaSource } from '../rpc/params-check.js';
import { explainWithZod } from './zod-explainer.js';

let schemas: ReturnType<typeof defineProtocolSchemas> | null = null;

/** The experimental set's params checks, and zod to explain a refusal. Node build only (see ExperimentalApi). */
export const experimentalSchemas: ParamsSchemaSource = {
  requests: CLIENT_REQUEST_CHECKS,
  table: { nodes: checks(), strict: false },
  explain: (ref, value) => explainWithZod((schemas ??= defineProtocolSchemas(z.looseObject as ObjectFactory)), CHECK_NAMES[ref] ?? '', value),
};
