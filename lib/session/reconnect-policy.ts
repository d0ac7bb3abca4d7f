import { InvalidArgumentError } from '../errors.js';

/**
 * How `Codex.connect(target, { reconnect })` retries. Each delay doubles from `initialDelayMs` up
 * to `maxDelayMs`, with full jitter (a random delay between half the step and the step), so
 * many clients of one restarted server do not all come back at once.
 */
export interface ReconnectOptions {
  /** The step before the first retry, in ms (default 250). */
  initialDelayMs?: number;
  /** The largest step, in ms (default 10 000). */
  maxDelayMs?: number;
  /** Attempts after one drop before giving up (default: unbounded). */
  maxAttempts?: number;
  /** How long the client may stay disconnected before giving up, in ms (default: unbounded). */
  maxDowntimeMs?: number;
}

/** A {@link ReconnectOptions} with every default filled in. */
export type ReconnectPolicy = Required<ReconnectOptions>;

const DEFAULTS: ReconnectPolicy = { initialDelayMs: 250, maxDelayMs: 10_000, maxAttempts: Infinity, maxDowntimeMs: Infinity };

/** The policy for a `reconnect` option (`true` or options), or null when reconnection is off. */
export function reconnectPolicy(option: boolean | ReconnectOptions | undefined): ReconnectPolicy | null {
  if (!option) return null;
  const policy = { ...DEFAULTS, ...(option === true ? {} : definedOnly(option)) };
  for (const key of ['initialDelayMs', 'maxDelayMs', 'maxAttempts', 'maxDowntimeMs'] as const) {
    if (!(typeof policy[key] === 'number' && policy[key] >= 0)) throw new InvalidArgumentError(`reconnect.${key} must be a number ≥ 0.`);
  }
  return policy;
}

/** The wait before attempt `attempt` (from 1): exponential, capped, with full jitter. */
export function reconnectDelay(attempt: number, policy: ReconnectPolicy, random: () => number = Math.random): number {
  const step = Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(step / 2 + (random() * step) / 2);
}

function definedOnly(options: ReconnectOptions): ReconnectOptions {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
}
