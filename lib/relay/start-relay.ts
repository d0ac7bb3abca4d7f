import { createServer, STATUS_CODES, type IncomingMessage } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { InvalidArgumentError } from '../errors.js';
import { RELAY_CLOSE_CODES, RelayCloseReason } from './close-reasons.js';
import { presentedCredential, TicketBook, TokenTable, type RelayRole } from './credentials.js';
import { parseResumeProtocol, RELAY_PROTOCOL, RESUME_QUERY } from '../transport/relay-protocol.js';
import { closeBrowser, RelaySession, type SessionEnd, type SessionHooks } from './relay-session.js';
import { ResumeBook } from './resume-book.js';
import { connectUpstream, UpstreamConnectError, type RelayUpstream } from './upstream.js';

/**
 * The listener that keeps a socket's late errors from throwing: one function for every socket, so
 * it holds nothing of the upgrade it was added in (a closure made there would keep the request
 * alive for the connection's life).
 */
const ignoreError = (): void => {};

/** The relay's bounds. Each has a default; going past one closes the browser with a {@link RelayCloseReason}. */
export interface RelayLimits {
  /** Largest message a browser may send, in bytes (default 16 MiB; at most 64 MiB). → `message-too-big` */
  maxMessageBytes?: number;
  /**
   * Bytes the relay may hold for one side that stops reading (default 8 MiB), judged before each
   * message, so a single large message is always let through. → `slow-consumer` / `upstream-busy`
   */
  maxBufferedBytes?: number;
  /** Browsers connected at once (default 64). → `too-many-connections` */
  maxConnections?: number;
  /** Both sides are pinged this often; one missed pong drops the side (default 15 000 ms). */
  pingIntervalMs?: number;
  /** How long an upstream connection may take to open (default 10 000 ms). */
  upstreamConnectTimeoutMs?: number;
  /**
   * How long a resumable session waits for its client after a drop, upstream open (default
   * 120 000 ms; 0 turns resuming off). See docs/reconnect.md. → `resume-window-passed`
   */
  resumeWindowMs?: number;
  /**
   * Bytes a resumable session keeps for its client: frames not yet acknowledged, and all that
   * arrives while it is away (default 4 MiB). → `resume-window-passed` (or `slow-consumer`)
   */
  resumeMaxBytes?: number;
  /**
   * Sockets connected whose upgrade is not done yet: headers still coming, or the upstream
   * connection opening (default twice `maxConnections`). Past it a new socket is answered HTTP 503
   * and dropped at once, before its request is read (a `refused` event).
   */
  maxUpgradesInProgress?: number;
  /**
   * How long a socket may take to send its upgrade request headers (default 10 000 ms; Node's
   * own default is 60 s). A socket still sending is answered 408 and dropped (a `timeout` event).
   */
  headersTimeoutMs?: number;
}

/** Options of {@link startRelay}. */
export interface RelayOptions {
  /** The app-server to forward to: `codex.endpoint` of a `Codex.start({ listen })` server. */
  upstream: RelayUpstream;
  /** Interface to listen on (default `127.0.0.1`). */
  host?: string;
  /** Port (default 0: any free port). */
  port?: number;
  /**
   * Page origins allowed to connect, compared exactly (`http://127.0.0.1:8080`). Any other
   * `Origin` is refused: closed with 4403 `forbidden-origin` right after the upgrade when the
   * client offers the `codex-rx` subprotocol (so a page can read why), else HTTP 403 before the
   * upgrade. `null` (a `file://` page) only if listed.
   */
  allowedOrigins: readonly string[];
  /**
   * Whether a client that sends no `Origin` may connect (default true). Browsers always send one,
   * so such a client is a program (a Node worker or a test), and it still needs a token. Such a
   * client may also send its token as `Authorization: Bearer <token>`, as
   * `Codex.connect({ url, token })` does in Node.
   */
  allowMissingOrigin?: boolean;
  /**
   * Each token and its role. Tokens are 16–256 characters of `A-Z a-z 0-9 _ -` ({@link generateRelayToken}).
   * An unknown one is refused like a wrong Origin: 4401 `unauthorized` for a client that offers
   * `codex-rx`, else HTTP 401.
   */
  tokens: Readonly<Record<string, RelayRole>>;
  /** How long a ticket from {@link Relay.issueTicket} stays valid (default 30 000 ms). */
  ticketTtlMs?: number;
  limits?: RelayLimits;
  /** Receives what the relay does, for logs and tests. Events never carry a token or a ticket; exceptions thrown here are ignored. */
  onEvent?: (event: RelayEvent) => void;
}

/** What the relay reports through {@link RelayOptions.onEvent}. */
export type RelayEvent =
  /**
   * An upgrade was refused, once per attempt: answered with an HTTP error, 400, 401 (credential),
   * 403 (origin), 502 (upstream), 503 (closing, or `limits.maxUpgradesInProgress` reached: `why`
   * is `too many upgrades in progress`, and the socket is dropped before its request is read).
   * A client that offers the `codex-rx` subprotocol (a page) is refused a credential or an Origin
   * by an upgrade closed at once instead: `closeCode` is then 4401 (`unauthorized`) or 4403
   * (`forbidden-origin`), next to the `status` it stands for.
   */
  | { type: 'refused'; status: number; why: string; origin: string | undefined; closeCode?: number }
  /** A socket did not send its upgrade request within `limits.headersTimeoutMs`: answered 408 and dropped. */
  | { type: 'timeout'; stage: 'headers'; afterMs: number }
  /** A browser is connected, with its own upstream connection. */
  | { type: 'opened'; connection: number; role: RelayRole; origin: string | undefined }
  /** An observe browser's message was answered by the relay (`refuse`) or dropped (`drop`). */
  | { type: 'screened'; connection: number; action: 'refuse' | 'drop'; detail: string }
  /** A resumable connection's browser dropped; its session waits for it within the resume window. */
  | { type: 'parked'; connection: number }
  /** A browser resumed its session and got the `replayed` frames (`bytes` in all) it had missed. */
  | { type: 'resumed'; connection: number; replayed: number; bytes: number }
  /** A resume attempt was refused: the session is unknown, spent, or past its window (closed with 4409). */
  | { type: 'resume-refused'; why: string; origin: string | undefined }
  /** A connection ended: a {@link RelayCloseReason}, or `browser-closed`. */
  | { type: 'closed'; connection: number; reason: SessionEnd };

/** A running relay. */
export interface Relay extends AsyncDisposable {
  /** `ws://HOST:PORT`, for the page's `new WebSocket(url, relayProtocols(token))`. */
  readonly url: string;
  /** Browsers connected now (parked sessions not counted). */
  readonly connections: number;
  /** Resumable sessions whose browser dropped and that wait for it, upstream open. */
  readonly parked: number;
  /**
   * A one-time ticket with `token`'s role, valid for `ticketTtlMs`: the page connects to
   * `${url}/?ticket=${ticket}`. Throws if `token` is not one of the relay's.
   */
  issueTicket(token: string): string;
  /** Stops listening and closes every connection with `relay-closing`. */
  close(): Promise<void>;
}

const MiB = 1024 * 1024;
const DEFAULT_LIMITS: Omit<Required<RelayLimits>, 'maxUpgradesInProgress'> = {
  maxMessageBytes: 16 * MiB,
  maxBufferedBytes: 8 * MiB,
  maxConnections: 64,
  pingIntervalMs: 15_000,
  upstreamConnectTimeoutMs: 10_000,
  resumeWindowMs: 120_000,
  resumeMaxBytes: 4 * MiB,
  headersTimeoutMs: 10_000,
};

/** Answers an upgrade request with a bare HTTP status and drops the socket. */
function refuseUpgrade(socket: Duplex, status: number): void {
  if (socket.writable) socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  socket.destroy();
}

/**
 * Starts a WebSocket relay between browsers and one app-server. app-server refuses every request
 * with an `Origin` and takes its token only as a Bearer header; the relay accepts browsers instead
 * (Origin allow-list, then a token or ticket with a role) and opens one upstream connection per
 * browser. Node only.
 */
export async function startRelay(options: RelayOptions): Promise<Relay> {
  const given = { ...DEFAULT_LIMITS, ...options.limits };
  const limits: Required<RelayLimits> = { ...given, maxUpgradesInProgress: given.maxUpgradesInProgress ?? 2 * given.maxConnections };
  if (!(limits.maxMessageBytes > 0 && limits.maxMessageBytes <= 64 * MiB)) throw new InvalidArgumentError('startRelay: limits.maxMessageBytes must be between 1 and 64 MiB (app-server takes no more).');
  for (const key of ['maxBufferedBytes', 'maxConnections', 'pingIntervalMs', 'upstreamConnectTimeoutMs', 'maxUpgradesInProgress', 'headersTimeoutMs'] as const) {
    if (!(limits[key] > 0)) throw new InvalidArgumentError(`startRelay: limits.${key} must be a positive number.`);
  }
  for (const key of ['resumeWindowMs', 'resumeMaxBytes'] as const) {
    if (!(limits[key] >= 0)) throw new InvalidArgumentError(`startRelay: limits.${key} must be a number ≥ 0.`);
  }
  const resumeWindow = limits.resumeWindowMs > 0 && limits.resumeMaxBytes > 0 ? { windowMs: limits.resumeWindowMs, maxBytes: limits.resumeMaxBytes } : null;
  const book = new ResumeBook<RelaySession>();
  const tokens = new TokenTable(options.tokens);
  const tickets = new TicketBook(options.ticketTtlMs ?? 30_000);
  const origins = new Set(options.allowedOrigins);
  const allowMissingOrigin = options.allowMissingOrigin ?? true;
  const emit = (event: RelayEvent) => {
    try {
      options.onEvent?.(event);
    } catch {
      /* a throwing logger must not take the relay down */
    }
  };
  const sessions = new Set<RelaySession>();
  const hooks: SessionHooks = {
    screened: (s, what) => emit({ type: 'screened', connection: s.id, ...what }),
    parked: (s) => emit({ type: 'parked', connection: s.id }),
    resumed: (s, replayed) => emit({ type: 'resumed', connection: s.id, replayed: replayed.frames, bytes: replayed.bytes }),
    secret: (s) => book.issue(s),
    ended: (s, reason) => {
      sessions.delete(s);
      book.forget(s);
      emit({ type: 'closed', connection: s.id, reason });
    },
  };
  const connecting = new Set<AbortController>();
  let nextId = 1;
  let closing: Promise<void> | null = null;

  const wss = new WebSocketServer({
    noServer: true,
    perMessageDeflate: false,
    maxPayload: limits.maxMessageBytes,
    // Answer with `codex-rx`, never with the token value (ws would echo the first offer).
    handleProtocols: (offered) => (offered.has(RELAY_PROTOCOL) ? RELAY_PROTOCOL : false),
  });
  // Node's own header and request timeouts are a backstop, a second behind the relay's timer below.
  const server = createServer({ headersTimeout: limits.headersTimeoutMs + 1000, requestTimeout: limits.headersTimeoutMs + 1000 }, (req, res) => {
    headersDone(req.socket);
    res.writeHead(426, { connection: 'close', upgrade: 'websocket' }).end();
  });

  /**
   * Sockets whose upgrade is in progress (connected, not yet upgraded nor refused), each with its
   * header timer until its request headers are in.
   */
  const inProgress = new Map<Duplex, NodeJS.Timeout | null>();
  const stopHeaderTimer = (socket: Duplex) => {
    const timer = inProgress.get(socket);
    if (timer) clearTimeout(timer);
  };
  /** The upgrade of `socket` is done (upgraded, refused or gone): it no longer counts. */
  const upgradeDone = (socket: Duplex) => {
    stopHeaderTimer(socket);
    inProgress.delete(socket);
  };
  /** Its request headers are in: it still counts until its upgrade is done. */
  const headersDone = (socket: Duplex) => {
    if (!inProgress.has(socket)) return;
    stopHeaderTimer(socket);
    inProgress.set(socket, null);
  };
  server.on('connection', (socket: Socket) => {
    if (inProgress.size >= limits.maxUpgradesInProgress) {
      emit({ type: 'refused', status: 503, why: 'too many upgrades in progress', origin: undefined });
      return refuseUpgrade(socket, 503);
    }
    const timer = setTimeout(() => {
      upgradeDone(socket);
      emit({ type: 'timeout', stage: 'headers', afterMs: limits.headersTimeoutMs });
      refuseUpgrade(socket, 408);
    }, limits.headersTimeoutMs);
    inProgress.set(socket, timer);
    socket.once('close', () => upgradeDone(socket));
  });

  const refuse = (socket: Duplex, status: number, why: string, origin: string | undefined) => {
    upgradeDone(socket);
    emit({ type: 'refused', status, why, origin });
    refuseUpgrade(socket, status);
  };

  /**
   * Completes the upgrade and closes at once with `reason`: a page sees a close code and reason,
   * but never an HTTP status. The socket counts as an upgrade in progress until it is gone.
   */
  const upgradeThenClose = (req: IncomingMessage, socket: Duplex, head: Buffer, reason: RelayCloseReason, then: () => void = () => {}) =>
    wss.handleUpgrade(req, socket, head, (ws) => {
      ws.on('error', ignoreError); // whatever the client sends now, it goes nowhere
      closeBrowser(ws, reason);
      then();
    });

  async function onUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    socket.on('error', ignoreError);
    headersDone(socket);
    const origin = req.headers.origin;
    const credential = presentedCredential(req);
    /** A credential or Origin refused: a page (it offers `codex-rx`) reads why from the close code, anyone else from the HTTP status. */
    const deny = (status: 401 | 403, why: string) => {
      if (!credential.offersRelayProtocol) return refuse(socket, status, why, origin);
      const reason = status === 401 ? RelayCloseReason.Unauthorized : RelayCloseReason.ForbiddenOrigin;
      emit({ type: 'refused', status, why, origin, closeCode: RELAY_CLOSE_CODES[reason] });
      upgradeThenClose(req, socket, head, reason);
    };
    if (closing) return refuse(socket, 503, 'relay is closing', origin);
    if (origin === undefined ? !allowMissingOrigin : !origins.has(origin)) return deny(403, origin === undefined ? 'no Origin' : 'Origin not allowed');
    // A client coming back to its resumable session: the secret is its credential.
    const resumeOffer = resumeOfferOf(req);
    if (resumeOffer) return resumeSession(req, socket, head, resumeOffer, origin);
    // A program (no Origin) may send its token as a Bearer header, as it would to app-server.
    const token = credential.token ?? (origin === undefined ? credential.bearer : undefined);
    const role = credential.ticket !== undefined ? tickets.redeem(credential.ticket) : token !== undefined ? tokens.roleOf(token) : undefined;
    if (!role) return deny(401, credential.ticket !== undefined ? 'unknown, used or expired ticket' : token !== undefined ? 'unknown token' : 'no token or ticket');
    if (credential.token !== undefined && !credential.offersRelayProtocol) return refuse(socket, 400, `offer the ${RELAY_PROTOCOL} subprotocol next to the token`, origin);

    if (sessions.size + connecting.size >= limits.maxConnections) {
      return upgradeThenClose(req, socket, head, RelayCloseReason.TooManyConnections, () => emit({ type: 'closed', connection: nextId++, reason: RelayCloseReason.TooManyConnections }));
    }
    const attempt = new AbortController();
    connecting.add(attempt);
    const onGone = () => attempt.abort();
    socket.once('close', onGone);
    let upstream: WebSocket;
    try {
      upstream = await connectUpstream(options.upstream, { timeoutMs: limits.upstreamConnectTimeoutMs, signal: attempt.signal });
    } catch (error) {
      const why = error instanceof UpstreamConnectError ? error.message : 'cannot reach app-server';
      return refuse(socket, closing ? 503 : 502, why, origin);
    } finally {
      connecting.delete(attempt);
      socket.off('close', onGone);
    }
    if (closing || socket.destroyed) {
      upstream.terminate();
      return refuse(socket, 503, 'relay is closing', origin);
    }
    // ws completes a valid upgrade synchronously; an invalid one it answers itself, without a socket.
    let adopted = false;
    wss.handleUpgrade(req, socket, head, (browser) => {
      adopted = true;
      upgradeDone(socket);
      const resumable = resumeWindow !== null && wantsResume(req);
      const session = new RelaySession(nextId++, role, browser, upstream, limits.maxBufferedBytes, hooks, resumable ? resumeWindow : null);
      sessions.add(session);
      emit({ type: 'opened', connection: session.id, role, origin });
      session.start();
    });
    if (!adopted) upstream.terminate();
  }

  /** A page resuming a session: the secret is the credential (it is bound to the session and its role). */
  function resumeSession(req: IncomingMessage, socket: Duplex, head: Buffer, offer: { secret: string; received: number }, origin: string | undefined): void {
    const session = book.take(offer.secret);
    wss.handleUpgrade(req, socket, head, (browser) => {
      upgradeDone(socket);
      if (session && session.adopt(browser, offer.received)) return;
      if (session) session.finish(RelayCloseReason.ResumeWindowPassed);
      emit({ type: 'resume-refused', why: session ? 'the missed frames are no longer kept' : 'unknown, spent or expired resume secret', origin });
      browser.on('error', ignoreError); // whatever the client sends now, it goes nowhere
      closeBrowser(browser, RelayCloseReason.ResumeExpired);
    });
  }

  server.on('upgrade', (req, socket, head) => {
    onUpgrade(req, socket, head).catch(() => refuse(socket, 400, 'malformed upgrade request', req.headers.origin));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const heartbeat = setInterval(() => sessions.forEach((s) => s.heartbeat()), limits.pingIntervalMs);
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  const close = () =>
    (closing ??= (async () => {
      clearInterval(heartbeat);
      connecting.forEach((attempt) => attempt.abort());
      inProgress.forEach((_timer, socket) => {
        upgradeDone(socket);
        socket.destroy();
      });
      sessions.forEach((s) => s.finish(RelayCloseReason.RelayClosing));
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      wss.close();
    })());

  return {
    url: `ws://${host}:${address.port}`,
    get connections() {
      let parked = 0;
      for (const s of sessions) if (s.isParked) parked++;
      return sessions.size - parked;
    },
    get parked() {
      let parked = 0;
      for (const s of sessions) if (s.isParked) parked++;
      return parked;
    },
    issueTicket(token: string) {
      const role = tokens.roleOf(token);
      if (!role) throw new InvalidArgumentError('issueTicket: not one of the relay tokens.');
      return tickets.issue(role);
    },
    close,
    [Symbol.asyncDispose]: close,
  };
}

/** The resume subprotocol a client offers (`codex-rx.resume.<secret>.<received>`), if any. */
function resumeOfferOf(req: IncomingMessage): { secret: string; received: number } | null {
  const offered = (req.headers['sec-websocket-protocol'] ?? '').split(',');
  if (!offered.some((p) => p.trim() === RELAY_PROTOCOL)) return null;
  for (const p of offered) {
    const offer = parseResumeProtocol(p.trim());
    if (offer) return offer;
  }
  return null;
}

/** Whether the client asked for a resumable session (`?codex-rx-resume=1`). */
function wantsResume(req: IncomingMessage): boolean {
  const url = req.url ?? '';
  return url.includes('?') && new URLSearchParams(url.slice(url.indexOf('?') + 1)).get(RESUME_QUERY) === '1';
}
