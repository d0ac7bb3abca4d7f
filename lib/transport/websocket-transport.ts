import type { Observable } from 'rxjs';
import { ProtocolError, type ProcessExit } from '../errors.js';
import { Redactor } from './redactor.js';
import { StderrLog } from './stderr-log.js';
import type { Endpoint, Transport, TransportHandlers } from './transport.js';

/** The WHATWG WebSocket surface that browsers and the `ws` package both offer. */
export interface WebSocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  addEventListener(type: 'close', listener: (event: { code: number; reason: string }) => void): void;
  addEventListener(type: 'error', listener: (event: unknown) => void): void;
}

/** A server process this transport owns (started with `Codex.start({ listen })`). */
export interface OwnedServer {
  readonly pid: number | undefined;
  readonly endpoint: Endpoint;
  /** Its stderr, redacted; the transport completes it on close. */
  readonly stderr: StderrLog;
  /** Settles once the process is gone. */
  readonly exited: Promise<ProcessExit>;
  /** Ends the process (SIGTERM, then SIGKILL) and resolves with its exit. Idempotent. */
  stop(): Promise<ProcessExit>;
}

/** Options of a {@link WebSocketTransport}. */
export interface WebSocketTransportOptions {
  /** Secret masker to share; a new one by default. */
  redactor?: Redactor;
  /** Bound on one inbound message in bytes (default 64 MiB); larger ones are dropped with a diagnostic. */
  maxMessageBytes?: number;
  /** The process behind the socket, when this client started it. */
  owner?: OwnedServer;
  /**
   * Dead-peer detection where the runtime can ping (Node): `ping()` sends one, `onPong` reports
   * answers. A peer that has not answered the previous ping when the next is due is dropped.
   */
  heartbeat?: { intervalMs: number; ping(): void; onPong(listener: () => void): void };
  /** Ends the socket at once, without the close handshake (the server never answers one). */
  terminate?: () => void;
  /** Messages that arrived before this transport listened, oldest first. */
  early?: string[];
}

const OPEN = 1;
const DEFAULT_MAX_MESSAGE_BYTES = 64 * 1024 * 1024;
/** How long `close()` waits for the socket to finish closing before it terminates it. */
const CLOSE_GRACE_MS = 1000;

/**
 * One JSON-RPC message per WebSocket text frame, over an open socket: the app-server's `ws://`
 * and `unix://` listeners, or a relay. The socket dropping (the server never sends a Close frame,
 * so a client always sees 1006) closes the transport like a process exit.
 */
export class WebSocketTransport implements Transport {
  readonly redactor: Redactor;
  readonly exited: Promise<ProcessExit>;
  readonly stderr$: Observable<string>;
  readonly pid: number | undefined;
  readonly endpoint: Endpoint | undefined;
  private readonly stderrLog: StderrLog;
  private readonly maxMessageBytes: number;
  private handlers: TransportHandlers | null = null;
  private early: string[] | null = [];
  private settleExit!: (exit: ProcessExit) => void;
  private isClosed = false;
  private closedWith: ProcessExit | null = null;
  private closing: Promise<ProcessExit> | null = null;
  private failed = false;
  private heartbeatTimer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly socket: WebSocketLike,
    private readonly options: WebSocketTransportOptions = {},
  ) {
    this.redactor = options.redactor ?? new Redactor();
    this.maxMessageBytes = options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
    this.stderrLog = options.owner?.stderr ?? new StderrLog(this.redactor);
    this.stderr$ = this.stderrLog.lines$;
    this.pid = options.owner?.pid;
    this.endpoint = options.owner?.endpoint;
    this.exited = new Promise((resolve) => (this.settleExit = resolve));
    for (const text of options.early ?? []) this.onFrame(text);
    socket.addEventListener('message', (event) => this.onFrame(event.data));
    socket.addEventListener('close', (event) => void this.onSocketClosed(event.code, event.reason));
    // Errors are followed by 'close'; listening keeps them from being thrown.
    socket.addEventListener('error', () => {});
    if (options.heartbeat) this.startHeartbeat(options.heartbeat);
    // The server process dying takes the socket with it, but do not rely on the socket alone.
    void options.owner?.exited.then((exit) => this.markClosed({ ...exit, reason: 'the codex app-server process exited' }));
  }

  start(handlers: TransportHandlers): void {
    if (this.handlers) throw new Error('transport already started');
    this.handlers = handlers;
    const early = this.early ?? [];
    this.early = null;
    for (const text of early) handlers.message(text);
    if (this.closedWith) handlers.closed(this.closedWith);
  }

  send(text: string): void {
    if (this.isClosed || this.closing) return;
    if (this.socket.readyState !== OPEN) return this.fail(new Error('the WebSocket is not open'));
    try {
      this.socket.send(text);
    } catch (error) {
      this.fail(error instanceof Error ? error : new Error(String(error)));
    }
  }

  close(): Promise<ProcessExit> {
    this.closing ??= (async () => {
      this.stopHeartbeat();
      try {
        this.socket.close(1000);
      } catch {
        // already closing
      }
      const { owner, terminate } = this.options;
      if (owner) {
        const exit = await owner.stop();
        this.markClosed({ ...exit, reason: 'the client closed the codex app-server' });
      } else {
        const timer = setTimeout(() => (terminate ? terminate() : this.markClosed({ code: null, signal: null, reason: 'the client closed the connection' })), CLOSE_GRACE_MS);
        await this.exited;
        clearTimeout(timer);
      }
      return this.exited;
    })();
    return this.closing;
  }

  stderrTail(): string[] {
    return this.stderrLog.lines();
  }

  private onFrame(data: unknown): void {
    if (this.isClosed) return;
    if (typeof data !== 'string') {
      this.diagnostic(new ProtocolError('not-json-rpc', 'Skipped a binary WebSocket frame: the app-server speaks text frames.'));
      return;
    }
    // Strings are UTF-16; a string this long is over the byte bound whatever its content.
    if (data.length > this.maxMessageBytes) {
      this.diagnostic(new ProtocolError('line-too-long', `Dropped an inbound message of ${data.length} characters (limit ${this.maxMessageBytes} bytes).`, this.redactor.redactCut(data.slice(0, 200))));
      return;
    }
    if (this.early) this.early.push(data);
    else this.handlers?.message(data);
  }

  private diagnostic(error: ProtocolError): void {
    this.handlers?.diagnostic(error);
  }

  private async onSocketClosed(code: number, reason: string): Promise<void> {
    this.stopHeartbeat();
    const how = `the WebSocket connection to the codex app-server closed (${code}${reason ? `: ${this.redactor.redact(reason)}` : ''})`;
    const owner = this.options.owner;
    // A server we own is useless without its socket: stop it, and report its exit status.
    const exit = owner ? await owner.stop() : { code: null, signal: null };
    this.markClosed({ ...exit, reason: this.closing ? 'the client closed the connection' : how, closeCode: code });
  }

  private fail(error: Error): void {
    if (this.failed || this.isClosed || this.closing) return;
    this.failed = true;
    this.handlers?.failed(error);
  }

  private startHeartbeat(heartbeat: NonNullable<WebSocketTransportOptions['heartbeat']>): void {
    let answered = true;
    heartbeat.onPong(() => (answered = true));
    this.heartbeatTimer = setInterval(() => {
      if (!answered) {
        // No pong for a whole interval: the peer is gone though the socket does not know it yet.
        this.stopHeartbeat();
        if (this.options.terminate) this.options.terminate();
        else this.markClosed({ code: null, signal: null, reason: 'the codex app-server stopped answering pings' });
        return;
      }
      answered = false;
      try {
        heartbeat.ping();
      } catch {
        // the close event follows
      }
    }, heartbeat.intervalMs);
    (this.heartbeatTimer as { unref?: () => void }).unref?.();
  }

  private stopHeartbeat(): void {
    if (this.heartbeatTimer !== undefined) clearInterval(this.heartbeatTimer);
    this.heartbeatTimer = undefined;
  }

  private markClosed(exit: ProcessExit): void {
    if (this.isClosed) return;
    this.isClosed = true;
    this.closedWith = exit;
    this.stopHeartbeat();
    this.stderrLog.complete();
    this.settleExit(exit);
    this.handlers?.closed(exit);
  }
}
