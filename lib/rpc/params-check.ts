import type { z } from 'zod';
import { InvalidArgumentError } from '../errors.js';
import type { CheckNode } from '../generated/checks.js';
import { CLIENT_REQUEST_SCHEMAS } from '../generated/methods.js';
import { checkOf, type Check, type CheckTable } from './checks.js';
import { explain, LENIENT_TABLE, type Explainer, type Explanation } from './explain.js';
import { isObject, own } from './messages.js';

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

/** The node behind references and `optional`, where a key's schema is its definition. */
function unwrap(node: CheckNode, nodes: Nodes): CheckNode {
  let found = node;
  for (let depth = 0; depth < 20; depth++) {
    if (typeof found === 'string' && /^[A-Z]/.test(found) && Object.hasOwn(nodes, found)) found = nodes[found]!;
    else if (isNode(found, 9)) found = found[1] as CheckNode;
    else break;
  }
  return found;
}

type Nodes = { readonly [name: string]: CheckNode };
type Fields = { readonly [key: string]: CheckNode };
const isNode = (node: CheckNode, op: number): node is readonly [number, ...CheckNode[]] => Array.isArray(node) && node[0] === op;
const isFields = (node: CheckNode): node is Fields => typeof node === 'object' && !Array.isArray(node);

/** One object shape a value may have, with its `type` discriminator values if it has one. */
interface Variant {
  shape: Fields;
  keys: string[];
  types: unknown[] | null;
}

/** The literal values a node allows, when it is a literal (for `type` discriminators). */
function literalValues(node: CheckNode | undefined, nodes: Nodes): unknown[] | null {
  if (node === undefined) return null;
  const found = unwrap(node, nodes);
  return isNode(found, 0) ? [found[1]] : null;
}

/**
 * The object shapes of a node, computed once per node: one for an object, every object variant
 * of a union, both sides of an intersection merged. Null when the node is not an object with
 * known keys (free-form maps have an empty shape and are skipped).
 */
const variantCache = new WeakMap<object, Variant[] | null>();
function variantsOf(node: CheckNode, nodes: Nodes, depth = 0): Variant[] | null {
  const s = unwrap(node, nodes);
  if (typeof s !== 'object') return null;
  if (variantCache.has(s)) return variantCache.get(s)!;
  if (depth > 8) return null;
  let variants: Variant[] | null = null;
  const fields = isFields(s) ? s : isNode(s, 8) ? (s[1] as Fields) : null;
  if (fields) {
    const keys = Object.keys(fields);
    variants = keys.length ? [{ shape: fields, keys, types: literalValues(fields.type, nodes) }] : null;
  } else if (Array.isArray(s) && [5, 6, 10, 11].includes(s[0] as number)) {
    const op = s[0] as number;
    const options = (op === 6 ? s.slice(2) : op === 10 ? [] : s.slice(1)) as CheckNode[];
    const all = options.flatMap((o) => variantsOf(o, nodes, depth + 1) ?? []);
    variants = all.length ? all : null;
  } else if (isNode(s, 7)) {
    // A discriminated union's option that checks its discriminator first, then the real schema.
    variants = variantsOf(s[3] as CheckNode, nodes, depth + 1);
  } else if (isNode(s, 4)) {
    const left = variantsOf(s[1] as CheckNode, nodes, depth + 1);
    const right = variantsOf(s[2] as CheckNode, nodes, depth + 1);
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
function shapesFor(node: CheckNode, nodes: Nodes, value: Record<string, unknown>): Variant[] | null {
  const all = variantsOf(node, nodes);
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
function findUnknownKeys(node: CheckNode, nodes: Nodes, value: unknown, path: string, out: UnknownKey[], depth = 0): void {
  if (depth > 8 || out.length >= 10) return;
  const s = unwrap(node, nodes);
  if (Array.isArray(value)) {
    if (isNode(s, 1)) value.forEach((item, i) => findUnknownKeys(s[1] as CheckNode, nodes, item, `${path}[${i}]`, out, depth + 1));
    return;
  }
  if (!isObject(value)) return;
  if (isNode(s, 3)) {
    for (const [k, v] of Object.entries(value)) findUnknownKeys(s[1] as CheckNode, nodes, v, join(path, k), out, depth + 1);
    return;
  }
  const shapes = shapesFor(s, nodes, value);
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
    if (child && v !== null && typeof v === 'object') findUnknownKeys(child, nodes, v, join(path, k), out, depth + 1);
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
  /** The set's check table (lenient: unknown keys are found by the walk here). */
  readonly table: CheckTable;
  /** Explains params the table's check refused (see {@link Explainer}). */
  explain(name: string, value: unknown): Explanation | null;
}

const STABLE: ParamsSchemaSource = {
  requests: CLIENT_REQUEST_SCHEMAS as ParamsSchemaSource['requests'],
  table: LENIENT_TABLE,
  explain: (name, value) => explain(name, value, false),
};

/**
 * The compiled check of each params schema, per table: `checkOf` compiles once but builds its
 * compiler's closures on every call, and a request is checked each time it is sent.
 */
const paramsChecks = new WeakMap<CheckTable, Map<string, Check | null>>();
function paramsCheckOf(table: CheckTable, name: string): Check | null {
  let checks = paramsChecks.get(table);
  if (!checks) paramsChecks.set(table, (checks = new Map()));
  let check = checks.get(name);
  if (check === undefined) checks.set(name, (check = checkOf(table, name)));
  return check;
}

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
  const check = paramsCheckOf(source.table, names.params);
  if (!check) return null;
  const unknown: UnknownKey[] = [];
  findUnknownKeys(names.params, source.table.nodes, value, '', unknown);
  if (unknown.length) {
    const first = unknown[0]!;
    const list = unknown.map((u) => `"${u.path}"${hint(u.key, u.valid)}`).join(', ');
    return new ParamsCheckError(method, `unknown param${unknown.length > 1 ? 's' : ''} ${list}; valid${first.path.includes('.') || first.path.includes('[') ? ` at ${first.path.replace(/\.?[^.[\]]+$/, '') || 'top level'}` : ''}: ${first.valid.join(', ')}.`, {
      unknownKeys: unknown.map((u) => u.path),
      validKeys: first.valid,
    });
  }
  if (check(value)) return null;
  const parsed = source.explain(names.params, value);
  if (!parsed) return null;
  const lines = parsed.issues.slice(0, 5).map((issue) => {
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
  return new ParamsCheckError(method, `params do not match ${names.params}: ${lines.join('; ')}.`, { issues: parsed.issues });
}
