import { z } from 'zod';
import { CHECK_NAMES } from '../generated/check-names.js';
import { defineProtocolSchemas, type ObjectFactory, type ProtocolSchemas } from '../generated/schemas.js';
import type { Explainer, Explanation } from '../rpc/explain.js';

const built: { lenient?: ProtocolSchemas; strict?: ProtocolSchemas } = {};

/** zod's issues and message for a value of the definition `name` in a set of zod schemas; null if it parses. */
export function explainWithZod(schemas: object, name: string, value: unknown): Explanation | null {
  const result = (schemas as Record<string, z.ZodType | undefined>)[name]?.safeParse(value);
  return result && !result.success ? { message: result.error.message, issues: result.error.issues, schema: name } : null;
}

/**
 * The Node build explains a refused message with zod: its issues and its message, from the zod
 * schemas the checks mirror (built on the first refusal). Installed by the Node entry points.
 */
export const zodExplainer: Explainer = (ref, value, strict) =>
  explainWithZod(
    strict ? (built.strict ??= defineProtocolSchemas(z.strictObject as ObjectFactory)) : (built.lenient ??= defineProtocolSchemas(z.looseObject as ObjectFactory)),
    CHECK_NAMES[ref] ?? '',
    value,
  );
