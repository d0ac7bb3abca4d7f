/**
 * The compiled checks of the check table accept exactly what zod accepts: every definition of the
 * table, lenient and strict, on values built from it, on what the real app-server sends, and on
 * values near both (keys dropped, set to another kind, added; arrays grown; an own `__proto__`
 * key). A disagreement is a bug in lib/rpc/checks.ts (or in the generator's rendering of one of
 * the two).
 */
import { z } from 'zod';
import { ApprovalPolicy, type InboundMessage } from '../../lib/index.js';
import { CHECK_NAMES } from '../../lib/generated/check-names.js';
import { checks, type CheckNode } from '../../lib/generated/checks.js';

const CHECKS = checks();
import { CLIENT_REQUEST_SCHEMAS, SERVER_NOTIFICATION_SCHEMAS, SERVER_REQUEST_SCHEMAS } from '../../lib/generated/methods.js';
import { startOfflineCodex } from '../../lib/testing/index.js';
import { defineProtocolSchemas, type ObjectFactory, type ProtocolSchemas } from '../../lib/generated/schemas.js';
import { checkOf, type CheckTable } from '../../lib/rpc/checks.js';
import type { Transport } from '../../lib/transport/transport.js';

const LENIENT: CheckTable = { nodes: CHECKS, strict: false };
const STRICT: CheckTable = { nodes: CHECKS, strict: true };
/** A definition's index in the table, by its name. */
const refOf = (name: string): number => CHECK_NAMES.indexOf(name);

/** A few values of a node: each option of a union, each kind of a primitive, objects with and without their optional fields. */
function samples(node: CheckNode, depth = 0): unknown[] {
  if (depth > 4) return [null];
  const sub = (n: CheckNode) => samples(n, depth + 1);
  if (typeof node === 'number') return sub(CHECKS[node]!);
  if (typeof node === 'string') {
    const kinds: Record<string, unknown[]> = { s: ['x'], n: [1.5], b: [true], z: [null], u: [{ any: 1 }, 'y'], x: [] };
    return kinds[node]!;
  }
  if (!Array.isArray(node)) return objectSamples(node as Record<string, CheckNode>, null, depth);
  const [op, ...args] = node as unknown as [number, ...any[]];
  switch (op) {
    case 0:
      return [args[0]];
    case 10:
      return args;
    case 11:
      return [null, ...sub(args[0])];
    case 1:
      return [[], sub(args[0]).slice(0, 2)];
    case 2:
      return [args.map((a: CheckNode) => sub(a)[0])];
    case 3:
      return [{}, { k: sub(args[0])[0] }];
    case 4: {
      const left = sub(args[0]);
      const right = sub(args[1]);
      return left.flatMap((l) => right.slice(0, 3).map((r) => (isPlain(l) && isPlain(r) ? { ...l, ...r } : l)));
    }
    case 5:
      return args.flatMap((a: CheckNode) => sub(a).slice(0, 2));
    case 6:
      return args.slice(1).flatMap((a: CheckNode) => sub(a).slice(0, 2));
    case 7:
      return sub(args[2]).map((v) => (isPlain(v) ? { ...v, [args[0]]: args[1] } : v));
    case 8:
      return objectSamples(args[0], args[1], depth);
    default:
      throw new Error(`unknown node ${JSON.stringify(node)}`);
  }
}

const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function objectSamples(fields: Record<string, CheckNode>, catchall: CheckNode | null, depth: number): unknown[] {
  const full: Record<string, unknown> = {};
  const required: Record<string, unknown> = {};
  for (const [k, n] of Object.entries(fields)) {
    const optional = Array.isArray(n) && n[0] === 9;
    const values = samples(optional ? (n as [9, CheckNode])[1] : n, depth + 1);
    if (!values.length) continue;
    full[k] = values[values.length > 1 ? 1 : 0];
    if (!optional) required[k] = values[0];
  }
  const out: unknown[] = [full, required];
  if (catchall !== null) {
    const extra = samples(catchall, depth + 1)[0];
    out.push({ ...full, extraKey: extra });
  }
  return out;
}

/** Values near `value`: each key of each object dropped or set to another kind, arrays grown, an extra and a `__proto__` key. */
function* around(value: unknown): Generator<unknown> {
  yield value;
  const paths: PropertyKey[][] = [];
  const collect = (x: unknown, path: PropertyKey[]) => {
    if (!x || typeof x !== 'object' || paths.length > 30) return;
    paths.push(path);
    for (const [k, v] of Object.entries(x)) collect(v, [...path, Array.isArray(x) ? Number(k) : k]);
  };
  collect(value, []);
  const at = (root: unknown, path: PropertyKey[]) => path.reduce<any>((x, k) => x[k], root);
  const clone = () => JSON.parse(JSON.stringify(value));
  for (const path of paths) {
    const here = at(value, path);
    if (Array.isArray(here)) {
      for (const extra of [7, {}, 'x', null]) {
        const copy = clone();
        at(copy, path).push(extra);
        yield copy;
      }
      continue;
    }
    for (const key of [...Object.keys(here), 'extra']) {
      for (const v of [undefined, null, 7, 'x', true, [], {}, 'agentMessage', 'inProgress']) {
        const copy = clone();
        if (v === undefined) delete at(copy, path)[key];
        else at(copy, path)[key] = v;
        yield copy;
      }
    }
    // JSON.parse makes `__proto__` an own key; a loose object does not pass it on, a strict one refuses it.
    const copy = clone();
    const target = at(copy, path);
    const withProto = JSON.parse(`{"__proto__": {"x": 1}, ${JSON.stringify(target).slice(1)}`.replace(/, }$/, '}'));
    if (path.length === 0) yield withProto;
    else {
      at(copy, path.slice(0, -1))[path[path.length - 1]!] = withProto;
      yield copy;
    }
  }
}

describe('compiled checks of the check table', () => {
  const names = CHECK_NAMES;

  test('the table covers the definitions every method reaches, and names each', () => {
    // About 680 definitions are reached; those one other definition names are written in place (checked through it).
    expect(CHECKS.length).toBeGreaterThan(350);
    expect(names.length).toBe(CHECKS.length);
    for (const name of ['AgentMessageDeltaNotification', 'ItemCompletedNotification', 'ThreadStartParams', 'ThreadStartResponse', 'ThreadItem']) expect(checkOf(LENIENT, refOf(name))).not.toBeNull();
    for (const ref of [-1, CHECKS.length, 1.5, NaN]) expect(checkOf(LENIENT, ref)).toBeNull();
  });

  for (const [mode, table, factory] of [
    ['lenient', LENIENT, z.looseObject],
    ['strict', STRICT, z.strictObject],
  ] as const) {
    test(`accept exactly what zod accepts (${mode}), on every definition`, () => {
      const schemas: ProtocolSchemas = defineProtocolSchemas(factory as ObjectFactory);
      const disagreements: unknown[] = [];
      let checked = 0;
      let accepted = 0;
      for (const [ref, name] of names.entries()) {
        const schema = (schemas as unknown as Record<string, z.ZodType>)[name]!;
        const check = checkOf(table, ref)!;
        let n = 0;
        for (const sample of samples(CHECKS[ref]!)) {
          for (const value of around(sample)) {
            if (++n > 120) break;
            const zod = schema.safeParse(value).success;
            checked++;
            if (zod) accepted++;
            if (check(value) !== zod && disagreements.length < 5) disagreements.push({ name, value, zod });
          }
        }
      }
      expect(disagreements).toEqual([]);
      expect(checked).toBeGreaterThan(20_000);
      expect(accepted).toBeGreaterThan(2_000);
    });
  }

  test('strict intersections reconcile unknown keys as zod does: a key fails only when both sides refuse it', () => {
    const nodes = [
      [4, { a: 's' }, { b: 's' }],
      [4, { a: 's' }, [5, { b: 's' }, { c: 'n' }]],
    ] as const;
    const table: CheckTable = { nodes: nodes as unknown as CheckTable['nodes'], strict: true };
    const a = z.intersection(z.strictObject({ a: z.string() }), z.strictObject({ b: z.string() }));
    const b = z.intersection(z.strictObject({ a: z.string() }), z.union([z.strictObject({ b: z.string() }), z.strictObject({ c: z.number() })]));
    const values = [{ a: 'x', b: 'y' }, { a: 'x', b: 'y', c: 1 }, { a: 'x' }, { a: 'x', c: 1 }, { a: 'x', b: 'y', d: 1 }, { a: 'x', c: 1, b: 2 }];
    for (const v of values) {
      expect({ v, ok: checkOf(table, 0)!(v) }).toEqual({ v, ok: a.safeParse(v).success });
      expect({ v, ok: checkOf(table, 1)!(v) }).toEqual({ v, ok: b.safeParse(v).success });
    }
    expect(checkOf(table, 0)!({ a: 'x', b: 'y' })).toBe(true); // each side refuses the other's key, neither both
  });
});

/** Every value of a message, with the definition it is checked against, in the three directions validation checks. */
function namesOf(message: InboundMessage, methods: Map<unknown, string>): [string, unknown] | null {
  if (message.kind === 'notification') {
    const name = (SERVER_NOTIFICATION_SCHEMAS as Record<string, string>)[message.message.method];
    return name ? [name, message.message.params] : null;
  }
  if (message.kind === 'request') {
    const name = (SERVER_REQUEST_SCHEMAS as Record<string, { params: string }>)[message.message.method]?.params;
    return name ? [name, message.message.params] : null;
  }
  const method = methods.get(message.message.id);
  const name = method && (CLIENT_REQUEST_SCHEMAS as Record<string, { result: string }>)[method]?.result;
  return name && 'result' in message.message ? [name, message.message.result] : null;
}

test('the checks agree with zod on real traffic and every value near it, lenient and strict', async () => {
  const env = await startOfflineCodex({ approvals: { commandExecution: () => ({ decision: 'accept' }), fileChange: () => ({ decision: 'accept' }) } });
  const traffic: [string, unknown][] = [];
  const methods = new Map<unknown, string>();
  // The client's current transport, through its session (internal: a spec may look).
  const connection = { transport: (env.codex as unknown as { session: { transport: Transport } }).session.transport, messages$: env.codex.messages$ };
  try {
    // The ids of our requests, to know which result is which method's.
    const send = connection.transport.send.bind(connection.transport);
    connection.transport.send = (text: string) => {
      const m = JSON.parse(text);
      if (m.method && m.id !== undefined) methods.set(m.id, m.method);
      send(text);
    };
    connection.messages$.subscribe((message) => {
      const named = namesOf(message, methods);
      if (named) traffic.push(named);
    });
    const thread = await env.codex.startThread({ approvalPolicy: ApprovalPolicy.untrusted, sandbox: 'workspace-write' });
    for (const prompt of ['[[scenario:reasoning]] hi', '[[scenario:shell]] make a file', '[[scenario:apply_patch]] patch', '[[scenario:text]] hi']) await thread.run(prompt);
    await thread.run('[[scenario:http500]] fail').catch(() => {});
    await env.codex.request('thread/list', {});
    await env.codex.request('thread/read', { threadId: thread.id, includeTurns: true });
    await env.codex.request('model/list', {});
    await env.codex.request('account/read', {});
    await env.codex.request('config/read', {});
  } finally {
    await env.dispose();
  }
  const names = new Set(traffic.map(([name]) => name));
  expect(names.size).toBeGreaterThan(15);
  for (const name of ['AgentMessageDeltaNotification', 'ItemCompletedNotification', 'CommandExecutionRequestApprovalParams', 'ThreadReadResponse', 'TurnCompletedNotification']) expect(names).toContain(name);
  let checked = 0;
  const disagreements: unknown[] = [];
  for (const [mode, table, factory] of [
    ['lenient', LENIENT, z.looseObject],
    ['strict', STRICT, z.strictObject],
  ] as const) {
    const schemas = defineProtocolSchemas(factory as ObjectFactory) as unknown as Record<string, z.ZodType>;
    for (const [name, value] of traffic) {
      let n = 0;
      for (const near of around(value)) {
        if (++n > 150) break;
        checked++;
        const zod = schemas[name]!.safeParse(near).success;
        if (checkOf(table, refOf(name))!(near) !== zod && disagreements.length < 5) disagreements.push({ mode, name, near, zod });
      }
    }
  }
  expect(disagreements).toEqual([]);
  expect(checked).toBeGreaterThan(10_000);
}, 60_000);
