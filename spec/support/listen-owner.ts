/**
 * The owner of an app-server, for spec/reliability/owner-death.spec.ts:
 *
 *   node --import tsx spec/support/listen-owner.ts <stdio|ws|unix> <how> [detached]
 *
 * `CODEX_RX_OWNER_ENV` holds the server's environment (JSON: a hermetic home). It starts the
 * server, prints one JSON line `{ pid, endpoint }` on stdout, then ends as `how` says:
 * - `exit`: `process.exit(0)`, once a line comes on stdin;
 * - `throw`: an uncaught exception, once a line comes on stdin;
 * - `wait`: nothing; the open connection keeps it running until the test signals it.
 */
import { Codex, type ListenMode } from '../../lib/index.js';

const [listen, how, detached] = process.argv.slice(2) as [ListenMode, 'exit' | 'throw' | 'wait', string | undefined];
const env = JSON.parse(process.env.CODEX_RX_OWNER_ENV ?? '{}') as Record<string, string>;
const codex = await Codex.start({ listen, env, cwd: env.HOME, ...(detached === 'detached' ? { detached: true } : {}) });
process.stdout.write(`${JSON.stringify({ pid: codex.pid, endpoint: codex.endpoint })}\n`);

if (how !== 'wait') {
  process.stdin.once('data', () => {
    if (how === 'exit') process.exit(0);
    throw new Error('the owner crashed');
  });
}
