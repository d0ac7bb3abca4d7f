import type { ServerRequestMap, ServerRequestMethod } from '../generated/methods.js';
import type { RequestId, ServerRequest, ServerRequestResult } from './messages.js';

/** What goes back to the server for one of its requests. */
export type ServerRequestAnswer = { result: unknown } | { error: { code: number; message: string; data?: unknown } };

/** Why a server request stopped waiting for an answer. */
export type SettleReason = 'answered' | 'resolved' | 'turn-ended' | 'closed';

/**
 * A server → client request waiting for its one answer. The first answer is sent; anything after
 * that, or after the request was settled by `serverRequest/resolved`, the end of its turn or the
 * process exit, is a no-op that returns `false`.
 */
export class PendingServerRequest<M extends ServerRequestMethod = ServerRequestMethod> {
  readonly id: RequestId;
  readonly method: M;
  readonly params: ServerRequestMap[M]['params'];
  /** Resolves once the request is settled, with how. */
  readonly settled: Promise<SettleReason>;
  private reason: SettleReason | null = null;
  private resolveSettled!: (reason: SettleReason) => void;

  constructor(
    readonly message: ServerRequest,
    private readonly send: (answer: ServerRequestAnswer) => void,
    private readonly onSettled: () => void,
  ) {
    this.id = message.id;
    this.method = message.method as M;
    this.params = message.params as ServerRequestMap[M]['params'];
    this.settled = new Promise((resolve) => (this.resolveSettled = resolve));
  }

  /** Whether an answer can still be sent. */
  get isOpen(): boolean {
    return this.reason === null;
  }

  /** How the request was settled, or null while open. */
  get settledBy(): SettleReason | null {
    return this.reason;
  }

  /** Sends the result. Returns false (and sends nothing) if the request was already settled. */
  respond(result: ServerRequestResult<M>): boolean;
  respond(result: unknown): boolean;
  respond(result: unknown): boolean {
    if (!this.settle('answered')) return false;
    this.send({ result });
    return true;
  }

  /** Sends a JSON-RPC error. Returns false if the request was already settled. */
  respondError(code: number, message: string, data?: unknown): boolean {
    if (!this.settle('answered')) return false;
    this.send({ error: data === undefined ? { code, message } : { code, message, data } });
    return true;
  }

  /** Marks the request settled without answering. Returns false if it already was. */
  settle(reason: SettleReason): boolean {
    if (this.reason !== null) return false;
    this.reason = reason;
    this.onSettled();
    this.resolveSettled(reason);
    return true;
  }
}
