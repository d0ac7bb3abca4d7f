import WebSocket from 'ws';

/** Options of {@link WsJsonRpc.open}. */
export interface OpenOptions {
  origin?: string;
  protocols?: string[];
  /** More `ws` client options (`autoPong: false` plays a dead peer). */
  ws?: WebSocket.ClientOptions;
}

/** An HTTP status answered instead of a WebSocket upgrade. */
export class HttpRefusal extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
  }
}

/**
 * JSON-RPC by hand over a `ws` client, for the relay specs: what the SDK will do over a
 * WebSocket transport, without depending on it.
 */
export class WsJsonRpc {
  /** Every message received, oldest first. */
  readonly messages: any[] = [];
  /** Resolves with the close code and reason. */
  readonly closed: Promise<{ code: number; reason: string }>;
  private nextId = 1;
  private readonly listeners = new Set<(msg: any) => void>();

  private constructor(readonly socket: WebSocket) {
    socket.on('error', () => {}); // a failed socket ends in 'close', which `closed` reports
    socket.on('message', (data) => {
      const msg = JSON.parse(String(data));
      this.messages.push(msg);
      this.listeners.forEach((l) => l(msg));
    });
    this.closed = new Promise((resolve) => socket.once('close', (code, reason) => resolve({ code, reason: String(reason) })));
  }

  /** Connects; rejects with {@link HttpRefusal} when the server answers an HTTP status. */
  static open(url: string, options: OpenOptions = {}): Promise<WsJsonRpc> {
    const socket = new WebSocket(url, options.protocols ?? [], { perMessageDeflate: false, ...(options.origin ? { origin: options.origin } : {}), ...options.ws });
    return new Promise((resolve, reject) => {
      socket.once('open', () => resolve(new WsJsonRpc(socket)));
      socket.once('unexpected-response', (req, res) => {
        req.destroy();
        reject(new HttpRefusal(res.statusCode ?? 0));
      });
      socket.once('error', reject);
    });
  }

  /** Sends a request and resolves with the whole response message (`result` or `error`). */
  request(method: string, params?: unknown): Promise<any> {
    const id = this.nextId++;
    const response = this.waitFor((m) => m.id === id && m.method === undefined);
    this.send({ id, method, ...(params === undefined ? {} : { params }) });
    return response;
  }

  notify(method: string, params?: unknown): void {
    this.send({ method, ...(params === undefined ? {} : { params }) });
  }

  send(msg: unknown): void {
    this.socket.send(JSON.stringify(msg));
  }

  /** The first message (already received or next) that matches; rejects if the socket closes first. */
  waitFor(match: (msg: any) => boolean): Promise<any> {
    const seen = this.messages.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const listener = (msg: any) => {
        if (!match(msg)) return;
        this.listeners.delete(listener);
        resolve(msg);
      };
      this.listeners.add(listener);
      void this.closed.then(({ code, reason }) => {
        if (this.listeners.delete(listener)) reject(new Error(`socket closed (${code} ${reason}) while waiting`));
      });
    });
  }

  /** initialize + initialized. */
  async initialize(name = 'relay_spec'): Promise<any> {
    const response = await this.request('initialize', { clientInfo: { name, title: null, version: '0.0.1' } });
    this.notify('initialized');
    return response;
  }

  /** thread/start, turn/start, then every delta until turn/completed. */
  async runTurn(cwd: string, text: string): Promise<{ threadId: string; deltas: string[]; completed: any }> {
    const thread = await this.request('thread/start', { cwd });
    if (thread.error) throw new Error(`thread/start: ${thread.error.message}`);
    const threadId: string = thread.result.thread.id;
    const completed = this.waitFor((m) => m.method === 'turn/completed' && m.params.threadId === threadId);
    const turn = await this.request('turn/start', { threadId, input: [{ type: 'text', text, text_elements: [] }] });
    if (turn.error) throw new Error(`turn/start: ${turn.error.message}`);
    const done = await completed;
    const deltas = this.messages.filter((m) => m.method === 'item/agentMessage/delta' && m.params.threadId === threadId).map((m) => m.params.delta as string);
    return { threadId, deltas, completed: done };
  }

  close(): Promise<{ code: number; reason: string }> {
    this.socket.close();
    return this.closed;
  }
}
