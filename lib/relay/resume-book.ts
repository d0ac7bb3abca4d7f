import { createHash } from 'node:crypto';
import { generateRelayToken } from './credentials.js';

/** Secrets are held by their SHA-256 only: nothing in memory reads back as a usable secret. */
const digest = (secret: string) => createHash('sha256').update(secret).digest('base64url');

/**
 * The resume secrets of the relay's resumable sessions. Each secret is bound to one session (and
 * so to its role), works once, and is replaced by a new one at every (re)connection; a session
 * that ends takes its secret with it.
 */
export class ResumeBook<S> {
  private readonly sessions = new Map<string, S>();
  private readonly keys = new Map<S, string>();

  /** A fresh secret for `session`; the one it had before stops working. */
  issue(session: S): string {
    this.forget(session);
    const secret = generateRelayToken();
    const key = digest(secret);
    this.sessions.set(key, session);
    this.keys.set(session, key);
    return secret;
  }

  /** The session of `secret`, once: the secret is spent whether or not the resume succeeds. */
  take(secret: string): S | undefined {
    const key = digest(secret);
    const session = this.sessions.get(key);
    if (session !== undefined) this.forget(session);
    return session;
  }

  /** Drops the session's secret (it ended). */
  forget(session: S): void {
    const key = this.keys.get(session);
    if (key === undefined) return;
    this.keys.delete(session);
    this.sessions.delete(key);
  }
}
