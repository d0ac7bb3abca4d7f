import type { Observable } from 'rxjs';
import { ProtocolError, type ProcessExit } from '../errors.js';
import { Redactor } from '../transport/redactor.js';
import { StderrLog } from '../transport/stderr-log.js';
import type { Transport, TransportHandlers } from '../transport/transport.js';
import { DEFAULT_MAX_LINE_BYTES, LineDecoder } from './line-decoder.js';
import type { StreamTransportOptions } from './spawn-options.js';

/** The parts of a Node writable stream the transport uses (its types need no `@types/node`). */
export interface WritableLike {
  write(chunk: string): unknown;
  end(): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'close', listener: () => void): unknown;
}

/** The parts of a Node readable stream the transport uses. */
export interface ReadableLike {
  on(event: 'data', listener: (chunk: Uint8Array | string) => void): unknown;
  on(event: 'end' | 'close' | 'error', listener: () => void): unknown;
}

export type { StreamTransportOptions } from './spawn-options.js';

/** Feeds a server's stderr into its log, line by line (lines over 1 MiB are dropped). */
export function pipeStderr(stream: ReadableLike, log: StderrLog): void {
  const decoder = new LineDecoder({ line: (l) => log.push(l), oversized: () => {}, invalid: (l) => log.push(l) }, 1024 * 1024);
  stream.on('data', (chunk) => decoder.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer)));
  stream.on('end', () => decoder.end());
  stream.on('error', () => {});
}

/**
 * Newline-delimited JSON over a writable (to the server) and a readable (from it), with an
 * optional stderr readable. Closing ends the writable; the transport is closed when the readable
 * ends (or {@link StreamTransport.markClosed} is called by a subclass that knows better).
 */
export class StreamTransport implements Transport {
  readonly redactor: Redactor;
  readonly exited: Promise<ProcessExit>;
  readonly stderr$: Observable<string>;
  private readonly stderrLog: StderrLog;
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
    protected readonly input: WritableLike,
    protected readonly output: ReadableLike,
    protected readonly errorOutput: ReadableLike | null,
    options: StreamTransportOptions = {},
  ) {
    this.redactor = options.redactor ?? new Redactor();
    this.stderrLog = new StderrLog(this.redactor, options.stderrBufferLines ?? 100);
    this.stderr$ = this.stderrLog.lines$;
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
        line: (line) => handlers.message(line),
        oversized: (bytes, head) =>
          handlers.diagnostic(
            new ProtocolError('line-too-long', `Dropped an inbound line of ${bytes} bytes (limit ${this.maxLineBytes}).`, this.redactor.redactCut(head)),
          ),
        invalid: (head) => handlers.diagnostic(new ProtocolError('invalid-json', 'Skipped an inbound line that is not valid UTF-8.', this.redactor.redactCut(head))),
      },
      this.maxLineBytes,
    );
    this.output.on('data', (chunk) => decoder.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer)));
    const outputDone = () => {
      if (this.stdoutDone) return;
      this.stdoutDone = true;
      decoder.end();
      this.onOutputEnded();
    };
    this.output.on('end', outputDone);
    this.output.on('close', outputDone);
    this.output.on('error', outputDone);
    if (this.errorOutput) pipeStderr(this.errorOutput, this.stderrLog);
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
    return this.stderrLog.lines();
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
    this.stderrLog.complete();
    this.settleExit(exit);
    this.handlers?.closed(exit);
  }
}
