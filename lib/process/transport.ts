import type { Readable, Writable } from 'node:stream';
import { Subject, type Observable } from 'rxjs';
import { ProtocolError, type ProcessExit } from '../errors.js';
import { DEFAULT_MAX_LINE_BYTES, LineDecoder } from './line-decoder.js';
import { Redactor } from './redactor.js';

/** What a transport reports to the connection above it. */
export interface TransportHandlers {
  /** One complete inbound line (without its newline). */
  line(line: string): void;
  /** A framing problem; the transport goes on. */
  diagnostic(error: ProtocolError): void;
  /** The peer is gone. Called once. */
  closed(exit: ProcessExit): void;
  /**
   * Writing to the peer failed (EPIPE and the like) while it may still live: no request can reach
   * it any more. The connection fails at once and closes the transport. Called at most once.
   */
  failed(error: Error): void;
}

/**
 * A newline-delimited duplex channel to an app-server. {@link ProcessTransport} runs the real
 * binary; {@link StreamTransport} works over any pair of streams (tests, custom hosts).
 */
export interface Transport {
  /** Begins delivering lines to `handlers`. Called once, by the connection. */
  start(handlers: TransportHandlers): void;
  /**
   * Writes one message line; the transport adds the newline. Writes after close are dropped; a
   * write that cannot be delivered while the transport is open is reported through `failed`.
   */
  send(line: string): void;
  /** Ends the channel and resolves once the peer is gone. Idempotent. */
  close(): Promise<ProcessExit>;
  /** Settles with how the peer ended. */
  readonly exited: Promise<ProcessExit>;
  /** Hot stream of stderr lines (secrets redacted). Completes when the transport closes. */
  readonly stderr$: Observable<string>;
  /** The last stderr lines, oldest first (bounded). */
  stderrTail(): string[];
  /** Masks secrets in text leaving the SDK; shared with the layers above. */
  readonly redactor: Redactor;
}

/** Options shared by every stream-based transport. */
export interface StreamTransportOptions {
  /** Bound on one inbound line in bytes (default 64 MiB). */
  maxLineBytes?: number;
  /** How many stderr lines to keep for error reports (default 100). */
  stderrBufferLines?: number;
  /** Secret masker to share; a new one by default. */
  redactor?: Redactor;
}

/**
 * Newline-delimited JSON over a writable (to the server) and a readable (from it), with an
 * optional stderr readable. Closing ends the writable; the transport is closed when the readable
 * ends (or {@link StreamTransport.markClosed} is called by a subclass that knows better).
 */
export class StreamTransport implements Transport {
  readonly redactor: Redactor;
  readonly exited: Promise<ProcessExit>;
  private readonly stderrSubject = new Subject<string>();
  readonly stderr$: Observable<string> = this.stderrSubject.asObservable();
  private readonly tail: string[] = [];
  private readonly tailLimit: number;
  private readonly maxLineBytes: number;
  private handlers: TransportHandlers | null = null;
  private settleExit!: (exit: ProcessExit) => void;
  private isClosed = false;
  private writable = true;
  private writeFailure: Error | null = null;
  private ending = false;
  private stdoutDone = false;
  private pendingExit: ProcessExit | null = null;

  constructor(
    protected readonly input: Writable,
    protected readonly output: Readable,
    protected readonly errorOutput: Readable | null,
    options: StreamTransportOptions = {},
  ) {
    this.redactor = options.redactor ?? new Redactor();
    this.tailLimit = options.stderrBufferLines ?? 100;
    this.maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
    this.exited = new Promise((resolve) => (this.settleExit = resolve));
    // EPIPE and friends must never crash the host; while the peer lives they fail the connection.
    input.on('error', (error: Error) => this.onWriteError(error));
    input.on('close', () => {
      this.writable = false;
    });
  }

  start(handlers: TransportHandlers): void {
    if (this.handlers) throw new Error('transport already started');
    this.handlers = handlers;
    const decoder = new LineDecoder(
      {
        line: (line) => handlers.line(line),
        oversized: (bytes, head) =>
          handlers.diagnostic(
            new ProtocolError('line-too-long', `Dropped an inbound line of ${bytes} bytes (limit ${this.maxLineBytes}).`, this.redactor.redact(head)),
          ),
      },
      this.maxLineBytes,
    );
    this.output.on('data', (chunk: Buffer | string) => decoder.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk));
    const outputDone = () => {
      if (this.stdoutDone) return;
      this.stdoutDone = true;
      decoder.end();
      this.onOutputEnded();
    };
    this.output.on('end', outputDone);
    this.output.on('close', outputDone);
    this.output.on('error', outputDone);
    if (this.errorOutput) {
      const stderrDecoder = new LineDecoder({ line: (l) => this.onStderrLine(l), oversized: () => {} }, 1024 * 1024);
      this.errorOutput.on('data', (chunk: Buffer | string) => stderrDecoder.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk));
      this.errorOutput.on('end', () => stderrDecoder.end());
      this.errorOutput.on('error', () => {});
    }
  }

  send(line: string): void {
    if (this.isClosed || this.ending) return;
    if (!this.writable) {
      this.onWriteError(this.writeFailure ?? new Error('the pipe to the app-server is closed'));
      return;
    }
    this.input.write(line + '\n');
  }

  close(): Promise<ProcessExit> {
    this.ending = true;
    if (this.writable) {
      this.writable = false;
      this.input.end();
    }
    return this.exited;
  }

  stderrTail(): string[] {
    return this.tail.slice();
  }

  /** Whether the peer is known to be gone already (a write error is then just part of its exit). */
  protected get peerGone(): boolean {
    return this.isClosed;
  }

  private onWriteError(error: Error): void {
    this.writable = false;
    if (this.writeFailure || this.ending || this.peerGone) return;
    this.writeFailure = error;
    this.handlers?.failed(error);
  }

  /** Called when stdout ends; the default treats that as the end of the peer. */
  protected onOutputEnded(): void {
    this.markClosed(this.pendingExit ?? { code: null, signal: null });
  }

  /** Whether stdout has ended (all lines delivered). */
  protected get outputEnded(): boolean {
    return this.stdoutDone;
  }

  /** Settles the transport once. Subclasses call this when they know how the peer ended. */
  protected markClosed(exit: ProcessExit): void {
    if (this.isClosed) return;
    this.isClosed = true;
    this.writable = false;
    this.stderrSubject.complete();
    this.settleExit(exit);
    this.handlers?.closed(exit);
  }

  private onStderrLine(raw: string): void {
    const line = this.redactor.redact(raw);
    this.tail.push(line);
    if (this.tail.length > this.tailLimit) this.tail.shift();
    this.stderrSubject.next(line);
  }
}
