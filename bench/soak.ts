/**
 * Soak: does a long-lived client keep what it no longer needs? Drives one Codex client over an
 * in-memory scripted server (no process, no model) and reads heapUsed after forced collections:
 *
 *   - 10 000 sequential turns on one thread, the server writing the turn's events (turn/started,
 *     deltas, item/completed, turn/completed) BEFORE the turn/start response in the same write,
 *     and the same with the events written after the response (a later read);
 *   - 1 000 live turns (started, not completed) and what is left once they completed;
 *   - 2 000 threads started and released (plain, and after one turn each).
 *
 * Prints figures and OK/OVER against the targets; asserts nothing.
 *
 *   npm run bench:soak                          # = npx tsx --expose-gc bench/soak.ts
 *   npm run bench:soak -- --turns 20000 --threads 5000
 */
import { PassThrough } from 'node:stream';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Codex, StreamTransport } from '../lib/index.js';
import { arg } from './support/args.js';

const TURNS = arg('turns', 10_000);
const MARK = arg('mark', 1_000);
const LIVE = arg('live', 1_000);
const THREADS = arg('threads', 2_000);
const MB = 1024 * 1024;
/** Targets: heap may move at most this much between turn MARK and turn TURNS / around the threads. */
const TURNS_TARGET = 5 * MB;
const THREADS_TARGET = 1 * MB;

/** `--expose-gc` if given, else the same function taken from a fresh context once the flag is set. */
const gc: () => void =
  (globalThis as { gc?: () => void }).gc ??
  (() => {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  })();

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** heapUsed after a few full collections, with the event loop turned in between. */
async function heapUsed(): Promise<number> {
  for (let i = 0; i < 4; i++) {
    await tick();
    gc();
  }
  return process.memoryUsage().heapUsed;
}

/**
 * Where the server puts a turn's events relative to the turn/start response:
 * `before` — all of them (turn/completed included) ahead of the response, in one write, so the
 * client reads the whole turn before it has a handle; `after` — the response alone, the events in
 * a later write; `live` — turn/started and a delta ahead of the response, no completion (the
 * test completes it later with {@link ScriptedServer.complete}).
 */
type Ordering = 'before' | 'after' | 'live';

const line = (message: unknown) => JSON.stringify(message) + '\n';
const turnObject = (id: string, status: string) => ({ id, items: [], status, error: null, startedAt: 1, completedAt: status === 'inProgress' ? null : 2, durationMs: null });

/**
 * A minimal app-server over two PassThroughs. Unlike spec/support/fake-peer.ts it remembers
 * nothing it received (that would grow the heap being measured).
 */
class ScriptedServer {
  ordering: Ordering = 'after';
  readonly transport: StreamTransport;
  private readonly toClient = new PassThrough();
  private readonly fromClient = new PassThrough();
  private partial = '';
  private threads = 0;
  private turns = 0;

  constructor() {
    this.transport = new StreamTransport(this.fromClient, this.toClient, null);
    this.fromClient.on('end', () => this.toClient.end());
    this.fromClient.on('data', (chunk: Buffer) => {
      this.partial += chunk.toString('utf8');
      let nl: number;
      while ((nl = this.partial.indexOf('\n')) !== -1) {
        const text = this.partial.slice(0, nl);
        this.partial = this.partial.slice(nl + 1);
        if (text) this.onMessage(JSON.parse(text));
      }
    });
  }

  /** Ends a `live` turn. */
  complete(threadId: string, turnId: string): void {
    this.toClient.write(line({ method: 'turn/completed', params: { threadId, turn: turnObject(turnId, 'completed') } }));
  }

  private onMessage(msg: { id?: number; method?: string; params?: { threadId?: string } }): void {
    if (msg.id === undefined) return;
    const reply = (result: unknown) => line({ id: msg.id, result });
    switch (msg.method) {
      case 'initialize':
        this.toClient.write(reply({ userAgent: 'soak/0.169.0', codexHome: '/', platformFamily: 'unix', platformOs: 'linux' }));
        return;
      case 'thread/start': {
        // Like the real server: the response, then thread/started.
        const thread = { id: `th${this.threads++}`, status: { type: 'idle' } };
        this.toClient.write(reply({ thread }) + line({ method: 'thread/started', params: { thread } }));
        return;
      }
      case 'turn/start': {
        const threadId = msg.params!.threadId!;
        const turnId = `tu${this.turns++}`;
        const response = reply({ turn: turnObject(turnId, 'inProgress') });
        if (this.ordering === 'before') this.toClient.write(this.events(threadId, turnId, true) + response);
        else if (this.ordering === 'live') this.toClient.write(this.events(threadId, turnId, false) + response);
        else {
          this.toClient.write(response);
          setImmediate(() => this.toClient.write(this.events(threadId, turnId, true)));
        }
        return;
      }
      default:
        this.toClient.write(line({ id: msg.id, error: { code: -32601, message: `soak server: no ${msg.method}` } }));
    }
  }

  private events(threadId: string, turnId: string, complete: boolean): string {
    const delta = (text: string) => line({ method: 'item/agentMessage/delta', params: { threadId, turnId, itemId: 'm', delta: text } });
    let out = line({ method: 'turn/started', params: { threadId, turn: turnObject(turnId, 'inProgress') } }) + delta('Hel');
    if (!complete) return out;
    out += delta('lo, ') + delta('world');
    out += line({ method: 'item/completed', params: { threadId, turnId, item: { type: 'agentMessage', id: 'm', text: 'Hello, world', phase: null } } });
    out += line({ method: 'turn/completed', params: { threadId, turn: turnObject(turnId, 'completed') } });
    return out;
  }
}

async function connect(ordering: Ordering): Promise<{ server: ScriptedServer; codex: Codex }> {
  const server = new ScriptedServer();
  server.ordering = ordering;
  return { server, codex: await Codex.connect(server.transport) };
}

const fmtMB = (bytes: number) => `${bytes >= 0 ? '+' : ''}${(bytes / MB).toFixed(2)} MB`;
const fmtB = (bytes: number) => `${Math.round(bytes)} B`;
const verdict = (bytes: number, target: number) => (Math.abs(bytes) <= target ? 'OK' : 'OVER');

async function sequentialTurns(ordering: 'before' | 'after'): Promise<void> {
  const { codex } = await connect(ordering);
  const thread = await codex.startThread();
  const started = performance.now();
  let atMark = 0;
  for (let i = 1; i <= TURNS; i++) {
    const turn = await thread.turn('go');
    const result = await turn.result;
    if (result.finalResponse !== 'Hello, world') throw new Error(`soak server broken: turn ${turn.id} ended with ${JSON.stringify(result.finalResponse)}`);
    if (i === MARK) atMark = await heapUsed();
  }
  const atEnd = await heapUsed();
  const seconds = (performance.now() - started) / 1000;
  await codex.close();
  const delta = atEnd - atMark;
  const label = ordering === 'before' ? 'events before the response' : 'events after the response ';
  console.log(
    `  ${label}  ${fmtMB(delta).padStart(10)}  ${fmtB(delta / (TURNS - MARK)).padStart(7)}/finished turn  ` +
      `(${seconds.toFixed(1)} s)  ${verdict(delta, TURNS_TARGET)}`,
  );
}

async function liveTurns(): Promise<void> {
  const { server, codex } = await connect('live');
  const threads = [];
  for (let i = 0; i < LIVE; i++) threads.push(await codex.startThread());
  const base = await heapUsed();
  let turns = [];
  for (const thread of threads) turns.push(await thread.turn('go'));
  const live = await heapUsed();
  const results = turns.map((t) => t.result);
  for (const turn of turns) server.complete(turn.threadId, turn.id);
  await Promise.all(results);
  turns = [];
  results.length = 0;
  const finished = await heapUsed();
  await codex.close();
  console.log(`  ${LIVE} live turns (one per thread, started, not completed): ${fmtB((live - base) / LIVE).padStart(7)}/live turn`);
  console.log(`  the same turns once completed, our handles dropped:    ${fmtB((finished - base) / LIVE).padStart(7)}/turn still held (each thread references its last turn)`);
}

async function releasedThreads(withTurn: boolean): Promise<void> {
  const { codex } = await connect('after');
  const cycle = async () => {
    const thread = await codex.startThread();
    if (withTurn) await (await thread.turn('go')).result;
    thread.release();
  };
  for (let i = 0; i < 200; i++) await cycle(); // warm-up
  const before = await heapUsed();
  for (let i = 0; i < THREADS; i++) await cycle();
  const after = await heapUsed();
  await codex.close();
  const delta = after - before;
  const label = withTurn ? `${THREADS} threads, one turn each, released` : `${THREADS} threads started and released    `;
  console.log(`  ${label}  ${fmtMB(delta).padStart(10)}  ${fmtB(delta / THREADS).padStart(7)}/thread  ${verdict(delta, THREADS_TARGET)}`);
}

async function main() {
  console.log(`${TURNS} sequential turns on one thread, in-memory scripted server; heapUsed after gc, turn ${MARK} → turn ${TURNS} (target ±${TURNS_TARGET / MB} MB):`);
  await sequentialTurns('after');
  await sequentialTurns('before');
  console.log('Live turns:');
  await liveTurns();
  console.log(`Released threads; heapUsed after gc, before → after (target ±${THREADS_TARGET / MB} MB):`);
  await releasedThreads(false);
  await releasedThreads(true);
}

void main();
