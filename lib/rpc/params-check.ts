import { z } from 'zod';
import { InvalidArgumentError } from '../errors.js';
import { CLIENT_REQUEST_SCHEMAS } from '../generated/methods.js';
import { defineProtocolSchemas, type ObjectFactory, type ProtocolSchemas } from '../generated/schemas.js';
import { isObject, own } from './messages.js';
import { defOf } from './zod-def.js';

/**
 * The params of a client request do not match the pinned protocol: an unknown key (a typo, or an
 * option of another SDK such as `sandboxMode`, `workingDirectory` or `skipGitRepoCheck`), a
 * missing required field or a value of the wrong type. Thrown before anything is sent; the
 * app-server would otherwise ignore unknown keys without a word. Skip the check for one call
 * with the request option `{ unchecked: true }`.
 */
export class ParamsCheckError extends InvalidArgumentError {
  /** The request method. */
  readonly method: string;
  /** Each unknown key, as a path (`sandboxMode`, `input[0].txt`). */
  readonly unknownKeys: string[];
  /** The keys the object holding the first unknown key accepts. */
  readonly validKeys: string[];
  /** The schema mismatches other than unknown keys (zod issues), if any. */
  readonly issues: z.core.$ZodIssue[];

  constructor(method: string, message: string, details: { unknownKeys?: string[]; validKeys?: string[]; issues?: z.core.$ZodIssue[] }) {
    super(`${method}: ${message}`);
    this.method = method;
    this.unknownKeys = details.unknownKeys ?? [];
    this.validKeys = details.validKeys ?? [];
    this.issues = details.issues ?? [];
  }
}

/** What other SDKs and the snake_case wire of other tools call things, and the name here. */
const FOREIGN_NAMES: Record<string, string> = {
  sandboxMode: '`sandbox` (threads), or `sandboxPolicy` / the `sandbox` preset on turns',
  workingDirectory: '`cwd`',
  skipGitRepoCheck: 'nothing: the app-server does not require a git repository',
  networkAccessEnabled: 'the `networkAccess` preset (startThread, turn, run)',
  modelReasoningEffort: '`effort` (turns)',
  approvalMode: 'an `ApprovalMode` preset, which only the codex-rx facade methods take (raw requests: `approvalPolicy`)',
  local_image: '`localImage`',
  input_text: '`text`',
  input_image: '`image`',
};

// Loose schemas (unknown keys pass zod) built lazily, once per process; unknown keys are found by
// the walk below, which reads the schemas' shapes. Everything is built on first use.
let schemas: ProtocolSchemas | null = null;
const looseSchemas = (): ProtocolSchemas => (schemas ??= defineProtocolSchemas(z.looseObject as ObjectFactory));


/** The schema behind wrappers (lazy, optional, nullable, default…), memoized per schema. */
const unwrapped = new WeakMap<z.ZodType, z.ZodType>();
function unwrap(schema: z.ZodType): z.ZodType {
  let found = unwrapped.get(schema);
  if (found) return found;
  found = schema;
  for (let depth = 0; depth < 20; depth++) {
    const def = defOf(found);
    if (def.type === 'lazy') found = (def.getter as () => z.ZodType)();
    else if (['optional', 'nullable', 'default', 'readonly', 'nonoptional'].includes(def.type)) found = def.innerType as z.ZodType;
    else break;
  }
  unwrapped.set(schema, found);
  return found;
}


/** One object shape a value may have, with its `type` discriminator values if it has one. */
interface Variant {
  shape: Record<string, z.ZodType>;
  keys: string[];
  types: unknown[] | null;
}

/** The literal values a schema allows, when it is a literal (for `type` discriminators). */
function literalValues(schema: z.ZodType | undefined): unknown[] | null {
  if (!schema) return null;
  const def = defOf(unwrap(schema));
  return def.type === 'literal' ? (def.values as unknown[]) : null;
}

/**
 * The object shapes of a schema, computed once per schema: one for an object, every object
 * variant of a union, both sides of an intersection merged. Null when the schema is not an object
 * with known keys (free-form maps have an empty shape and are skipped).
 */
const variantCache = new WeakMap<z.ZodType, Variant[] | null>();
function variantsOf(schema: z.ZodType, depth = 0): Variant[] | null {
  const s = unwrap(schema);
  if (variantCache.has(s)) return variantCache.get(s)!;
  let variants: Variant[] | null = null;
  const def = defOf(s);
  if (depth > 8) return null;
  if (def.type === 'object') {
    const shape = def.shape as Record<string, z.ZodType>;
    const keys = Object.keys(shape);
    variants = keys.length ? [{ shape, keys, types: literalValues(shape.type) }] : null;
  } else if (def.type === 'union') {
    const all = (def.options as z.ZodType[]).flatMap((o) => variantsOf(o, depth + 1) ?? []);
    variants = all.length ? all : null;
  } else if (def.type === 'pipe') {
    // A discriminated union's option that checks its discriminator first, then the real schema.
    variants = variantsOf(def.out as z.ZodType, depth + 1);
  } else if (def.type === 'intersection') {
    const left = variantsOf(def.left as z.ZodType, depth + 1);
    const right = variantsOf(def.right as z.ZodType, depth + 1);
    if (left && right) {
      variants = [];
      for (const l of left) {
        for (const r of right) {
          const shape = { ...l.shape, ...r.shape };
          variants.push({ shape, keys: Object.keys(shape), types: l.types ?? r.types });
        }
      }
    }
  }
  variantCache.set(s, variants);
  return variants;
}

/** The variants a value may be checked against: those whose `type` matches, when the union is discriminated. */
function shapesFor(schema: z.ZodType, value: Record<string, unknown>): Variant[] | null {
  const all = variantsOf(schema);
  if (!all) return null;
  if (all.length === 1) return all;
  const typed = all.filter((v) => v.types?.includes(value.type));
  return typed.length ? typed : all.some((v) => v.types) ? [] : all;
}

interface UnknownKey {
  path: string;
  key: string;
  valid: string[];
}

/** Unknown keys at any depth where the schema names its keys, bounded in depth. */
function findUnknownKeys(schema: z.ZodType, value: unknown, path: string, out: UnknownKey[], depth = 0): void {
  if (depth > 8 || out.length >= 10) return;
  const s = unwrap(schema);
  const def = defOf(s);
  if (Array.isArray(value)) {
    if (def.type === 'array') value.forEach((item, i) => findUnknownKeys(def.element as z.ZodType, item, `${path}[${i}]`, out, depth + 1));
    return;
  }
  if (!isObject(value)) return;
  if (def.type === 'record') {
    for (const [k, v] of Object.entries(value)) findUnknownKeys(def.valueType as z.ZodType, v, join(path, k), out, depth + 1);
    return;
  }
  const shapes = shapesFor(s, value);
  if (!shapes || !shapes.length) return; // free-form, or no variant fits (the schema check reports that)
  const valid = shapes.length === 1 ? shapes[0]!.keys : [...new Set(shapes.flatMap((v) => v.keys))];
  for (const key of Object.keys(value)) {
    if (!valid.includes(key)) out.push({ path: join(path, key), key, valid: [...valid].sort() });
  }
  // Descend only where exactly one variant fits, so the child schema is certain.
  if (shapes.length !== 1) return;
  const shape = shapes[0]!.shape;
  for (const [k, v] of Object.entries(value)) {
    const child = own(shape, k);
    if (child && v !== null && typeof v === 'object') findUnknownKeys(child, v, join(path, k), out, depth + 1);
  }
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

/** A suggestion for an unknown key: a foreign name, its camelCase, or a close valid key. */
function hint(key: string, valid: string[]): string {
  const foreign = own(FOREIGN_NAMES, key);
  if (foreign) return ` (codex-rx: ${foreign})`;
  const camel = key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
  if (camel !== key && valid.includes(camel)) return ` (did you mean "${camel}"?)`;
  const close = valid.filter((v) => distance(v.toLowerCase(), key.toLowerCase()) <= 2);
  return close.length ? ` (did you mean ${close.map((c) => `"${c}"`).join(' or ')}?)` : '';
}

function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

/**
 * Values of a discriminator the union at an issue allows, read from zod's union issue: a
 * discriminated union names them (its issue's path ends at the discriminator); a plain one reports
 * each option's complaint about `type`.
 */
function allowedTypes(issue: z.core.$ZodIssue): string[] {
  if (issue.code !== 'invalid_union') return [];
  const discriminated = issue as { discriminator?: unknown; options?: unknown[] };
  if (discriminated.discriminator === 'type' && Array.isArray(discriminated.options)) return discriminated.options.map(String);
  const values = new Set<string>();
  for (const branch of (issue as { errors?: z.core.$ZodIssue[][] }).errors ?? []) {
    for (const sub of branch) {
      if (sub.code === 'invalid_value' && sub.path.length === 1 && sub.path[0] === 'type') for (const v of sub.values) values.add(String(v));
    }
  }
  return [...values];
}

function valueAt(root: unknown, path: PropertyKey[]): unknown {
  let v = root;
  for (const p of path) v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[p] : undefined;
  return v;
}

function formatPath(path: PropertyKey[]): string {
  return path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)), '');
}

/** Where {@link checkParams} finds a method's params schema: the stable set by default, or the experimental one. */
export interface ParamsSchemaSource {
  /** Params schema name per method (null: the method takes none). */
  readonly requests: { readonly [method: string]: { readonly params: string | null } | undefined };
  /** The schemas by name (built on first use), loose objects. */
  schemas(): { readonly [name: string]: z.ZodType };
}

const STABLE: ParamsSchemaSource = {
  requests: CLIENT_REQUEST_SCHEMAS as ParamsSchemaSource['requests'],
  schemas: () => looseSchemas() as unknown as { readonly [name: string]: z.ZodType },
};

/**
 * Checks the params of a client request against the generated schema of its method: unknown keys
 * (at the top level and inside objects whose keys the schema names), then types and required
 * fields. Returns the error to throw, or null. Methods the protocol set does not know pass.
 */
export function checkParams(method: string, params: unknown, source: ParamsSchemaSource = STABLE): ParamsCheckError | null {
  const names = own(source.requests, method);
  if (!names) return null;
  const value = params ?? {};
  if (names.params === null) {
    const keys = isObject(value) ? Object.keys(value) : [];
    if (!isObject(value) || keys.length) {
      return new ParamsCheckError(method, `takes no params, got ${keys.length ? keys.map((k) => `"${k}"`).join(', ') : JSON.stringify(value)}.`, { unknownKeys: keys });
    }
    return null;
  }
  const schema = own(source.schemas(), names.params);
  if (!schema) return null;
  const unknown: UnknownKey[] = [];
  findUnknownKeys(schema, value, '', unknown);
  if (unknown.length) {
    const first = unknown[0]!;
    const list = unknown.map((u) => `"${u.path}"${hint(u.key, u.valid)}`).join(', ');
    return new ParamsCheckError(method, `unknown param${unknown.length > 1 ? 's' : ''} ${list}; valid${first.path.includes('.') || first.path.includes('[') ? ` at ${first.path.replace(/\.?[^.[\]]+$/, '') || 'top level'}` : ''}: ${first.valid.join(', ')}.`, {
      unknownKeys: unknown.map((u) => u.path),
      validKeys: first.valid,
    });
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return null;
  const lines = parsed.error.issues.slice(0, 5).map((issue) => {
    // A discriminated union's issue points at the discriminator; say it of the object.
    const path = 'discriminator' in issue ? issue.path.slice(0, -1) : issue.path;
    const at = formatPath(path) || '(params)';
    const types = allowedTypes(issue);
    const got = valueAt(value, path) as { type?: unknown } | undefined;
    if (types.length && got && typeof got === 'object' && typeof got.type === 'string') {
      const foreign = own(FOREIGN_NAMES, got.type);
      const suggestion = foreign ? ` (codex-rx: ${foreign})` : '';
      return `${at}: type "${got.type}" is not one of ${types.map((t) => `"${t}"`).join(', ')}${suggestion}`;
    }
    return `${at}: ${issue.message}`;
  });
  return new ParamsCheckError(method, `params do not match ${names.params}: ${lines.join('; ')}.`, { issues: parsed.error.issues });
}
