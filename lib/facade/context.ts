import type { Connection } from '../rpc/connection.js';
import type { NotificationRouter } from '../router/notification-router.js';
import type { ApprovalDesk } from './approvals.js';
import type { TurnHandle } from './turn.js';

/** What threads, turns and logins share of their client. Internal. */
export interface ClientContext {
  readonly connection: Connection;
  readonly router: NotificationRouter;
  readonly approvals: ApprovalDesk;
  /** Turns not yet completed; failed together if the process dies. */
  readonly liveTurns: Set<TurnHandle>;
  /** Replay window of each turn's `events$`. */
  readonly turnReplayLimit: number;
  /** Replay window of each thread's `events$`. */
  readonly threadReplayLimit: number;
}
