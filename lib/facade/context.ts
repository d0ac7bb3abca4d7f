import type { TransportClosedError } from '../errors.js';
import type { Connection } from '../rpc/connection.js';
import type { NotificationRouter } from '../router/notification-router.js';
import type { ApprovalDesk } from './approvals.js';
import type { LoginRequirement } from './login-requirement.js';

/** What threads, turns and logins share of their client. Internal. */
export interface ClientContext {
  readonly connection: Connection;
  readonly router: NotificationRouter;
  readonly approvals: ApprovalDesk;
  /** Asked before each new turn whether its thread's provider has the login it needs. */
  readonly loginRequirement: LoginRequirement;
  /**
   * What must end when the client closes: running turns, unreleased threads, waiting logins. Each
   * adds its callback while live and removes it when it ends, so nothing finished is kept here.
   */
  readonly live: Set<(error: TransportClosedError) => void>;
  /** Replay window of each turn's `events$`. */
  readonly turnReplayLimit: number;
  /** Replay window of each thread's `events$`. */
  readonly threadReplayLimit: number;
}
