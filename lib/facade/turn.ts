import { filter, scan, type Observable } from 'rxjs';
import { CodexError, type TransportClosedError } from '../errors.js';
import type * as T from '../generated/types.js';
import { isObject, type RequestOptions, type ServerNotification } from '../rpc/messages.js';
import { ReplayStream, SKIP } from '../router/replay-stream.js';
import { iterate } from './async-iterate.js';
import { coalesceItemDeltas } from './coalesce-deltas.js';
import type { ClientContext } from './context.js';
import { toUserInput, type TurnInput } from './input.js';
import type { PreparedOutput } from './output.js';

/**
 * What a finished turn produced. `O` is the type of {@link TurnResult.output}: `undefined` without
 * an `outputSchema`, the schema's output type with one.
 */
export interface TurnResult<O = undefined> {
  id: string;
  threadId: string;
  /** `completed`, `interrupted` or `failed`. */
  status: T.TurnStatus;
  error: T.TurnError | null;
  /** Unix seconds, as the server reports them. */
  startedAt: number | null;
  completedAt: number | null;
  durationMs: number | null;
  /** The last agent message with phase `final_answer`, else the last one without a phase, else null. */
  finalResponse: string | null;
  /** Items in `item/completed` order. */
  items: T.ThreadItem[];
  /** The last `thread/tokenUsage/updated` value of this turn. */
  usage: T.ThreadTokenUsage | null;
  /**
   * The final response parsed with the turn's `outputSchema` (JSON, then the zod schema);
   * `undefined` when the turn had none. A final response that does not parse rejects the result
   * with `OutputParseError` instead.
   */
  output: O;
}

/** A turn ended with status `failed`. Carries the result and the server's `codexErrorInfo`. */
export class TurnFailedError extends CodexError {
  readonly result: TurnResult<unknown>;
  readonly codexErrorInfo: T.CodexErrorInfo | null;
  constructor(result: TurnResult<unknown>) {
    super(`Turn ${result.id} failed: ${result.error?.message ?? 'no error message'}`);
    this.result = result;
    this.codexErrorInfo = result.error?.codexErrorInfo ?? null;
  }
}

/** `thread.turn()` was called while the thread's turn is still running. Use `turn.steer()` instead. */
export class TurnInProgressError extends CodexError {
  readonly threadId: string;
  readonly activeTurnId: string | null;
  constructor(threadId: string, activeTurnId: string | null) {
    super(
      `Thread ${threadId} already has an active turn${activeTurnId ? ` (${activeTurnId})` : ''}. ` +
        'Add input to it with turn.steer(input) or thread.sendToolOutput(output), or wait for turn.result before starting another turn.',
    );
    this.threadId = threadId;
    this.activeTurnId = activeTurnId;
  }
}

type Item = T.ThreadItem;
type AgentMessage = Extract<Item, { type: 'agentMessage' }>;

/**
 * A live turn. Its streams are hot, fed by the client's router from the moment `turn/start` was
 * written, and replay to late subscribers from a bounded per-turn window; they complete right
 * after `turn/completed` and error with `TransportClosedError` if the process dies first.
 * Iterate it with `for await`; leaving the loop unsubscribes and does not interrupt the turn.
 */
export class TurnHandle<O = undefined> implements AsyncIterable<ServerNotification> {
  /**
   * Every notification of this turn, replayed from the turn's start (bounded window). Live
   * subscribers get each notification as it came; once an item completes, the replay keeps its
   * text deltas joined (see {@link TurnHandle.textDeltas$}).
   */
  readonly events$: Observable<ServerNotification>;
  /**
   * Agent message text deltas (`item/agentMessage/delta`), as strings, for every agent message of
   * the turn. Hot, derived from {@link TurnHandle.events$}: each subscriber first gets the deltas
   * so far (replayed from the turn's start, within the bounded `turnReplayLimit` window), then the
   * live ones. Live, every delta comes as the server sent it. In the replay, the deltas of a
   * message that has completed (`item/completed`) are joined into one: a late subscriber gets
   * the same text in fewer chunks (one per completed message), and the deltas of a message still
   * streaming one by one. Completes right after `turn/completed`, also when the turn failed or was
   * interrupted (then `result` tells you how it ended). Errors with `TransportClosedError` if the
   * process dies first: subscribe with an `error` callback. After the turn ended, a subscriber
   * gets the replay, then the completion or error.
   */
  readonly textDeltas$: Observable<string>;
  /**
   * Each item of the turn once it is complete (`item/completed`): messages, reasoning, commands,
   * file changes, tool calls. Items that never complete (an agent message cut off by an
   * interrupt) are not emitted. Hot, with the same replay, completion and error as
   * {@link TurnHandle.textDeltas$}.
   */
  readonly items$: Observable<Item>;
  /**
   * Reasoning deltas, summary and raw text (`item/reasoning/summaryTextDelta` and
   * `item/reasoning/textDelta`), as strings. Empty when the model sends no reasoning. Hot, with the
   * same replay, completion and error as {@link TurnHandle.textDeltas$}: once a reasoning item
   * completed, the replay gives one chunk per summary part and per raw text part, with the same
   * text.
   */
  readonly reasoning$: Observable<string>;
  /**
   * The accumulated text of the current agent message: after each delta, the whole text so far.
   * At the start of the next agent message it emits `''` and starts over. Hot, with the same
   * replay, completion and error as {@link TurnHandle.textDeltas$}. A late subscriber rebuilds the
   * text from the replayed deltas: a message that has completed comes as one value, its whole
   * text (the same final value a live subscriber saw), and a message still streaming goes again
   * through the intermediate values so far.
   */
  readonly text$: Observable<string>;
  /**
   * Resolves with the {@link TurnResult}; rejects with {@link TurnFailedError} if the turn failed,
   * and with `OutputParseError` if it had an `outputSchema` and the final response does not parse.
   */
  readonly result: Promise<TurnResult<O>>;

  private readonly stream: ReplayStream<ServerNotification>;
  private readonly items: Item[] = [];
  private usage: T.ThreadTokenUsage | null = null;
  private settle!: { resolve(r: TurnResult<O>): void; reject(e: unknown): void };
  private ended = false;
  /** The last item id seen, which the next events share (see {@link share}). */
  private lastItemId = '';
  private unregister: () => void = () => {};
  private readonly onClientClosed = (error: TransportClosedError) => this.fail(error);
  /** Resolves once the server reports the turn running (`turn/started`) or the turn ended. */
  private readonly running: Promise<void>;
  private markRunning!: () => void;

  /** Created by `Thread.turn()` and `thread.turns$`; not for direct use. */
  constructor(
    readonly id: string,
    readonly threadId: string,
    private readonly ctx: ClientContext,
    initial: T.Turn,
    private readonly output?: PreparedOutput,
    /** Joined while already running (started elsewhere): no `turn/started` will come. */
    joined = false,
  ) {
    this.stream = new ReplayStream(ctx.turnReplayLimit);
    this.events$ = this.stream.observable;
    this.result = new Promise<TurnResult<O>>((resolve, reject) => (this.settle = { resolve, reject }));
    this.running = new Promise<void>((resolve) => (this.markRunning = resolve));
    // Nobody has to await `result`: a failed turn must not become an unhandled rejection.
    this.result.catch(() => {});
    // Views of the replay stream: a delta reaches its subscriber in one step, no operator chain.
    this.textDeltas$ = this.stream.view(textDeltaOf);
    this.items$ = this.stream.view(completedItemOf);
    this.reasoning$ = this.stream.view(reasoningDeltaOf);
    this.text$ = this.events$.pipe(
      filter((n) => n.method === 'item/agentMessage/delta' || (n.method === 'item/started' && n.params?.item?.type === 'agentMessage')),
      scan((text, n) => (n.method === 'item/agentMessage/delta' ? text + String(n.params?.delta ?? '') : ''), ''),
      filter((text, i) => i > 0 || text !== ''),
    );
    if (joined) this.markRunning();
    if (initial.status !== 'inProgress') this.finish(initial);
  }

  /** Resolves with the result (same as {@link TurnHandle.result}). */
  done(): Promise<TurnResult<O>> {
    return this.result;
  }

  /** Whether `turn/completed` (or the process exit) ended this turn. */
  get isDone(): boolean {
    return this.ended;
  }

  /**
   * Adds input to this running turn (`turn/steer` with `expectedTurnId`). The server accepts
   * steering only once the turn runs, so this first waits for `turn/started`.
   */
  async steer(input: TurnInput, options?: RequestOptions): Promise<void> {
    await this.running;
    await this.ctx.connection.request('turn/steer', { threadId: this.threadId, expectedTurnId: this.id, input: toUserInput(input) }, options);
  }

  /**
   * Asks the server to interrupt this turn; the turn then completes with status `interrupted`.
   * The server refuses before `turn/started`, so this first waits for it; after the turn ended it
   * does nothing.
   */
  async interrupt(options?: RequestOptions): Promise<void> {
    await this.running;
    // After the client closed this still rejects, with TransportClosedError, like every method.
    if (this.ended && !this.ctx.connection.isClosed) return;
    await this.ctx.connection.request('turn/interrupt', { threadId: this.threadId, turnId: this.id }, options);
  }

  [Symbol.asyncIterator](): AsyncIterator<ServerNotification> {
    return iterate(this.events$);
  }

  // ----------------------------------------------------------------- fed by the client's router

  /**
   * @internal Registers with the router; held events are replayed into the turn at once. The sink
   * reports when the turn has ended, so the router drops it even during that replay.
   */
  attach(): void {
    if (this.ended) return;
    this.ctx.live.add(this.onClientClosed);
    this.unregister = this.ctx.router.turns.register(this.id, (n) => {
      this.ingest(n);
      return this.ended;
    });
  }

  /** @internal One notification of this turn. Params are as the server sent them, checked here. */
  ingest(n: ServerNotification): void {
    if (this.ended) return;
    const params = n.params as unknown;
    this.share(params);
    // A completed item's text deltas are kept joined (before this event takes a place in the window).
    if (n.method === 'item/completed' && typeof n.params?.item?.id === 'string') coalesceItemDeltas(this.stream, n.params.item.id);
    this.stream.next(n);
    switch (n.method) {
      case 'turn/started':
        this.markRunning();
        break;
      case 'item/completed':
        if (isObject(n.params?.item)) this.items.push(n.params.item);
        break;
      case 'thread/tokenUsage/updated':
        if (isObject(n.params?.tokenUsage)) this.usage = n.params.tokenUsage;
        break;
      case 'turn/completed':
        this.finish(isObject(params) && isObject(params.turn) ? (params.turn as T.Turn) : MALFORMED_COMPLETION);
        break;
    }
  }

  /**
   * Points the ids an event repeats (thread, turn and item ids) at equal strings this turn already
   * holds, before the replay window keeps the event (the connection does the same for methods).
   * `JSON.parse` makes each of them afresh: shared, a kept delta costs its two objects instead of
   * seven (about 60 bytes instead of 280 with the server's UUIDs), and survives garbage collections
   * far more cheaply. Equal strings: nothing a subscriber can see changes.
   */
  private share(params: unknown): void {
    if (!isObject(params)) return;
    if (params.turnId === this.id) params.turnId = this.id;
    if (params.threadId === this.threadId) params.threadId = this.threadId;
    const itemId = params.itemId;
    if (typeof itemId === 'string') {
      if (itemId === this.lastItemId) params.itemId = this.lastItemId;
      else this.lastItemId = itemId;
    }
  }

  /** @internal The process died: error the streams and reject the result. */
  fail(error: Error): void {
    if (this.ended) return;
    this.end();
    this.stream.error(error);
    this.settle.reject(error);
  }

  private finish(turn: T.Turn): void {
    if (this.ended) return;
    this.end();
    this.ctx.approvals.turnEnded(this.id);
    let result: TurnResult<O>;
    try {
      result = {
        id: this.id,
        threadId: this.threadId,
        status: turn.status,
        // A server may echo a key or token in an error: mask what the client was handed.
        error: this.ctx.connection.transport.redactor.redactValue(turn.error ?? null),
        startedAt: turn.startedAt ?? null,
        completedAt: turn.completedAt ?? null,
        durationMs: turn.durationMs ?? null,
        finalResponse: finalResponse(this.items),
        items: this.items,
        usage: this.usage,
        output: undefined as O,
      };
    } catch (cause) {
      // Ended is ended: whatever the completion looked like, the result settles.
      const error = new CodexError(`Turn ${this.id} ended with a completion codex-rx could not read`, { cause });
      this.stream.error(error);
      this.settle.reject(error);
      return;
    }
    this.stream.complete();
    if (turn.status === 'failed') {
      this.settle.reject(new TurnFailedError(result));
      return;
    }
    if (this.output) {
      try {
        result.output = this.output.parse(result.finalResponse, result) as O;
      } catch (error) {
        this.settle.reject(error);
        return;
      }
    }
    this.settle.resolve(result);
  }

  private end(): void {
    this.ended = true;
    this.markRunning();
    this.unregister();
    this.ctx.live.delete(this.onClientClosed);
  }
}

// The views' projections: one function each for every turn, no closure per turn.
const textDeltaOf = (n: ServerNotification) => (n.method === 'item/agentMessage/delta' ? n.params.delta : SKIP);
const completedItemOf = (n: ServerNotification) => (n.method === 'item/completed' && isObject(n.params?.item) ? n.params.item : SKIP);
const reasoningDeltaOf = (n: ServerNotification) =>
  n.method === 'item/reasoning/summaryTextDelta' || n.method === 'item/reasoning/textDelta' ? n.params.delta : SKIP;

/** What a `turn/completed` without a usable `turn` object finishes a turn with. */
const MALFORMED_COMPLETION: T.Turn = {
  id: '',
  items: [],
  status: 'failed',
  error: { message: 'turn/completed carried no turn object', codexErrorInfo: null, additionalDetails: null },
  startedAt: null,
  completedAt: null,
  durationMs: null,
};

/** The final answer among completed items; see {@link TurnResult.finalResponse}. */
export function finalResponse(items: readonly Item[]): string | null {
  let unphased: string | null = null;
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i];
    if (item?.type !== 'agentMessage') continue;
    const phase = (item as AgentMessage).phase;
    if (phase === 'final_answer') return (item as AgentMessage).text;
    if ((phase === null || phase === undefined) && unphased === null) unphased = (item as AgentMessage).text;
  }
  return unphased;
}
