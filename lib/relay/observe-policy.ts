/**
 * What an `observe` token may send: read methods only. Every message from an observe browser is
 * screened here before it can reach app-server.
 */
import { isObject } from '../rpc/messages.js';

/** Any params are allowed. */
const ANY = 'any';

/**
 * The params one allowed method may carry: {@link ANY}, or the names of the params it may set.
 * A dotted name (`capabilities.experimentalApi`) allows that member of an object param; the
 * object's other members must then be absent or `null` too.
 */
type ParamRule = typeof ANY | readonly string[];

/**
 * The rules, looked up by method name in a `Map`: a method name comes from the wire, and a plain
 * object would also answer for inherited names such as `toString` or `__proto__`.
 */
const RULES = new Map<string, ParamRule>([
  // What affects this connection only: its name, and which experimental fields and notifications
  // it gets. Not `explicitGatewayOauth` ("later connections cannot undo it"), nor the capabilities
  // that make app-server ask this client to answer or sign for others (`requestAttestation`,
  // `requiredHumanApproval`, `mcpServerOpenaiFormElicitation`, `extensions`).
  ['initialize', Object.freeze(['clientInfo', 'capabilities.experimentalApi', 'capabilities.optOutNotificationMethods'])],
  ['initialized', ANY],
  ['thread/list', ANY],
  ['thread/read', ANY],
  ['thread/loaded/list', ANY],
  ['thread/turns/list', ANY],
  ['thread/items/list', ANY],
  ['thread/resume', Object.freeze(['threadId', 'excludeTurns'])],
  ['thread/unsubscribe', ANY],
  ['thread/goal/get', ANY],
  ['threadSection/list', ANY],
  ['account/read', ANY],
  ['account/rateLimits/read', ANY],
  ['model/list', ANY],
]);

/**
 * The one allow-list of the `observe` role: each method (requests and the `initialized`
 * notification) with the params it may carry. Everything else is refused.
 *
 * - `'any'`: any params (read methods).
 * - A list of names: every other param must be absent or `null`, so `thread/resume` cannot change
 *   a thread's model, sandbox or approval policy on the way in. A dotted name allows one member of
 *   an object param, whose other members must be absent or `null` as well: `initialize` may set
 *   `clientInfo` and, of its `capabilities`, only `experimentalApi` and
 *   `optOutNotificationMethods`, which affect that connection alone. A capability that acts
 *   beyond the connection (`explicitGatewayOauth` holds for the whole app-server process and later
 *   connections cannot undo it) is refused, even `false`.
 *
 * A frozen object without a prototype, for reading; the relay itself looks methods up in a `Map`.
 * A message nested deeper than {@link OBSERVE_MAX_DEPTH} is refused whatever its method.
 */
export const OBSERVE_ALLOW_LIST: Readonly<Record<string, ParamRule>> = Object.freeze(Object.assign(Object.create(null) as Record<string, ParamRule>, Object.fromEntries(RULES)));

/** A list of param names as a tree: `true` allows any value, a nested tree an object with those members. */
type ParamTree = Map<string, ParamTree | true>;

function paramTree(names: readonly string[]): ParamTree {
  const root: ParamTree = new Map();
  for (const name of names) {
    const path = name.split('.');
    let node = root;
    path.slice(0, -1).forEach((segment) => {
      let child = node.get(segment);
      if (!(child instanceof Map)) node.set(segment, (child = new Map()));
      node = child;
    });
    node.set(path.at(-1)!, true);
  }
  return root;
}

const TREES = new Map<string, typeof ANY | ParamTree>([...RULES].map(([method, rule]) => [method, rule === ANY ? ANY : paramTree(rule)]));

/** Whether every member of `params` the tree does not allow is absent or `null`. */
function fits(params: Record<string, unknown>, tree: ParamTree): boolean {
  return Object.entries(params).every(([key, value]) => {
    if (value === null || value === undefined) return true;
    const node = tree.get(key);
    return node === true || (node instanceof Map && isObject(value) && fits(value, node));
  });
}

/**
 * How deeply an observe browser's message may nest objects and arrays (the message itself is
 * level 1). The relay serializes what it forwards again, and a message nested thousands of levels
 * deep would overflow the stack there; app-server's own parser stops at 128 levels.
 */
export const OBSERVE_MAX_DEPTH = 64;

/** The JSON-RPC error code of the relay's reply to a request the role does not allow. */
export const RELAY_FORBIDDEN_CODE = -32010;

/** What to do with one message from an observe browser. */
export type ObserveVerdict =
  /**
   * Pass `text` to app-server: the message as screened, serialized again, so that app-server
   * reads exactly what was judged (a duplicate key cannot mean one thing here and another there).
   */
  | { action: 'forward'; text: string }
  /**
   * Do not forward; send `reply` (a JSON-RPC error) back to the browser. `why` is `not-allowed`
   * (the method or one of its params) or `too-deep` (nested deeper than {@link OBSERVE_MAX_DEPTH}).
   */
  | { action: 'refuse'; method: string; why: 'not-allowed' | 'too-deep'; reply: string }
  /** Do not forward, and say nothing: a notification, an answer to a server request, junk, or a notification nested too deep. */
  | { action: 'drop'; why: 'notification' | 'server-request-answer' | 'not-json-rpc' | 'too-deep' };

function allowed(method: string, params: unknown): boolean {
  const rule = TREES.get(method);
  if (rule === undefined) return false;
  if (rule === ANY || params === undefined || params === null) return true;
  return isObject(params) && fits(params, rule);
}

/** Whether `value` nests objects and arrays more than `limit` levels deep; iterative, so any depth is safe to ask about. */
export function nestedDeeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [node, depth] = next;
    if (node === null || typeof node !== 'object') continue;
    if (depth > limit) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node)) if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return false;
}

const refusal = (id: unknown, method: string, why: 'not-allowed' | 'too-deep'): ObserveVerdict => {
  const message = why === 'too-deep' ? `The relay does not forward a message nested deeper than ${OBSERVE_MAX_DEPTH} levels.` : `The relay does not allow ${method} for an observe token.`;
  const data = { role: 'observe', method, ...(why === 'too-deep' ? { maxDepth: OBSERVE_MAX_DEPTH } : {}) };
  return { action: 'refuse', method, why, reply: JSON.stringify({ id, error: { code: RELAY_FORBIDDEN_CODE, message, data } }) };
};

/** Screens one text frame from an observe browser against {@link OBSERVE_ALLOW_LIST}. */
export function screenObserveMessage(text: string): ObserveVerdict {
  let msg: unknown;
  try {
    msg = JSON.parse(text);
  } catch {
    return { action: 'drop', why: 'not-json-rpc' };
  }
  if (!isObject(msg)) return { action: 'drop', why: 'not-json-rpc' };
  const { id, method } = msg;
  const hasId = typeof id === 'string' || typeof id === 'number';
  if (typeof method !== 'string') return { action: 'drop', why: hasId ? 'server-request-answer' : 'not-json-rpc' };
  if (!allowed(method, msg.params)) return hasId ? refusal(id, method, 'not-allowed') : { action: 'drop', why: 'notification' };
  // Only what is forwarded is serialized again: bound its depth first (any member, not only params).
  if (nestedDeeperThan(msg, OBSERVE_MAX_DEPTH)) return hasId ? refusal(id, method, 'too-deep') : { action: 'drop', why: 'too-deep' };
  return { action: 'forward', text: JSON.stringify(msg) };
}
