import type { RawData, WebSocket } from 'ws';
import { RELAY_CLOSE_CODES, RelayCloseReason } from './close-reasons.js';
import type { RelayRole } from './credentials.js';
import { screenObserveMessage } from './observe-policy.js';

/** app-server takes one frame of at most 16 MiB; a larger message goes up in fragments. */
const UPSTREAM_MAX_FRAME = 16 * 1024 * 1024;
/** How long a closing browser gets to answer our close frame before its socket is destroyed. */
const CLOSE_GRACE_MS = 5_000;

/**
 * Closes a browser's socket with `reason` (its code and reason string), and destroys it if the
 * browser does not answer the close frame within a grace period (a browser that does not read
 * never answers).
 */
export function closeBrowser(browser: WebSocket, reason: RelayCloseReason): void {
  browser.close(RELAY_CLOSE_CODES[reason], reason);
  const timer = setTimeout(() => browser.terminate(), CLOSE_GRACE_MS).unref();
  browser.once('close', () => clearTimeout(timer));
}

/** How a session ended: a {@link RelayCloseReason}, or the browser closing on its own. */
export type SessionEnd = RelayCloseReason | 'browser-closed';

/** What a session reports to the relay. */
export interface SessionHooks {
  /** An observe browser sent something that was not forwarded. */
  screened(session: RelaySession, what: { action: 'refuse' | 'drop'; detail: string }): void;
  /** Both sockets are done with (called once). */
  ended(session: RelaySession, end: SessionEnd): void;
}

/**
 * One browser WebSocket paired with its own app-server connection. Text frames are copied one to
 * one (an observe browser's are screened first); either side ending ends both.
 */
export class RelaySession {
  private browserAlive = true;
  private upstreamAlive = true;
  private end: SessionEnd | null = null;

  constructor(
    readonly id: number,
    readonly role: RelayRole,
    private readonly browser: WebSocket,
    private readonly upstream: WebSocket,
    private readonly maxBufferedBytes: number,
    private readonly hooks: SessionHooks,
  ) {
    // ws ends an oversized message itself, with 1009 and no reason: give that close our reason.
    const close = browser.close.bind(browser);
    browser.close = (code?: number, reason?: string | Buffer) => close(code, code === 1009 && reason === undefined ? RelayCloseReason.MessageTooBig : reason);
    browser.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') this.finish(RelayCloseReason.MessageTooBig);
    });
    browser.on('message', (data, isBinary) => this.guarded(() => this.fromBrowser(data, isBinary)));
    browser.on('pong', () => (this.browserAlive = true));
    browser.on('close', () => this.finish('browser-closed'));
    upstream.on('message', (data, isBinary) => this.guarded(() => this.fromUpstream(data, isBinary)));
    upstream.on('pong', () => (this.upstreamAlive = true));
    upstream.on('close', () => this.finish(RelayCloseReason.UpstreamClosed));
  }

  /** Call once the relay tracks the session: either side may already be gone (its 'close' was missed). */
  start(): void {
    if (this.upstream.readyState !== this.upstream.OPEN) this.finish(RelayCloseReason.UpstreamClosed);
    else if (this.browser.readyState !== this.browser.OPEN) this.finish('browser-closed');
  }

  /**
   * One heartbeat: a side that has not answered the previous ping is dead; then ping both.
   * The relay calls this every `limits.pingIntervalMs` (app-server never pings on its own).
   */
  heartbeat(): void {
    if (this.end) return;
    if (!this.browserAlive) return this.finish(RelayCloseReason.PingTimeout);
    if (!this.upstreamAlive) return this.finish(RelayCloseReason.UpstreamUnresponsive);
    this.browserAlive = this.upstreamAlive = false;
    this.browser.ping();
    this.upstream.ping();
  }

  /** Closes both sides with `reason` (no-op once ended). */
  finish(reason: SessionEnd): void {
    if (this.end) return;
    this.end = reason;
    // app-server never answers a close frame, so there is nothing to wait for on that side.
    this.upstream.terminate();
    if (reason === RelayCloseReason.PingTimeout) {
      this.browser.terminate();
    } else if (reason !== 'browser-closed' && this.browser.readyState === this.browser.OPEN) {
      closeBrowser(this.browser, reason);
    }
    this.hooks.ended(this, reason);
  }

  /**
   * Handles one message. An exception stays in this session: it closes with `protocol-error`,
   * instead of escaping the socket's handler and ending the relay process with every session.
   */
  private guarded(handle: () => void): void {
    try {
      handle();
    } catch {
      this.finish(RelayCloseReason.ProtocolError);
    }
  }

  private fromBrowser(data: RawData, isBinary: boolean): void {
    if (this.end) return;
    if (isBinary) return this.finish(RelayCloseReason.BinaryFrame);
    let text = data as Buffer;
    if (this.role === 'observe') {
      const verdict = screenObserveMessage(text.toString('utf8'));
      if (verdict.action === 'refuse') {
        this.hooks.screened(this, { action: 'refuse', detail: verdict.why === 'too-deep' ? `${verdict.method} (too deep)` : verdict.method });
        return this.toBrowser(verdict.reply);
      }
      if (verdict.action === 'drop') return this.hooks.screened(this, { action: 'drop', detail: verdict.why });
      text = Buffer.from(verdict.text, 'utf8');
    }
    // Judged before the send, so one large message is not mistaken for a peer that stopped reading.
    if (this.upstream.bufferedAmount > this.maxBufferedBytes) return this.finish(RelayCloseReason.UpstreamBusy);
    if (text.length <= UPSTREAM_MAX_FRAME) {
      this.upstream.send(text, { binary: false });
    } else {
      for (let at = 0; at < text.length; at += UPSTREAM_MAX_FRAME) {
        this.upstream.send(text.subarray(at, at + UPSTREAM_MAX_FRAME), { binary: false, fin: at + UPSTREAM_MAX_FRAME >= text.length });
      }
    }
  }

  private fromUpstream(data: RawData, isBinary: boolean): void {
    if (this.end) return;
    this.toBrowser(data as Buffer, isBinary);
  }

  /** Holds at most `maxBufferedBytes` plus one message for a browser that stopped reading. */
  private toBrowser(data: Buffer | string, isBinary = false): void {
    if (this.browser.bufferedAmount > this.maxBufferedBytes) return this.finish(RelayCloseReason.SlowConsumer);
    this.browser.send(data, { binary: isBinary });
  }
}
