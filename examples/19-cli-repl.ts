/**
 * 19 · A CLI mini-app: a REPL on one thread. Each line is a turn whose answer streams to the
 * terminal; Ctrl-C interrupts the running turn (at the prompt it quits); `/new` starts a fresh
 * thread; EOF (Ctrl-D) or `/exit` quits.
 *
 *   npm run example -- 19                                 # interactive
 *   printf 'hello\n[[scenario:reasoning]] hi\n' | npm run example -- 19   # prompts from stdin until EOF
 *
 * Offline (no OPENAI_API_KEY), `[[scenario:slow]]` in a prompt gives a slow answer to interrupt.
 */
import { createInterface } from 'node:readline';
import { filter, map, merge } from 'rxjs';
import { TurnFailedError, type Thread, type TurnHandle } from '../lib/index.js';
import { startExample } from './_setup.js';

const interactive = process.stdin.isTTY === true;
const out = process.stdout;
const dim = (s: string) => (out.isTTY ? `\x1b[2m${s}\x1b[0m` : s);

await using client = await startExample();
const { codex } = client;
let thread: Thread = await codex.startThread();
let running: TurnHandle | null = null;

const rl = createInterface({ input: process.stdin, output: out, terminal: interactive, prompt: '> ' });
console.log(dim(`codex-rx REPL on thread ${thread.id}. Ctrl-C interrupts a turn; /new, /exit, or EOF to quit.`));

// Ctrl-C: readline reports it in a terminal (raw mode); a signal arrives when stdin is piped.
const onInterrupt = () => {
  if (!running) {
    out.write('\n'); // at the prompt: quit
    return rl.close();
  }
  console.log(dim('\n^C: interrupting…'));
  running.interrupt().catch(() => {}); // the turn may have just ended
};
rl.on('SIGINT', onInterrupt);
process.on('SIGINT', onInterrupt);

/** Runs one turn, streaming its answer, and prints how it ended. */
async function turn(prompt: string): Promise<void> {
  const handle = await thread.turn(prompt);
  running = handle;
  const printed = merge(
    handle.reasoning$.pipe(map((delta) => dim(delta))),
    handle.items$.pipe(
      filter((item) => item.type === 'reasoning' || item.type === 'commandExecution'),
      map((item) => (item.type === 'commandExecution' ? dim(`\n$ ${item.command} → ${item.status}\n`) : '\n')),
    ),
    handle.textDeltas$,
  ).subscribe({ next: (text) => out.write(text), error: () => {} }); // the result reports failures
  try {
    const result = await handle.result;
    const tokens = result.usage ? `, ${result.usage.last.totalTokens} tokens` : '';
    console.log(dim(`\n[${result.status}${tokens}]`));
  } catch (error) {
    if (!(error instanceof TurnFailedError)) throw error;
    console.log(dim(`\n[failed: ${error.result.error?.message ?? 'no message'}]`));
  } finally {
    printed.unsubscribe();
    running = null;
  }
}

if (interactive) rl.prompt();
for await (const line of rl) {
  const prompt = line.trim();
  if (!interactive) console.log(`> ${prompt}`); // a transcript when prompts come from a pipe
  if (prompt === '/exit') break;
  if (prompt === '/new') {
    thread = await codex.startThread();
    console.log(dim(`new thread ${thread.id}`));
  } else if (prompt) {
    await turn(prompt);
  }
  if (interactive) rl.prompt();
}
rl.close();
process.off('SIGINT', onInterrupt);
console.log(dim('bye'));
