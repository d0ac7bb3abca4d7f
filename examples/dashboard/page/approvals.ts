/**
 * One approvals queue across the fleet: every server's `approvals$`, merged. An approval leaves
 * the queue once settled, by this page or by any other client (`settled`), at once.
 */
import { BehaviorSubject, ignoreElements, merge, mergeMap, map, type Observable, switchMap, tap, from, takeUntil } from 'rxjs';
import type { PendingApproval } from 'codex-rx';
import type { Server } from './fleet.js';
import { el, syncKeyed } from './dom.js';
import { threadName } from './names.js';

export interface QueuedApproval {
  key: string;
  server: Server;
  approval: PendingApproval;
}

/** The pending approvals of every server, oldest first, as a map that is replaced on each change. */
export type Queue = BehaviorSubject<ReadonlyMap<string, QueuedApproval>>;

let counter = 0;

/** Fills `queue` from every server's `approvals$` and empties it as they settle. */
export function collectApprovals(servers: Server[], queue: Queue): Observable<never> {
  const set = (key: string, entry: QueuedApproval | null) => {
    const next = new Map(queue.value);
    if (entry) next.set(key, entry);
    else next.delete(key);
    queue.next(next);
  };
  return merge(
    ...servers.map((server) =>
      server.live$.pipe(
        switchMap(({ codex }) => codex.approvals$.pipe(takeUntil(from(codex.closed)))),
        map((approval) => ({ key: `a${++counter}`, server, approval })),
      ),
    ),
  ).pipe(
    tap((entry) => set(entry.key, entry)),
    mergeMap((entry) => from(entry.approval.settled).pipe(tap(() => set(entry.key, null)))),
    ignoreElements(),
  );
}

/** What is asked, for a person: the command and its cwd, or the kind of request; and why. */
export function asked(approval: PendingApproval): { what: string; cwd: string | null; reason: string | null } {
  const p = approval.params as { command?: string | null; cwd?: string | null; reason?: string | null };
  const what = approval.kind === 'commandExecution' ? `$ ${p.command ?? '?'}` : approval.kind === 'fileChange' ? 'apply a file change' : (approval.kind ?? approval.method);
  return { what, cwd: p.cwd ?? null, reason: p.reason ?? null };
}

/**
 * One approval: what is asked, with Accept and Decline buttons (real buttons: Tab and Enter or
 * Space work) unless the page only observes.
 */
export function approvalRow({ key, server, approval }: QueuedApproval, options: { where: boolean }): HTMLLIElement {
  const { what, cwd, reason } = asked(approval);
  const answer = (accept: boolean) => () => {
    const sent = accept ? approval.accept() : approval.decline();
    row.dataset.answered = sent ? (accept ? 'accepted' : 'declined') : 'too late';
  };
  const row = el(
    'li',
    { className: 'approval', dataset: { key, kind: approval.kind ?? approval.method, threadId: approval.threadId ?? '', server: String(server.index) } },
    el('code', { className: 'what' }, what),
  );
  if (cwd) row.append(el('div', { className: 'cwd' }, `in ${cwd}`));
  if (reason) row.append(el('div', { className: 'reason' }, reason));
  if (options.where) row.append(el('div', { className: 'where', title: `thread ${approval.threadId ?? '?'}` }, `${server.target.name} · ${threadName(approval.threadId)}`));
  if (server.target.role !== 'observe') {
    row.append(
      el(
        'div',
        { className: 'actions' },
        el('button', { className: 'accept', onclick: answer(true), ariaLabel: `Accept: ${what}` }, 'Accept'),
        el('button', { className: 'decline', onclick: answer(false), ariaLabel: `Decline: ${what}` }, 'Decline'),
      ),
    );
  }
  return row;
}

/** The queue panel and the count in the header. */
export function approvalsPanel(queue: Queue, list: HTMLElement, count: HTMLElement, empty: HTMLElement): Observable<never> {
  return queue.pipe(
    tap((all) => {
      syncKeyed(list, all, (entry) => approvalRow(entry, { where: true }));
      count.textContent = String(all.size);
      count.dataset.count = String(all.size);
      count.title = `${all.size} approval${all.size === 1 ? '' : 's'} waiting`;
      empty.hidden = all.size > 0;
    }),
    ignoreElements(),
  );
}
