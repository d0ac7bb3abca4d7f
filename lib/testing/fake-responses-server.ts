import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { closeServer, listenLoopback } from './loopback.js';

/** A scripted model response. */
export type Scenario =
  /** Streams an assistant message in deltas (`delayMs` between deltas makes it slow). */
  | { type: 'text'; text?: string; deltas?: string[]; delayMs?: number; phase?: 'final_answer' | 'commentary' }
  /** A reasoning summary, then a text message. */
  | { type: 'reasoning'; summary?: string; text?: string }
  /** A function call (by default `exec_command`); the follow-up request gets `afterTool`. */
  | { type: 'toolCall'; name?: string; arguments: Record<string, unknown> }
  /** An HTTP error status with a JSON body. */
  | { type: 'httpError'; status: number; body: unknown; headers?: Record<string, string> }
  /** A stream that ends with `response.failed`. */
  | { type: 'failed'; code: string; message?: string }
  /** A stream cut off after the first delta, without `response.completed`. */
  | { type: 'disconnect' }
  /** Headers and `response.created`, then nothing until the client goes away. */
  | { type: 'hang' };

/** Named scenarios, selectable with `[[scenario:NAME]]` in a prompt or by {@link FakeResponsesServer.enqueue}. */
export const SCENARIOS = {
  text: { type: 'text', text: 'Hello from the fake Responses server!' },
  reasoning: { type: 'reasoning', summary: 'Thinking about the greeting', text: 'Hello after thinking.' },
  slow: { type: 'text', deltas: ['Slow ', 'stream ', 'of ', 'deltas ', 'from ', 'the ', 'fake ', 'server.'], delayMs: 250 },
  hang: { type: 'hang' },
  shell: { type: 'toolCall', arguments: { cmd: 'touch codex-rx-created.txt && echo created' } },
  shell_escalated: {
    type: 'toolCall',
    arguments: { cmd: 'touch codex-rx-created.txt && echo created', sandbox_permissions: 'require_escalated', justification: 'Create a file for the test' },
  },
  shell_safe: { type: 'toolCall', arguments: { cmd: 'ls -la' } },
  apply_patch: {
    type: 'toolCall',
    arguments: { cmd: "apply_patch <<'EOF'\n*** Begin Patch\n*** Add File: patched.txt\n+hello from patch\n*** End Patch\nEOF\n" },
  },
  after_tool: { type: 'text', text: 'Tool finished; final answer.' },
  /** A JSON final answer, for `outputSchema` turns. */
  json: { type: 'text', text: '{"name":"codex-rx","stars":42,"tags":["rxjs","codex"]}' },
  /** A final answer that is not JSON. */
  json_invalid: { type: 'text', text: 'Sure! Here is the JSON you asked for: {name: codex-rx}' },
  http429: { type: 'httpError', status: 429, body: { error: { message: 'Rate limit reached (fake)', type: 'rate_limit_exceeded', code: 'rate_limit_exceeded' } }, headers: { 'retry-after': '1' } },
  http429_usage: { type: 'httpError', status: 429, body: { error: { message: 'The usage limit has been reached (fake)', type: 'usage_limit_reached', resets_in_seconds: 120 } } },
  http400_context: { type: 'httpError', status: 400, body: { error: { message: 'Input exceeds the context window (fake)', type: 'invalid_request_error', code: 'context_length_exceeded' } } },
  http500: { type: 'httpError', status: 500, body: { error: { message: 'Internal server error (fake)', type: 'server_error', code: null } } },
  http503: { type: 'httpError', status: 503, body: { error: { message: 'The server is overloaded (fake)', type: 'server_error', code: 'server_is_overloaded' } } },
  http401: { type: 'httpError', status: 401, body: { error: { message: 'Incorrect API key provided (fake)', type: 'invalid_request_error', code: 'invalid_api_key' } } },
  failed_overloaded: { type: 'failed', code: 'server_is_overloaded', message: 'Overloaded (fake response.failed)' },
  failed_context: { type: 'failed', code: 'context_length_exceeded', message: 'Too long (fake response.failed)' },
  failed_generic: { type: 'failed', code: 'server_error', message: 'Something broke (fake response.failed)' },
  disconnect: { type: 'disconnect' },
} as const satisfies Record<string, Scenario>;

export type ScenarioName = keyof typeof SCENARIOS;

/** One request the fake server received. */
export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  /** The parsed JSON body (or the raw text if it was not JSON). */
  body: any;
  /** The scenario that answered it. */
  scenario: Scenario;
}

/** Options of {@link startFakeResponsesServer}. */
export interface FakeResponsesServerOptions {
  /** Port on 127.0.0.1 (default 0: any free port). */
  port?: number;
  /** Scenario when nothing else picks one (default `text`). */
  defaultScenario?: ScenarioName | Scenario;
}

const MARKER = /\[\[scenario:([a-z0-9_]+)\]\]/;

/**
 * A fake OpenAI Responses API (`POST /v1/responses`, server-sent events) on 127.0.0.1. Point the
 * app-server at {@link FakeResponsesServer.baseUrl} through a custom model provider. Each request
 * picks its scenario: the {@link FakeResponsesServer.enqueue}d queue first, then `after_tool` when
 * the input ends with a tool output, then a `[[scenario:NAME]]` marker in the last user message,
 * then the default.
 */
export class FakeResponsesServer {
  /** Every request received, oldest first. */
  readonly requests: RecordedRequest[] = [];
  private readonly queue: Scenario[] = [];
  private counter = 0;
  private readonly waiters = new Set<{ count: number; resolve(): void }>();
  private readonly open = new Set<ServerResponse>();
  private origin = '';

  private constructor(
    private readonly server: Server,
    private readonly defaultScenario: Scenario,
  ) {}

  /** `http://127.0.0.1:PORT/v1`, the provider `base_url`. */
  get baseUrl(): string {
    return `${this.origin}/v1`;
  }

  /** Queues scenarios for the next requests, in order. */
  enqueue(...scenarios: (ScenarioName | Scenario)[]): void {
    this.queue.push(...scenarios.map(resolveScenario));
  }

  /** Resolves once `count` requests in all have been received. */
  waitForRequests(count: number): Promise<void> {
    if (this.requests.length >= count) return Promise.resolve();
    return new Promise((resolve) => this.waiters.add({ count, resolve }));
  }

  /** Clears the queue and the recorded requests. */
  reset(): void {
    this.queue.length = 0;
    this.requests.length = 0;
  }

  /** Stops listening and drops open streams. */
  close(): Promise<void> {
    for (const res of this.open) res.destroy();
    return closeServer(this.server);
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }

  /** @internal */
  static async listen(options: FakeResponsesServerOptions): Promise<FakeResponsesServer> {
    const server = createServer();
    const fake = new FakeResponsesServer(server, resolveScenario(options.defaultScenario ?? 'text'));
    server.on('request', (req, res) => void fake.handle(req, res));
    fake.origin = await listenLoopback(server, options.port ?? 0);
    return fake;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const text = await readBody(req);
    if (req.method !== 'POST' || !req.url?.endsWith('/responses')) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"message":"not found"}}');
      return;
    }
    let body: any = text;
    try {
      body = JSON.parse(text);
    } catch {
      /* keep the raw text */
    }
    const scenario = this.pick(body);
    this.requests.push({ method: req.method, url: req.url, headers: req.headers, body, scenario });
    for (const w of this.waiters) {
      if (this.requests.length >= w.count) {
        this.waiters.delete(w);
        w.resolve();
      }
    }
    this.open.add(res);
    res.on('close', () => this.open.delete(res));
    await this.serve(scenario, res, typeof body?.model === 'string' ? body.model : 'mock-model');
  }

  private pick(body: any): Scenario {
    const queued = this.queue.shift();
    if (queued) return queued;
    const input: any[] = Array.isArray(body?.input) ? body.input : [];
    const last = input[input.length - 1];
    if (last && (last.type === 'function_call_output' || last.type === 'custom_tool_call_output')) return SCENARIOS.after_tool;
    const marker = MARKER.exec(lastUserText(input))?.[1];
    if (marker && Object.hasOwn(SCENARIOS, marker)) return SCENARIOS[marker as ScenarioName];
    return this.defaultScenario;
  }

  private async serve(scenario: Scenario, res: ServerResponse, model: string): Promise<void> {
    if (scenario.type === 'httpError') {
      res.writeHead(scenario.status, { 'content-type': 'application/json', ...scenario.headers }).end(JSON.stringify(scenario.body));
      return;
    }
    const id = `resp_${++this.counter}`;
    const sse = new SseStream(res, id, model);
    sse.start();
    switch (scenario.type) {
      case 'text':
        await sse.message(scenario.deltas ?? chunk(scenario.text ?? SCENARIOS.text.text), scenario.delayMs ?? 0, scenario.phase);
        break;
      case 'reasoning':
        sse.reasoning(scenario.summary ?? SCENARIOS.reasoning.summary);
        await sse.message(chunk(scenario.text ?? SCENARIOS.reasoning.text), 0);
        break;
      case 'toolCall':
        sse.functionCall(scenario.name ?? 'exec_command', scenario.arguments);
        break;
      case 'failed':
        sse.send('response.failed', { response: { ...sse.response('failed'), error: { code: scenario.code, message: scenario.message ?? scenario.code } } });
        res.end();
        return;
      case 'disconnect':
        sse.messageStart();
        await new Promise((r) => setTimeout(r, 20));
        res.destroy();
        return;
      case 'hang':
        return; // left open until the client drops it or the server closes
    }
    sse.completed();
    res.end();
  }
}

/** Starts a {@link FakeResponsesServer} on 127.0.0.1. */
export function startFakeResponsesServer(options: FakeResponsesServerOptions = {}): Promise<FakeResponsesServer> {
  return FakeResponsesServer.listen(options);
}

function resolveScenario(s: ScenarioName | Scenario): Scenario {
  if (typeof s !== 'string') return s;
  const found = Object.hasOwn(SCENARIOS, s) ? SCENARIOS[s] : undefined;
  if (!found) throw new Error(`unknown scenario ${s}; known: ${Object.keys(SCENARIOS).join(', ')}`);
  return found;
}

function chunk(text: string): string[] {
  return text.match(/.{1,6}/gs) ?? [''];
}

function lastUserText(input: any[]): string {
  for (let i = input.length - 1; i >= 0; i--) {
    const item = input[i];
    if (item?.type === 'message' && item.role === 'user') {
      return (Array.isArray(item.content) ? item.content : []).map((c: any) => (typeof c?.text === 'string' ? c.text : '')).join('\n');
    }
  }
  return '';
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    req.on('error', () => resolve(''));
  });
}

const USAGE = {
  input_tokens: 11,
  input_tokens_details: { cached_tokens: 3 },
  output_tokens: 7,
  output_tokens_details: { reasoning_tokens: 2 },
  total_tokens: 18,
};

/** Writes the Responses API event sequence for one response. */
class SseStream {
  private seq = 0;
  private readonly output: unknown[] = [];

  constructor(
    private readonly res: ServerResponse,
    private readonly id: string,
    private readonly model: string,
  ) {}

  start(): void {
    this.res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    this.send('response.created', { response: { ...this.response('in_progress'), output: [] } });
    this.send('response.in_progress', { response: { ...this.response('in_progress'), output: [] } });
  }

  response(status: string): Record<string, unknown> {
    return { id: this.id, object: 'response', created_at: Math.floor(Date.now() / 1000), status, model: this.model, output: this.output };
  }

  send(type: string, payload: Record<string, unknown>): boolean {
    if (this.res.destroyed || this.res.writableEnded) return false;
    this.res.write(`event: ${type}\ndata: ${JSON.stringify({ type, sequence_number: this.seq++, ...payload })}\n\n`);
    return true;
  }

  messageStart(): { itemId: string; index: number } {
    const index = this.output.length;
    const itemId = `msg_${this.id}`;
    this.send('response.output_item.added', { output_index: index, item: { id: itemId, type: 'message', status: 'in_progress', role: 'assistant', content: [] } });
    this.send('response.content_part.added', { item_id: itemId, output_index: index, content_index: 0, part: { type: 'output_text', text: '', annotations: [] } });
    this.send('response.output_text.delta', { item_id: itemId, output_index: index, content_index: 0, delta: 'Partial ', logprobs: [] });
    return { itemId, index };
  }

  async message(deltas: string[], delayMs: number, phase?: string): Promise<void> {
    const index = this.output.length;
    const itemId = `msg_${this.id}`;
    const base = { id: itemId, type: 'message', role: 'assistant', ...(phase ? { phase } : {}) };
    this.send('response.output_item.added', { output_index: index, item: { ...base, status: 'in_progress', content: [] } });
    this.send('response.content_part.added', { item_id: itemId, output_index: index, content_index: 0, part: { type: 'output_text', text: '', annotations: [] } });
    for (const delta of deltas) {
      if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
      if (!this.send('response.output_text.delta', { item_id: itemId, output_index: index, content_index: 0, delta, logprobs: [] })) return;
    }
    const text = deltas.join('');
    this.send('response.output_text.done', { item_id: itemId, output_index: index, content_index: 0, text, logprobs: [] });
    this.send('response.content_part.done', { item_id: itemId, output_index: index, content_index: 0, part: { type: 'output_text', text, annotations: [] } });
    const item = { ...base, status: 'completed', content: [{ type: 'output_text', text, annotations: [] }] };
    this.output.push(item);
    this.send('response.output_item.done', { output_index: index, item });
  }

  reasoning(summary: string): void {
    const index = this.output.length;
    const itemId = `rs_${this.id}`;
    this.send('response.output_item.added', { output_index: index, item: { id: itemId, type: 'reasoning', summary: [] } });
    this.send('response.reasoning_summary_part.added', { item_id: itemId, output_index: index, summary_index: 0, part: { type: 'summary_text', text: '' } });
    this.send('response.reasoning_summary_text.delta', { item_id: itemId, output_index: index, summary_index: 0, delta: summary });
    this.send('response.reasoning_summary_text.done', { item_id: itemId, output_index: index, summary_index: 0, text: summary });
    this.send('response.reasoning_summary_part.done', { item_id: itemId, output_index: index, summary_index: 0, part: { type: 'summary_text', text: summary } });
    const item = { id: itemId, type: 'reasoning', summary: [{ type: 'summary_text', text: summary }] };
    this.output.push(item);
    this.send('response.output_item.done', { output_index: index, item });
  }

  functionCall(name: string, args: Record<string, unknown>): void {
    const index = this.output.length;
    const itemId = `fc_${this.id}`;
    const callId = `call_${this.id}`;
    const argText = JSON.stringify(args);
    this.send('response.output_item.added', { output_index: index, item: { id: itemId, type: 'function_call', status: 'in_progress', call_id: callId, name, arguments: '' } });
    this.send('response.function_call_arguments.delta', { item_id: itemId, output_index: index, delta: argText });
    this.send('response.function_call_arguments.done', { item_id: itemId, output_index: index, arguments: argText });
    const item = { id: itemId, type: 'function_call', status: 'completed', call_id: callId, name, arguments: argText };
    this.output.push(item);
    this.send('response.output_item.done', { output_index: index, item });
  }

  completed(): void {
    this.send('response.completed', { response: { ...this.response('completed'), usage: USAGE } });
  }
}
