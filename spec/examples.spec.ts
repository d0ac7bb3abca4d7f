/** Runs every numbered example the way a user would (offline) and checks what it prints. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { withLoginPortLock } from '../lib/testing/index.js';

const root = join(__dirname, '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');

/**
 * Runs an example offline. `input` is piped to its stdin (then EOF); `onOutput` sees the output so
 * far after each chunk and may write more input or signal the process.
 */
function runExample(
  file: string,
  input?: string,
  onOutput?: (out: string, child: ChildProcess) => void,
  args: string[] = [],
): Promise<{ code: number | null; out: string }> {
  const env = { ...process.env };
  delete env.OPENAI_API_KEY;
  delete env.CODEX_RX_REAL_LOGIN;
  return new Promise((resolve) => {
    const child = spawn(tsx, [join(root, 'examples', file), ...args], { cwd: root, env, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    let out = '';
    const take = (c: Buffer) => {
      out += c.toString();
      onOutput?.(out, child);
    };
    child.stdout!.on('data', take);
    child.stderr!.on('data', take);
    if (input !== undefined) {
      child.stdin!.write(input);
      if (!onOutput) child.stdin!.end();
    }
    child.on('close', (code) => resolve({ code, out }));
  });
}

/** Prompts piped to examples that read stdin. */
const inputs: Record<string, string> = {
  '19': 'hello\n[[scenario:reasoning]] think first\n/new\n[[scenario:http500]] fail\n',
};

const expected: Record<string, RegExp[]> = {
  '01': [/answer: Hello from the fake Responses server!/],
  '02': [/status: completed/, /items: userMessage, agentMessage/, /tokens: 18/],
  '03': [/\[reasoning\] Thinking about the greeting/, /accumulated text: "Hello after thinking\."/],
  '04': [/<turn\/started>/, /<turn\/completed>/, /result: completed/],
  '05': [/resumed the same thread/],
  '06': [/kept thread/, /1 turn\(s\)/, /forked .+ → /, /unarchived/],
  '07': [/steered turn: completed/, /interrupted turn: interrupted/],
  '08': [
    /asked to run: \/bin\/bash -lc 'ls -la' → accept\ncommand item: completed/,
    /asked to run: .*touch codex-rx-created\.txt.* → decline\ncommand item: declined/,
    /file change item: declined/,
  ],
  '09': [/sent text \+ image \+ localImage/],
  '10': [/TurnFailedError: .*/, /codexErrorInfo: "internalServerError"/, /InvalidRequestError/, /models: /],
  '11': [/account\$: logged out/, /account\(\): apiKey/, /after logout: null/],
  '12': [/open this URL to sign in:\s+http:\/\/127\.0\.0\.1:\d+\/oauth\/authorize/, /login succeeded/, /signed in as example@example\.com/],
  '13': [/visit http:\/\/127\.0\.0\.1:\d+\/codex\/device and enter the code FAKE-1234/, /login succeeded/],
  '21': [/relay: restarting on the same port/, /watcher: connected \(re-synchronised from snapshots\)/, /watcher: reconnected, some live text was skipped/, /watcher: turn completed: Slow stream of deltas from the fake server\./],
  '20': [/dashboard: joined thread/, /worker: turn completed: Slow stream/, /dashboard: watched turn completed: "Slow stream of deltas from the fake server\."/],
  '14': [/== 1\. start ==/, /== 6\. approvals fail closed ==/, /command: declined/, /TurnFailedError/, /closed: \{"code":0,"signal":null\}/],
  '18': [
    /codex app-server 0\.169\.0 \(codex-rx .+ is built for 0\.169\.0\)/,
    /models: [1-9]\d*/,
    /catalog default: \S+/,
    /model: mock-model, provider: mock_provider, approval: "never", sandbox: read-only/,
    /providers: mock_provider \(default\)/,
    /thread \S+: model mock-model via mock_provider/,
    /recorded by codex 0\.169\.0 for codex-rx, preview "Say hello\."/,
  ],
  '19': [
    /> hello\nHello from the fake Responses server!\n\[completed, 18 tokens\]/,
    /> \[\[scenario:reasoning\]\] think first\nThinking about the greeting\nHello after thinking\.\n\[completed/,
    /> \/new\nnew thread \S+/,
    /\[failed: .+\]/,
    /bye\n$/,
  ],
  '15': [/name: codex-rx/, /stars: 42/, /tags: rxjs, codex/, /plain JSON Schema output: \{"name":"codex-rx"/, /OutputParseError: The final response is not JSON/, /the text was: Sure!/],
  '16': [/^\* \S+: efforts /m, /turn 1 \(\S+, effort high\): completed/, /turn 2 \(effort low\): completed/, /thread model: \S+, reasoning effort: low/],
  '17': [/joined the running turn: true/, /items: userMessage, agentMessage, functionCallOutput, agentMessage/, /steered turn: completed/, /after injectItems: completed/],
};

const examples = readdirSync(join(root, 'examples')).filter((f) => /^\d\d-.*\.ts$/.test(f)).sort();

describe('examples (offline)', () => {
  test('every example has expectations', () => {
    expect(examples.map((f) => f.slice(0, 2))).toEqual(Object.keys(expected).sort());
  });

  test.each(examples)('%s runs and prints what it should', async (file) => {
    const run = () => runExample(file, inputs[file.slice(0, 2)]);
    // The browser login binds the machine-wide callback port: take the lock.
    const { code, out } = file.startsWith('12') ? await withLoginPortLock(run) : await run();
    expect({ code, out }).toMatchObject({ code: 0 });
    for (const pattern of expected[file.slice(0, 2)]!) expect(out).toMatch(pattern);
  }, 60_000);
});

describe('the REPL (19), offline', () => {
  test('Ctrl-C (SIGINT) interrupts the running turn, and the REPL goes on to the next prompt', async () => {
    let interrupted = false;
    const { code, out } = await runExample('19-cli-repl.ts', '[[scenario:slow]] go\n', (text, child) => {
      if (!interrupted && text.includes('Slow ')) {
        interrupted = true;
        child.kill('SIGINT');
      }
      if (text.includes('[interrupted]') && !child.stdin!.writableEnded) child.stdin!.end('after\n');
    });
    expect(code).toBe(0);
    expect(out).toMatch(/Slow [^\n]*\n\^C: interrupting…\n\n?\[interrupted\]/);
    expect(out).not.toContain('fake server.'); // the slow answer's last delta never came
    expect(out).toMatch(/> after\nHello from the fake Responses server!\n\[completed/);
    expect(out).toMatch(/bye\n$/);
  }, 60_000);
});

describe('the main job (npm start), offline', () => {
  test('streams a live turn and reports usage and account', async () => {
    const { code, out } = await runExample('main.ts');
    expect(code).toBe(0);
    expect(out).toContain('built-in local model server');
    expect(out).toContain('Hello after thinking.');
    expect(out).toMatch(/reasoning: Thinking about the greeting/);
    expect(out).toMatch(/tokens: 11 in \(3 cached\), 7 out, 18 total/);
    expect(out).toMatch(/account: not logged in/);
  }, 60_000);

  test('prints each retry of the model connection as a progress line, then the failure', async () => {
    const { code, out } = await runExample('main.ts', undefined, undefined, ['[[scenario:http500]] hi']);
    expect(code).toBe(1);
    expect(out).toMatch(/model connection failed, retrying: Reconnecting\.\.\. 1\/2 \(.+\)\n/);
    expect(out).toMatch(/model connection failed, retrying: Reconnecting\.\.\. 2\/2/);
    expect(out).toMatch(/turn failed: /);
  }, 60_000);
});
