/**
 * `npm run dashboard:watch`: a second Node process that watches the dashboard's app-server
 * through its relay. `npm run dashboard` prints the command, with the relay URL and the observe
 * token in the environment (not on the command line):
 *
 *   CODEX_RX_RELAY=ws://127.0.0.1:PORT CODEX_RX_TOKEN=… npm run dashboard:watch
 *
 * It is plain `Codex.connect({ url, token })`, as against an app-server: Node sends the token as
 * `Authorization: Bearer`, which the relay takes from a client without an Origin. It joins every
 * loaded thread and each one that becomes active, and prints each turn's text when it ends.
 * Approvals are left to the page. Ctrl-C stops.
 */
import { Codex, type Thread } from '../../lib/index.js';

const url = process.env.CODEX_RX_RELAY;
const token = process.env.CODEX_RX_TOKEN;
if (!url || !token) {
  console.error('Set CODEX_RX_RELAY and CODEX_RX_TOKEN: `npm run dashboard` prints them.');
  process.exit(2);
}

// `reconnect`: a relay restart or a dropped link is not the end; codex-rx resumes or re-synchronises.
const codex = await Codex.connect({ url, token }, { reconnect: true });
console.log(`watch: connected to ${url}`);
codex.connection$.subscribe((s) => s.status !== 'connected' ? console.log(`watch: ${s.status}`) : s.attempt > 1 || !s.resumed ? console.log(`watch: connected again (${s.resumed ? 'nothing lost' : 're-synchronised'})`) : undefined);
// Watching approvals$ without answering leaves them to the page (instead of the fail-closed default).
codex.approvals$.subscribe((a) => console.log(`watch: thread ${a.threadId} waits for a ${a.kind} approval`));
void codex.closed.then(() => {
  console.log('watch: the connection is closed for good');
  process.exit(1);
});
process.on('SIGINT', () => void codex.close().then(() => process.exit(0)));

/** Threads joined or being joined; and those asked for again while their join was in flight. */
const joined = new Set<string>();
const askedAgain = new Set<string>();
/**
 * Joins a thread once (`resumeThread`), so its turn events reach this client. A thread cannot be
 * resumed before its first turn has written its rollout: a failed join is tried again on the next
 * status change, or at once if one came while it was in flight.
 */
function join(id: string): void {
  if (joined.has(id)) {
    askedAgain.add(id);
    return;
  }
  joined.add(id);
  codex.resumeThread(id).then(
    (thread) => {
      askedAgain.delete(id);
      watch(thread);
    },
    () => {
      joined.delete(id);
      if (askedAgain.delete(id)) join(id);
    },
  );
}

function watch(thread: Thread): void {
  const tag = `[${thread.id.slice(0, 8)}]`;
  console.log(`watch: joined thread ${thread.id}`);
  thread.turns$.subscribe((turn) => {
    let text = '';
    turn.textDeltas$.subscribe({ next: (delta) => (text += delta), error: () => {} });
    turn.result.then(
      (result) => console.log(`${tag} turn ${result.status}: ${text}`),
      (error: unknown) => console.log(`${tag} turn failed: ${error instanceof Error ? error.message : String(error)}`),
    );
  });
}

for (const id of (await codex.request('thread/loaded/list', {})).data) join(id);
codex.notificationsOf('thread/status/changed').subscribe(({ threadId }) => join(threadId));
