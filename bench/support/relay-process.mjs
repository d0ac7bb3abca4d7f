// The relay of the benches, in a process of its own: plain Node (no tsx), `codex-rx/relay` from
// the built dist/ (the package's own exports), `--expose-gc` so a memory probe can collect first.
// bench/support/relay-child.ts forks it with its options in RELAY_BENCH_CONFIG and talks over IPC:
//   → { type: 'listening', url, module }           once, when the relay listens
//   ← 'memory'  → { type: 'memory', rss, heapUsed, external, arrayBuffers, connections, sockets }
//                 after two forced collections; sockets: TCP sockets still open (browser and upstream)
//   ← 'cpu'     → { type: 'cpu', user, system }  process.cpuUsage() so far, in µs
import { startRelay } from 'codex-rx/relay';

const { upstream, tokens, origin, limits } = JSON.parse(process.env.RELAY_BENCH_CONFIG);
const relay = await startRelay({ upstream, allowedOrigins: [origin], tokens, limits });
const collect = globalThis.gc ?? (() => {});

process.on('message', (msg) => {
  if (msg === 'memory') {
    // Twice: the first collection frees what finalizers of the previous one let go.
    collect();
    collect();
    const { rss, heapUsed, external, arrayBuffers } = process.memoryUsage();
    const sockets = process.getActiveResourcesInfo().filter((r) => r === 'TCPSocketWrap').length;
    process.send({ type: 'memory', rss, heapUsed, external, arrayBuffers, connections: relay.connections, sockets });
  } else if (msg === 'cpu') {
    process.send({ type: 'cpu', ...process.cpuUsage() });
  }
});
process.on('disconnect', () => void relay.close().then(() => process.exit(0)));
process.send({ type: 'listening', url: relay.url, module: import.meta.resolve('codex-rx/relay') });
