/**
 * One server's section: its connection state (from `connection$`) and its threads, from
 * `thread/list` at start, then the broadcast notifications. A server that goes down greys out
 * alone (`data-status` on its section) and comes back alone.
 *
 * Each thread's row shows its status and, live, the last words of its agent's latest message.
 * With dozens of turns streaming at once, the events only update a model of the rows; the DOM is
 * written in an animation frame, at most every {@link RENDER_MS} for all servers at once, and only
 * where a row changed.
 */
import { animationFrameScheduler, audit, auditTime, BehaviorSubject, catchError, defer, EMPTY, ignoreElements, interval, merge, mergeMap, type Observable, observeOn, share, switchMap, tap } from 'rxjs';
import type { Thread, ThreadStatus } from 'codex-rx/types';
import { describe, shown, type Live, type Server } from './fleet.js';
import { el } from './dom.js';
import { nameThread, threadNames } from './names.js';

/** The selected thread, and the server it lives on. */
export type Selection = { server: number; threadId: string } | null;

/** How many characters of an agent's message a row shows: the last ones, as they stream. */
const SAID = 80;

/** The rows show the server's events at most this often, however many turns stream. */
const RENDER_MS = 100;

/**
 * The rows' clock, shared by every server's section: a tick every {@link RENDER_MS}, delivered in
 * an animation frame, so that all sections render in the same frame (each render is a frame of
 * layout and paint). It runs only while a section waits for it.
 */
const renderTick$ = interval(RENDER_MS).pipe(observeOn(animationFrameScheduler), share());

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

/** A thread as its row shows it. */
interface RowModel {
  status: ThreadStatus['type'];
  /** What an active thread waits for, from its status's `activeFlags` (empty: nothing). */
  waiting: string;
  /** The agent's latest message so far (the row shows its end). */
  said: string;
}

/** A row's nodes, and what was last written to them (compared in JS: reading the DOM back costs more). */
interface RowView {
  li: HTMLLIElement;
  button: HTMLButtonElement;
  status: HTMLSpanElement;
  said: HTMLElement;
  written: { status: string; said: string; name: string; selected: string; joined: string };
}

const statusWords = (status: string) => (status === 'active' ? 'running' : status === 'notLoaded' ? 'stored' : status);
const lastWords = (text: string) => (text.length > SAID ? `…${text.slice(-SAID + 1)}` : text);

function threadRows({ codex, join }: Live, server: Server, selected: BehaviorSubject<Selection>, list: HTMLUListElement, empty: HTMLElement): Observable<never> {
  const model = new Map<string, RowModel>();
  const views = new Map<string, RowView>();
  /** Rows whose status or text changed since the last frame; `all` after a change that touches every row. */
  const changed = new Set<string>();
  let all = false;

  const thread = (id: string): RowModel => {
    let m = model.get(id);
    if (!m) model.set(id, (m = { status: 'notLoaded', waiting: '', said: '' }));
    changed.add(id);
    return m;
  };

  /** One <li> per thread, made once and updated in place (a click never lands on a replaced node). */
  const view = (id: string): RowView => {
    let v = views.get(id);
    if (!v) {
      const button = el('button', { className: 'name', title: `thread ${id}`, onclick: () => selected.next({ server: server.index, threadId: id }) });
      const status = el('span', { className: 'status' });
      // The text's end shows, cut at its start when it is too long (see `.said` in index.html).
      const said = el('bdi');
      const li = el('li', { className: 'thread', dataset: { threadId: id } }, button, ' ', status, el('span', { className: 'said' }, said));
      v = { li, button, status, said, written: { status: '', said: '', name: '', selected: '', joined: '' } };
      views.set(id, v);
      list.append(li);
    }
    return v;
  };

  /** Writes what changed since the last frame, and only that. */
  const render = () => {
    const names = threadNames.value;
    for (const id of all ? model.keys() : changed) {
      const m = model.get(id)!;
      const v = view(id);
      const w = v.written;
      const name = names.get(id) ?? 'untitled thread';
      const isSelected = String(selected.value?.server === server.index && selected.value.threadId === id);
      const joined = String(join.joined.has(id));
      if (w.name !== name) v.button.textContent = w.name = name;
      if (w.status !== m.status + m.waiting) {
        w.status = m.status + m.waiting;
        v.li.dataset.status = m.status;
        v.li.dataset.waiting = m.waiting;
        v.status.className = `status ${m.status}${m.waiting ? ' waiting' : ''}`;
        v.status.textContent = m.waiting ? `waiting for ${m.waiting}` : statusWords(m.status);
      }
      if (w.said !== m.said) v.said.textContent = lastWords((w.said = m.said));
      if (w.selected !== isSelected) v.li.dataset.selected = v.button.ariaPressed = w.selected = isSelected;
      if (w.joined !== joined) v.li.dataset.joined = w.joined = joined;
    }
    changed.clear();
    all = false;
    empty.hidden = model.size > 0;
  };

  const setStatus = (id: string, s: ThreadStatus | undefined | null) => {
    const m = thread(id);
    const status = (m.status = s?.type ?? 'notLoaded');
    // An active thread says when it waits on an approval (or on the user), whoever will answer it.
    const flags: readonly string[] = s?.type === 'active' ? s.activeFlags : [];
    m.waiting = flags.includes('waitingOnApproval') ? 'approval' : flags.includes('waitingOnUserInput') ? 'input' : '';
    // A thread some client has loaded may ask for approvals: join it (stored ones on selection).
    if (status !== 'notLoaded') void join(id).catch(() => {});
  };
  const listRow = (t: Thread) => {
    nameThread(t.id, t.name ?? t.preview);
    setStatus(t.id, t.status);
  };
  // Stored threads (`thread/list` may lag behind a thread that just ran), and the loaded ones.
  const listed = merge(
    defer(() => codex.listThreads({ limit: 25 })).pipe(
      mergeMap(({ data }) => data),
      catchError(() => EMPTY),
    ),
    defer(() => codex.request('thread/loaded/list', {})).pipe(
      mergeMap(({ data }) => data.filter((id) => !model.has(id))),
      mergeMap((id) => defer(() => codex.readThread(id)).pipe(catchError(() => EMPTY))),
      catchError(() => EMPTY),
    ),
  ).pipe(tap(listRow));
  const started = codex.notificationsOf('thread/started').pipe(tap(({ thread: t }) => (nameThread(t.id, t.name ?? t.preview), (thread(t.id).status = t.status?.type ?? 'idle'))));
  const named = codex.notificationsOf('thread/name/updated').pipe(tap(({ threadId, threadName: name }) => nameThread(threadId, name)));
  const status = codex.notificationsOf('thread/status/changed').pipe(
    tap(({ threadId, status: s }) => {
      // Join every thread once it has run (its rollout exists then), to see its approvals; and
      // watch the first thread that becomes active when nothing is selected yet.
      setStatus(threadId, s);
      if (s.type === 'active' && selected.value === null) selected.next({ server: server.index, threadId });
    }),
  );
  // A thread without a name is called by its first prompt, once its first turn has one.
  const prompts = codex.notificationsOf('item/started').pipe(
    tap(({ threadId, item }) => item.type === 'userMessage' && !threadNames.value.has(threadId) && nameThread(threadId, item.content.map((c) => (c.type === 'text' ? c.text : '')).join(' '))),
  );
  // What each thread's agent says, live: a new message starts empty, deltas add to it, and the
  // completed item has the whole text. (Events of threads this page has joined.)
  const said = merge(
    codex.notificationsOf('item/started').pipe(tap(({ threadId, item }) => item.type === 'agentMessage' && model.has(threadId) && (thread(threadId).said = item.text))),
    codex.notificationsOf('item/agentMessage/delta').pipe(tap(({ threadId, delta }) => model.has(threadId) && (thread(threadId).said += delta))),
    codex.notificationsOf('item/completed').pipe(tap(({ threadId, item }) => item.type === 'agentMessage' && model.has(threadId) && (thread(threadId).said = item.text))),
  );
  // The server's events render on the next tick of the shared clock.
  const events = merge(listed, started, named, status, prompts, said).pipe(audit(() => renderTick$));
  // Names, the selection and the joined set touch every row: a full pass (of cheap comparisons),
  // in the next frame (a click shows at once).
  const everyRow = merge(threadNames, selected, join.changed).pipe(
    tap(() => (all = true)),
    auditTime(0, animationFrameScheduler),
  );
  return merge(events, everyRow).pipe(tap(render), ignoreElements());
}
