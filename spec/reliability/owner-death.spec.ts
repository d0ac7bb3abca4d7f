/**
 * A server from `Codex.start({ listen })` does not outlive the process that started it, however
 * that process ends (issue 18, item 5); `detached: true` opts out. Each owner is a real Node
 * process (spec/support/listen-owner.ts) with a real app-server on a hermetic home.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, readlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Codex, InvalidArgumentError, type ListenMode } from '../../lib/index.js';
import {
  createHermeticHome,
  isProcessAlive,
  mockProviderConfig,
  startFakeResponsesServer,
  writeCodexConfig,
  type FakeResponsesServer,
  type HermeticHome,
} from '../../lib/testing/index.js';

const root = join(__dirname, '..', '..');
const script = join(root, 'spec', 'support', 'listen-owner.ts');
/** The promise of item 5. */
const GONE_WITHIN_MS = 2000;

type How = 'exit' | 'throw' | 'wait';
type Ending = 'a normal exit' | 'an uncaught exception' | 'Ctrl-C' | 'SIGTERM' | 'SIGKILL';

/** A running owner: its process, what it printed, and its server's files. */
interface Owner {
  child: ChildProcess;
  pid: number;
  endpoint: { url: string; token: string } | { socketPath: string } | undefined;
  /** The socket symlink and the file it points to (unix only). */
  files: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  output: () => string;
}

let fake: FakeResponsesServer;
const homes: HermeticHome[] = [];
const owners: Owner[] = [];

/** A hermetic home whose config points at the fake model; deleted after the file. */
async function offlineHome(): Promise<HermeticHome> {
  const home = await createHermeticHome();
  homes.push(home);
  await writeCodexConfig(home, mockProviderConfig({ baseUrl: fake.baseUrl }));
  return home;
}

async function startOwner(listen: ListenMode, how: How, detached = false): Promise<Owner> {
  const home = await offlineHome();
  const env: NodeJS.ProcessEnv = { ...process.env, CODEX_RX_OWNER_ENV: JSON.stringify(home.env) };
  delete env.OPENAI_API_KEY;
  // Its own process group, so that Ctrl-C can be sent the way a terminal does: to the group.
  const child = spawn(process.execPath, ['--import', 'tsx', script, listen, how, ...(detached ? ['detached'] : [])], { cwd: root, env, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => child.once('exit', (code, signal) => done({ code, signal })));
  const line = await new Promise<string>((done, fail) => {
    const check = () => {
      const end = out.indexOf('\n');
      if (out.startsWith('{') && end > 0) done(out.slice(0, end));
    };
    child.stdout!.on('data', check);
    void exited.then(() => fail(new Error(`the owner exited before it printed its server:\n${out}`)));
  });
  const info = JSON.parse(line) as Pick<Owner, 'pid' | 'endpoint'>;
  const files = info.endpoint && 'socketPath' in info.endpoint ? [info.endpoint.socketPath, resolve(dirname(info.endpoint.socketPath), readlinkSync(info.endpoint.socketPath))] : [];
  const owner = { child, ...info, files, exited, output: () => out };
  owners.push(owner);
  return owner;
}

/** Ends the owner as `ending` says. */
function end(owner: Owner, ending: Ending): void {
  if (ending === 'a normal exit' || ending === 'an uncaught exception') owner.child.stdin!.write('go\n');
  else if (ending === 'Ctrl-C') process.kill(-owner.child.pid!, 'SIGINT');
  else if (ending === 'SIGTERM' || ending === 'SIGKILL') owner.child.kill(ending);
}

/**
 * Whether the process runs. A zombie does not: it has exited, and waits for its parent to reap it.
 * An orphan's parent is init, which here (a container) reaps only every second or two.
 */
function isRunning(pid: number): boolean {
  if (!isProcessAlive(pid)) return false;
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(' ')[2] !== 'Z';
  } catch {
    return process.platform !== 'linux';
  }
}

/** Polls until the server process and its files are gone; false if they are not within `ms`. */
async function goneWithin(owner: Owner, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  const gone = () => !isRunning(owner.pid) && owner.files.every((f) => !existsSync(f));
  while (!gone()) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 10));
  }
  return true;
}

const HOW: Record<Ending, How> = { 'a normal exit': 'exit', 'an uncaught exception': 'throw', 'Ctrl-C': 'wait', SIGTERM: 'wait', SIGKILL: 'wait' };
const cases: Array<[ListenMode, Ending]> = [
  ['ws', 'a normal exit'],
  ['ws', 'an uncaught exception'],
  ['ws', 'Ctrl-C'],
  ['ws', 'SIGTERM'],
  ['ws', 'SIGKILL'],
  ['unix', 'a normal exit'],
  ['unix', 'SIGKILL'],
  // A stdio server exits on stdin EOF: this one holds without the guardian.
  ['stdio', 'SIGKILL'],
];

const started = new Map<string, Promise<Owner>>();
const key = (listen: ListenMode, ending: Ending) => `${listen} ${ending}`;

beforeAll(async () => {
  fake = await startFakeResponsesServer();
  // Start every owner at once (the slow part); each test then ends its own and times it alone.
  for (const [listen, ending] of cases) started.set(key(listen, ending), startOwner(listen, HOW[ending]));
  started.set('detached', startOwner('unix', 'exit', true));
  await Promise.allSettled(started.values());
}, 60_000);

afterAll(async () => {
  // Whatever a failed test left running.
  for (const owner of owners) {
    for (const pid of [owner.pid, owner.child.pid!]) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // gone, as it should be
      }
    }
  }
  await fake?.close();
  await Promise.all(homes.map((h) => h.dispose()));
});

describe('a listening server ends with its owner', () => {
  test.each(cases)('%s: after %s, the server is gone within 2 s and its socket file removed', async (listen, ending) => {
    const owner = await started.get(key(listen, ending))!;
    expect(isProcessAlive(owner.pid)).toBe(true);
    for (const f of owner.files) expect(existsSync(f)).toBe(true);
    end(owner, ending);
    const exit = await owner.exited;
    if (ending === 'a normal exit') expect(exit).toEqual({ code: 0, signal: null });
    if (ending === 'an uncaught exception') {
      expect(exit).toEqual({ code: 1, signal: null });
      expect(owner.output()).toContain('the owner crashed');
    }
    if (HOW[ending] === 'wait') expect(exit.signal).toBe(ending === 'Ctrl-C' ? 'SIGINT' : ending);
    const gone = await goneWithin(owner, GONE_WITHIN_MS);
    expect({ gone, running: isRunning(owner.pid), files: owner.files.filter(existsSync) }).toEqual({ gone: true, running: false, files: [] });
  });
});

describe('the guardian between owner and server', () => {
  test('codex.pid is the server\'s, and the server\'s exit status comes through unchanged', async () => {
    const home = await offlineHome();
    const codex = await Codex.start({ listen: 'ws', env: home.env, cwd: home.work });
    expect(readFileSync(`/proc/${codex.pid}/cmdline`, 'utf8').split('\0')).toContain('app-server');
    process.kill(codex.pid!, 'SIGKILL');
    expect(await codex.closed).toMatchObject({ code: null, signal: 'SIGKILL' });
    expect(await codex.close()).toMatchObject({ code: null, signal: 'SIGKILL' });
  });
});

describe('detached: true', () => {
  test('the server outlives its owner\'s exit, still serves, and stops by pid, its socket file with it', async () => {
    const owner = await started.get('detached')!;
    end(owner, 'a normal exit');
    expect(await owner.exited).toEqual({ code: 0, signal: null });
    expect(isProcessAlive(owner.pid)).toBe(true);
    // Still serving after its owner (and the owner's end of its stderr) went away.
    const joined = await Codex.connect(owner.endpoint!);
    expect(joined.metadata.userAgent).toContain('codex');
    await joined.close();
    process.kill(owner.pid, 'SIGTERM');
    expect(await goneWithin(owner, GONE_WITHIN_MS)).toBe(true);
  });

  test('close() still stops it', async () => {
    const home = await offlineHome();
    const codex = await Codex.start({ listen: 'ws', detached: true, env: home.env, cwd: home.work });
    const pid = codex.pid!;
    expect(isProcessAlive(pid)).toBe(true);
    expect(await codex.close()).toMatchObject({ code: 0, signal: null });
    expect(isProcessAlive(pid)).toBe(false);
  });

  test('needs a listening server', async () => {
    const home = await offlineHome();
    const outcome = await Codex.start({ detached: true, env: home.env, cwd: home.work }).then(
      (codex) => codex.close().then(() => 'started'),
      (error: unknown) => error,
    );
    expect(outcome).toBeInstanceOf(InvalidArgumentError);
    expect((outcome as Error).message).toContain("detached: true needs listen: 'ws' or 'unix'");
  });
});
