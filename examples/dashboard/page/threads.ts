/**
 * One server's section: its connection state (from `connection$`) and its threads, from
 * `thread/list` at start, then the broadcast notifications. A server that goes down greys out
 * alone (`data-status` on its section) and comes back alone.
 */
import { BehaviorSubject, catchError, defer, EMPTY, ignoreElements, merge, mergeMap, type Observable, switchMap, tap } from 'rxjs';
import type { Thread, ThreadStatus } from 'codex-rx/types';
import { describe, shown, type Live, type Server } from './fleet.js';
import { el } from './dom.js';
import { nameThread, threadName, threadNames } from './names.js';

/** The selected thread, and the server it lives on. */
export type Selection = { server: number; threadId: string } | null;

export function serverSection(server: Server, selected: BehaviorSubject<Selection>, container: HTMLElement): Observable<never> {
  const state = el('p', { className: 'connection', dataset: { status: 'connecting' } }, 'connecting…');
  const list = el('ul', { className: 'threads', ariaLabel: `Threads on ${server.target.name}` });
  const empty = el('p', { className: 'empty' }, 'No threads yet.');
  const section = el(
    'section',
    { className: 'server', dataset: { server: String(server.index), status: 'connecting' }, ariaLabel: server.target.name },
    el('h2', {}, server.target.name),
    state,
    list,
    empty,
  );
  container.append(section);
  let lastReconnect: string | null = null;
  let dropped = false;
  const connection = server.page$.pipe(
    tap((page) => {
      const s = page.state;
      if (s.status === 'reconnecting') dropped = true;
      if (s.status === 'connected' && dropped) {
        dropped = false;
        lastReconnect = s.resumed ? 'resumed, nothing lost' : 're-synchronised: live text may have a gap';
      }
      section.dataset.status = state.dataset.status = shown(s);
      state.dataset.resumed = lastReconnect === null ? '' : String(lastReconnect.startsWith('resumed'));
      state.textContent = describe(page, lastReconnect);
    }),
  );
  const threads = server.live$.pipe(switchMap((live) => threadRows(live, server, selected, list, empty)));
  return merge(connection, threads).pipe(ignoreElements());
}

interface Row {
  li: HTMLLIElement;
  button: HTMLButtonElement;
  status: HTMLSpanElement;
}

function threadRows({ codex, join }: Live, server: Server, selected: BehaviorSubject<Selection>, list: HTMLUListElement, empty: HTMLElement): Observable<never> {
  // One <li> per thread, updated in place (a click never lands on a replaced node).
  const rows = new Map<string, Row>();
  const row = (id: string): Row => {
    let r = rows.get(id);
    if (!r) {
      const button = el('button', { className: 'name', title: `thread ${id}`, onclick: () => selected.next({ server: server.index, threadId: id }) }, threadName(id));
      const status = el('span', { className: 'status' }, 'notLoaded');
      r = { li: el('li', { className: 'thread', dataset: { threadId: id, status: 'notLoaded', selected: 'false', joined: 'false' } }, button, ' ', status), button, status };
      rows.set(id, r);
      list.append(r.li);
      empty.hidden = true;
      mark();
    }
    return r;
  };
  const setStatus = (id: string, status: ThreadStatus['type']) => {
    const r = row(id);
    if (r.li.dataset.status === status) return;
    r.li.dataset.status = status;
    r.status.className = `status ${status}`;
    r.status.textContent = status === 'active' ? 'running' : status === 'notLoaded' ? 'stored' : status;
  };
  // Only what changed is written: a write that changes nothing still costs a style pass.
  const put = (node: HTMLElement, key: string, value: string) => node.dataset[key] !== value && (node.dataset[key] = value);
  const mark = () => {
    for (const [id, r] of rows) {
      const isSelected = String(selected.value?.server === server.index && selected.value.threadId === id);
      put(r.li, 'selected', isSelected);
      if (r.button.ariaPressed !== isSelected) r.button.ariaPressed = isSelected;
      put(r.li, 'joined', String(join.joined.has(id)));
    }
  };
  const listRow = (t: Thread) => {
    nameThread(t.id, t.name ?? t.preview);
    setStatus(t.id, t.status?.type ?? 'notLoaded');
    // A thread some client has loaded may ask for approvals: join it (stored ones on selection).
    if (t.status && t.status.type !== 'notLoaded') void join(t.id).catch(() => {});
  };
  // Stored threads (`thread/list` may lag behind a thread that just ran), and the loaded ones.
  const listed = merge(
    defer(() => codex.listThreads({ limit: 25 })).pipe(
      mergeMap(({ data }) => data),
      catchError(() => EMPTY),
    ),
    defer(() => codex.request('thread/loaded/list', {})).pipe(
      mergeMap(({ data }) => data.filter((id) => !rows.has(id))),
      mergeMap((id) => defer(() => codex.readThread(id)).pipe(catchError(() => EMPTY))),
      catchError(() => EMPTY),
    ),
  ).pipe(tap(listRow));
  const started = codex.notificationsOf('thread/started').pipe(tap(({ thread: t }) => (nameThread(t.id, t.name ?? t.preview), setStatus(t.id, t.status?.type ?? 'idle'))));
  const named = codex.notificationsOf('thread/name/updated').pipe(tap(({ threadId, threadName: name }) => nameThread(threadId, name)));
  const status = codex.notificationsOf('thread/status/changed').pipe(
    tap(({ threadId, status: s }) => {
      setStatus(threadId, s.type);
      // Join every thread once it has run (its rollout exists then), to see its approvals; and
      // watch the first thread that becomes active when nothing is selected yet.
      if (s.type !== 'notLoaded') void join(threadId).catch(() => {});
      if (s.type === 'active' && selected.value === null) selected.next({ server: server.index, threadId });
    }),
  );
  // A thread without a name is called by its first prompt, once its first turn has one.
  const prompts = codex.notificationsOf('item/started').pipe(
    tap(({ threadId, item }) => item.type === 'userMessage' && !threadNames.value.has(threadId) && nameThread(threadId, item.content.map((c) => (c.type === 'text' ? c.text : '')).join(' '))),
  );
  const names = threadNames.pipe(
    tap((all) =>
      rows.forEach((r, id) => {
        const name = all.get(id) ?? 'untitled thread';
        if (r.button.textContent !== name) r.button.textContent = name;
      }),
    ),
  );
  return merge(listed, started, named, status, prompts, names, selected.pipe(tap(mark)), join.changed.pipe(tap(mark))).pipe(ignoreElements());
}
