/**
 * The yardstick of the per-turn benches (bench/turns.ts, bench/cold-turn.ts): the bare app-server
 * driven by a minimal hand-written JSON-RPC client, one `JSON.parse` and a dispatch per message.
 */
import { spawn } from 'node:child_process';
import { mergeEnv } from '../../lib/process/process-transport.js';
import { resolveCodexBinary } from '../../lib/process/resolve-binary.js';

/** A line link to a server: `send` a message, `onMessage` for each inbound one. */
export interface BareLink {
  send(text: string): void;
  onMessage(handler: (text: string) => void): void;
  close(): Promise<void>;
}

/**
 * What `codex.startThread()` sends by default (`ApprovalMode.autoReview`): the bare client starts
 * its thread with the same params, so both threads run the same turns. With other params the
 * server writes other instructions into every model request (`approvalPolicy: "never"`, the
 * server's default here, makes each ~4 KB smaller), and the in-process fake model server reads them.
 */
export const THREAD_START_PARAMS = { approvalPolicy: 'on-request', approvalsReviewer: 'auto_review' };

/** Spawns `codex app-server` over stdio in `cwd`, its stdout split into lines. */
export function bareStdio(env: Record<string, string | undefined>, cwd?: string): BareLink {
  const bin = resolveCodexBinary({});
  const child = spawn(bin.command, [...bin.args, 'app-server'], { cwd, env: mergeEnv(env, bin.resourcesDir), stdio: ['pipe', 'pipe', 'ignore'] });
  let handler: (text: string) => void = () => {};
  let buf = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    buf += chunk.toString('utf8');
    let nl: number;
    while ((nl = buf.indexOf('\n')) !== -1) {
      const line = buf.slice(0, nl);
      buf = buf.slice(nl + 1);
      if (line) handler(line);
    }
  });
  return {
    send: (text) => child.stdin!.write(text + '\n'),
    onMessage: (h) => (handler = h),
    close: async () => {
      child.stdin!.end();
      await new Promise((resolve) => child.once('close', resolve));
    },
  };
}

/** The hand-written client over a link: requests answered by id, and turns awaited to `turn/completed`. */
export function bareRpc(link: Pick<BareLink, 'send' | 'onMessage'>): {
  request(method: string, params: unknown): Promise<any>;
  /** Starts a turn of one text and resolves at its `turn/completed`. */
  turn(threadId: string, text: string): Promise<void>;
} {
  let nextId = 1;
  const pending = new Map<number, (r: any) => void>();
  let onCompleted: (() => void) | null = null;
  link.onMessage((text) => {
    const msg = JSON.parse(text);
    if (msg.id !== undefined && !msg.method) pending.get(msg.id)?.(msg.result);
    else if (msg.method === 'turn/completed') onCompleted?.();
  });
  const request = (method: string, params: unknown) =>
    new Promise<any>((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      link.send(JSON.stringify({ jsonrpc: '2.0', id, method, params }));
    });
  return {
    request,
    turn: async (threadId, text) => {
      const done = new Promise<void>((resolve) => (onCompleted = resolve));
      await request('turn/start', { threadId, input: [{ type: 'text', text }] });
      await done;
    },
  };
}
