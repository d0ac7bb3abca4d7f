import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { InvalidArgumentError } from '../errors.js';
import { RELAY_PROTOCOL, RELAY_TOKEN_PATTERN, TOKEN_PROTOCOL_PREFIX } from '../transport/relay-protocol.js';

/** What a token lets a browser do: `full` is everything; `observe` is {@link OBSERVE_ALLOW_LIST} only. */
export type RelayRole = 'full' | 'observe';

/** A fresh random relay token (32 bytes, base64url): fit for a subprotocol value. */
export function generateRelayToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Tokens are held and compared by their SHA-256 only, so a lookup leaks nothing about near misses. */
const digest = (secret: string) => createHash('sha256').update(secret).digest('base64url');

/** The relay's tokens and their roles. */
export class TokenTable {
  private readonly roles = new Map<string, RelayRole>();

  constructor(tokens: Readonly<Record<string, RelayRole>>) {
    const entries = Object.entries(tokens);
    if (entries.length === 0) throw new InvalidArgumentError('startRelay: `tokens` must name at least one token.');
    for (const [token, role] of entries) {
      // The message never quotes the token.
      if (!RELAY_TOKEN_PATTERN.test(token)) throw new InvalidArgumentError('startRelay: a token must be 16 to 256 characters of A-Z a-z 0-9 _ - (see generateRelayToken()).');
      if (role !== 'full' && role !== 'observe') throw new InvalidArgumentError(`startRelay: unknown role ${JSON.stringify(role)}; use 'full' or 'observe'.`);
      this.roles.set(digest(token), role);
    }
  }

  roleOf(token: string): RelayRole | undefined {
    return this.roles.get(digest(token));
  }
}

/** One-time tickets: each names a role, expires after `ttlMs`, and works for one connection. */
export class TicketBook {
  private readonly tickets = new Map<string, { role: RelayRole; expiresAt: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  issue(role: RelayRole): string {
    this.sweep();
    const ticket = randomBytes(32).toString('base64url');
    this.tickets.set(digest(ticket), { role, expiresAt: this.now() + this.ttlMs });
    return ticket;
  }

  /** The ticket's role, once; `undefined` when it is unknown, used or expired. */
  redeem(ticket: string): RelayRole | undefined {
    const key = digest(ticket);
    const entry = this.tickets.get(key);
    this.tickets.delete(key);
    this.sweep();
    return entry && entry.expiresAt > this.now() ? entry.role : undefined;
  }

  private sweep(): void {
    const now = this.now();
    for (const [key, entry] of this.tickets) if (entry.expiresAt <= now) this.tickets.delete(key);
  }
}

/** The credential an upgrade request carries, read without judging it. */
export interface PresentedCredential {
  /** From `?ticket=`. */
  ticket?: string;
  /** From the `codex-rx.token.<token>` subprotocol. */
  token?: string;
  /**
   * From an `Authorization: Bearer <token>` header, as a Node client sends its token to
   * app-server (`Codex.connect({ url, token })`). The relay takes it only from a client that sends
   * no Origin: a page cannot set the header, and a program sends no Origin.
   */
  bearer?: string;
  /** Whether the client also offered the `codex-rx` subprotocol the relay answers with. */
  offersRelayProtocol: boolean;
}

/** Reads the ticket (query string), the token (subprotocol) and a Bearer token of an upgrade request. */
export function presentedCredential(req: IncomingMessage): PresentedCredential {
  const protocols = (req.headers['sec-websocket-protocol'] ?? '').split(',').map((p) => p.trim()).filter(Boolean);
  const tokenProtocol = protocols.find((p) => p.startsWith(TOKEN_PROTOCOL_PREFIX));
  // Only the query is read, and URLSearchParams never throws (new URL() does, on a path like `//[`).
  const url = req.url ?? '';
  const ticket = new URLSearchParams(url.includes('?') ? url.slice(url.indexOf('?') + 1) : '').get('ticket');
  const bearer = /^Bearer +(\S+) *$/i.exec(req.headers.authorization ?? '')?.[1];
  return {
    ...(ticket ? { ticket } : {}),
    ...(tokenProtocol ? { token: tokenProtocol.slice(TOKEN_PROTOCOL_PREFIX.length) } : {}),
    ...(bearer ? { bearer } : {}),
    offersRelayProtocol: protocols.includes(RELAY_PROTOCOL),
  };
}
