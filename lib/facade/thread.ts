import { filter, firstValueFrom, Observable, Subject } from 'rxjs';
import { abortErrorFrom, CodexError, InvalidArgumentError, ProtocolError } from '../errors.js';
import type * as T from '../generated/types.js';
import type { RequestOptions, ServerNotification } from '../rpc/messages.js';
import { isStreamingDelta, turnIdOf } from '../router/notification-router.js';
import { ReplayStream } from '../router/replay-stream.js';
import type { ClientContext } from './context.js';
import { toUserInput, type TurnInput } from './input.js';
import { prepareOutput, type OutputOf, type OutputSchema, type PreparedOutput } from './output.js';
import type { NotLoggedInError } from './login-requirement.js';
import { turnParams, type TurnPresetSettings } from './presets.js';
import { TurnHandle, TurnInProgressError, type TurnResult, type TurnRetry } from './turn.js';

/**
 * The handle was released (`thread.release()` or `using`) while the client lives. Get a new one
 * with `codex.resumeThread(id)`.
 */
export class ThreadReleasedError extends CodexError {
  readonly threadId: string;
  constructor(threadId: string) {
    super(`Thread ${threadId} was released; get a new handle with codex.resumeThread('${threadId}').`);
    this.threadId = threadId;
  }
}

/**
 * Turn settings: everything of `turn/start` except the thread and the input, plus the presets
 * codex-rx expands ({@link TurnPresetSettings}: `approvalMode`, `sandbox`, `networkAccess`,
 * `additionalDirectories`). `outputSchema` takes a zod schema or a JSON Schema; `S` is its type.
 */
export type TurnParams<S extends OutputSchema | undefined = OutputSchema | undefined> = Omit<T.TurnStartParams, 'threadId' | 'input' | 'outputSchema'> &
  TurnPresetSettings & {
    /**
     * Constrains the final answer to this schema: a zod 4 schema (sent as `z.toJSONSchema` of it,
     * and the answer parsed into `result.output`, typed `z.output` of the schema) or a plain JSON
     * Schema (sent as is; `result.output` is `unknown`). An answer that does not parse rejects
     * the result with `OutputParseError`.
     */
    outputSchema?: S;
  };

/** Options of {@link Thread.run}. */
export interface RunOptions {
  /** Aborting it interrupts the turn; `run()` then rejects with an `AbortError`. */
  signal?: AbortSignal;
  /**
   * Called for each retry of the model connection during the turn (an `error` notification with
   * `willRetry: true`, as on {@link TurnHandle.retries$}): progress to show, not a failure. What
   * it throws goes to `codex.diagnostics$`.
   */
  onRetry?: (retry: TurnRetry) => void;
}

/** How many finished turn ids a thread remembers, so a late event never re-joins its turn. */
const RECENT_TURNS = 16;

/**
 * A conversation on the app-server. `events$` is hot and carries every notification of this
 * thread (its turns' included); it replays the last `threadReplayLimit` events other than the
 * streaming deltas (so `thread/started`, which arrives right after `thread/start`, is seen by a
 * subscriber that comes after `startThread()` resolved; a turn's deltas replay from the turn's
 * own `events$`). It completes when the handle is released or the process exits.
 */
export class Thread implements Disposable {
  /** Every notification for this thread, hot, with a bounded replay window. */
  readonly events$: Observable<ServerNotification>;
  /**
   * Hot: a {@link TurnHandle} for every turn of this thread that this client sees: turns started
   * through this handle, turns other clients start on a shared server, and the turn that was
   * already running when this client joined with `codex.resumeThread(id)`. A new subscriber first
   * gets the running turn, if any. A joined turn's `events$` starts at the join, and items that
   * were already running arrive only as `item/completed`. Completes when the handle is released.
   */
  readonly turns$: Observable<TurnHandle<unknown>>;
  private readonly stream: ReplayStream<ServerNotification>;
  private readonly turnsSubject = new Subject<TurnHandle<unknown>>();
  private active: TurnHandle<unknown> | null = null;
  /** Our `turn/start` requests in flight (several only when tool outputs join a running turn). */
  private starting = 0;
  /** Turn ids seen while our own turn/start was in flight: ours or someone else's, told apart after. */
  private unclaimed: Set<string> | null = null;
  private readonly recentTurns = new Set<string>();
  /** The turn id {@link noticeTurn} last found known. */
  private knownTurn: string | null = null;
  private readonly unregister: () => void;
  private readonly onClientClosed = (_error: CodexError) => this.release();
  /**
   * A reconnect could not resume this thread (it had no turn, so no rollout yet): this connection
   * gets none of its turn events until it resumes it, which works once a turn has started.
   */
  private resumeDue = false;
  /** Whether the server listed no turns when this handle was made (a new thread): every turn a reconnect finds is then new. */
  private readonly startedEmpty: boolean;

  /** Created by `Codex.startThread()`, `resumeThread()` and `forkThread()`; not for direct use. */
  constructor(
    /** The thread as the server last described it. */
    readonly info: T.Thread,
    private readonly ctx: ClientContext,
  ) {
    this.stream = new ReplayStream(ctx.threadReplayLimit, isStructural, ctx.router.threadWatchers);
    this.events$ = this.stream.observable;
    this.turns$ = new Observable<TurnHandle<unknown>>((subscriber) => {
      const running = this.activeTurn;
      if (running) subscriber.next(running);
      return this.turnsSubject.subscribe(subscriber);
    });
    // A thread resumed while a turn runs (status active): join that turn now; its events follow.
    // A stored thread can list its last turn as inProgress though nothing runs: trust the status.
    const running = info.status?.type === 'active' ? info.turns?.findLast((turn) => turn.status === 'inProgress') : undefined;
    for (const turn of info.turns ?? []) if (turn !== running) this.remember(turn.id);
    if (running) this.join(running.id, running);
    this.unregister = ctx.router.threads.register(info.id, (n) => {
      // Only a turn's live events show that it runs: after a resume the server also reports the
      // last, finished turn's token usage.
      if (n.method === 'turn/started' || n.method.startsWith('item/')) {
        const turnId = turnIdOf(n.params);
        if (turnId !== undefined) this.noticeTurn(turnId);
      }
      this.stream.next(n);
    });
    ctx.live.add(this.onClientClosed);
    ctx.threads.set(info.id, this);
    this.startedEmpty = (info.turns ?? []).length === 0;
  }

  /** @internal See {@link Thread.resumeDue}. */
  resumeAfterNextStart(): void {
    this.resumeDue = true;
  }

  /**
   * Resumes this thread on the current connection once its new turn runs (the server has a
   * rollout from then on: it says so with `thread/status/changed`), and brings the turn up to date.
   */
  private async resumeFor(turn: TurnHandle<unknown>, running: Promise<unknown>): Promise<void> {
    try {
      await running;
      turn.markGap();
      const snapshot = (await this.ctx.connection.request('thread/resume', { threadId: this.id })).thread;
      const seen = snapshot.turns?.find((t) => t.id === turn.id);
      if (seen) turn.reconcile(seen, snapshot.status?.type === 'active');
    } catch (cause) {
      turn.lose(`thread ${this.id} could not be resumed after a reconnect: ${cause instanceof Error ? cause.message : String(cause)}`);
    }
  }

  /**
   * @internal After a reconnect that lost messages: announces on `turns$` the turns that started
   * elsewhere while this client was away (once each). The turns this client follows were
   * reconciled already.
   */
  reconcile(snapshot: T.Thread): void {
    if (this.stream.isEnded) return;
    const turns = snapshot.turns ?? [];
    let lastKnown = -1;
    turns.forEach((turn, i) => {
      if (this.recentTurns.has(turn.id) || this.ctx.router.turns.has(turn.id)) lastKnown = i;
    });
    if (lastKnown < 0 && !this.startedEmpty) return;
    const active = snapshot.status?.type === 'active';
    for (const turn of turns.slice(lastKnown + 1)) {
      if (this.ctx.router.turns.has(turn.id)) continue;
      if (turn.status === 'inProgress' && active) {
        const handle = this.join(turn.id, turn);
        handle.reconcile(turn, active);
      } else {
        // Started and finished while away: a settled handle, its items from the snapshot.
        const done = turn.status === 'inProgress' ? { ...turn, status: 'interrupted' as const } : turn;
        this.adopt(new TurnHandle(turn.id, this.id, this.ctx, done, undefined, true));
      }
    }
  }

  /** A turn id in this thread's traffic: join it unless it is known (ours, joined, or recent). */
  private noticeTurn(turnId: string): void {
    // A turn's events come in runs: the last known id answers most of them without a lookup.
    if (turnId === this.knownTurn) return;
    if (this.recentTurns.has(turnId) || this.ctx.router.turns.has(turnId)) {
      this.knownTurn = turnId;
      return;
    }
    if (this.starting) (this.unclaimed ??= new Set()).add(turnId);
    else this.join(turnId);
  }

  private remember(turnId: string): void {
    this.recentTurns.add(turnId);
    if (this.recentTurns.size > RECENT_TURNS) this.recentTurns.delete(this.recentTurns.values().next().value as string);
  }

  /** Follows a turn this handle did not start. The router replays what it held for it. */
  private join(turnId: string, initial?: T.Turn): TurnHandle<unknown> {
    const turn = new TurnHandle(turnId, this.id, this.ctx, initial ?? { id: turnId, items: [], status: 'inProgress', error: null, startedAt: null, completedAt: null, durationMs: null }, undefined, true);
    this.adopt(turn);
    return turn;
  }

  /** Makes a turn this thread's active one, announces it, and remembers it once it is over. */
  private adopt(turn: TurnHandle<unknown>): void {
    this.remember(turn.id);
    turn.attach();
    if (!turn.isDone) this.active = turn;
    // Subject.next costs a closure even with no subscriber.
    if (this.turnsSubject.observed) this.turnsSubject.next(turn);
  }

  /**
   * Stops routing this thread's notifications to this handle and completes `events$`, so a
   * long-lived client does not keep every thread it ever opened. Running turns are not affected
   * and keep their own streams. The thread itself stays on the server.
   */
  release(): void {
    this.unregister();
    this.ctx.live.delete(this.onClientClosed);
    if (this.ctx.threads.get(this.id) === this) this.ctx.threads.delete(this.id);
    this.stream.complete();
    this.turnsSubject.complete();
  }

  [Symbol.dispose](): void {
    this.release();
  }

  get id(): string {
    return this.info.id;
  }

  /** The running turn of this thread that this handle knows: started through it, or joined. */
  get activeTurn(): TurnHandle<unknown> | null {
    return this.active && !this.active.isDone ? this.active : null;
  }

  /**
   * Starts a turn and resolves its live handle once the server has accepted it. The turn's
   * events are captured from before the request is written, so none is lost. Rejects with
   * {@link TurnInProgressError} while this thread's previous turn is still running, and at once
   * with {@link NotLoggedInError} when the thread's provider (the built-in `openai` one) needs a
   * login the account does not have.
   */
  async turn<S extends OutputSchema | undefined = undefined>(input: TurnInput, params: TurnParams<S> = {}, options?: RequestOptions): Promise<TurnHandle<OutputOf<S>>> {
    this.refuseClosed();
    if (this.starting || this.activeTurn) throw new TurnInProgressError(this.id, this.activeTurn?.id ?? null);
    const { outputSchema, ...settings } = params;
    const output = outputSchema === undefined || outputSchema === null ? undefined : prepareOutput(outputSchema);
    const wire = turnParams(settings);
    if (output) (wire as T.TurnStartParams).outputSchema = output.jsonSchema;
    // Text and no settings: codex-rx made every field itself, so the params check has nothing to find.
    const made = typeof input === 'string' && !hasOwnKeys(params);
    return this.startTurn<OutputOf<S>>({ ...wire, threadId: this.id, input: toUserInput(input) }, output, made ? { ...options, unchecked: true } : options, false);
  }

  /** Closed client or released handle: refuse before anything is sent. */
  private refuseClosed(): void {
    const closed = this.ctx.connection.closedError;
    if (closed) throw closed;
    // Released (events$ ended): the router holds a turn's early events only for live handles.
    if (this.stream.isEnded) throw new ThreadReleasedError(this.id);
  }

  /**
   * The one `turn/start` path, for `turn()` and `sendToolOutput()`. The turn's events are captured
   * from before the request is written; turn ids seen meanwhile are told apart once it is
   * answered (ours, or someone else's, joined then). With `joinRunning` (a tool output for the
   * running turn) an answer naming this thread's current turn resolves that turn's handle;
   * otherwise it is a new turn, adopted here, so it reaches `turns$` like any other.
   */
  private async startTurn<O>(wire: T.TurnStartParams, output: PreparedOutput | undefined, options: RequestOptions | undefined, joinRunning: boolean): Promise<TurnHandle<O>> {
    this.starting++;
    // Watched before the request: the status change that says the turn runs may come before its answer.
    const running = this.resumeDue
      ? firstValueFrom(this.ctx.connection.notificationsOf('thread/status/changed').pipe(filter((p) => p?.threadId === this.id)), { defaultValue: null })
      : null;
    const reservation = this.ctx.router.turns.reserve();
    try {
      // A provider that needs a login it does not have: refuse now, not after minutes of retries.
      if (!joinRunning) await this.ctx.loginRequirement.check(this.info);
      // Turn events that arrive before the response names the turn are held by the router for
      // this thread (it has a sink), and replayed when the handle attaches below.
      const response = await this.ctx.connection.request('turn/start', wire, options);
      if (typeof response?.turn?.id !== 'string') throw new ProtocolError('malformed', 'turn/start answered without a turn id.', response);
      const id = response.turn.id;
      if (joinRunning && this.active?.id === id) return this.active as TurnHandle<O>;
      // The server answers a turn/start during a running turn with that turn: never hand out a second handle.
      if (this.ctx.router.turns.has(id)) throw new TurnInProgressError(this.id, id);
      const turn = new TurnHandle<O>(id, this.id, this.ctx, response.turn, output);
      this.unclaimed?.delete(id);
      this.adopt(turn);
      if (running) {
        this.resumeDue = false;
        void this.resumeFor(turn as TurnHandle<unknown>, running);
      }
      return turn;
    } finally {
      reservation();
      if (--this.starting === 0) {
        // Turn ids seen meanwhile that were not ours: someone else's turns, joined now.
        const others = this.unclaimed;
        this.unclaimed = null;
        for (const id of others ?? []) if (!this.recentTurns.has(id)) this.join(id);
      }
    }
  }

  /**
   * Runs a turn to the end: `turn()` then `result`. Aborting `signal` interrupts the turn, waits for
   * `turn/completed`, then rejects with an `AbortError`. `onRetry` hears each retry of the model
   * connection (see {@link TurnHandle.retries$}), so a caller can show progress while it waits.
   */
  async run<S extends OutputSchema | undefined = undefined>(input: TurnInput, params: TurnParams<S> = {}, options: RunOptions = {}): Promise<TurnResult<OutputOf<S>>> {
    const { signal, onRetry } = options;
    if (signal?.aborted) throw abortErrorFrom(signal);
    const turn = await this.turn(input, params, signal ? { signal } : {});
    // Completes with the turn: nothing to unsubscribe.
    if (onRetry) turn.retries$.subscribe({ next: (retry) => this.tell(onRetry, retry), error: () => {} });
    if (!signal) return turn.result;
    const onAbort = () => void turn.interrupt().catch(() => {});
    signal.addEventListener('abort', onAbort, { once: true });
    // An abort between the turn/start answer and here fired no listener: interrupt now.
    if (signal.aborted) onAbort();
    try {
      const result = await turn.result.catch((error: unknown) => {
        if (signal.aborted) throw abortErrorFrom(signal);
        throw error;
      });
      if (signal.aborted) throw abortErrorFrom(signal);
      return result;
    } finally {
      signal.removeEventListener('abort', onAbort);
    }
  }

  /** Calls a caller's callback; what it throws goes to `diagnostics$`, never into the event loop. */
  private tell<A>(callback: (arg: A) => void, arg: A): void {
    try {
      callback(arg);
    } catch (cause) {
      this.ctx.connection.diagnose(new CodexError(`A callback of thread ${this.id} threw: ${cause instanceof Error ? cause.message : String(cause)}`, { cause }));
    }
  }

  /**
   * Hands the model the output of a tool your host ran (`turn/start` with `toolOutput`, the
   * Python SDK's external message). If this thread's turn is running, the output **joins that
   * turn** (no `TurnInProgressError`): the server records a `functionCallOutput` item, and once
   * the current model response ends the turn samples again with the output in its input; the
   * promise resolves with the running turn's handle. If no turn runs, it starts one whose input is
   * the output, with `params` as its settings, and resolves with the new handle.
   *
   * Use `turn.steer(text)` for words from the user (it restarts the model's response at once),
   * this for results of tools the model cannot call itself, and {@link Thread.injectItems} to add
   * raw history without a turn. Settings (`params`) cannot change a running turn: passing any
   * while a turn runs is refused with `InvalidArgumentError`.
   */
  async sendToolOutput(output: T.TurnToolOutput, params: Omit<TurnParams<undefined>, 'toolOutput' | 'outputSchema'> = {}, options?: RequestOptions): Promise<TurnHandle<unknown>> {
    if (!output || typeof output.name !== 'string' || output.name === '' || output.output === undefined) {
      throw new InvalidArgumentError('sendToolOutput needs { name, output } (output: a string or content items).');
    }
    const active = this.activeTurn;
    if (!active) return this.turn([], { ...params, toolOutput: output }, options);
    this.refuseClosed();
    const settings = Object.keys(params).filter((k) => (params as Record<string, unknown>)[k] !== undefined);
    if (settings.length) throw new InvalidArgumentError(`sendToolOutput: ${settings.join(', ')} cannot change the running turn ${active.id}; pass settings when no turn runs.`);
    // The server adds the output to the running turn, or, if that turn ended meanwhile, starts a new one with it.
    return this.startTurn({ threadId: this.id, input: [], toolOutput: output }, undefined, options, true);
  }

  /**
   * Appends raw Responses API items (messages, function call outputs…) to the thread's
   * model-visible history without starting a turn (`thread/inject_items`). The model sees them
   * with its next request.
   */
  async injectItems(items: readonly unknown[], options?: RequestOptions): Promise<void> {
    await this.ctx.connection.request('thread/inject_items', { threadId: this.id, items: [...items] }, options);
  }

  /** Renames the thread (`thread/name/set`). */
  async setName(name: string, options?: RequestOptions): Promise<void> {
    await this.ctx.connection.request('thread/name/set', { threadId: this.id, name }, options);
  }

  /** Starts compaction of the thread's history (`thread/compact/start`). */
  async compact(options?: RequestOptions): Promise<void> {
    await this.ctx.connection.request('thread/compact/start', { threadId: this.id }, options);
  }
}

function hasOwnKeys(value: object): boolean {
  for (const key in value) if (Object.hasOwn(value, key)) return true;
  return false;
}

/**
 * What a thread's replay window keeps: everything but the streaming deltas (`…/delta`,
 * `…Delta`), which each turn's own window replays. A late subscriber of a thread gets its
 * structure (turns, items, status, usage) without its turns' text flood, and a thread with a busy
 * turn costs no more memory than an idle one.
 */
function isStructural(n: ServerNotification): boolean {
  return !isStreamingDelta(n.method);
}
