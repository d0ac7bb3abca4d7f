import type { z } from 'zod';
import { CodexError, InvalidArgumentError } from '../errors.js';
import { platform } from './platform.js';
import type { TurnResult } from './turn.js';

/** A plain JSON Schema object, sent as is. */
export type JsonSchema = { readonly [key: string]: unknown };

/**
 * What `outputSchema` takes: a zod 4 schema (converted with zod's own `toJSONSchema`, and used
 * to parse the answer) or a plain JSON Schema object (sent as is; the answer is JSON-parsed and,
 * in Node, checked with `z.fromJSONSchema` when zod can read the schema; the browser build carries
 * no zod of its own, so there a JSON Schema answer is only JSON-parsed: pass a zod schema to have
 * it checked).
 */
export type OutputSchema = z.ZodType | JsonSchema;

/** The type of `result.output` for an `outputSchema`: `z.output` of a zod schema, `unknown` for a JSON Schema, `undefined` without one. */
export type OutputOf<S> = [S] extends [undefined] ? undefined : S extends z.ZodType ? z.output<S> : unknown;

/**
 * The final response of a turn run with an `outputSchema` was not JSON, or did not match the
 * schema, or the turn ended without a final response. `text` is what the model answered (null when
 * it gave none); `result` is the turn's result without `output`.
 */
export class OutputParseError extends CodexError {
  /** The final response text, as the model sent it (null when there was none). */
  readonly text: string | null;
  /** The turn's result (its `output` is undefined). */
  readonly result: TurnResult<unknown>;
  /** The zod issues when the JSON did not match the schema. */
  readonly issues: z.core.$ZodIssue[];

  constructor(message: string, text: string | null, result: TurnResult<unknown>, options?: { cause?: unknown; issues?: z.core.$ZodIssue[] }) {
    super(message, options);
    this.text = text;
    this.result = result;
    this.issues = options?.issues ?? [];
  }
}

/** Whether a value is a zod 4 schema (rather than a plain JSON Schema). */
export function isZodSchema(value: unknown): value is z.ZodType {
  return typeof value === 'object' && value !== null && '_zod' in value && typeof (value as { safeParse?: unknown }).safeParse === 'function';
}

/** An output schema prepared for one turn: the wire JSON Schema and a parser of the answer. */
export interface PreparedOutput {
  /** Sent as the turn's `outputSchema`. */
  readonly jsonSchema: JsonSchema;
  /** Parses the final response; throws {@link OutputParseError}. */
  parse(text: string | null, result: TurnResult<unknown>): unknown;
}

/** Converts an `outputSchema` option for the wire and builds its parser. Throws InvalidArgumentError for a value that is neither. */
export function prepareOutput(schema: OutputSchema): PreparedOutput {
  let jsonSchema: JsonSchema;
  let validator: Pick<z.ZodType, 'safeParse'> | null;
  if (isZodSchema(schema)) {
    try {
      // `$schema` is metadata the Responses API does not need; the rest is zod's own export.
      // The schema's own method (the caller's zod), rather than this package's `z.toJSONSchema`.
      const { $schema: _drop, ...rest } = schema.toJSONSchema({ target: 'draft-2020-12' }) as Record<string, unknown>;
      jsonSchema = rest;
    } catch (cause) {
      throw new InvalidArgumentError(`outputSchema: zod could not convert this schema to JSON Schema: ${(cause as Error).message}`, { cause });
    }
    validator = schema;
  } else if (typeof schema === 'object' && schema !== null && !Array.isArray(schema)) {
    jsonSchema = schema;
    validator = platform().readJsonSchema?.(schema) ?? null;
  } else {
    throw new InvalidArgumentError('outputSchema must be a zod schema or a JSON Schema object.');
  }
  return {
    jsonSchema,
    parse(text, result) {
      if (text === null) throw new OutputParseError('The turn ended without a final response to parse with its outputSchema.', null, result);
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (cause) {
        throw new OutputParseError(`The final response is not JSON: ${(cause as Error).message}`, text, result, { cause });
      }
      if (!validator) return value;
      const parsed = validator.safeParse(value);
      if (!parsed.success) {
        throw new OutputParseError(`The final response does not match the outputSchema: ${describeIssues(parsed.error.issues)}`, text, result, {
          cause: parsed.error,
          issues: parsed.error.issues,
        });
      }
      return parsed.data;
    },
  };
}

/**
 * The issues of a failed parse, one each with where it is, as zod's `prettifyError` words them
 * (written here: importing it would bring zod's core into every browser bundle of codex-rx).
 */
function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const at = (path: readonly PropertyKey[]) =>
    path.map((key, i) => (typeof key === 'number' ? `[${key}]` : typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key) ? `${i ? '.' : ''}${key}` : `[${JSON.stringify(String(key))}]`)).join('');
  return [...issues]
    .sort((a, b) => a.path.length - b.path.length)
    .map((issue) => `✖ ${issue.message}${issue.path.length ? `\n  → at ${at(issue.path)}` : ''}`)
    .join('\n');
}
