import { z } from 'zod';
import { schemas } from '../../lib/types.js';
import { acceptanceOf } from '../../lib/rpc/acceptance.js';

/** Values near `value`: each key of each object dropped or set to another kind, arrays grown. */
function* around(value: unknown): Generator<unknown> {
  yield value;
  const paths: PropertyKey[][] = [];
  const collect = (x: unknown, path: PropertyKey[]) => {
    if (!x || typeof x !== 'object') return;
    paths.push(path);
    for (const [k, v] of Object.entries(x)) collect(v, [...path, Array.isArray(x) ? Number(k) : k]);
  };
  collect(value, []);
  const at = (root: unknown, path: PropertyKey[]) => path.reduce<any>((x, k) => x[k], root);
  for (const path of paths) {
    const here = at(value, path);
    if (Array.isArray(here)) {
      for (const extra of [7, {}, 'x']) {
        const copy = structuredClone(value);
        at(copy, path).push(extra);
        yield copy;
      }
      continue;
    }
    for (const key of [...Object.keys(here), 'extra']) {
      for (const v of [undefined, null, 7, 'x', true, [], {}, 'agentMessage', 'reasoning']) {
        const copy = structuredClone(value) as object;
        if (v === undefined) delete at(copy, path)[key];
        else at(copy, path)[key] = v;
        yield copy;
      }
    }
  }
}

describe('acceptanceOf: a compiled check that never accepts what the schema rejects', () => {
  test('compiles every schema of the generated set', () => {
    const names = Object.keys(schemas) as (keyof typeof schemas)[];
    expect(names.length).toBeGreaterThan(700);
    expect(names.filter((name) => acceptanceOf(schemas[name] as z.ZodType) === null)).toEqual([]);
  });

  test('agrees with zod on real messages and on every value near them', () => {
    const samples: [keyof typeof schemas, unknown][] = [
      ['AgentMessageDeltaNotification', { threadId: 't', turnId: 'u', itemId: 'm', delta: 'hi' }],
      ['ItemCompletedNotification', { threadId: 't', turnId: 'u', completedAtMs: 5, item: { type: 'agentMessage', id: 'm', text: 'hi', phase: 'final_answer', memoryCitation: null } }],
      ['ItemStartedNotification', { threadId: 't', turnId: 'u', startedAtMs: 5, item: { type: 'userMessage', id: 'x', content: [{ type: 'text', text: 'hi', text_elements: [] }] } }],
      ['ItemCompletedNotification', { threadId: 't', turnId: 'u', completedAtMs: 5, item: { type: 'reasoning', id: 'r', summary: ['s'], content: [] } }],
      ['TurnCompletedNotification', { threadId: 't', turn: { id: 'u', items: [], itemsView: 'summary', status: 'completed', error: null, startedAt: 1, completedAt: 2, durationMs: 1 } }],
      ['ThreadStatusChangedNotification', { threadId: 't', status: { type: 'active', activeFlags: [] } }],
      ['ThreadTokenUsageUpdatedNotification', { threadId: 't', turnId: 'u', tokenUsage: { total: { totalTokens: 3, inputTokens: 1, cachedInputTokens: 0, outputTokens: 2, reasoningOutputTokens: 0 }, last: { totalTokens: 3, inputTokens: 1, cachedInputTokens: 0, outputTokens: 2, reasoningOutputTokens: 0 }, modelContextWindow: null } }],
    ];
    let accepted = 0;
    let checked = 0;
    for (const [name, sample] of samples) {
      const schema = schemas[name] as z.ZodType;
      const accepts = acceptanceOf(schema)!;
      expect(schema.safeParse(sample).success).toBe(true); // the samples are good ones
      expect(accepts(sample)).toBe(true); // and the check does not send them to zod
      for (const value of around(sample)) {
        const zod = schema.safeParse(value).success;
        const fast = accepts(value);
        checked++;
        if (fast) accepted++;
        // Never accepts what zod rejects; refusing what zod accepts only costs a zod parse, and
        // does not happen on these shapes.
        expect({ name, value, fast }).toEqual({ name, value, fast: zod });
      }
    }
    expect(checked).toBeGreaterThan(500);
    expect(accepted).toBeGreaterThan(100);
  });

  test('follows recursive schemas, and leaves kinds it does not know to zod', () => {
    type Json = string | Json[] | { [key: string]: Json };
    const json: z.ZodType<Json> = z.lazy(() => z.union([z.string(), z.array(json), z.record(z.string(), json)]));
    const accepts = acceptanceOf(json)!;
    expect(accepts({ a: ['x', { b: 'y' }] })).toBe(true);
    expect(accepts({ a: ['x', { b: 7 }] })).toBe(false);
    for (const unknown of [z.string().min(1), z.looseObject({ a: z.number().int() }), z.enum(['a', 'b']), z.string().transform((s) => s.length), z.strictObject({ a: z.string() })]) {
      expect(acceptanceOf(unknown as z.ZodType)).toBeNull();
    }
  });
});
