import type { Observable } from 'rxjs';
import type { CodexError } from '../errors.js';
import type { Session } from '../session/session.js';
import type { NotificationRouter } from '../router/notification-router.js';
import type { ApprovalDesk } from './approvals.js';
import type { Thread } from './thread.js';
import type { TurnHandle } from './turn.js';
import type { LoginRequirement } from './login-requirement.js';

/** What threads, turns and logins share of their client. Internal. */
export interface ClientContext {
  /** The session: requests and streams that outlive any one connection. */
  readonly connection: Session;
  readonly router: NotificationRouter;
  readonly approvals: ApprovalDesk;
  /** Asked before each new turn whether its thread's provider has the login it needs. */
  readonly loginRequirement: LoginRequirement;
  /**
   * What must end when the client closes: running turns, unreleased threads, waiting logins. Each
   * adds its callback while live and removes it when it ends, so nothing finished is kept here.
   */
  readonly live: Set<(error: CodexError) => void>;
  /** Unreleased thread handles by id, re-synchronised after a reconnect that lost messages. */
  readonly threads: Map<string, Thread>;
  /** Turns still running, re-synchronised after such a reconnect (also when their thread was released). */
  readonly turns: Set<TurnHandle<unknown>>;
  /** Emits after each reconnect that re-synchronised (`resumed: false`). */
  readonly resynced$: Observable<void>;
  /** Replay window of each turn's `events$`. */
  readonly turnReplayLimit: number;
  /** Replay window of each thread's `events$`. */
  readonly threadReplayLimit: number;
}
