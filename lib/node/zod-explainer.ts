import type { z } from 'zod';
import { CHECK_NAMES } from '../generated/check-names.js';
import type { ObjectFactory, ProtocolSchemas } from '../generated/schemas.js';
import { explainFromTable, LENIENT_TABLE, STRICT_TABLE, type Explainer, type Explanation } from '../rpc/explain.js';

/** zod's issues and message for a value of the definition `name` in a set of zod schemas; null if it parses. */
export function explainWithZod(schemas: object, name: string, value: unknown): Explanation | null {
  const result = (schemas as Record<string, z.ZodType | undefined>)[name]?.safeParse(value);
  return result && !result.success ? { message: result.error.message, issues: result.error.issues, schema: name } : null;
}

/** The protocol's zod schemas, both modes, each built on first use. */
interface ZodSchemas {
  lenient(): ProtocolSchemas;
  strict(): ProtocolSchemas;
}

let schemas: ZodSchemas | null = null;
let loading: Promise<unknown> | null = null;

/**
 * Starts loading the zod schemas (about 200 KB of code) in the background, once: a Node import of
 * codex-rx does not load them; a connection asks for them when it starts (see `prepareExplainer`).
 */
export function loadZodSchemas(): void {
  loading ??= Promise.all([import('zod'), import('../generated/schemas.js')]).then(
    ([{ z }, { defineProtocolSchemas }]) => {
      const built: { lenient?: ProtocolSchemas; strict?: ProtocolSchemas } = {};
      schemas = {
        lenient: () => (built.lenient ??= defineProtocolSchemas(z.looseObject as ObjectFactory)),
        strict: () => (built.strict ??= defineProtocolSchemas(z.strictObject as ObjectFactory)),
      };
    },
    () => {},
  );
}

/**
 * The Node build explains a refused message with zod (its issues and its message, from the zod
 * schemas the checks mirror), naming the definition. Until the schemas have loaded, which a
 * connection starts at once, it explains from the check table: the same paths and kinds, in the
 * table's words. Installed by the Node entry points.
 */
export const zodExplainer: Explainer = (ref, value, strict) => {
  const name = CHECK_NAMES[ref] ?? '';
  if (schemas) return explainWithZod(strict ? schemas.strict() : schemas.lenient(), name, value);
  loadZodSchemas();
  const why = explainFromTable(strict ? STRICT_TABLE : LENIENT_TABLE, ref, value);
  return why && { ...why, schema: name };
};
