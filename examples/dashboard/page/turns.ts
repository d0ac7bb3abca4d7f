/**
 * The selected thread, whole: every turn (stored ones from `thread/turns/list`, the newest few
 * first and older ones a page at a time), then each live turn as it streams, from the turn's `events$`.
 * Inline, the thread's pending approvals from the fleet's queue.
 */
import { BehaviorSubject, catchError, defer, EMPTY, exhaustMap, fromEvent, ignoreElements, merge, mergeMap, type Observable, startWith, switchMap, tap } from 'rxjs';
import type { ExperimentalCodex, TurnHandle } from 'codex-rx';
import type { ThreadItem, ThreadTokenUsage } from 'codex-rx/types';
import type { Server } from './fleet.js';
import type { Selection } from './threads.js';
import { approvalRow, type Queue } from './approvals.js';
import { $, asError, clock, duration, el, syncKeyed } from './dom.js';
import { renderItem, streamTarget } from './items.js';
import { threadName, threadNames } from './names.js';

/** Stored turns shown at first, and per "older turns" click. */
const PAGE = 5;

/** Token usage of each turn of the selected thread seen live (for the tokens plot). */
export type TurnUsage = { label: string; turnId: string; usage: ThreadTokenUsage['last'] };

interface TurnView {
  article: HTMLElement;
  meta: HTMLElement;
  items: HTMLOListElement;
}

export function turnPanel(servers: Server[], selected: BehaviorSubject<Selection>, queue: Queue, usage: BehaviorSubject<TurnUsage[]>): Observable<never> {
  const title = $('thread-title');
  const turns = $('turns');
  const older = $<HTMLButtonElement>('older');
  const inline = $('inline-approvals');
  const views = new Map<string, TurnView>();

  const label = (turnId: string) => `turn ${[...turns.children].findIndex((a) => (a as HTMLElement).dataset.turnId === turnId) + 1}`;
  const renumber = () => {
    [...turns.children].forEach((a, i) => ((a.querySelector('h3') as HTMLElement).textContent = `turn ${i + 1}`));
    usage.next(usage.value.map((u) => ({ ...u, label: label(u.turnId) })));
  };
  const view = (turnId: string, before: Element | null = null): TurnView => {
    let v = views.get(turnId);
    if (!v) {
      const meta = el('span', { className: 'meta' });
      const items = el('ol', { className: 'items' });
      const article = el('article', { className: 'turn', dataset: { turnId, status: 'inProgress' } }, el('header', {}, el('h3', { title: `turn ${turnId}` }), ' ', meta), items);
      turns.insertBefore(article, before);
      v = { article, meta, items };
      views.set(turnId, v);
      renumber();
    }
    return v;
  };
  const showMeta = (v: TurnView, t: { status: string; startedAt?: number | null; durationMs?: number | null; error?: { message: string } | null }) => {
    v.article.dataset.status = t.status;
    const started = t.startedAt ? `started ${clock(t.startedAt * (t.startedAt < 1e12 ? 1000 : 1))}` : null;
    const words = t.status === 'inProgress' ? 'running' : t.status;
    v.meta.textContent = [words, started, t.durationMs != null ? duration(t.durationMs) : null, t.error?.message ?? null].filter(Boolean).join(' · ');
  };
  const putItem = (v: TurnView, item: ThreadItem) => {
    const node = renderItem(item);
    const old = v.items.querySelector(`[data-item-id="${CSS.escape(item.id)}"]`);
    // A folded reasoning item stays as the reader left it.
    if (old?.querySelector('details')?.open) node.querySelector('details')?.setAttribute('open', '');
    if (old) old.replaceWith(node);
    else v.items.append(node);
  };

  /**
   * Stored turns, a page at a time (`thread/turns/list`, newest first): the last PAGE at once, then
   * PAGE older ones per click on "Show older turns", each page above the turns shown.
   */
  const stored = (codex: ExperimentalCodex, threadId: string) => {
    let cursor: string | null | undefined;
    const page = () => defer(() => codex.experimental.request('thread/turns/list', { threadId, limit: PAGE, sortDirection: 'desc', itemsView: 'full', ...(cursor ? { cursor } : {}) }));
    return fromEvent(older, 'click').pipe(
      startWith(null),
      exhaustMap(() => (cursor === null ? EMPTY : page())),
      tap(({ data, nextCursor }) => {
        cursor = nextCursor ?? null;
        const anchor = turns.firstElementChild;
        for (const t of [...data].reverse()) {
          if (views.has(t.id)) continue; // live already
          const v = view(t.id, anchor);
          showMeta(v, t);
          for (const item of t.items ?? []) putItem(v, item as ThreadItem);
        }
        older.hidden = cursor === null;
      }),
      catchError(() => EMPTY),
    );
  };
  /** A live turn, from its events: items as they start, stream and complete. */
  const live = (turn: TurnHandle<unknown>) => {
    const v = view(turn.id);
    showMeta(v, { status: 'inProgress', startedAt: Date.now() / 1000 });
    const started = Date.now();
    return merge(
      turn.events$.pipe(
        tap((n) => {
          switch (n.method) {
            case 'item/started':
            case 'item/completed':
              putItem(v, n.params.item);
              break;
            case 'item/agentMessage/delta':
            case 'item/reasoning/summaryTextDelta':
            case 'item/reasoning/textDelta':
            case 'item/commandExecution/outputDelta': {
              const node = v.items.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(n.params.itemId)}"]`);
              const target = node && streamTarget(node);
              // Assigning textContent replaces the text node: each state is one DOM change.
              if (target) target.textContent = (target.textContent ?? '') + n.params.delta;
              break;
            }
            case 'thread/tokenUsage/updated':
              usage.next([...usage.value.filter((u) => u.turnId !== turn.id), { turnId: turn.id, label: label(turn.id), usage: n.params.tokenUsage.last }]);
              break;
            case 'turn/completed':
              showMeta(v, { ...n.params.turn, durationMs: n.params.turn.durationMs ?? Date.now() - started, startedAt: started / 1000 });
              break;
          }
        }),
      ),
      turn.gaps$.pipe(tap((gap) => v.items.append(el('li', { className: 'item gap', dataset: { key: `gap${gap.at}` } }, `Reconnected at ${clock(gap.at)}: some live text was skipped here.`)))),
    ).pipe(catchError((error: unknown) => (showMeta(v, { status: 'failed', error: asError(error) }), EMPTY)));
  };

  return selected.pipe(
    tap(() => {
      turns.replaceChildren();
      views.clear();
      usage.next([]);
      older.hidden = true;
    }),
    switchMap((selection) => {
      if (selection === null) {
        title.textContent = 'No thread selected';
        title.removeAttribute('title');
        inline.replaceChildren();
        return EMPTY;
      }
      const server = servers[selection.server]!;
      const { threadId } = selection;
      title.title = `thread ${threadId} on ${server.target.name}`;
      const named = threadNames.pipe(tap(() => (title.textContent = `${threadName(threadId)} — ${server.target.name}`)));
      const approvals = queue.pipe(tap((all) => syncKeyed(inline, [...all].filter(([, e]) => e.approval.threadId === threadId), (e) => approvalRow(e, { where: false }))));
      const joined = server.live$.pipe(
        switchMap(({ codex, join }) => defer(() => join(threadId)).pipe(switchMap((thread) => merge(stored(codex, threadId), thread.turns$.pipe(mergeMap(live)))))),
        catchError((error: unknown) => ((title.textContent = `${threadName(threadId)}: could not join (${asError(error).message})`), EMPTY)),
      );
      return merge(named, approvals, joined);
    }),
    ignoreElements(),
  );
}

