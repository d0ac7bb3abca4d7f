/**
 * The main job: one live Codex turn streamed to the terminal.
 *
 *   npm start                      # no OPENAI_API_KEY: runs on the built-in local model server, offline
 *   npm start -- "[[scenario:http500]] hi"   # offline, a model that fails: the retries show as progress lines
 *   OPENAI_API_KEY=sk-… npm start -- "explain this repo"
 *
 * Ctrl-C interrupts the turn cleanly and leaves no process behind.
 */
import { filter, map, merge } from 'rxjs';
import { Codex, TurnFailedError, type ThreadItem } from '../lib/index.js';
import { startOfflineCodex, type OfflineCodex } from '../lib/testing/index.js';

const prompt = process.argv.slice(2).join(' ') || 'Say hello and tell me what codex-rx is.';
const apiKey = process.env.OPENAI_API_KEY;
const out = process.stdout;
const dim = (s: string) => (out.isTTY ? `\x1b[2m${s}\x1b[0m` : s);

/** A one-line spinner on stderr, shown while we wait. */
function spinner(label: string) {
  if (!process.stderr.isTTY) {
    process.stderr.write(`${label}…\n`);
    return () => {};
  }
  const frames = '⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏';
  let i = 0;
  const timer = setInterval(() => process.stderr.write(`\r${frames[i++ % frames.length]} ${label}`), 80);
  return () => {
    clearInterval(timer);
    process.stderr.write('\r\x1b[K');
  };
}

function describe(item: ThreadItem): string | null {
  switch (item.type) {
    case 'commandExecution':
      return `$ ${item.command} → exit ${item.exitCode ?? '?'}`;
    case 'fileChange':
      return `files changed: ${item.changes.map((c) => c.path).join(', ')}`;
    case 'reasoning':
      return item.summary?.length ? `reasoning: ${item.summary.join(' ')}` : null;
    default:
      return null;
  }
}

async function main() {
  let stop = spinner('starting codex app-server');
  let offline: OfflineCodex | null = null;
  let codex: Codex;
  if (apiKey) {
    codex = await Codex.start();
    await codex.loginApiKey(apiKey);
  } else {
    // Two retries of a failed model stream, as the real provider does (it allows five):
    // `npm start -- "[[scenario:http500]] hi"` shows them.
    offline = await startOfflineCodex({ fake: { defaultScenario: 'reasoning' }, config: { 'model_providers.mock_provider.stream_max_retries': 2 } });
    codex = offline.codex;
  }
  stop();
  if (!apiKey) console.log(dim('No OPENAI_API_KEY set: using the built-in local model server (offline).'));

  try {
    const thread = await codex.startThread();
    stop = spinner('thinking');
    const turn = await thread.turn(prompt);

    const onSigint = () => {
      stop();
      console.log(dim('\n^C: interrupting the turn…'));
      void turn.interrupt().catch(() => {});
    };
    process.once('SIGINT', onSigint);

    let first = true;
    // The server retrying the model connection: a progress line each time, then keep waiting.
    const retries = turn.retries$.subscribe({
      next: ({ error }) => {
        stop();
        console.error(dim(`model connection failed, retrying: ${error.message}${error.additionalDetails ? ` (${error.additionalDetails})` : ''}`));
        if (first) stop = spinner('thinking');
      },
      error: () => {},
    });
    const printed = merge(
      turn.textDeltas$.pipe(map((delta) => ({ delta }))),
      turn.items$.pipe(map(describe), filter((line): line is string => line !== null), map((line) => ({ line }))),
    ).subscribe({
      next: (ev) => {
        if (first) {
          stop();
          first = false;
        }
        if ('delta' in ev) out.write(ev.delta);
        else out.write(`\n${dim(ev.line)}\n`);
      },
      error: () => {}, // the result below reports failures
    });

    try {
      const result = await turn.result;
      out.write('\n');
      console.log(dim(`status: ${result.status}, ${result.durationMs ?? '?'} ms`));
      const usage = result.usage?.total;
      if (usage) console.log(dim(`tokens: ${usage.inputTokens} in (${usage.cachedInputTokens} cached), ${usage.outputTokens} out, ${usage.totalTokens} total`));
    } catch (error) {
      if (error instanceof TurnFailedError) console.error(`\nturn failed: ${error.message} (${JSON.stringify(error.codexErrorInfo)})`);
      else throw error;
      process.exitCode = 1;
    } finally {
      stop();
      printed.unsubscribe();
      retries.unsubscribe();
      process.off('SIGINT', onSigint);
    }
    const account = await codex.account();
    console.log(dim(`account: ${account.account ? account.account.type : 'not logged in'}`));
  } finally {
    if (offline) await offline.dispose();
    else await codex.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
