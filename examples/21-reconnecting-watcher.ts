/**
 * A watcher that survives a relay restart. A worker runs turns on a shareable app-server behind a
 * codex-rx relay; a watcher joins through the relay with `reconnect`, follows the worker's thread,
 * and streams its turn. Mid-turn the relay restarts on the same port: the watcher reconnects on its
 * own, re-synchronises (`resumed: false`: the new relay has no resume window to offer), says where
 * live text was skipped, and still gets every item once and the right result.
 *
 *   npm run example -- 21
 */
import { filter, firstValueFrom } from 'rxjs';
import { Codex, type ConnectionState } from '../lib/index.js';
import { generateRelayToken, startRelay, type Relay } from '../lib/relay/index.js';
import { startExample } from './_setup.js';

await using client = await startExample({ listen: 'ws' });
const { codex } = client;
const token = generateRelayToken();
const open = (port = 0) => startRelay({ upstream: codex.endpoint!, port, allowedOrigins: [], tokens: { [token]: 'observe' } });
let relay: Relay = await open();
const port = Number(new URL(relay.url).port);

const describe = (s: ConnectionState) =>
  s.status === 'connected'
    ? `connected (${s.resumed ? 'nothing lost' : 're-synchronised from snapshots'})`
    : s.status === 'reconnecting'
      ? `reconnecting in ${s.retryInMs} ms (${s.error.message.split(':')[0]})`
      : s.status === 'connecting'
        ? `connecting (attempt ${s.attempt})`
        : `closed${s.error ? `: ${s.error.message}` : ''}`;

// The watcher: a Node process joins through the relay with the relay's token (observe role).
const watcher = await Codex.connect({ url: relay.url, token }, { reconnect: { initialDelayMs: 100, maxDelayMs: 1000 } });
watcher.connection$.subscribe((s) => console.log(`watcher: ${describe(s)}`));

// The worker starts a thread; a thread can be resumed by others once it has a first turn.
const thread = await codex.startThread();
await thread.run('Warm up.');
const watched = await watcher.resumeThread(thread.id);
const watchedTurn = firstValueFrom(watched.turns$);

const turn = await thread.turn('[[scenario:slow]] Stream something the watcher can follow.');
const seen = await watchedTurn;
seen.gaps$.subscribe(() => console.log('watcher: reconnected, some live text was skipped'));
seen.items$.subscribe((item) => console.log(`watcher: item ${item.type}`));
await firstValueFrom(seen.textDeltas$);

console.log('relay: restarting on the same port');
await relay.close();
relay = await open(port);

const [result, watchedResult] = await Promise.all([turn.result, seen.result]);
console.log(`worker: turn ${result.status}: ${result.finalResponse}`);
console.log(`watcher: turn ${watchedResult.status}: ${watchedResult.finalResponse}`);
await firstValueFrom(watcher.connection$.pipe(filter((s) => s.status === 'connected')));
await watcher.close();
await relay.close();
