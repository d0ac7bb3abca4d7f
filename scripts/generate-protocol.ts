/**
 * Generates lib/generated/* from the JSON Schema that the pinned `codex app-server` emits: the
 * stable set (`generate-json-schema`) in lib/generated, and the experimental set
 * (`generate-json-schema --experimental`, the methods and fields a client started with
 * `experimentalApi: true` may use) in lib/generated/experimental.
 *
 *   npm run generate            regenerate the files
 *   npm run generate -- --check fail (exit 1) when the files differ from a fresh generation
 *   --out DIR                   write to (or check) DIR instead of lib/generated
 *
 * The binary is resolved exactly as the SDK resolves it (lib/process/resolve-binary.ts) and run
 * against a throwaway CODEX_HOME, so nothing outside the temp dir is touched.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveCodexBinary } from '../lib/process/resolve-binary.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Schema = { [k: string]: Json };

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outFlag = process.argv.indexOf('--out');
const outDir = outFlag > 0 && process.argv[outFlag + 1] ? resolve(process.argv[outFlag + 1]!) : join(root, 'lib', 'generated');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const pinned: string = pkg.dependencies['@openai/codex'];

/**
 * The schema links most requests to their result type only by name (`FooParams` → `FooResponse`).
 * Requests that take no params carry no name to follow; these are the result types the Rust
 * protocol declares for them. Every entry is checked against the schema: a stale one fails.
 */
const RESULT_NAMES: Record<string, string> = {
  'account/gatewayOAuth/cancel': 'GatewayOAuthCancelResponse',
  'config/mcpServer/reload': 'McpServerRefreshResponse',
  'windowsSandbox/readiness': 'WindowsSandboxReadinessResponse',
  'account/logout': 'LogoutAccountResponse',
  'account/securitySetup/read': 'GetAccountSecuritySetupResponse',
  'account/workspaceMessages/read': 'GetWorkspaceMessagesResponse',
  'externalAgentConfig/import/readHistories': 'ExternalAgentConfigImportHistoriesReadResponse',
  'config/value/write': 'ConfigWriteResponse',
  'config/batchWrite': 'ConfigWriteResponse',
  'configRequirements/read': 'ConfigRequirementsReadResponse',
  // Experimental set only.
  'memory/reset': 'MemoryResetResponse',
  'rollout/compress': 'RolloutCompressResponse',
  'remoteControl/status/read': 'RemoteControlStatusReadResponse',
  'accountSession/list': 'AccountSessionsResponse',
};

function emitSchemaJson(experimental: boolean): { bundle: Schema; dir: string } {
  const bin = resolveCodexBinary({});
  const dir = mkdtempSync(join(tmpdir(), 'codex-rx-gen-'));
  const home = join(dir, 'codex-home');
  const tmp = join(dir, 'tmp');
  mkdirSync(home);
  mkdirSync(tmp);
  const out = join(dir, 'schema');
  const run = spawnSync(bin.command, [...bin.args, 'app-server', 'generate-json-schema', '--out', out, ...(experimental ? ['--experimental'] : [])], {
    env: { PATH: process.env.PATH ?? '', CODEX_HOME: home, HOME: dir, TMPDIR: tmp, LANG: 'C.UTF-8' },
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    throw new Error(`generate-json-schema failed (${run.status}): ${run.stderr}`);
  }
  const bundle = JSON.parse(readFileSync(join(out, 'codex_app_server_protocol.schemas.json'), 'utf8'));
  return { bundle, dir };
}

// ---------------------------------------------------------------------------------------------
// Definitions: merge the v1 top level and the v2 namespace into one name space.

function collectDefinitions(bundle: Schema): Map<string, Schema> {
  const defs = new Map<string, Schema>();
  const top = bundle.definitions as Record<string, Schema>;
  const v2 = top.v2 as Record<string, Schema>;
  const strip = (s: Schema): Schema => {
    const { $schema: _a, title: _b, ...rest } = s;
    return rest;
  };
  for (const [name, schema] of Object.entries(v2)) defs.set(name, strip(schema));
  for (const [name, schema] of Object.entries(top)) {
    if (name === 'v2') continue;
    const prior = defs.get(name);
    if (prior && JSON.stringify(prior) !== JSON.stringify(strip(schema))) {
      throw new Error(`definition ${name} differs between v1 and v2`);
    }
    defs.set(name, strip(schema));
  }
  return new Map([...defs.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const key = (k: string) => (IDENT.test(k) ? k : JSON.stringify(k));
const refName = (ref: string) => ref.slice(ref.lastIndexOf('/') + 1);
const HANDLED = new Set([
  'type', 'properties', 'required', 'description', 'enum', 'anyOf', 'oneOf', 'allOf', 'items',
  '$ref', 'format', 'default', 'additionalProperties', 'minimum', 'minLength', 'title', 'const',
  'maximum', 'maxLength', 'examples', 'deprecated', 'pattern', 'maxItems', 'minItems', 'uniqueItems',
]);

function doc(description: Json | undefined, indent: string): string {
  if (typeof description !== 'string' || !description.trim()) return '';
  const lines = description.replace(/\*\//g, '*\\/').split('\n');
  return `${indent}/**\n${lines.map((l) => `${indent} * ${l}`.trimEnd()).join('\n')}\n${indent} */\n`;
}

/**
 * One JSON Schema node rendered three times: as a TypeScript type, as a zod expression, and as a
 * node of the check table (see CHECK_TABLE_DOC), which lib/rpc/checks.ts compiles into plain
 * functions that accept exactly what the zod expression accepts.
 */
interface Rendered {
  ts: string;
  zod: string;
  chk: string;
}

function render(s: Schema | boolean, indent: string): Rendered {
  if (s === true || (typeof s === 'object' && Object.keys(s).every((k) => k === 'description' || k === 'title' || k === 'default'))) {
    return { ts: 'unknown', zod: 'z.unknown()', chk: '"u"' };
  }
  if (s === false) return { ts: 'never', zod: 'z.never()', chk: '"x"' };
  for (const k of Object.keys(s)) if (!HANDLED.has(k)) throw new Error(`unhandled keyword ${k} in ${JSON.stringify(s).slice(0, 200)}`);

  const parts: Rendered[] = [];
  const base = renderBase(s, indent);
  if (base) parts.push(base);
  for (const k of ['anyOf', 'oneOf'] as const) {
    const alts = s[k] as Schema[] | undefined;
    if (alts) parts.push(unionOf(alts, indent));
  }
  for (const a of (s.allOf as Schema[] | undefined) ?? []) parts.push(render(a, indent));
  if (parts.length === 0) return { ts: 'unknown', zod: 'z.unknown()', chk: '"u"' };
  if (parts.length === 1) return parts[0]!;
  return {
    ts: parts.map((p) => `(${p.ts})`).join(' & '),
    zod: parts.slice(1).reduce((acc, p) => `z.intersection(${acc}, ${p.zod})`, parts[0]!.zod),
    chk: parts.slice(1).reduce((acc, p) => `[4,${acc},${p.chk}]`, parts[0]!.chk),
  };
}

/**
 * `discriminator`: a key every alternative requires with a string literal of its own (see
 * {@link discriminatorOf}); zod then parses the one alternative the value names, instead of trying
 * each in turn (and copying its output) until one accepts. The same values pass either way.
 */
function union(alts: Rendered[], discriminator: string | null = null): Rendered {
  const uniq = alts.filter((a, i) => alts.findIndex((b) => b.ts === a.ts) === i);
  if (uniq.length === 1) return uniq[0]!;
  const options = uniq.map((a) => a.zod).join(', ');
  const checks = uniq.map((a) => a.chk);
  // The two commonest unions get a shorter node: literals only, and one node or null.
  const literals = checks.every((c) => c.startsWith('[0,')) ? checks.map((c) => c.slice(3, -1)) : null;
  const chk = discriminator
    ? `[6,${JSON.stringify(discriminator)},${checks.join(',')}]`
    : literals
      ? `[10,${literals.join(',')}]`
      : checks.length === 2 && checks[1] === '"z"'
        ? `[11,${checks[0]}]`
        : `[5,${checks.join(',')}]`;
  return {
    ts: uniq.map((a) => a.ts).join(' | '),
    zod: discriminator ? `z.discriminatedUnion(${JSON.stringify(discriminator)}, [${options}])` : `z.union([${options}])`,
    chk,
  };
}

/** A union of schemas, discriminated when its alternatives allow it (see {@link discriminatorOf}). */
function unionOf(alts: Schema[], indent: string): Rendered {
  const rendered = alts.map((a) => render(a, indent));
  const discriminator = discriminatorOf(alts);
  if (!discriminator) return union(rendered);
  // zod reads the discriminator from an option's fields: an alternative that is an object and a
  // union of its own (an intersection) has none, so a loose check of the discriminator goes first.
  const options = rendered.map((r, i) => {
    const alt = alts[i]!;
    if (!alt.anyOf && !alt.oneOf && !alt.allOf) return r;
    const value = literalOf((alt.properties as Record<string, Schema>)[discriminator])!;
    return {
      ts: r.ts,
      zod: `z.looseObject({ ${key(discriminator)}: z.literal(${JSON.stringify(value)}) }).pipe(${r.zod} as z.ZodType<unknown, any>)`,
      chk: `[7,${JSON.stringify(discriminator)},${JSON.stringify(value)},${r.chk}]`,
    };
  });
  return union(options, discriminator);
}

/** The single string literal a property schema allows, if it allows exactly one. */
function literalOf(s: Schema | undefined): string | undefined {
  if (!s || typeof s !== 'object') return undefined;
  if (typeof s.const === 'string') return s.const;
  if (Array.isArray(s.enum) && s.enum.length === 1 && typeof s.enum[0] === 'string') return s.enum[0];
  return undefined;
}

/**
 * A key by which the alternatives of a union tell themselves apart: each alternative is an object
 * schema of its own (not a `$ref`) that requires the key with a string literal in its own
 * properties, and no two alternatives share a literal. Null if there is none.
 */
function discriminatorOf(alts: Schema[]): string | null {
  if (alts.length < 2) return null;
  if (!alts.every((a) => typeof a === 'object' && a.type === 'object' && a.properties && !a.$ref)) return null;
  const first = alts[0]!.properties as Record<string, Schema>;
  for (const key of Object.keys(first)) {
    const values = alts.map((a) => (((a.required ?? []) as string[]).includes(key) ? literalOf((a.properties as Record<string, Schema>)[key]) : undefined));
    if (values.every((v) => v !== undefined) && new Set(values).size === values.length) return key;
  }
  return null;
}

function literal(v: Json): Rendered {
  if (v === null) return { ts: 'null', zod: 'z.null()', chk: '"z"' };
  return { ts: JSON.stringify(v), zod: `z.literal(${JSON.stringify(v)})`, chk: `[0,${JSON.stringify(v)}]` };
}

/**
 * A reference in a check node while rendering; replaced by the definition's index in the table
 * once the table's order is known (a token no JSON string literal can hold, see {@link numberRefs}).
 */
const refMark = (name: string) => `$REF(${name})`;
const REF_MARK = /\$REF\(([A-Za-z0-9_]+)\)/g;

/** `text` as a single-quoted JavaScript string (JSON keeps its double quotes unescaped). */
const jsString = (text: string) => `'${text.replace(/[\\'\n\r\u2028\u2029]/g, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\u2028' ? '\\u2028' : c === '\u2029' ? '\\u2029' : `\\${c}`))}'`;

/** A rendered check node with its references replaced by table indices. */
function numberRefs(chk: string, index: ReadonlyMap<string, number>): string {
  return chk.replace(REF_MARK, (_, name: string) => {
    const at = index.get(name);
    if (at === undefined) throw new Error(`check table: no definition ${name}`);
    return String(at);
  });
}

function renderBase(s: Schema, indent: string): Rendered | null {
  if (typeof s.$ref === 'string') {
    const n = refName(s.$ref);
    return { ts: n, zod: `ref(() => s.${n})`, chk: refMark(n) };
  }
  if (s.const !== undefined) return literal(s.const);
  if (Array.isArray(s.enum)) return union(s.enum.map(literal));
  const t = s.type;
  if (t === undefined) return null;
  const types = Array.isArray(t) ? (t as string[]) : [t as string];
  return union(types.map((ty) => renderType(ty, s, indent)));
}

function renderType(ty: string, s: Schema, indent: string): Rendered {
  switch (ty) {
    case 'string':
      return { ts: 'string', zod: 'z.string()', chk: '"s"' };
    case 'integer':
    case 'number':
      return { ts: 'number', zod: 'z.number()', chk: '"n"' };
    case 'boolean':
      return { ts: 'boolean', zod: 'z.boolean()', chk: '"b"' };
    case 'null':
      return { ts: 'null', zod: 'z.null()', chk: '"z"' };
    case 'array': {
      const items = s.items;
      if (Array.isArray(items)) {
        const rs = items.map((i) => render(i as Schema, indent));
        return { ts: `[${rs.map((r) => r.ts).join(', ')}]`, zod: `z.tuple([${rs.map((r) => r.zod).join(', ')}])`, chk: `[2,${rs.map((r) => r.chk).join(',')}]` };
      }
      const r = items === undefined ? render(true, indent) : render(items as Schema, indent);
      return { ts: `Array<${r.ts}>`, zod: `z.array(${r.zod})`, chk: `[1,${r.chk}]` };
    }
    case 'object':
      return renderObject(s, indent);
    default:
      throw new Error(`unknown type ${ty}`);
  }
}

function renderObject(s: Schema, indent: string): Rendered {
  const props = (s.properties ?? {}) as Record<string, Schema>;
  const required = new Set((s.required ?? []) as string[]);
  const extra = s.additionalProperties;
  const inner = indent + '  ';
  const names = Object.keys(props);
  const extraR = extra && typeof extra === 'object' ? render(extra as Schema, inner) : null;
  if (names.length === 0) {
    if (extraR) return { ts: `{ [key: string]: ${extraR.ts} }`, zod: `z.record(z.string(), ${extraR.zod})`, chk: `[3,${extraR.chk}]` };
    return { ts: '{ [key: string]: unknown }', zod: 'obj({})', chk: '{}' };
  }
  const tsLines: string[] = [];
  const zodLines: string[] = [];
  const chkFields: string[] = [];
  for (const name of names) {
    if (name === '__proto__') throw new Error('a property named __proto__ cannot be written in the check table');
    const r = render(props[name]!, inner);
    const opt = !required.has(name);
    tsLines.push(`${doc(props[name]!.description, inner)}${inner}${key(name)}${opt ? '?' : ''}: ${r.ts};`);
    zodLines.push(`${inner}${key(name)}: ${r.zod}${opt ? '.optional()' : ''},`);
    chkFields.push(`${key(name)}:${opt ? `[9,${r.chk}]` : r.chk}`);
  }
  if (extraR) tsLines.push(`${inner}[key: string]: ${extraR.ts} | undefined;`);
  const zod = `obj({\n${zodLines.join('\n')}\n${indent}})`;
  const chk = `{${chkFields.join(',')}}`;
  return {
    ts: `{\n${tsLines.join('\n')}\n${indent}}`,
    zod: extraR ? `${zod}.catchall(${extraR.zod})` : zod,
    chk: extraR ? `[8,${chk},${extraR.chk}]` : chk,
  };
}

/** The encoding of the check table, as its doc comment. */
const CHECK_TABLE_DOC = [
  '/**',
  ' * A node of the check table, rendered from the same JSON Schema node as the zod expression of',
  ' * schemas.ts (zod\'s semantics are the reference: lib/rpc/checks.ts accepts exactly what zod does):',
  ' * - `"s"` string, `"n"` number (finite), `"b"` boolean, `"z"` null, `"u"` unknown, `"x"` never;',
  ' * - a number: a reference to the definition at that index of the table (`checks()`) (its name: the same index of',
  ' *   `CHECK_NAMES` in check-names.ts, which only the Node build and the tests load);',
  ' * - a plain object: an object with these fields (unknown keys pass in lenient mode and fail in',
  ' *   strict mode), a field `[9, node]` being optional;',
  ' * - `[0, v]` the literal v; `[1, item]` an array; `[2, ...items]` a tuple; `[3, value]` a record',
  ' *   of string keys; `[4, left, right]` an intersection; `[5, ...options]` a union;',
  ' *   `[6, key, ...options]` a union discriminated by `key`; `[7, key, v, node]` an object whose',
  ' *   `key` is the literal v (unknown keys pass), then `node`; `[8, fields, node]` an object',
  ' *   whose other keys are checked with `node`, in both modes; `[10, ...values]` a union of',
  ' *   literals; `[11, node]` a union of node and null.',
  ' */',
];

// ---------------------------------------------------------------------------------------------
// Method tables from the three discriminated unions.

interface MethodEntry {
  method: string;
  params: string | null;
  paramsOptional: boolean;
  result?: string;
  description?: string;
}

function methodsOf(defs: Map<string, Schema>, union: string, withResult: boolean): MethodEntry[] {
  const u = defs.get(union);
  if (!u || !Array.isArray(u.oneOf)) throw new Error(`${union} has no oneOf`);
  return (u.oneOf as Schema[]).map((variant) => {
    const props = variant.properties as Record<string, Schema>;
    const method = (props.method!.enum as string[])[0]!;
    const p = props.params;
    let params: string | null = null;
    let paramsOptional = !(variant.required as string[]).includes('params');
    if (p && typeof p.$ref === 'string') params = refName(p.$ref);
    else if (p && Array.isArray(p.anyOf)) {
      const ref = (p.anyOf as Schema[]).find((a) => typeof a.$ref === 'string');
      params = ref ? refName(ref.$ref as string) : null;
      paramsOptional = true;
    } else paramsOptional = true;
    const entry: MethodEntry = { method, params, paramsOptional };
    if (typeof variant.description === 'string') entry.description = variant.description;
    if (withResult) {
      const result = RESULT_NAMES[method] ?? (params?.endsWith('Params') ? params.slice(0, -6) + 'Response' : undefined);
      if (!result || !defs.has(result)) throw new Error(`no result type for ${method} (tried ${result})`);
      entry.result = result;
    }
    return entry;
  });
}

// ---------------------------------------------------------------------------------------------

function header(what: string, experimental: boolean): string {
  return [
    '// GENERATED FILE: do not edit by hand.',
    `// ${what}${experimental ? ' EXPERIMENTAL set: only for a client started with `experimentalApi: true`.' : ''}`,
    `// Made by scripts/generate-protocol.ts from \`codex app-server generate-json-schema${experimental ? ' --experimental' : ''}\` of @openai/codex ${pinned}.`,
    '// Regenerate with `npm run generate`; `npm run generate -- --check` fails when this file is stale.',
    '/* eslint-disable */',
    '',
  ].join('\n');
}

function generate(bundle: Schema, experimental: boolean): Map<string, string> {
  const defs = collectDefinitions(bundle);
  const requests = methodsOf(defs, 'ClientRequest', true);
  const notifications = methodsOf(defs, 'ServerNotification', false);
  const serverRequests = methodsOf(defs, 'ServerRequest', false).map((e) => {
    const result = e.params!.replace(/Params$/, 'Response');
    if (!defs.has(result)) throw new Error(`no result type for server request ${e.method}`);
    return { ...e, result };
  });
  // The unions and JSON-RPC envelopes are replaced by the method tables below.
  const skip = new Set(['ClientRequest', 'ServerNotification', 'ServerRequest', 'ClientNotification', 'JSONRPCMessage', 'JSONRPCRequest', 'JSONRPCResponse', 'JSONRPCNotification', 'JSONRPCError', 'JSONRPCErrorError']);
  const names = [...defs.keys()].filter((n) => !skip.has(n));

  const types: string[] = [header('TypeScript types of every protocol definition.', experimental)];
  const schemaDecl: string[] = [];
  const schemaBody: string[] = [];
  const checkRows: [string, string][] = [];
  for (const name of names) {
    const s = defs.get(name)!;
    const r = render(s, '  ');
    types.push(`${doc(s.description, '')}export type ${name} = ${r.ts.replace(/\n  /g, '\n')};\n`);
    schemaDecl.push(`  ${name}: z.ZodType<T.${name}>;`);
    schemaBody.push(`  def('${name}', () => ${r.zod});`);
    if (JSON.stringify(s).includes('$REF(')) throw new Error(`${name} holds the check table's reference mark`);
    checkRows.push([name, r.chk]);
  }
  // The check table holds what validation can reach: the methods' params and results and what they name.
  const reached = new Set<string>();
  const reach = (name: string | null | undefined): void => {
    if (!name || reached.has(name)) return;
    reached.add(name);
    const chk = checkRows.find(([n]) => n === name)?.[1];
    if (chk === undefined) throw new Error(`check table: no definition ${name}`);
    for (const m of chk.matchAll(REF_MARK)) reach(m[1]);
  };
  for (const e of [...requests, ...notifications, ...serverRequests]) {
    reach(e.params);
    reach(e.result);
  }
  // One export per definition (`FooSchema`), each removable on its own by a bundler: its value
  // comes from a call marked pure, whose argument builds the schema; a reference is a z.lazy.
  const single = [
    header('zod schemas of every protocol definition, one export each (lenient: unknown fields pass).', experimental),
    "import * as z from 'zod';",
    "import type * as T from './types.js';",
    '',
    '/** A schema typed as its protocol type, built by `build` (a call a bundler may drop when unused). */',
    'const def = <V>(build: () => z.ZodType): z.ZodType<V> => build() as z.ZodType<V>;',
    '',
    ...names.map((name) => {
      const zod = render(defs.get(name)!, '  ').zod.replace(/ref\(\(\) => s\.([A-Za-z0-9_]+)\)/g, 'z.lazy(() => $1Schema)').replace(/\bobj\(/g, 'z.looseObject(');
      return `/** The zod schema of {@link T.${name}}. */\nexport const ${name}Schema = /* @__PURE__ */ def<T.${name}>(() => ${zod});\n`;
    }),
  ].join('\n');
  // The check table holds what validation can reach (the methods' params and results and what
  // they name), as an array: a reference is an index, so no definition name reaches a browser bundle.
  // A definition that one other definition names, and no method, is written where it is named.
  const chkOf = new Map(checkRows);
  const uses = new Map<string, number>();
  for (const e of [...requests, ...notifications, ...serverRequests]) for (const n of [e.params, e.result]) if (n) uses.set(n, Infinity);
  for (const name of reached) for (const m of chkOf.get(name)!.matchAll(REF_MARK)) uses.set(m[1]!, (uses.get(m[1]!) ?? 0) + 1);
  const inlined = new Set([...reached].filter((n) => uses.get(n) === 1));
  const inline = (chk: string, seen: readonly string[] = []): string =>
    chk.replace(REF_MARK, (mark, name: string) => {
      if (!inlined.has(name)) return mark;
      if (seen.includes(name)) throw new Error(`check table: ${name} would be inlined into itself`);
      return inline(chkOf.get(name)!, [...seen, name]);
    });
  const table = checkRows.filter(([n]) => reached.has(n) && !inlined.has(n)).map(([n, chk]) => [n, inline(chk, [n])] as [string, string]);
  const index = new Map(table.map(([n], i) => [n, i]));
  const at = (name: string) => index.get(name)!;
  const methodRows = <E,>(entries: E[], method: (e: E) => string, value: (e: E) => string) => entries.map((e) => `${JSON.stringify(method(e))}:${value(e)},`);
  const checks = [
    header('The check table: every protocol definition as data, compiled by lib/rpc/checks.ts.', experimental),
    ...CHECK_TABLE_DOC,
    'export type CheckNode = number | string | { readonly [key: string]: CheckNode } | readonly (CheckNode | boolean | null)[];',
    '',
    '/**',
    ' * The definitions a method reaches, in the order of `CHECK_NAMES` (check-names.ts), each as JSON;',
    ' * one that a single other definition names is written in place. Parsed on first use: as a',
    ' * literal, the table cost a cold `import(\'codex-rx\')` about 10 ms.',
    ' */',
    'const ROWS: readonly string[] = [',
    ...table.map(([n, chk], i) => `/*${i} ${n}*/${jsString(JSON.stringify((0, eval)(`(${numberRefs(chk, index)})`)))},`),
    '];',
    'let parsed: readonly CheckNode[] | null = null;',
    '',
    '/** The check table (see {@link CheckNode}), parsed once. */',
    "export const checks = (): readonly CheckNode[] => (parsed ??= JSON.parse(`[${ROWS.join(',')}]`) as CheckNode[]);",
    '',
    '/** Client → server requests: the definitions of the params (-1: the method takes none) and of the result. */',
    'export const CLIENT_REQUEST_CHECKS: { readonly [method: string]: readonly [params: number, result: number] } = {',
    ...methodRows(requests, (e) => e.method, (e) => `[${e.params ? at(e.params) : -1},${at(e.result!)}]`),
    '};',
    '',
    '/** Server → client notifications: the definition of the params. */',
    'export const SERVER_NOTIFICATION_CHECKS: { readonly [method: string]: number } = {',
    ...methodRows(notifications, (e) => e.method, (e) => String(at(e.params!))),
    '};',
    '',
    '/** Server → client requests: the definitions of the params and of the result the client answers. */',
    'export const SERVER_REQUEST_CHECKS: { readonly [method: string]: readonly [params: number, result: number] } = {',
    ...methodRows(serverRequests, (e) => e.method, (e) => `[${at(e.params!)},${at(e.result)}]`),
    '};',
    '',
  ].join('\n');
  const checkNames = [
    header('The name of each definition of the check table (checks.ts), by index: for messages in the Node build and for the tests.', experimental),
    `export const CHECK_NAMES: readonly string[] = ${JSON.stringify(table.map(([n]) => n), null, 1)};`,
    '',
  ].join('\n');

  const schemas = [
    header('zod schemas of every protocol definition, built lazily in one closure.', experimental),
    "import * as z from 'zod';",
    "import type * as T from './types.js';",
    '',
    '/** Every protocol definition as a zod schema, keyed by type name. */',
    'export interface ProtocolSchemas {',
    ...schemaDecl,
    '}',
    '',
    '/** How objects are built: `z.looseObject` lets unknown fields pass, `z.strictObject` rejects them. */',
    'export type ObjectFactory = (shape: z.ZodRawShape) => z.ZodObject<z.ZodRawShape>;',
    '',
    '/**',
    ' * Defines all schemas. Each is built on first use (most clients touch a few dozen of them) and',
    ' * references between them are lazy, so order does not matter. The schemas and the types come',
    ' * from the same JSON Schema; they are typed through the interface above rather than inferred,',
    ' * which keeps type-checking fast.',
    ' */',
    'export function defineProtocolSchemas(obj: ObjectFactory): ProtocolSchemas {',
    '  const s = {} as Record<keyof ProtocolSchemas, z.ZodType>;',
    '  const ref = (get: () => z.ZodType): z.ZodType => z.lazy(get);',
    '  const def = (name: keyof ProtocolSchemas, build: () => z.ZodType): void => {',
    '    Object.defineProperty(s, name, {',
    '      configurable: true,',
    '      enumerable: true,',
    '      get() {',
    '        const schema = build();',
    '        Object.defineProperty(s, name, { value: schema, enumerable: true });',
    '        return schema;',
    '      },',
    '    });',
    '  };',
    ...schemaBody,
    '  return s as unknown as ProtocolSchemas;',
    '}',
    '',
  ].join('\n');

  const typeRef = (n: string | null) => (n ? `T.${n}` : 'Record<string, never>');
  const paramsType = (e: MethodEntry) => (e.paramsOptional ? `${typeRef(e.params)} | undefined` : typeRef(e.params));
  const row = (e: MethodEntry, body: string) => `${doc(e.description, '  ')}  ${JSON.stringify(e.method)}: ${body};`;
  const methods = [
    header('Method tables: each JSON-RPC method with its params and result types and schemas.', experimental),
    "import type * as T from './types.js';",
    "import type { ProtocolSchemas } from './schemas.js';",
    '',
    '/** Client → server requests: params and result of each method. */',
    'export interface ClientRequestMap {',
    ...requests.map((e) => row(e, `{ params: ${paramsType(e)}; result: T.${e.result} }`)),
    '}',
    '',
    '/** Server → client notifications: params of each method. */',
    'export interface ServerNotificationMap {',
    ...notifications.map((e) => row(e, typeRef(e.params))),
    '}',
    '',
    '/** Server → client requests (approvals and similar): params and the result the client answers. */',
    'export interface ServerRequestMap {',
    ...serverRequests.map((e) => row(e, `{ params: ${typeRef(e.params)}; result: T.${e.result} }`)),
    '}',
    '',
    'export type ClientRequestMethod = keyof ClientRequestMap;',
    'export type ServerNotificationMethod = keyof ServerNotificationMap;',
    'export type ServerRequestMethod = keyof ServerRequestMap;',
    '',
    `export const CLIENT_REQUEST_METHODS = ${JSON.stringify(requests.map((e) => e.method), null, 2)} as const satisfies readonly ClientRequestMethod[];`,
    '',
    `export const SERVER_NOTIFICATION_METHODS = ${JSON.stringify(notifications.map((e) => e.method), null, 2)} as const satisfies readonly ServerNotificationMethod[];`,
    '',
    `export const SERVER_REQUEST_METHODS = ${JSON.stringify(serverRequests.map((e) => e.method), null, 2)} as const satisfies readonly ServerRequestMethod[];`,
    '',
    '/** Schema names per method, to look a schema up in a ProtocolSchemas table. */',
    'export const CLIENT_REQUEST_SCHEMAS: { readonly [M in ClientRequestMethod]: { params: keyof ProtocolSchemas | null; result: keyof ProtocolSchemas } } = {',
    ...requests.map((e) => `  ${JSON.stringify(e.method)}: { params: ${JSON.stringify(e.params)}, result: ${JSON.stringify(e.result)} },`),
    '};',
    '',
    'export const SERVER_NOTIFICATION_SCHEMAS: { readonly [M in ServerNotificationMethod]: keyof ProtocolSchemas } = {',
    ...notifications.map((e) => `  ${JSON.stringify(e.method)}: ${JSON.stringify(e.params)},`),
    '};',
    '',
    'export const SERVER_REQUEST_SCHEMAS: { readonly [M in ServerRequestMethod]: { params: keyof ProtocolSchemas; result: keyof ProtocolSchemas } } = {',
    ...serverRequests.map((e) => `  ${JSON.stringify(e.method)}: { params: ${JSON.stringify(e.params)}, result: ${JSON.stringify(e.result)} },`),
    '};',
    '',
    `/** The @openai/codex version these files were generated from. */`,
    `export const PROTOCOL_VERSION = ${JSON.stringify(pinned)};`,
    '',
  ].join('\n');

  return new Map([
    ['types.ts', types.join('\n')],
    ['schemas.ts', schemas],
    ['methods.ts', methods],
    ['checks.ts', checks],
    ['check-names.ts', checkNames],
    ...(experimental ? [] : [['zod-schemas.ts', single] as [string, string]]),
  ]);
}

function main() {
  const check = process.argv.includes('--check');
  const stale: string[] = [];
  for (const experimental of [false, true]) {
    const { bundle, dir } = emitSchemaJson(experimental);
    try {
      const files = generate(bundle, experimental);
      const target = experimental ? join(outDir, 'experimental') : outDir;
      for (const [name, text] of files) {
        const path = join(target, name);
        const current = existsSync(path) ? readFileSync(path, 'utf8') : null;
        if (current === text) continue;
        stale.push(experimental ? `experimental/${name}` : name);
        if (!check) {
          mkdirSync(target, { recursive: true });
          writeFileSync(path, text);
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (check && stale.length) {
    console.error(`lib/generated is stale (${stale.join(', ')}): run \`npm run generate\` and commit the result.`);
    process.exitCode = 1;
  } else {
    console.log(check ? 'lib/generated is up to date.' : `lib/generated: ${stale.length ? `wrote ${stale.join(', ')}` : 'no changes'}.`);
  }
}

main();
