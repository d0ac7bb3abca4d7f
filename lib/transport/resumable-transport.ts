import { ProtocolError, type ProcessExit } from '../errors.js';
import type { Redactor } from './redactor.js';
import { CONTROL_FRAME_PREFIX, controlFrame, parseControlFrame, RESUME_EXPIRED_CLOSE_CODE, type RelayControlFrame } from './relay-protocol.js';
import type { Transport, TransportHandlers } from './transport.js';

/** Opens one socket of the session: the first (`resume` undefined) or a resume attempt. */
export type SocketOpener = (resume?: { secret: string; received: number }) => Promise<Transport>;

/** Acknowledge at least every this many frames, and otherwise within {@link ACK_DELAY_MS}. */
const ACK_EVERY = 256;
const ACK_DELAY_MS = 250;

/**
 * A transport that can survive a drop through a codex-rx relay (resume protocol v1, see
 * relay-protocol.ts). It runs over one socket transport at a time. When the relay opened a
 * resumable session, a drop does not close it: it reports `suspended`, and `resume()` opens a new
 * socket with the session's secret; the relay then replays what this side missed, and this side
 * sends again what the relay did not get, so the layer above sees every message once, in order.
 * Against a plain app-server (no `session` frame) it behaves like the socket transport under it.
 */
export class ResumableTransport implements Transport {
  readonly exited: Promise<ProcessExit>;
  private handlers: TransportHandlers | null = null;
  private inner: Transport;
  private settleExit!: (exit: ProcessExit) => void;
  private isClosed = false;
  private closing: Promise<ProcessExit> | null = null;
  /** Whether the peer is a codex-rx relay that keeps this session: known from its first frame. */
  private resumable: boolean | null = null;
  private secret: string | null = null;
  private suspended = false;
  /** JSON-RPC frames received in this session, and how many of them were acknowledged. */
  private received = 0;
  private acknowledged = 0;
  private ackTimer: ReturnType<typeof setTimeout> | undefined;
  /** Frames sent and not yet acknowledged by the relay; the first is frame number `relayReceived + 1`. */
  private unacked: string[] = [];
  private relayReceived = 0;
  /** A resume attempt waiting for the relay's `session` frame or a close. */
  private resuming: { inner: Transport; settle(result: boolean | Error): void } | null = null;

  constructor(
    first: Transport,
    private readonly reopen: SocketOpener,
    readonly redactor: Redactor,
  ) {
    this.inner = first;
    this.exited = new Promise((resolve) => (this.settleExit = resolve));
  }

  start(handlers: TransportHandlers): void {
    if (this.handlers) throw new Error('transport already started');
    this.handlers = handlers;
    this.attach(this.inner);
  }

  send(text: string): void {
    if (this.isClosed || this.closing) return;
    if (this.resumable !== false) this.unacked.push(text);
    if (!this.suspended) this.inner.send(text);
  }

  /**
   * Picks a suspended session up again. Resolves true when the relay resumed it (nothing lost),
   * false when it cannot (window passed, relay restarted): the transport has closed then. Rejects
   * when the relay could not be reached; a later call may succeed.
   */
  async resume(): Promise<boolean> {
    if (this.isClosed) return false;
    if (!this.suspended || this.secret === null) return true;
    const inner = await this.reopen({ secret: this.secret, received: this.received });
    if (this.isClosed || this.closing) {
      void inner.close();
      return false;
    }
    const outcome = await new Promise<boolean | Error>((settle) => {
      this.resuming = { inner, settle };
      this.attach(inner);
    });
    this.resuming = null;
    if (outcome instanceof Error) throw outcome;
    return outcome;
  }

  close(): Promise<ProcessExit> {
    this.closing ??= (async () => {
      this.stopAcks();
      if (this.secret !== null && !this.suspended) this.inner.send(controlFrame({ 'codex-rx': 'bye' }));
      const exit = await this.inner.close();
      this.finish({ ...exit, reason: 'the client closed the connection' });
      return this.exited;
    })();
    return this.closing;
  }

  private attach(inner: Transport): void {
    this.inner = inner;
    inner.start({
      message: (text) => {
        if (inner === this.inner) this.onMessage(text);
      },
      diagnostic: (error) => {
        if (inner === this.inner) this.handlers?.diagnostic(error);
      },
      closed: (exit) => {
        if (inner === this.inner) this.onInnerClosed(exit);
      },
      failed: (error) => {
        if (inner !== this.inner) return;
        // A session the relay keeps survives a failed write: drop the socket and resume.
        if (this.secret !== null && !this.closing) void inner.close();
        else this.handlers?.failed(error);
      },
    });
  }

  private onMessage(text: string): void {
    if (text.startsWith(CONTROL_FRAME_PREFIX)) {
      const frame = parseControlFrame(text);
      if (frame) this.onControl(frame);
      else this.handlers?.diagnostic(new ProtocolError('not-json-rpc', 'Skipped a malformed codex-rx relay control frame.', this.redactor.redact(text.slice(0, 200))));
      return;
    }
    if (this.resumable === null) {
      // A JSON-RPC message before any `session` frame: no relay keeps this session.
      this.resumable = false;
      this.unacked = [];
    }
    if (this.resuming) return;
    this.received++;
    if (this.resumable) this.scheduleAck();
    this.handlers?.message(text);
  }

  private onControl(frame: RelayControlFrame): void {
    switch (frame['codex-rx']) {
      case 'session': {
        if (this.resumable === false) return;
        this.resumable = true;
        this.secret = frame.secret;
        this.acknowledge(frame.received);
        const resuming = this.resuming;
        if (!resuming) return;
        if (!frame.resumed) {
          // The relay opened a new session instead: what was in flight is lost.
          void resuming.inner.close();
          return resuming.settle(false);
        }
        this.suspended = false;
        // What the relay did not get, again, in order.
        for (const text of this.unacked) this.inner.send(text);
        this.resuming = null;
        resuming.settle(true);
        return;
      }
      case 'ack':
        return this.acknowledge(frame.received);
      case 'bye':
        return;
    }
  }

  /** The relay has `received` of this side's frames: they need not be kept. */
  private acknowledge(received: number): void {
    const drop = Math.min(this.unacked.length, received - this.relayReceived);
    if (drop > 0) {
      this.unacked.splice(0, drop);
      this.relayReceived = received;
    }
  }

  private scheduleAck(): void {
    if (this.received - this.acknowledged >= ACK_EVERY) return this.sendAck();
    this.ackTimer ??= setTimeout(() => this.sendAck(), ACK_DELAY_MS);
    (this.ackTimer as { unref?: () => void }).unref?.();
  }

  private sendAck(): void {
    this.stopAcks();
    if (this.suspended || this.isClosed || this.acknowledged === this.received) return;
    this.acknowledged = this.received;
    this.inner.send(controlFrame({ 'codex-rx': 'ack', received: this.received }));
  }

  private stopAcks(): void {
    if (this.ackTimer !== undefined) clearTimeout(this.ackTimer);
    this.ackTimer = undefined;
  }

  private onInnerClosed(exit: ProcessExit): void {
    this.stopAcks();
    const resuming = this.resuming;
    if (resuming) {
      this.resuming = null;
      // Refused to resume (window passed, relay restarted): this session is over.
      if (exit.closeCode === RESUME_EXPIRED_CLOSE_CODE) {
        resuming.settle(false);
        return this.finish(exit);
      }
      return resuming.settle(new Error(exit.reason ?? 'the resume attempt was closed'));
    }
    if (this.closing || this.secret === null || !this.handlers?.suspended) return this.finish(exit);
    this.suspended = true;
    this.handlers.suspended(exit);
  }

  private finish(exit: ProcessExit): void {
    if (this.isClosed) return;
    this.isClosed = true;
    this.stopAcks();
    this.unacked = [];
    this.settleExit(exit);
    this.handlers?.closed(exit);
  }
}
