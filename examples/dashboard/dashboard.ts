/**
 * The codex-rx dashboard: a page that watches a fleet of app-servers, each through its own
 * codex-rx relay, and merges their streams into one view, with codex-rx (browser build) and RxJS
 * only. `npm run dashboard -- --servers 3` serves it.
 *
 * The wiring, all of it below: one reconnecting client per server (page/fleet.ts); each server's
 * section (its state from `connection$`, its threads); one approvals queue merged from every
 * server's `approvals$`; the selected thread's turns; the account of the selected server; plots.
 * Each panel is an Observable that does its DOM work in `tap` and emits nothing; `main()` merges
 * them and subscribes once.
 */
import { BehaviorSubject, combineLatest, defer, EMPTY, ignoreElements, map, merge, Observable, switchMap, tap, type Subscription } from 'rxjs';
import { accountPanel, bind } from './page/account.js';
import { approvalsPanel, collectApprovals, type QueuedApproval, type Queue } from './page/approvals.js';
import { $ } from './page/dom.js';
import { isForbidden } from './page/errors.js';
import { parseFleet, server, shown, type Server } from './page/fleet.js';
import { throughputPlot, tokensPlot } from './page/plots.js';
import { serverSection, type Selection } from './page/threads.js';
import { turnPanel, type TurnUsage } from './page/turns.js';

/** The header's line for the fleet: one server's own words, or how many are connected. */
function fleetLine(servers: Server[]): Observable<never> {
  const line = $('connection');
  return combineLatest(servers.map((s) => s.page$)).pipe(
    tap((pages) => {
      const states = pages.map((p) => shown(p.state));
      const connected = states.filter((s) => s === 'connected').length;
      line.dataset.status = states.every((s) => s === states[0]) ? states[0]! : states.includes('disconnected') ? 'disconnected' : 'partial';
      line.textContent = servers.length === 1 ? document.querySelector('.server .connection')?.textContent ?? '' : `${connected} of ${servers.length} servers connected`;
    }),
    ignoreElements(),
  );
}

/** Observe mode: an "observe" badge, and the action controls gone (or, found out late, disabled). */
function observeMode(found: 'url' | 'refused'): void {
  document.body.dataset.role = 'observe';
  $('role').hidden = false;
  for (const control of document.querySelectorAll<HTMLElement>('.action')) {
    if (found === 'url') control.remove();
    else control.querySelectorAll<HTMLButtonElement | HTMLInputElement>('button, input').forEach((c) => (c.disabled = true));
  }
}

/** Send: a turn on the selected thread, with the prompt; its error shows under it. */
function sendControl(servers: Server[], selected: BehaviorSubject<Selection>, refused: (error: unknown) => void): Observable<never> {
  return selected.pipe(
    map((s) => (s ? servers[s.server]! : null)),
    switchMap((server) =>
      server === null || server.target.role === 'observe'
        ? EMPTY
        : server.live$.pipe(
            switchMap(
              ({ join }) =>
                new Observable<never>(() =>
                  bind($('send'), $('send-error'), async () => {
                    const id = selected.value?.threadId;
                    if (!id) throw new Error('select a thread first');
                    const prompt = $<HTMLInputElement>('prompt');
                    const thread = await join(id);
                    await thread.turn(prompt.value || 'Hello from the dashboard.');
                    prompt.value = '';
                  }, refused),
                ),
            ),
          ),
    ),
  );
}

function main(): Subscription | undefined {
  const targets = parseFleet(location.hash.slice(1));
  const line = $('connection');
  if (targets.length === 0) {
    line.textContent = 'Open this page with #relay=ws://…&token=… (npm run dashboard prints the URL).';
    line.dataset.status = 'unconfigured';
    return undefined;
  }
  if (targets.every((t) => t.role === 'observe')) observeMode('url');
  // A full-looking URL whose token turns out to be an observe one: say so once it is refused.
  const refused = (error: unknown) => isForbidden(error) && observeMode('refused');

  const servers = targets.map(server);
  const selected = new BehaviorSubject<Selection>(null);
  const queue: Queue = new BehaviorSubject<ReadonlyMap<string, QueuedApproval>>(new Map());
  const usage = new BehaviorSubject<TurnUsage[]>([]);
  const sections = $('servers');
  return merge(
    ...servers.map((s) => serverSection(s, selected, sections)),
    defer(() => fleetLine(servers)),
    collectApprovals(servers, queue),
    approvalsPanel(queue, $('approvals'), $('approval-count'), $('approvals-empty')),
    turnPanel(servers, selected, queue, usage),
    sendControl(servers, selected, refused),
    accountPanel(servers, selected, (_, error) => refused(error)),
    tokensPlot(usage, $('tokens-plot')),
    throughputPlot(servers, $('throughput')),
  ).subscribe({
    // A bug, not a state of the fleet: say so on the page, and in the console for the specs.
    error: (error: unknown) => {
      line.textContent = `The page stopped: ${String(error)}`;
      console.error(error);
    },
  });
}

main();
