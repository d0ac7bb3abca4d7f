/**
 * The codex-rx dashboard: a page that joins an app-server through a codex-rx relay and shows it
 * live, with codex-rx (browser build) and RxJS only. `npm run dashboard` serves it.
 *
 * The relay URL and token come from the page's own URL fragment, `#relay=ws://…&token=…`: a
 * fragment is never sent to a server, so the token stays out of the static server's logs and out
 * of `Referer` headers.
 */
import {
  BehaviorSubject,
  catchError,
  defer,
  distinctUntilChanged,
  EMPTY,
  filter,
  from,
  ignoreElements,
  map,
  merge,
  Observable,
  scan,
  shareReplay,
  Subject,
  switchMap,
  takeUntil,
  tap,
  type Subscription,
} from 'rxjs';
import { Codex, CodexError, type ConnectionState, type PendingApproval, type Thread } from 'codex-rx';
import type { Account, RateLimitSnapshot, ThreadItem, ThreadStatus, ThreadTokenUsage } from 'codex-rx/types';

// ------------------------------------------------------------------------------------- connection

/** What the page shows of its link: codex-rx's `connection$`, and the client once there is one. */
export type PageConnection = { codex: Codex | null; state: ConnectionState };

/**
 * The page's one client, with `reconnect`: codex-rx retries with backoff, resumes through the
 * relay's window when it can (nothing lost) and re-synchronises when it cannot; the page only
 * shows the state. The first connection is retried the same way; a refused token or Origin is
 * final (`closed`). Unsubscribing closes the client.
 */
export function connection(target: { url: string; token: string }): Observable<PageConnection> {
  return new Observable<PageConnection>((subscriber) => {
    let codex: Codex | null = null;
    let unsubscribed = false;
    subscriber.next({ codex: null, state: { status: 'connecting', attempt: 1 } });
    Codex.connect(target, { approvals: {}, reconnect: { initialDelayMs: 250, maxDelayMs: 5000 } }).then(
      (client) => {
        if (unsubscribed) return void client.close();
        codex = client;
        client.connection$.subscribe((state) => subscriber.next({ codex: client, state }));
      },
      (error: unknown) => subscriber.next({ codex: null, state: { status: 'closed', error: error instanceof CodexError ? error : new CodexError(asError(error).message) } }),
    );
    return () => {
      unsubscribed = true;
      void codex?.close();
    };
  });
}

/** The connection line: the state in words, with how the last reconnect went. */
function describe(url: string, { codex, state }: PageConnection, lastReconnect: string | null): string {
  switch (state.status) {
    case 'connected':
      return `connected to ${url}${lastReconnect ? ` (${lastReconnect})` : ''}${codex ? ` — ${codex.metadata.userAgent.split(' ')[0]}` : ''}`;
    case 'connecting':
      return `connecting to ${url} (attempt ${state.attempt})…`;
    case 'reconnecting':
      return `disconnected: ${state.error.message} Retrying in ${(state.retryInMs / 1000).toFixed(2)} s.`;
    case 'closed':
      return state.error ? `closed: ${state.error.message}` : 'closed';
  }
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

// ------------------------------------------------------------------------------------------- DOM

const $ = <E extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as E;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> & { dataset?: Record<string, string> } = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const { dataset, ...rest } = props;
  const node = Object.assign(document.createElement(tag), rest);
  if (dataset) Object.assign(node.dataset, dataset);
  node.append(...children);
  return node;
}

/** Shows an error of an action in the status line (never `console.error`). */
function report(what: string, error: unknown): void {
  const code = (error as { code?: unknown } | null)?.code;
  $('errors').textContent = `${what}: ${asError(error).message}${typeof code === 'number' ? ` (${code})` : ''}`;
}

/** Runs a button's action, showing its error. */
function action(what: string, run: () => Promise<unknown>): void {
  $('errors').textContent = '';
  run().catch((error: unknown) => report(what, error));
}

// ------------------------------------------------------------------------------------------ panels

/** Joins a thread once (`resumeThread`), so its turn events and approvals reach this client. */
interface Joiner {
  (id: string): Promise<Thread>;
  /** The threads joined so far, and a tick when one more is. */
  joined: Set<string>;
  changed: Subject<void>;
}

/** A {@link Joiner} for one connection; a failed join is tried again next time. */
function joiner(codex: Codex): Joiner {
  const pending = new Map<string, Promise<Thread>>();
  const join = ((id: string) => {
    let thread = pending.get(id);
    if (!thread) {
      thread = codex.resumeThread(id);
      pending.set(id, thread);
      thread.then(
        () => (join.joined.add(id), join.changed.next()),
        () => pending.delete(id),
      );
    }
    return thread;
  }) as Joiner;
  join.joined = new Set();
  join.changed = new Subject<void>();
  return join;
}

interface ThreadRow {
  id: string;
  name: string;
  status: ThreadStatus['type'];
}

/** Threads and their status: `thread/list` at start, then the broadcast notifications. */
function threads(codex: Codex, selected: BehaviorSubject<string | null>, join: Joiner): Observable<never> {
  const rows = new Map<string, ThreadRow>();
  const list = $('threads');
  // One <li> per thread, updated in place (a click never lands on a replaced node).
  const items = new Map<string, { li: HTMLLIElement; name: HTMLSpanElement; status: HTMLSpanElement }>();
  list.replaceChildren();
  const render = () => {
    for (const row of rows.values()) {
      let item = items.get(row.id);
      if (!item) {
        const name = el('span', { className: 'name' });
        const status = el('span');
        item = { li: el('li', { dataset: { threadId: row.id }, onclick: () => selected.next(row.id) }, name, ' ', status), name, status };
        items.set(row.id, item);
        list.append(item.li);
      }
      Object.assign(item.li.dataset, { status: row.status, selected: String(selected.value === row.id), joined: String(join.joined.has(row.id)) });
      item.name.textContent = row.name;
      item.status.textContent = row.status;
      item.status.className = `status ${row.status}`;
    }
  };
  const upsert = (id: string, patch: Partial<ThreadRow>) => {
    rows.set(id, { id, name: id.slice(0, 8), status: 'notLoaded', ...rows.get(id), ...patch });
    render();
  };
  const listed = defer(() => codex.listThreads({ limit: 25 })).pipe(
    tap(({ data }) =>
      data.forEach((t) => {
        upsert(t.id, { name: t.name ?? t.preview?.slice(0, 40) ?? t.id.slice(0, 8), status: t.status?.type ?? 'notLoaded' });
        // A thread some client has loaded may ask for approvals: join it (stored ones on selection).
        if (t.status && t.status.type !== 'notLoaded') void join(t.id).catch(() => {});
      }),
    ),
    catchError((error: unknown) => (report('thread/list', error), EMPTY)),
  );
  const started = codex.notificationsOf('thread/started').pipe(tap(({ thread: t }) => upsert(t.id, { name: t.name ?? t.id.slice(0, 8), status: t.status?.type ?? 'idle' })));
  const named = codex.notificationsOf('thread/name/updated').pipe(tap(({ threadId, threadName }) => threadName && upsert(threadId, { name: threadName })));
  const status = codex.notificationsOf('thread/status/changed').pipe(
    tap(({ threadId, status: s }) => {
      upsert(threadId, { status: s.type });
      // Join every thread once it has run (its rollout exists then), to see its approvals; and
      // watch the first thread that becomes active when nothing is selected yet.
      if (s.type !== 'notLoaded') void join(threadId).catch(() => {});
      if (s.type === 'active' && selected.value === null) selected.next(threadId);
    }),
  );
  return merge(listed, started, named, status, selected.pipe(tap(render)), join.changed.pipe(tap(render))).pipe(ignoreElements());
}

/** The selected thread's turns: text as it streams, reasoning, command items and token usage. */
function turnPanel(codex: Codex, selected: BehaviorSubject<string | null>, join: Joiner): Observable<never> {
  const text = $('text');
  const reasoning = $('reasoning');
  const commands = $('commands');
  const usage = $('usage');
  const status = $('turn-status');
  const clear = (label: string) => {
    text.textContent = reasoning.textContent = usage.textContent = '';
    commands.replaceChildren();
    status.textContent = label;
    delete status.dataset.status;
    delete text.dataset.turnId;
  };
  /** Until a live turn comes, the thread's last stored turn (`thread/read`), if it has one. */
  const lastStored = (id: string) =>
    defer(() => codex.readThread(id, { includeTurns: true })).pipe(
      tap((t) => {
        const last = t.turns?.at(-1);
        if (!last || text.dataset.turnId !== undefined) return;
        const items = last.items ?? [];
        status.textContent = `last turn ${last.id.slice(0, 8)}: ${last.status}`;
        text.textContent = items.findLast((i) => i.type === 'agentMessage')?.text ?? '';
        reasoning.textContent = items.flatMap((i) => (i.type === 'reasoning' ? (i.summary ?? []) : [])).join('\n');
        commands.replaceChildren(...items.flatMap((i) => (i.type === 'commandExecution' ? [commandRow(i)] : [])));
      }),
      ignoreElements(),
      catchError(() => EMPTY),
    );
  return selected.pipe(
    switchMap((id) => {
      if (id === null) return (clear('no thread selected'), EMPTY);
      clear('waiting for a turn');
      $('selected').textContent = id;
      return defer(() => join(id)).pipe(
        switchMap((thread) => merge(thread.activeTurn ? EMPTY : lastStored(id), thread.turns$)),
        catchError((error: unknown) => (status.textContent = `could not join: ${asError(error).message}`, EMPTY)),
      );
    }),
    switchMap((turn) => {
      clear(`turn ${turn.id.slice(0, 8)}: running`);
      status.dataset.status = 'inProgress';
      text.dataset.turnId = turn.id;
      return merge(
        turn.text$.pipe(tap((t) => (text.textContent = t))),
        turn.reasoning$.pipe(
          scan((all, d) => all + d, ''),
          tap((r) => (reasoning.textContent = r)),
        ),
        turn.items$.pipe(
          filter((i): i is Extract<ThreadItem, { type: 'commandExecution' }> => i.type === 'commandExecution'),
          tap((i) => commands.append(commandRow(i))),
        ),
        turn.events$.pipe(
          filter((n) => n.method === 'thread/tokenUsage/updated'),
          tap((n) => (usage.textContent = formatUsage((n.params as { tokenUsage: ThreadTokenUsage }).tokenUsage))),
        ),
        defer(() => turn.result).pipe(
          tap((r) => {
            status.textContent = `turn ${turn.id.slice(0, 8)}: ${r.status}`;
            status.dataset.status = r.status;
            if (r.usage) usage.textContent = formatUsage(r.usage);
          }),
        ),
      ).pipe(catchError((error: unknown) => ((status.textContent = `turn ${turn.id.slice(0, 8)}: ${asError(error).message}`), EMPTY)));
    }),
    ignoreElements(),
  );
}

function commandRow(i: Extract<ThreadItem, { type: 'commandExecution' }>): HTMLLIElement {
  return el('li', { dataset: { status: i.status } }, `$ ${i.command} → ${i.status}${i.exitCode != null ? ` (exit ${i.exitCode})` : ''}`);
}

function formatUsage(u: ThreadTokenUsage): string {
  return `tokens: ${u.last.inputTokens} in (${u.last.cachedInputTokens} cached), ${u.last.outputTokens} out (${u.last.reasoningOutputTokens} reasoning); thread total ${u.total.totalTokens}`;
}

/** Pending approvals, each with Accept and Decline, gone once settled (by us or another client). */
function approvals(codex: Codex): Observable<never> {
  const list = $('approvals');
  return codex.approvals$.pipe(
    tap((approval: PendingApproval) => {
      const params = approval.params as { command?: string | null; reason?: string | null; itemId?: string };
      const what = approval.kind === 'commandExecution' ? `$ ${params.command ?? '?'}` : (approval.kind ?? approval.method);
      const answer = (accept: boolean) => () => {
        const sent = accept ? approval.accept() : approval.decline();
        row.dataset.answered = sent ? (accept ? 'accepted' : 'declined') : 'too late';
      };
      const row = el(
        'li',
        { dataset: { kind: approval.kind ?? approval.method, threadId: approval.threadId ?? '' } },
        el('code', {}, what),
        ` (thread ${approval.threadId?.slice(0, 8) ?? '?'})`,
        ' ',
        el('button', { className: 'accept', onclick: answer(true) }, 'Accept'),
        el('button', { className: 'decline', onclick: answer(false) }, 'Decline'),
      );
      list.append(row);
      void approval.settled.then(() => row.remove());
    }),
    ignoreElements(),
  );
}

/** The account (`account$`) and rate limits (a read, then `account/rateLimits/updated`). */
function account(codex: Codex): Observable<never> {
  const panel = $('account');
  const limits = $('rate-limits');
  const showLimits = (r: RateLimitSnapshot) => {
    const w = (x: RateLimitSnapshot['primary']) => (x ? `${x.usedPercent}% of ${x.windowDurationMins ?? '?'} min` : '–');
    limits.textContent = r.primary || r.secondary ? `rate limits: primary ${w(r.primary)}, secondary ${w(r.secondary)}` : 'rate limits: none reported';
  };
  return merge(
    codex.account$.pipe(
      tap((a: Account | null) => {
        panel.textContent = a === null ? 'not logged in' : a.type === 'chatgpt' ? `chatgpt ${a.email ?? ''} (${a.planType})` : a.type;
        panel.dataset.account = a?.type ?? 'none';
      }),
    ),
    // Read them again whenever the account changes; the updates in between come as notifications.
    codex.account$.pipe(
      switchMap((a) =>
        a === null
          ? ((limits.textContent = ''), EMPTY)
          : defer(() => codex.request('account/rateLimits/read')).pipe(
              map((r) => r.rateLimits),
              catchError((error: unknown) => ((limits.textContent = `rate limits: ${asError(error).message}`), EMPTY)),
            ),
      ),
    ),
    codex.rateLimits$.pipe(map((r) => r.rateLimits)),
  ).pipe(
    tap((x) => x && typeof x === 'object' && 'primary' in x && showLimits(x as RateLimitSnapshot)),
    ignoreElements(),
  );
}

/** The buttons, bound to the connected client; unbound when the connection goes. */
function controls(codex: Codex, selected: BehaviorSubject<string | null>, join: Joiner): Observable<never> {
  return new Observable<never>(() => {
    const bind = (id: string, run: () => Promise<unknown>) => {
      const button = $<HTMLButtonElement>(id);
      button.disabled = false;
      button.onclick = () => action(id, run);
      return button;
    };
    const buttons = [
      bind('login-api-key', async () => {
        const input = $<HTMLInputElement>('api-key');
        await codex.loginApiKey(input.value);
        input.value = '';
      }),
      bind('login-chatgpt', async () => {
        const login = await codex.loginChatgpt();
        const link = $<HTMLAnchorElement>('auth-url');
        link.href = link.textContent = login.authUrl;
        const done = await login.wait();
        link.textContent = done.success ? 'ChatGPT login: logged in' : `ChatGPT login failed: ${done.error ?? ''}`;
      }),
      bind('login-device', async () => {
        const login = await codex.loginChatgptDeviceCode();
        $('user-code').textContent = `${login.userCode} at ${login.verificationUrl}`;
        const done = await login.wait();
        $('user-code').textContent = done.success ? 'device code: logged in' : `device code: login failed: ${done.error ?? ''}`;
      }),
      bind('logout', () => codex.logout()),
      bind('send', async () => {
        const id = selected.value;
        if (id === null) throw new Error('select a thread first');
        const thread = await join(id);
        const prompt = $<HTMLInputElement>('prompt');
        await thread.turn(prompt.value || 'Hello from the dashboard.');
        prompt.value = '';
      }),
    ];
    return () => buttons.forEach((b) => ((b.disabled = true), (b.onclick = null)));
  });
}

// -------------------------------------------------------------------------------------------- main

function main(): Subscription | undefined {
  const params = new URLSearchParams(location.hash.slice(1));
  const url = params.get('relay');
  const token = params.get('token');
  const line = $('connection');
  if (!url || !token) {
    line.textContent = 'Open this page with #relay=ws://…&token=… (npm run dashboard prints the URL).';
    line.dataset.status = 'unconfigured';
    return undefined;
  }
  const selected = new BehaviorSubject<string | null>(null);
  const connection$ = connection({ url, token }).pipe(shareReplay({ bufferSize: 1, refCount: true }));
  let lastReconnect: string | null = null;
  let dropped = false;
  const show = connection$.pipe(
    tap((page) => {
      const { state } = page;
      if (state.status === 'reconnecting') dropped = true;
      if (state.status === 'connected' && dropped) {
        dropped = false;
        lastReconnect = state.resumed ? 'reconnected: resumed, nothing lost' : 're-synchronised after a reconnect: live text may have a gap';
      }
      // The spec and the stylesheet know four states; `reconnecting` shows as disconnected.
      line.dataset.status = state.status === 'reconnecting' ? 'disconnected' : state.status;
      line.dataset.resumed = lastReconnect === null ? '' : String(lastReconnect.startsWith('reconnected'));
      line.textContent = describe(url, page, lastReconnect);
    }),
  );
  // The panels live as long as the client: codex-rx keeps its streams across reconnects.
  const live = connection$.pipe(
    map((page) => page.codex),
    filter((codex): codex is Codex => codex !== null),
    distinctUntilChanged(),
    switchMap((codex) => {
      const join = joiner(codex);
      $('approvals').replaceChildren();
      return merge(threads(codex, selected, join), turnPanel(codex, selected, join), approvals(codex), account(codex), controls(codex, selected, join)).pipe(
        takeUntil(from(codex.closed)),
      );
    }),
  );
  return merge(show, live).subscribe({ error: (error: unknown) => report('dashboard', error) });
}

main();
