import { filter, Observable, scan, Subject } from 'rxjs';
import { CodexError } from '../errors.js';
import type * as T from '../generated/types.js';
import { isObject, type RequestOptions, type ServerNotification } from '../rpc/messages.js';
import { ReplayStream, SKIP } from '../router/replay-stream.js';
import { map } from 'rxjs';
import { iterate } from './async-iterate.js';
import { coalesceItemDeltas, DELTA_PACKING, GAP_METHOD } from './coalesce-deltas.js';
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

/**
 * A stretch of a turn this client did not see: the link dropped and the relay could not replay
 * what was missed, so the client re-synchronised from a snapshot (`connection$` said
 * `resumed: false`). Items completed meanwhile still reach `items$` (once each) and `result` is
 * right; what is lost is the streaming text sent while away.
 */
export interface TurnGap {
  /** When the drop was noticed (ms since the epoch). */
  at: number;
  /** The agent message that was streaming at the drop, whose deltas were partly missed; null if none was. */
  itemId: string | null;
  /** Why: `reconnected` (the link dropped and came back). */
  reason: 'reconnected';
}

/** A retry of the model connection during a turn: an `error` notification with `willRetry: true`. */
export type TurnRetry = T.ErrorNotification;

type Item = T.ThreadItem;
type AgentMessage = Extract<Item, { type: 'agentMessage' }>;

/**
 * A live turn. Its streams are hot, fed by the client's router from the moment `turn/start` was
 * written, and replay to late subscribers from a bounded per-turn window; they complete right
 * after `turn/completed` and error with `TransportClosedError` if the process dies first.
 * Iterate it with `for await`; leaving the loop unsubscribes and does not interrupt the turn.
 */
export class TurnHandle<O = undefined> implements AsyncIterable<ServerNotification> {
  // The fields each event of the turn reads, right after the constructor's parameter properties
  // (fields are laid out in the order they are assigned: parameter properties, then initialized
  // fields, then what the constructor's body sets, as `stream`): with many turns streaming at
  // once, fewer cache lines per event.
  private ended = false;
  /** The last item id seen, which the next events share (see {@link share}). */
  private lastItemId = '';
  private readonly stream: ReplayStream<ServerNotification>;
  /**
   * Every notification of this turn, replayed from the turn's start (bounded window). Live
   * subscribers get each notification as it came; once an item completes, the replay keeps its
   * text deltas joined (see {@link TurnHandle.textDeltas$}). The deltas of an item still streaming
   * are kept as their text and replayed as equal notifications, new objects, in the order they came.
   */
  get events$(): Observable<ServerNotification> {
    return (this.eventsView ??= this.stream.view(eventOf));
  }
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
  get textDeltas$(): Observable<string> {
    return (this.textDeltasView ??= this.stream.view(textDeltaOf));
  }
  /**
   * Each item of the turn once it is complete (`item/completed`): messages, reasoning, commands,
   * file changes, tool calls. Items that never complete (an agent message cut off by an
   * interrupt) are not emitted. Hot, with the same replay, completion and error as
   * {@link TurnHandle.textDeltas$}.
   */
  get items$(): Observable<Item> {
    return (this.itemsView ??= this.stream.view(completedItemOf));
  }
  /**
   * Reasoning deltas, summary and raw text (`item/reasoning/summaryTextDelta` and
   * `item/reasoning/textDelta`), as strings. Empty when the model sends no reasoning. Hot, with the
   * same replay, completion and error as {@link TurnHandle.textDeltas$}: once a reasoning item
   * completed, the replay gives one chunk per summary part and per raw text part, with the same
   * text.
   */
  get reasoning$(): Observable<string> {
    return (this.reasoningView ??= this.stream.view(reasoningDeltaOf));
  }
  /**
   * The accumulated text of the current agent message: after each delta, the whole text so far.
   * At the start of the next agent message it emits `''` and starts over. Hot, with the same
   * replay, completion and error as {@link TurnHandle.textDeltas$}. A late subscriber rebuilds the
   * text from the replayed deltas: a message that has completed comes as one value, its whole
   * text (the same final value a live subscriber saw), and a message still streaming goes again
   * through the intermediate values so far.
   * After a gap ({@link TurnHandle.gaps$}) it emits `''` and starts over with the deltas that come
   * after it (never gluing text from both sides of the gap); when the message then completes it
   * emits the message's whole text, from `item/completed`.
   */
  get text$(): Observable<string> {
    return (this.textView ??= this.stream.observable.pipe(
      filter(isTextEvent),
      scan(textStep, { text: '', live: ANY_ITEM, emit: true } as TextState),
      filter((state, i) => state.emit && (i > 0 || state.text !== '')),
      map((state) => state.text),
    ));
  }
  /**
   * The server retrying the model connection: each `error` notification with `willRetry: true`
   * (`error.message` counts the attempts, `Reconnecting... 2/5`; `error.additionalDetails` says
   * why). Progress, not failure: the turn goes on, and if the retries run out `result` rejects
   * with {@link TurnFailedError}. Hot, with the same replay, completion and error as
   * {@link TurnHandle.textDeltas$}.
   */
  get retries$(): Observable<TurnRetry> {
    return (this.retriesView ??= this.stream.view(retryOf));
  }
  /**
   * Resolves with the {@link TurnResult}; rejects with {@link TurnFailedError} if the turn failed,
   * and with `OutputParseError` if it had an `outputSchema` and the final response does not parse.
   */
  readonly result: Promise<TurnResult<O>>;
  /**
   * Hot: each {@link TurnGap} of this turn, replayed to late subscribers. A UI can say
   * "reconnected, some live text was skipped". Emits nothing while the link holds, or when a relay
   * resumed it without loss. Completes with the turn.
   */
  get gaps$(): Observable<TurnGap> {
    return (this.gapsView ??= new Observable<TurnGap>((subscriber) => {
      for (const gap of this.gapList) subscriber.next(gap);
      if (this.ended) subscriber.complete();
      else return (this.gapSubject ??= new Subject<TurnGap>()).subscribe(subscriber);
      return undefined;
    }));
  }

  // The streams above, made on first access: most turns are awaited, not watched. The views of
  // the replay stream take a value to their subscriber in one step, no operator chain.
  private eventsView: Observable<ServerNotification> | undefined;
  private textDeltasView: Observable<string> | undefined;
  private itemsView: Observable<Item> | undefined;
  private reasoningView: Observable<string> | undefined;
  private textView: Observable<string> | undefined;
  private retriesView: Observable<TurnRetry> | undefined;
  private gapsView: Observable<TurnGap> | undefined;
  private readonly gapList: TurnGap[] = [];
  /** Live `gaps$` subscribers, once there is one. */
  private gapSubject: Subject<TurnGap> | null = null;
  /** Ids of the items completed so far: an item reaches `items$` once, also across a reconnect. */
  private readonly completedIds = new Set<string>();
  /** The agent message started and not yet completed, if any. */
  private streamingItem: string | null = null;
  private readonly items: Item[] = [];
  private usage: T.ThreadTokenUsage | null = null;
  private settle!: { resolve(r: TurnResult<O>): void; reject(e: unknown): void };
  private unregister: () => void = NOTHING;
  /** Ends this turn when the client closes; made when the turn goes live ({@link TurnHandle.attach}). */
  private onClientClosed: ((error: CodexError) => void) | null = null;
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
    this.stream = new ReplayStream(ctx.turnReplayLimit, null, null, DELTA_PACKING);
    this.result = new Promise<TurnResult<O>>((resolve, reject) => (this.settle = { resolve, reject }));
    this.running = new Promise<void>((resolve) => (this.markRunning = resolve));
    // Nobody has to await `result`: a failed turn must not become an unhandled rejection.
    this.result.catch(NOTHING);
    if (joined) this.markRunning();
    if (initial.status !== 'inProgress') {
      // A turn that is over when first seen (a reconnect found it finished): its items are the result.
      for (const item of initial.items ?? []) if (isObject(item)) this.items.push(item);
      this.finish(initial);
    }
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
    this.ctx.live.add((this.onClientClosed = (error) => this.fail(error)));
    this.ctx.turns.add(this);
    this.unregister = this.ctx.router.turns.register(this.id, (n) => {
      this.ingest(n);
      return this.ended;
    });
  }

  /** @internal One notification of this turn. Params are as the server sent them, checked here. */
  ingest(n: ServerNotification): void {
    if (this.ended) return;
    const params = n.params as unknown;
    if (n.method === 'item/completed') {
      // Seen already (before a reconnect, or in the snapshot it reconciled from): once is enough.
      const id = isObject(n.params?.item) ? n.params.item.id : undefined;
      if (typeof id === 'string') {
        if (this.completedIds.has(id)) return;
        this.completedIds.add(id);
        if (id === this.streamingItem) this.streamingItem = null;
      }
    }
    this.share(params);
    // A completed item's text deltas are kept joined (before this event takes a place in the window),
    // found by the id string they share (see share()): a pointer compare each.
    if (n.method === 'item/completed' && typeof n.params?.item?.id === 'string') {
      const id = n.params.item.id;
      coalesceItemDeltas(this.stream, id === this.lastItemId ? this.lastItemId : id);
    }
    this.stream.next(n);
    switch (n.method) {
      case 'turn/started':
        this.markRunning();
        break;
      case 'item/started':
        if (n.params?.item?.type === 'agentMessage' && typeof n.params.item.id === 'string') this.streamingItem = n.params.item.id;
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
   * `JSON.parse` makes each of them afresh: shared, the events the window keeps whole (items
   * started and completed, the first delta of each run) hold no copies of the ids, and the window
   * compares a delta's item id with its run's by pointer. Equal strings: nothing a subscriber can
   * see changes.
   */
  private share(params: unknown): void {
    if (!isObject(params)) return;
    // A string `turnId` is this turn's id, compared already: the router found this turn by it (and
    // the events the turn makes itself carry this.id).
    if (typeof params.turnId === 'string') params.turnId = this.id;
    if (params.threadId === this.threadId) params.threadId = this.threadId;
    const itemId = params.itemId;
    if (typeof itemId === 'string') {
      if (itemId === this.lastItemId) params.itemId = this.lastItemId;
      else this.lastItemId = itemId;
    }
  }

  /**
   * @internal The link dropped and what the server sends meanwhile is lost: records a gap, and
   * `text$` starts over from the next delta.
   */
  markGap(): void {
    if (this.ended) return;
    const gap: TurnGap = { at: Date.now(), itemId: this.streamingItem, reason: 'reconnected' };
    this.gapList.push(gap);
    this.stream.next({ method: GAP_METHOD, params: gap } as unknown as ServerNotification);
    this.gapSubject?.next(gap);
  }

  /**
   * @internal After a reconnect: brings the turn up to date from the server's snapshot of it
   * (`thread/resume`). Items completed while away reach `items$` once; a turn that ended while
   * away settles with its real status. `threadActive: false` with the turn still `inProgress`
   * means nothing runs it any more (the server restarted): it settles as interrupted.
   */
  reconcile(snapshot: T.Turn, threadActive: boolean): void {
    if (this.ended) return;
    const base = { threadId: this.threadId, turnId: this.id };
    for (const item of snapshot.items ?? []) {
      if (isObject(item) && typeof item.id === 'string' && !this.completedIds.has(item.id) && item.type !== 'userMessage') {
        this.ingest({ method: 'item/completed', params: { ...base, item, completedAtMs: Date.now() } } as unknown as ServerNotification);
      }
    }
    let ended: T.Turn | null = snapshot.status === 'inProgress' ? null : snapshot;
    if (!ended && !threadActive) {
      ended = {
        ...snapshot,
        status: 'interrupted',
        error: { message: 'The turn stopped while the client was disconnected: the app-server no longer runs it (was it restarted?).', codexErrorInfo: null, additionalDetails: null },
      };
    }
    if (ended) this.ingest({ method: 'turn/completed', params: { threadId: this.threadId, turn: { ...ended, items: [] } } } as unknown as ServerNotification);
  }

  /** @internal After a reconnect the server could not say how this turn went: it ends as interrupted, with `why`. */
  lose(why: string): void {
    if (this.ended) return;
    const turn: T.Turn = { id: this.id, items: [], status: 'interrupted', error: { message: `Turn ${this.id} was lost: ${why}.`, codexErrorInfo: null, additionalDetails: null }, startedAt: null, completedAt: null, durationMs: null };
    this.ingest({ method: 'turn/completed', params: { threadId: this.threadId, turn } } as unknown as ServerNotification);
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
        error: this.ctx.connection.redactor.redactValue(turn.error ?? null),
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
    if (this.onClientClosed) this.ctx.live.delete(this.onClientClosed);
    this.ctx.turns.delete(this);
    this.gapSubject?.complete();
  }
}


const NOTHING = (): void => {};

// The views' projections: one function each for every turn, no closure per turn.
const eventOf = (n: ServerNotification) => ((n.method as string) === GAP_METHOD ? SKIP : n);

/** `text$`'s state: the text so far, and whose deltas it takes (any message, until a gap). */
type TextState = { text: string; live: string | null | typeof ANY_ITEM; emit: boolean };
const ANY_ITEM = Symbol('any item');
const isTextEvent = (n: ServerNotification): boolean =>
  n.method === 'item/agentMessage/delta' ||
  (n.method as string) === GAP_METHOD ||
  ((n.method === 'item/started' || n.method === 'item/completed') && n.params?.item?.type === 'agentMessage');

/**
 * One step of `text$`. A delta appends; a new message starts over. After a gap, only messages
 * whose start was seen stream; a message cut by the gap shows its whole text once it completes.
 */
function textStep(state: TextState, n: ServerNotification): TextState {
  switch (n.method as string) {
    case 'item/agentMessage/delta': {
      const { delta, itemId } = n.params as { delta?: unknown; itemId?: unknown };
      if (state.live !== ANY_ITEM && state.live !== itemId) return { ...state, emit: false };
      return { text: state.text + String(delta ?? ''), live: state.live, emit: true };
    }
    case GAP_METHOD:
      return { text: '', live: null, emit: true };
    case 'item/started':
      return { text: '', live: state.live === ANY_ITEM ? ANY_ITEM : String((n.params as { item: { id: unknown } }).item.id), emit: true };
    default: {
      // item/completed: a message streamed in full needs nothing more; one cut by a gap gives its whole text.
      const item = (n.params as { item?: { id?: unknown; text?: unknown } }).item;
      if (state.live === ANY_ITEM || state.live === item?.id || typeof item?.text !== 'string') return { ...state, emit: false };
      return { text: item.text, live: state.live, emit: true };
    }
  }
}


const textDeltaOf = (n: ServerNotification) => (n.method === 'item/agentMessage/delta' ? n.params.delta : SKIP);
const completedItemOf = (n: ServerNotification) => (n.method === 'item/completed' && isObject(n.params?.item) ? n.params.item : SKIP);
const retryOf = (n: ServerNotification) => (n.method === 'error' && isObject(n.params) && n.params.willRetry === true ? (n.params as TurnRetry) : SKIP);
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
