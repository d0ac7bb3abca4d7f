/**
 * The page of spec/session/relay-resume-browser.spec.ts: codex-rx's browser build, reconnecting
 * through a relay. `window.start(url, token)` connects and streams one slow turn; everything the
 * page sees is kept in `window.seen` for the spec to read.
 */
import { Codex } from '../../lib/browser.js';

interface Seen {
  states: { status: string; resumed?: boolean; error?: string }[];
  deltas: string[];
  gaps: number;
  result: { status: string; finalResponse: string | null } | null;
  error: string | null;
  errorName: string | null;
  connectMs: number | null;
}

const seen: Seen = { states: [], deltas: [], gaps: 0, result: null, error: null, errorName: null, connectMs: null };
Object.assign(globalThis, { seen });

Object.assign(globalThis, {
  async start(url: string, token: string, turn: boolean): Promise<void> {
    const t0 = performance.now();
    try {
      const codex = await Codex.connect({ url, token }, { reconnect: { initialDelayMs: 50, maxDelayMs: 300 } });
      codex.connection$.subscribe((s) => seen.states.push({ status: s.status, ...('resumed' in s ? { resumed: s.resumed } : {}) }));
      if (!turn) return;
      const thread = await codex.startThread();
      const handle = await thread.turn('[[scenario:slow]] from a page');
      handle.textDeltas$.subscribe((d) => seen.deltas.push(d));
      handle.gaps$.subscribe(() => seen.gaps++);
      const result = await handle.result;
      seen.result = { status: result.status, finalResponse: result.finalResponse };
    } catch (error) {
      seen.connectMs = performance.now() - t0;
      seen.error = error instanceof Error ? error.message : String(error);
      seen.errorName = error instanceof Error ? error.name : null;
    }
  },
});
