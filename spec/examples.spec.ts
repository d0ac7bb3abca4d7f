/** Runs every numbered example the way a user would (offline) and checks what it prints. */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { withLoginPortLock } from '../lib/testing/index.js';

const root = join(__dirname, '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');

function runExample(file: string): Promise<{ code: number | null; out: string }> {
  const env = { ...process.env };
  delete env.OPENAI_API_KEY;
  delete env.CODEX_RX_REAL_LOGIN;
  return new Promise((resolve) => {
    const child = spawn(tsx, [join(root, 'examples', file)], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.on('close', (code) => resolve({ code, out }));
  });
}

const expected: Record<string, RegExp[]> = {
  '01': [/answer: Hello from the fake Responses server!/],
  '02': [/status: completed/, /items: userMessage, agentMessage/, /tokens: 18/],
  '03': [/\[reasoning\] Thinking about the greeting/, /accumulated text: "Hello after thinking\."/],
  '04': [/<turn\/started>/, /<turn\/completed>/, /result: completed/],
  '05': [/resumed the same thread/],
  '06': [/kept thread/, /1 turn\(s\)/, /forked .+ → /, /unarchived/],
  '07': [/steered turn: completed/, /interrupted turn: interrupted/],
  '08': [/asked to run: .*touch codex-rx-created\.txt/, /command item: completed/, /file change item: declined/],
  '09': [/sent text \+ image \+ localImage/],
  '10': [/TurnFailedError: .*/, /codexErrorInfo: "internalServerError"/, /InvalidRequestError/, /models: /],
  '11': [/account\$: logged out/, /account\(\): apiKey/, /after logout: null/],
  '12': [/open this URL to sign in:\s+http:\/\/127\.0\.0\.1:\d+\/oauth\/authorize/, /login succeeded/, /signed in as example@example\.com/],
  '13': [/visit http:\/\/127\.0\.0\.1:\d+\/codex\/device and enter the code FAKE-1234/, /login succeeded/],
  '14': [/== 1\. start ==/, /== 6\. approvals fail closed ==/, /command: declined/, /TurnFailedError/, /closed: \{"code":0,"signal":null\}/],
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
    const run = () => runExample(file);
    // The browser login binds the machine-wide callback port: take the lock.
    const { code, out } = file.startsWith('12') ? await withLoginPortLock(run) : await run();
    expect({ code, out }).toMatchObject({ code: 0 });
    for (const pattern of expected[file.slice(0, 2)]!) expect(out).toMatch(pattern);
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
});
