/**
 * How a refused value is explained without zod (the browser build, which carries no zod): issues
 * of zod's shape found from the check table alone, as the params check and diagnostics use them.
 */
import { CHECK_NAMES } from '../../lib/generated/check-names.js';
import { CLIENT_REQUEST_CHECKS } from '../../lib/generated/checks.js';
import { checkParams } from '../../lib/rpc/params-check.js';
import { explainFromTable, LENIENT_TABLE, STRICT_TABLE } from '../../lib/rpc/explain.js';

const DELTA = CHECK_NAMES.indexOf('AgentMessageDeltaNotification');
const ITEM_COMPLETED = CHECK_NAMES.indexOf('ItemCompletedNotification');
const delta = { threadId: 't', turnId: 'u', itemId: 'm', delta: 'hi' };

describe('explaining from the check table', () => {
  test('null for an accepted value; the path and the expected kind for a refused one', () => {
    expect(explainFromTable(LENIENT_TABLE, DELTA, delta)).toBeNull();
    const why = explainFromTable(LENIENT_TABLE, DELTA, { ...delta, delta: 7 })!;
    expect(why.issues).toEqual([expect.objectContaining({ code: 'invalid_type', expected: 'string', path: ['delta'] })]);
    expect(why.message).toContain('expected string, received number');
    const missing = explainFromTable(LENIENT_TABLE, DELTA, { threadId: 't', turnId: 'u', delta: 'x' })!;
    expect(missing.issues).toEqual([expect.objectContaining({ code: 'invalid_type', expected: 'nonoptional', path: ['itemId'] })]);
  });

  test('strict mode names the unknown keys; a discriminated union names its tag and the allowed values', () => {
    const extra = explainFromTable(STRICT_TABLE, DELTA, { ...delta, extra: 1 })!;
    expect(extra.issues).toEqual([expect.objectContaining({ code: 'unrecognized_keys', keys: ['extra'], path: [] })]);
    expect(explainFromTable(LENIENT_TABLE, DELTA, { ...delta, extra: 1 })).toBeNull();
    const item = { threadId: 't', turnId: 'u', completedAtMs: 1, item: { type: 'noSuchItem', id: 'm' } };
    const [issue] = explainFromTable(LENIENT_TABLE, ITEM_COMPLETED, item)!.issues as unknown as { code: string; path: unknown[]; discriminator: string; options: string[] }[];
    expect(issue).toMatchObject({ code: 'invalid_union', path: ['item', 'type'], discriminator: 'type' });
    expect(issue!.options).toEqual(expect.arrayContaining(['agentMessage', 'reasoning', 'userMessage']));
  });

  test('the params check says the same things with the table as with zod', () => {
    const source = { requests: CLIENT_REQUEST_CHECKS, table: LENIENT_TABLE, explain: (ref: number, value: unknown) => explainFromTable(LENIENT_TABLE, ref, value) };
    expect(checkParams('turn/start', { threadId: 't', input: 'hi' }, source)?.message).toMatch(/input: Invalid input: expected array/);
    expect(checkParams('turn/start', { threadId: 't', input: [{ type: 'local_image', path: '/x.png' }] }, source)?.message).toMatch(
      /input\[0\]: type "local_image" is not one of "text", "image", "localImage".*\(codex-rx: `localImage`\)/,
    );
    expect(checkParams('thread/read', {}, source)?.message).toMatch(/threadId/);
    expect(checkParams('turn/start', { threadId: 't', input: [] }, source)).toBeNull();
  });
});
