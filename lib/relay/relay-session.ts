import type { RawData, WebSocket } from 'ws';
import { CONTROL_FRAME_PREFIX, controlFrame, parseControlFrame, RESUME_EXPIRED_CLOSE_CODE } from '../transport/relay-protocol.js';
import { RELAY_CLOSE_CODES, RelayCloseReason } from './close-reasons.js';
import type { RelayRole } from './credentials.js';
import { screenObserveMessage } from './observe-policy.js';

/** app-server takes one frame of at most 16 MiB; a larger message goes up in fragments. */
const UPSTREAM_MAX_FRAME = 16 * 1024 * 1024;
/** How long a closing browser gets to answer our close frame before its socket is destroyed. */
const CLOSE_GRACE_MS = 5_000;
/** The relay acknowledges a client's frames at least every this many, and otherwise within ACK_DELAY_MS. */
const ACK_EVERY = 256;
const ACK_DELAY_MS = 250;
const CONTROL_PREFIX = Buffer.from(CONTROL_FRAME_PREFIX);

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
  /** The browser dropped and the session waits for it to resume, within the window. */
  parked(session: RelaySession): void;
  /** A browser resumed the session; `replayed` frames it had missed were sent again. */
  resumed(session: RelaySession, replayed: { frames: number; bytes: number }): void;
  /** A fresh resume secret for the session (sent to the browser, never logged). */
  secret(session: RelaySession): string;
  /** Both sockets are done with (called once). */
  ended(session: RelaySession, end: SessionEnd): void;
}

/** The resume window of a resumable session (see the relay's `limits`). */
export interface ResumeWindow {
  windowMs: number;
  maxBytes: number;
}

/**
 * One browser paired with its own app-server connection. Text frames are copied one to one (an
 * observe browser's are screened first); either side ending ends both.
 *
 * A resumable session (the client asked with `?codex-rx-resume=1`) outlives its browser socket:
 * the relay counts and keeps the frames it sent until the client acknowledges them, and when the
 * browser drops without saying `bye` it parks the session, upstream open, for `windowMs` and
 * `maxBytes`. A browser that comes back with the session's secret gets every frame it missed, in
 * order, and none twice; app-server never notices.
 */
export class RelaySession {
  private browser: WebSocket | null;
  private browserAlive = true;
  private upstreamAlive = true;
  private end: SessionEnd | null = null;
  /** Frames sent towards the browser (kept until acknowledged), by number from 1. */
  private sent = 0;
  private readonly kept: Buffer[] = [];
  private keptBytes = 0;
  /** Frames the browser sent (every non-control frame, forwarded or not), and how many we acknowledged. */
  private received = 0;
  private acknowledged = 0;
  private ackTimer: NodeJS.Timeout | undefined;
  private windowTimer: NodeJS.Timeout | undefined;

  constructor(
    readonly id: number,
    readonly role: RelayRole,
    browser: WebSocket,
    private readonly upstream: WebSocket,
    private readonly maxBufferedBytes: number,
    private readonly hooks: SessionHooks,
    /** Set for a resumable session; null keeps a plain one-socket session. */
    private readonly resume: ResumeWindow | null = null,
  ) {
    this.browser = browser;
    this.attachBrowser(browser);
    upstream.on('message', (data, isBinary) => this.guarded(() => this.fromUpstream(data, isBinary)));
    upstream.on('pong', () => (this.upstreamAlive = true));
    upstream.on('close', () => this.finish(RelayCloseReason.UpstreamClosed));
  }

  /** Whether the browser is away and the session waits for it. */
  get isParked(): boolean {
    return this.browser === null && this.end === null;
  }

  /** Call once the relay tracks the session: either side may already be gone (its 'close' was missed). */
  start(): void {
    if (this.upstream.readyState !== this.upstream.OPEN) return this.finish(RelayCloseReason.UpstreamClosed);
    if (this.browser?.readyState !== this.browser?.OPEN) return this.finish('browser-closed');
    if (this.resume) this.sendSession(false);
  }

  /**
   * A browser came back with this session's secret, having received `received` frames. Sends it
   * what it missed and resumes; returns false (and leaves the session as it was) if the kept
   * frames no longer reach back that far.
   */
  adopt(browser: WebSocket, received: number): boolean {
    if (this.end || !this.resume) return false;
    const first = this.sent - this.kept.length;
    if (received < first || received > this.sent) return false;
    const old = this.browser;
    this.browser = null;
    // A socket the relay had not seen die yet (a black hole): the new one replaces it.
    old?.terminate();
    if (this.windowTimer) clearTimeout(this.windowTimer);
    this.windowTimer = undefined;
    this.browser = browser;
    this.browserAlive = true;
    this.attachBrowser(browser);
    this.sendSession(true);
    const missed = this.kept.slice(received - first);
    let bytes = 0;
    for (const frame of missed) {
      bytes += frame.length;
      browser.send(frame, { binary: false });
    }
    this.hooks.resumed(this, { frames: missed.length, bytes });
    return true;
  }

  /**
   * One heartbeat: a side that has not answered the previous ping is dead; then ping both.
   * The relay calls this every `limits.pingIntervalMs` (app-server never pings on its own).
   */
  heartbeat(): void {
    if (this.end) return;
    if (!this.upstreamAlive) return this.finish(RelayCloseReason.UpstreamUnresponsive);
    const browser = this.browser;
    if (browser && !this.browserAlive) {
      if (this.resume) return this.browserGone(browser);
      return this.finish(RelayCloseReason.PingTimeout);
    }
    this.browserAlive = this.upstreamAlive = false;
    browser?.ping();
    this.upstream.ping();
  }

  /** Closes both sides with `reason` (no-op once ended). */
  finish(reason: SessionEnd): void {
    if (this.end) return;
    this.end = reason;
    this.stopTimers();
    this.kept.length = 0;
    // app-server never answers a close frame, so there is nothing to wait for on that side.
    this.upstream.terminate();
    const browser = this.browser;
    if (browser) {
      if (reason === RelayCloseReason.PingTimeout) {
        browser.terminate();
      } else if (reason !== 'browser-closed' && browser.readyState === browser.OPEN) {
        closeBrowser(browser, reason);
      }
    }
    this.hooks.ended(this, reason);
  }

  private attachBrowser(browser: WebSocket): void {
    // ws ends an oversized message itself, with 1009 and no reason: give that close our reason.
    const close = browser.close.bind(browser);
    browser.close = (code?: number, reason?: string | Buffer) => close(code, code === 1009 && reason === undefined ? RelayCloseReason.MessageTooBig : reason);
    browser.on('error', (error: Error & { code?: string }) => {
      if (browser === this.browser && error.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') this.finish(RelayCloseReason.MessageTooBig);
    });
    browser.on('message', (data, isBinary) => {
      if (browser === this.browser) this.guarded(() => this.fromBrowser(data, isBinary));
    });
    browser.on('pong', () => {
      if (browser === this.browser) this.browserAlive = true;
    });
    browser.on('close', (code) => {
      if (browser !== this.browser) return;
      // A resumable session outlives its socket, unless the client said goodbye (or closed normally).
      if (this.resume && code !== 1000) this.browserGone(browser);
      else this.finish('browser-closed');
    });
  }

  /** The browser is gone without a goodbye: park the session for the resume window. */
  private browserGone(browser: WebSocket): void {
    if (this.end || browser !== this.browser || !this.resume) return;
    this.browser = null;
    browser.terminate();
    this.stopAck();
    this.windowTimer = setTimeout(() => this.finish(RelayCloseReason.ResumeWindowPassed), this.resume.windowMs).unref();
    this.hooks.parked(this);
  }

  private sendSession(resumed: boolean): void {
    const secret = this.hooks.secret(this);
    const { windowMs, maxBytes } = this.resume!;
    this.browser?.send(controlFrame({ 'codex-rx': 'session', secret, resumed, received: this.received, windowMs, maxBytes }));
    this.acknowledged = this.received;
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
    if (this.resume && text.length <= 1024 && text.subarray(0, CONTROL_PREFIX.length).equals(CONTROL_PREFIX)) return this.onControl(text.toString('utf8'));
    if (this.resume) this.scheduleAck();
    if (this.role === 'observe') {
      const verdict = screenObserveMessage(text.toString('utf8'));
      if (verdict.action === 'refuse') {
        this.hooks.screened(this, { action: 'refuse', detail: verdict.why === 'too-deep' ? `${verdict.method} (too deep)` : verdict.method });
        return this.toBrowser(Buffer.from(verdict.reply, 'utf8'));
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

  private onControl(text: string): void {
    const frame = parseControlFrame(text);
    if (frame?.['codex-rx'] === 'bye') return this.finish('browser-closed');
    if (frame?.['codex-rx'] !== 'ack') return;
    // The client has `received` of our frames: they need not be kept any longer.
    const first = this.sent - this.kept.length;
    const drop = Math.min(this.kept.length, frame.received - first);
    for (let i = 0; i < drop; i++) this.keptBytes -= this.kept[i]!.length;
    if (drop > 0) this.kept.splice(0, drop);
  }

  private fromUpstream(data: RawData, isBinary: boolean): void {
    if (this.end) return;
    if (isBinary) return this.toBrowser(data as Buffer, true);
    this.toBrowser(data as Buffer);
  }

  /**
   * Holds at most `maxBufferedBytes` plus one message for a browser that stopped reading. A
   * resumable session keeps each frame until the client acknowledges it; past `maxBytes` of them
   * (a parked session, or a client that does not acknowledge) the session ends.
   */
  private toBrowser(data: Buffer, isBinary = false): void {
    if (this.resume && !isBinary) {
      this.sent++;
      this.kept.push(data);
      this.keptBytes += data.length;
      if (this.keptBytes > this.resume.maxBytes) return this.finish(this.browser ? RelayCloseReason.SlowConsumer : RelayCloseReason.ResumeWindowPassed);
    }
    const browser = this.browser;
    if (!browser) return;
    if (browser.bufferedAmount > this.maxBufferedBytes) return this.finish(RelayCloseReason.SlowConsumer);
    browser.send(data, { binary: isBinary });
  }

  private scheduleAck(): void {
    this.received++;
    if (this.received - this.acknowledged >= ACK_EVERY) return this.sendAck();
    this.ackTimer ??= setTimeout(() => this.sendAck(), ACK_DELAY_MS).unref();
  }

  private sendAck(): void {
    this.stopAck();
    if (!this.browser || this.end || this.acknowledged === this.received) return;
    this.acknowledged = this.received;
    this.browser.send(controlFrame({ 'codex-rx': 'ack', received: this.received }));
  }

  private stopAck(): void {
    if (this.ackTimer) clearTimeout(this.ackTimer);
    this.ackTimer = undefined;
  }

  private stopTimers(): void {
    this.stopAck();
    if (this.windowTimer) clearTimeout(this.windowTimer);
    this.windowTimer = undefined;
  }
}

export { RESUME_EXPIRED_CLOSE_CODE };
