/**
 * A reconnecting client in a process of its own, so a spec can SIGSTOP it (a laptop that sleeps).
 * Connects to `CODEX_RX_URL` with `CODEX_RX_TOKEN`, runs one slow turn, and prints one JSON line
 * per event on stdout: `delta`, `item`, `state`, then `result` (or `error`).
 */
import { Codex } from '../../lib/index.js';

const print = (event: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(event)}\n`);

async function main(): Promise<void> {
  const codex = await Codex.connect({ url: process.env.CODEX_RX_URL!, token: process.env.CODEX_RX_TOKEN! }, { reconnect: { initialDelayMs: 50, maxDelayMs: 500 }, pingIntervalMs: 1000 });
  codex.connection$.subscribe((state) => print({ type: 'state', status: state.status, ...('resumed' in state ? { resumed: state.resumed } : {}) }));
  const thread = await codex.startThread();
  const turn = await thread.turn(process.env.CODEX_RX_PROMPT ?? '[[scenario:slow]] go');
  turn.textDeltas$.subscribe((delta) => print({ type: 'delta', delta }));
  turn.items$.subscribe((item) => print({ type: 'item', id: item.id, itemType: item.type }));
  const result = await turn.result;
  print({ type: 'result', status: result.status, finalResponse: result.finalResponse, items: result.items.map((i) => i.id) });
  await codex.close();
}

main().catch((error: unknown) => {
  print({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  process.exitCode = 1;
});
