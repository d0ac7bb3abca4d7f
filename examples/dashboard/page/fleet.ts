/**
 * The fleet: which app-servers the page watches, and one reconnecting codex-rx client for each.
 *
 * Each server's relay URL and token come from the page's own URL fragment: a fragment is never
 * sent to a server, so the tokens stay out of the static server's logs and `Referer` headers.
 * `#relay=ws://…&token=…` is one server; repeat `relay=` for more (each `relay` starts a server's
 * entry, and the `token`, `name` and `role` after it are that server's).
 */
import { distinctUntilChanged, filter, map, Observable, shareReplay } from 'rxjs';
import { Codex, CodexError, type ConnectionState, type ExperimentalCodex } from 'codex-rx';
import { joiner, type Joiner } from './joiner.js';
import { asError } from './dom.js';

export interface ServerTarget {
  url: string;
  token: string;
  name: string;
  /** What the URL says the token may do; an `observe` page shows no action controls. */
  role: 'full' | 'observe';
}

/** Reads the servers from a fragment; entries without a relay URL or a token are left out. */
export function parseFleet(fragment: string): ServerTarget[] {
  const targets: Partial<ServerTarget>[] = [];
  for (const [key, value] of new URLSearchParams(fragment)) {
    if (key === 'relay') targets.push({ url: value });
    const current = targets.at(-1);
    if (!current) continue;
    if (key === 'token') current.token = value;
    if (key === 'name') current.name = value;
    if (key === 'role') current.role = value === 'observe' ? 'observe' : 'full';
  }
  return targets.flatMap((t, i) => (t.url && t.token ? [{ url: t.url, token: t.token, name: t.name || `server ${i + 1}`, role: t.role ?? 'full' }] : []));
}

/** What the page shows of one server's link: codex-rx's `connection$`, and the client once there is one. */
export type PageConnection = { codex: ExperimentalCodex | null; state: ConnectionState };

/**
 * One server's client, with `reconnect`: codex-rx retries with backoff, resumes through the
 * relay's window when it can (nothing lost) and re-synchronises when it cannot; the page only
 * shows the state. The first connection is retried the same way; a refused token or Origin is
 * final (`closed`). Unsubscribing closes the client.
 */
export function connection(target: { url: string; token: string }): Observable<PageConnection> {
  return new Observable<PageConnection>((subscriber) => {
    let codex: ExperimentalCodex | null = null;
    let unsubscribed = false;
    subscriber.next({ codex: null, state: { status: 'connecting', attempt: 1 } });
    // `experimentalApi`: for `thread/turns/list`, a thread's turns a page at a time.
    Codex.connect(target, { approvals: {}, experimentalApi: true, reconnect: { initialDelayMs: 250, maxDelayMs: 5000 } }).then(
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

/** A connected client of one server, with the threads it joined. */
export interface Live {
  codex: ExperimentalCodex;
  join: Joiner;
}

/** One server of the fleet as the panels see it. */
export interface Server {
  index: number;
  target: ServerTarget;
  /** The link's state, replayed (one client while subscribed). */
  page$: Observable<PageConnection>;
  /** The client, once there is one (codex-rx keeps its streams across reconnects, so there is one per page). */
  live$: Observable<Live>;
}

export function server(target: ServerTarget, index: number): Server {
  const page$ = connection(target).pipe(shareReplay({ bufferSize: 1, refCount: true }));
  const live$ = page$.pipe(
    map((p) => p.codex),
    filter((codex): codex is ExperimentalCodex => codex !== null),
    distinctUntilChanged(),
    map((codex) => ({ codex, join: joiner(codex) })),
    shareReplay({ bufferSize: 1, refCount: true }),
  );
  return { index, target, page$, live$ };
}

/** The four states the page and its stylesheet know: `reconnecting` shows as `disconnected`. */
export type Shown = 'connecting' | 'connected' | 'disconnected' | 'closed';
export const shown = (state: ConnectionState): Shown => (state.status === 'reconnecting' ? 'disconnected' : state.status);

/** The connection line of one server: the state in words, with how the last reconnect went. */
export function describe({ state }: PageConnection, lastReconnect: string | null): string {
  switch (state.status) {
    case 'connected':
      return lastReconnect ? `connected (${lastReconnect})` : 'connected';
    case 'connecting':
      return `connecting (attempt ${state.attempt})…`;
    case 'reconnecting':
      return `disconnected: ${state.error.message} Retrying in ${(state.retryInMs / 1000).toFixed(1)} s.`;
    case 'closed':
      return state.error ? `closed: ${state.error.message}` : 'closed';
  }
}
