#!/usr/bin/env node
/**
 * A scripted stand-in for `codex app-server`, spawned by the reliability specs as a real child
 * process (`Codex.start({ codexBin: <this file> })`; argv is `app-server ...`, ignored). It speaks
 * newline-delimited JSON-RPC on stdio with schema-valid payloads, and misbehaves on request.
 *
 * Behaviour: env CHAOS_SCRIPT (a JSON object) and/or CHAOS_MODE (comma list of `key` or
 * `key=value`, each the same as that key in CHAOS_SCRIPT). Keys:
 *   hangInitialize   never answer `initialize`
 *   pidFile          write the pid there once `initialize` arrives
 *   ignoreStdinEof   keep running after stdin closes (the real server exits)
 *   ignoreSigterm    survive SIGTERM
 *   turn             what `turn/start` does after answering and sending turn/started:
 *                    complete (default) deltas, item/completed, turn/completed
 *                    hang     one delta, then nothing; turn/steer and turn/interrupt go unanswered
 *                    approval an item/commandExecution/requestApproval; the answer's decision is
 *                             the reply text, then the turn completes
 *                    hold     one delta; `chaos/release` finishes every held turn, interleaved.
 *                             A turn/start with a toolOutput while turns are held finishes them
 *                             first, then starts a new turn with the output, announced
 *                             (turn/started) before its answer: a running turn that ended just
 *                             before a tool output came
 *                    flood    floods deltas, sends an approval mid-flood and keeps flooding until
 *                             it is answered (reply text = decision), or gives up ('starved')
 * Control requests (method `chaos/...`) from the test, through `codex.request`:
 *   chaos/emit {writes:[{text|base64|pad, stderr?, pauseMs?}]}  raw writes, in order, then answers
 *   chaos/received                  answers {messages}: every client message so far
 *   chaos/release                   finishes held turns (turn=hold)
 *   chaos/echoSecret                echoes the last API key everywhere (see below)
 *   chaos/hang                      never answered
 * Every client response (answer to a server request) is echoed as notification `chaos/answered`.
 */
import { writeFileSync } from 'node:fs';

const script = JSON.parse(process.env.CHAOS_SCRIPT || '{}');
for (const item of (process.env.CHAOS_MODE || '').split(',').filter(Boolean)) {
  const [key, value] = item.split('=');
  script[key] = value ?? true;
}
const turnMode = script.turn ?? 'complete';

const out = (message) => process.stdout.write(JSON.stringify(message) + '\n');
const respond = (id, result) => out({ id, result });
const fail = (id, code, message, data) => out({ id, error: data === undefined ? { code, message } : { code, message, data } });
const notify = (method, params) => out({ method, params });
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (text) => process.stderr.write(`chaos: ${text}\n`);

const received = [];
const answerWaiters = new Map(); // server request id -> callback(response)
const heldTurns = [];
let apiKey = null;
let nextId = 0;
let nextServerRequestId = 1000;

const turnObj = (id, status = 'inProgress') => ({
  id, items: [], status, error: null, startedAt: 1, completedAt: status === 'inProgress' ? null : 2, durationMs: status === 'inProgress' ? null : 1000,
});
const threadObj = (id) => ({
  id, sessionId: `session-${id}`, preview: '', ephemeral: true, modelProvider: 'chaos', createdAt: 1, updatedAt: 1,
  status: { type: 'idle' }, path: null, cwd: '/tmp/chaos', cliVersion: '0.169.0', source: 'appServer', projectId: null, turns: [],
});

/** Sends a server request; `onAnswer` gets the client's response message. */
function serverRequest(method, params, onAnswer = () => {}) {
  const id = nextServerRequestId++;
  answerWaiters.set(id, onAnswer);
  out({ id, method, params });
  return id;
}

/** A live turn and what the server can say in it. */
function startTurn(threadId, prompt) {
  const id = `turn-${++nextId}`;
  const itemId = `msg-${id}`;
  const delta = (text) => notify('item/agentMessage/delta', { threadId, turnId: id, itemId, delta: text });
  const itemCompleted = (text) =>
    notify('item/completed', { threadId, turnId: id, completedAtMs: 2, item: { type: 'agentMessage', id: itemId, text, phase: null } });
  const turnCompleted = (status = 'completed') => notify('turn/completed', { threadId, turn: turnObj(id, status) });
  const approve = (onAnswer) =>
    serverRequest(
      'item/commandExecution/requestApproval',
      { threadId, turnId: id, itemId: `cmd-${id}`, command: 'touch chaos.txt', cwd: '/tmp/chaos', startedAtMs: 1 },
      (answer) => {
        notify('serverRequest/resolved', { threadId, requestId: answer.id });
        onAnswer(answer.result?.decision ?? 'error');
      },
    );
  return { id, reply: `reply to ${prompt}`, delta, itemCompleted, turnCompleted, approve };
}

function onTurnStart(msg) {
  const { threadId, input, toolOutput } = msg.params;
  if (toolOutput && heldTurns.length > 0) {
    release();
    const turn = startTurn(threadId, `tool output ${toolOutput.name}`);
    notify('turn/started', { threadId, turn: turnObj(turn.id) });
    respond(msg.id, { turn: turnObj(turn.id) });
    turn.delta(turn.reply);
    turn.itemCompleted(turn.reply);
    turn.turnCompleted();
    return;
  }
  const turn = startTurn(threadId, input?.[0]?.text ?? '');
  respond(msg.id, { turn: turnObj(turn.id) });
  notify('turn/started', { threadId, turn: turnObj(turn.id) });
  const half = Math.ceil(turn.reply.length / 2);
  if (turnMode === 'complete') {
    turn.delta(turn.reply.slice(0, half));
    turn.delta(turn.reply.slice(half));
    turn.itemCompleted(turn.reply);
    turn.turnCompleted();
  } else if (turnMode === 'hang') {
    turn.delta(turn.reply.slice(0, half));
  } else if (turnMode === 'hold') {
    turn.delta(turn.reply.slice(0, half));
    heldTurns.push(turn);
  } else if (turnMode === 'approval') {
    turn.approve((decision) => (turn.itemCompleted(decision), turn.turnCompleted()));
  } else if (turnMode === 'flood') {
    flood(turn);
  }
}

/** Deltas before and after an approval request, until it is answered (or a cap is hit). */
function flood(turn) {
  let answered = null;
  let sent = 0;
  const burst = (n) => {
    for (const end = sent + n; sent < end; sent++) turn.delta('.');
  };
  burst(Number(script.floodBefore ?? 2000));
  turn.approve((decision) => (answered = decision));
  const cap = Number(script.floodCap ?? 100_000);
  const tick = () => {
    if (answered !== null || sent >= cap) {
      turn.itemCompleted(answered ?? 'starved');
      turn.turnCompleted();
      return;
    }
    burst(200);
    // Keep pace with the reader: the backlog stays within the pipe, so the flood goes on for as
    // long as the client takes to answer (and no longer).
    if (process.stdout.writableNeedDrain) process.stdout.once('drain', () => setImmediate(tick));
    else setImmediate(tick);
  };
  setImmediate(tick);
}

/** Finishes every held turn, interleaved; returns how many. */
function release() {
  const turns = heldTurns.splice(0);
  for (const t of turns) t.delta(t.reply.slice(Math.ceil(t.reply.length / 2)));
  for (const t of turns) t.itemCompleted(t.reply);
  for (const t of turns) t.turnCompleted();
  return turns.length;
}

async function emit(writes) {
  for (const w of writes) {
    const bytes = w.base64 !== undefined ? Buffer.from(w.base64, 'base64') : w.pad !== undefined ? Buffer.alloc(w.pad, 'x') : Buffer.from(w.text ?? '');
    (w.stderr ? process.stderr : process.stdout).write(bytes);
    if (w.pauseMs) await pause(w.pauseMs);
  }
}

async function echoSecret(msg) {
  const key = apiKey ?? 'no-key-yet';
  out({ id: key, result: { apiKey: key } }); // a response to an unknown id: the key is the id
  notify('chaos/secret', { apiKey: key }); // unknown method
  notify('account/login/completed', { loginId: key, success: key, error: key }); // known method, invalid shape
  process.stdout.write(`${key}\n`); // not JSON
  process.stdout.write(`{"leaked":"${key}"}\n`); // JSON, not JSON-RPC
  log(`leaking ${key}`);
  process.stderr.write(`chaos: torn ${key.slice(0, 7)}`);
  await pause(20);
  process.stderr.write(`${key.slice(7)} end\n`);
  fail(msg.id, -32603, `refused ${key}`, { apiKey: key, nested: [key] });
}

const handlers = {
  initialize(msg) {
    if (script.pidFile) writeFileSync(script.pidFile, String(process.pid));
    log('initialize received');
    if (!script.hangInitialize) respond(msg.id, { userAgent: 'chaos/0.169.0 (test)', codexHome: '/tmp/chaos', platformFamily: 'unix', platformOs: 'linux' });
  },
  'thread/start'(msg) {
    const thread = threadObj(`thread-${++nextId}`);
    respond(msg.id, {
      thread, model: 'chaos-model', modelProvider: 'chaos', cwd: '/tmp/chaos', approvalPolicy: 'on-request', approvalsReviewer: 'user', sandbox: { type: 'dangerFullAccess' },
    });
    notify('thread/started', { thread });
  },
  'turn/start': onTurnStart,
  'turn/steer'(msg) {
    if (turnMode !== 'hang') respond(msg.id, { turnId: msg.params.expectedTurnId });
  },
  'turn/interrupt'(msg) {
    if (turnMode === 'hang') return;
    respond(msg.id, {});
    notify('turn/completed', { threadId: msg.params.threadId, turn: turnObj(msg.params.turnId, 'interrupted') });
  },
  'account/login/start'(msg) {
    const { type } = msg.params;
    if (type === 'apiKey') {
      apiKey = msg.params.apiKey;
      respond(msg.id, { type: 'apiKey' });
      notify('account/login/completed', { loginId: null, success: true, error: null });
    } else if (type === 'chatgpt') {
      respond(msg.id, { type: 'chatgpt', loginId: `login-${++nextId}`, authUrl: 'http://127.0.0.1:1455/oauth/authorize?chaos=1' });
    } else {
      fail(msg.id, -32603, `login type ${type} is not supported here`);
    }
  },
  'account/login/cancel'(msg) {
    respond(msg.id, { status: 'canceled' });
    notify('account/login/completed', { loginId: msg.params.loginId, success: false, error: 'Login was cancelled' });
  },
  'account/read'(msg) {
    respond(msg.id, { account: apiKey ? { type: 'apiKey' } : null, requiresOpenaiAuth: true });
  },
  async 'chaos/emit'(msg) {
    await emit(msg.params.writes ?? []);
    respond(msg.id, { ok: true });
  },
  'chaos/received'(msg) {
    respond(msg.id, { messages: received.slice(0, -1) });
  },
  'chaos/release'(msg) {
    respond(msg.id, { released: release() });
  },
  'chaos/echoSecret': echoSecret,
  'chaos/hang'() {},
};

function onMessage(msg) {
  received.push(msg);
  if (typeof msg.method !== 'string') {
    notify('chaos/answered', { message: msg }); // a response to one of our requests
    const waiter = answerWaiters.get(msg.id);
    answerWaiters.delete(msg.id);
    waiter?.(msg);
    return;
  }
  if (msg.id === undefined) return; // a notification (`initialized`)
  const handler = handlers[msg.method];
  if (handler) handler(msg);
  else fail(msg.id, -32600, `unknown method ${msg.method}`);
}

let buffered = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => {
  buffered += chunk;
  let nl;
  while ((nl = buffered.indexOf('\n')) !== -1) {
    const line = buffered.slice(0, nl);
    buffered = buffered.slice(nl + 1);
    if (line.trim()) onMessage(JSON.parse(line));
  }
});
process.stdin.on('end', () => {
  log('stdin closed');
  if (!script.ignoreStdinEof) process.exit(0);
  setInterval(() => {}, 1 << 30); // nothing else keeps us alive now
});
if (script.ignoreSigterm) process.on('SIGTERM', () => log('ignoring SIGTERM'));
log(`started pid ${process.pid} mode ${JSON.stringify(script)}`);
