import { Subject, type Observable } from 'rxjs';
import { HandlerError } from '../errors.js';
import type { ServerRequestMap, ServerRequestMethod } from '../generated/methods.js';
import type * as T from '../generated/types.js';
import type { Redactor } from '../transport/redactor.js';
import type { PendingServerRequest, SettleReason } from '../rpc/pending-server-request.js';

/** The server request methods that ask the user something, by the kind name handlers use. */
export const APPROVAL_KINDS = {
  commandExecution: 'item/commandExecution/requestApproval',
  fileChange: 'item/fileChange/requestApproval',
  permissions: 'item/permissions/requestApproval',
  userInput: 'item/tool/requestUserInput',
  mcpElicitation: 'mcpServer/elicitation/request',
  dynamicToolCall: 'item/tool/call',
} as const satisfies Record<string, ServerRequestMethod>;

/** The kinds of approval a handler can answer. */
export type ApprovalKind = keyof typeof APPROVAL_KINDS;

type MethodOf<K extends ApprovalKind> = (typeof APPROVAL_KINDS)[K];
/** Params the server sends for an approval kind. */
export type ApprovalParams<K extends ApprovalKind> = ServerRequestMap[MethodOf<K>]['params'];
/** The answer for an approval kind. */
export type ApprovalResult<K extends ApprovalKind> = ServerRequestMap[MethodOf<K>]['result'];

/**
 * Per-kind approval handlers. Each gets the request params and returns the answer (or a Promise of
 * it). A kind without a handler gets the fail-closed default ({@link defaultAnswer}) unless a
 * subscriber of `approvals$` is there to answer it. A handler that throws answers with a JSON-RPC
 * error, and a {@link HandlerError} with what it threw goes to `diagnostics$`.
 */
export type ApprovalHandlers = {
  [K in ApprovalKind]?: (params: ApprovalParams<K>, request: PendingApproval) => ApprovalResult<K> | Promise<ApprovalResult<K>>;
};

/**
 * One function for every server request, as an alternative to {@link ApprovalHandlers}: it gets
 * the {@link PendingApproval} (switch on `kind` or `method`) and returns the result to send.
 */
export type ApprovalHandler = (approval: PendingApproval) => unknown | Promise<unknown>;

/**
 * Answers `account/chatgptAuthTokens/refresh`: the server lost or was refused the ChatGPT tokens
 * a host gave it with `loginChatgptAuthTokens()` and asks for fresh ones. Return the new access
 * token and account id; a throw answers with a JSON-RPC error (the server's call then fails).
 */
export type ChatgptAuthTokensRefresher = (
  params: T.ChatgptAuthTokensRefreshParams,
  request: PendingApproval,
) => T.ChatgptAuthTokensRefreshResponse | Promise<T.ChatgptAuthTokensRefreshResponse>;

/** Handlers of the server requests that are not approvals. */
export interface ServerRequestHandlers {
  refreshChatgptAuthTokens?: ChatgptAuthTokensRefresher;
  /** Where answered tokens are remembered, so they are redacted like API keys. */
  redactor?: Redactor;
  /** Told when a handler throws or rejects (the client puts it on `diagnostics$`). */
  onHandlerError?: (error: HandlerError) => void;
}

const KIND_BY_METHOD = new Map<string, ApprovalKind>(Object.entries(APPROVAL_KINDS).map(([k, m]) => [m, k as ApprovalKind]));

/** The refusal each server request method allows; `null` means there is none and an error is sent. */
const REFUSAL_TABLE: { [M in ServerRequestMethod]: ServerRequestMap[M]['result'] | null } = {
  'item/commandExecution/requestApproval': { decision: 'decline' },
  'item/fileChange/requestApproval': { decision: 'decline' },
  'item/permissions/requestApproval': { permissions: {} },
  'item/tool/requestUserInput': { answers: {} },
  'mcpServer/elicitation/request': { action: 'decline' },
  'item/tool/call': { success: false, contentItems: [] },
  applyPatchApproval: { decision: { denied: { rejection: 'declined by the client' } } },
  execCommandApproval: { decision: { denied: { rejection: 'declined by the client' } } },
  'account/chatgptAuthTokens/refresh': null,
  'attestation/generate': null,
};
/** Looked up in a `Map`: the method comes from the wire, and a plain object also answers for `toString`. */
const REFUSALS = new Map<string, unknown>(Object.entries(REFUSAL_TABLE));

/** The fail-closed answer for a server request method, or null when only an error reply fits. */
export function defaultAnswer(method: string): unknown {
  return REFUSALS.get(method) ?? null;
}

/** Sends one answer to a server request; returns whether it was sent. */
type Answer = (request: PendingServerRequest) => boolean;

/** What a {@link PendingApproval} asks of the desk that made it. */
interface ApprovalOwner {
  /** Whether a request settled by a dropped connection will be asked again after a reconnect. */
  survivesDrop(): boolean;
  /** The approval settled for good. */
  settled(approval: PendingApproval, reason: SettleReason): void;
}

/**
 * A server request waiting for the user, with one-call answers. Every request is answered exactly
 * once: the first answer wins, later ones return `false`. It also settles (without an answer) when
 * the server resolves it, its turn ends, or the client closes.
 *
 * With `reconnect`, a drop does not settle it: the server asks again after the reconnect (it
 * replays pending requests to a client that resumes the thread), and this same object takes the
 * new request, without a second `approvals$` emission or handler call. An answer given while the
 * client is reconnecting is sent once the request is back.
 */
export class PendingApproval {
  /** The kind, or undefined for server requests that are not approvals (token refresh, attestation). */
  readonly kind: ApprovalKind | undefined;
  /** Resolves once settled, with how. */
  readonly settled: Promise<SettleReason>;
  private current: PendingServerRequest;
  private reason: SettleReason | null = null;
  private resolveSettled!: (reason: SettleReason) => void;
  /** The link dropped: waiting for the server to ask again. */
  private detached = false;
  /** An answer given while detached, sent on the request that comes back. */
  private queued: Answer | null = null;
  /** The answer sent, to send again if the server asks again (it never got it). */
  private sent: Answer | null = null;

  /** Created by the client for each server request; not for direct use. */
  constructor(
    request: PendingServerRequest,
    private readonly owner: ApprovalOwner | null = null,
  ) {
    this.current = request;
    this.kind = KIND_BY_METHOD.get(request.method);
    this.settled = new Promise((resolve) => (this.resolveSettled = resolve));
    this.follow(request);
  }

  /** The server request this approval answers (the latest one, after a reconnect). */
  get request(): PendingServerRequest {
    return this.current;
  }
  get method(): ServerRequestMethod {
    return this.current.method;
  }
  get params(): ServerRequestMap[ServerRequestMethod]['params'] {
    return this.current.params;
  }
  get threadId(): string | undefined {
    const p = this.current.params as { threadId?: unknown } | null | undefined;
    return typeof p?.threadId === 'string' ? p.threadId : undefined;
  }
  get turnId(): string | undefined {
    const p = this.current.params as { turnId?: unknown } | null | undefined;
    return typeof p?.turnId === 'string' ? p.turnId : undefined;
  }
  /** Whether an answer can still be sent. */
  get isOpen(): boolean {
    return this.reason === null && this.queued === null;
  }

  /** @internal The server asked again after a reconnect: answer that request from now on. */
  rebind(request: PendingServerRequest): void {
    if (this.reason === 'answered' && this.sent) {
      // Answered before the drop, but the server never got it: the same answer, once more.
      this.sent(request);
      return;
    }
    if (this.reason !== null) return;
    this.current = request;
    this.detached = false;
    this.follow(request);
    const queued = this.queued;
    this.queued = null;
    if (queued) this.answerWith(queued);
  }

  /** @internal Settles without an answer (its turn ended, the client closed). */
  settle(reason: SettleReason): void {
    if (this.reason !== null) return;
    this.current.settle(reason);
    this.finish(reason);
  }

  private follow(request: PendingServerRequest): void {
    void request.settled.then((reason) => {
      if (request !== this.current || this.reason !== null) return;
      if (reason === 'closed' && this.owner?.survivesDrop()) this.detached = true;
      else this.finish(reason);
    });
  }

  private finish(reason: SettleReason): void {
    if (this.reason !== null) return;
    this.reason = reason;
    this.queued = null;
    this.resolveSettled(reason);
    this.owner?.settled(this, reason);
  }

  /** Sends `answer` now, or once the request is back after a reconnect. */
  private answerWith(answer: Answer): boolean {
    if (this.reason !== null || this.queued !== null) return false;
    if (this.detached) {
      this.queued = answer;
      return true;
    }
    if (!answer(this.current)) return false;
    this.sent = answer;
    this.finish('answered');
    return true;
  }

  /** Approves: `accept` for commands and file changes, the requested grant for permissions, the given payload for the others. */
  accept(payload?: unknown): boolean {
    if (!KNOWN_ACCEPTS.has(this.current.method) && payload === undefined) return false;
    return this.answerWith((r) => r.respond(acceptance(r, payload)));
  }

  /** Refuses with the fail-closed default of this kind (an error reply where no refusal shape exists). */
  decline(): boolean {
    return this.answerWith((r) => {
      const refusal = defaultAnswer(r.method);
      return refusal === null ? r.respondError(-32000, `${r.method} declined by the client`) : r.respond(refusal);
    });
  }

  /** Cancels: `cancel` for commands and file changes (the server then interrupts the turn); otherwise like decline. */
  cancel(): boolean {
    const cancel = CANCELS.get(this.current.method);
    if (cancel === undefined) return this.decline();
    return this.answerWith((r) => r.respond(cancel));
  }

  /** Sends an exact result. */
  respond(result: unknown): boolean {
    return this.answerWith((r) => r.respond(result));
  }

  /** @internal Sends a JSON-RPC error (a handler that threw). */
  respondError(code: number, message: string): boolean {
    return this.answerWith((r) => r.respondError(code, message));
  }
}

/** The methods whose acceptance needs no payload. */
const KNOWN_ACCEPTS = new Set<string>([
  'item/commandExecution/requestApproval',
  'item/fileChange/requestApproval',
  'item/permissions/requestApproval',
  'item/tool/requestUserInput',
  'mcpServer/elicitation/request',
  'item/tool/call',
  'applyPatchApproval',
  'execCommandApproval',
]);

/** The result that accepts a request. */
function acceptance(request: PendingServerRequest, payload: unknown): unknown {
  switch (request.method) {
    case 'item/commandExecution/requestApproval':
    case 'item/fileChange/requestApproval':
      return { decision: 'accept' };
    case 'item/permissions/requestApproval':
      return { permissions: (request.params as T.PermissionsRequestApprovalParams).permissions, scope: 'turn' };
    case 'item/tool/requestUserInput':
      return { answers: payload ?? {} };
    case 'mcpServer/elicitation/request':
      return payload === undefined ? { action: 'accept' } : { action: 'accept', content: payload };
    case 'item/tool/call':
      return { success: true, contentItems: payload ?? [] };
    case 'applyPatchApproval':
    case 'execCommandApproval':
      return { decision: 'approved' };
    default:
      return payload;
  }
}

/** The result that cancels a request, for the methods that have one. */
const CANCELS = new Map<string, unknown>([
  ['item/commandExecution/requestApproval', { decision: 'cancel' }],
  ['item/fileChange/requestApproval', { decision: 'cancel' }],
  ['mcpServer/elicitation/request', { action: 'cancel' }],
  ['applyPatchApproval', { decision: 'abort' }],
  ['execCommandApproval', { decision: 'abort' }],
]);

/**
 * The one place where server requests are answered. Each goes to `approvals$` first, then to the
 * handler of its kind; without a handler and without an `approvals$` subscriber, the fail-closed
 * default answers at once. Requests still open when their turn ends are settled.
 */
export class ApprovalDesk {
  private readonly subject = new Subject<PendingApproval>();
  /** Hot: every server request as a {@link PendingApproval}. Completes when the process exits. */
  readonly approvals$: Observable<PendingApproval> = this.subject.asObservable();
  private readonly byTurn = new Map<string, Set<PendingApproval>>();
  /**
   * Open approvals, and the last answered ones, by request identity: a request the server asks
   * again after a reconnect goes to the approval that already has it.
   */
  private readonly known = new Map<string, PendingApproval>();
  private readonly answered: string[] = [];
  private readonly owner: ApprovalOwner = {
    survivesDrop: () => this.survivesDrop(),
    settled: (approval, reason) => this.onSettled(approval, reason),
  };
  private readonly keys = new WeakMap<PendingApproval, string>();

  constructor(
    private readonly handlers: ApprovalHandlers | ApprovalHandler = {},
    private readonly others: ServerRequestHandlers = {},
    /** Whether the client will reconnect after a drop (then open requests wait for the server to ask again). */
    private readonly survivesDrop: () => boolean = () => false,
  ) {}

  /** The handler for a request, if one was given for it. */
  private handlerFor(approval: PendingApproval): (() => unknown) | undefined {
    const refresh = this.others.refreshChatgptAuthTokens;
    if (refresh && approval.method === 'account/chatgptAuthTokens/refresh') {
      return async () => {
        const tokens = await refresh(approval.params as T.ChatgptAuthTokensRefreshParams, approval);
        if (typeof tokens?.accessToken !== 'string' || tokens.accessToken === '' || typeof tokens.chatgptAccountId !== 'string') {
          throw new Error('refreshChatgptAuthTokens must return { accessToken, chatgptAccountId }');
        }
        this.others.redactor?.add(tokens.accessToken);
        return tokens;
      };
    }
    if (typeof this.handlers === 'function') {
      const all = this.handlers;
      return () => all(approval);
    }
    const byKind = approval.kind ? (this.handlers[approval.kind] as ((p: unknown, r: PendingApproval) => unknown) | undefined) : undefined;
    return byKind && (() => byKind(approval.params, approval));
  }

  answer(request: PendingServerRequest): void {
    const key = identity(request);
    const again = this.known.get(key);
    if (again) {
      // Asked again after a reconnect: the same approval takes it; nobody is asked twice.
      again.rebind(request);
      return;
    }
    const approval = new PendingApproval(request, this.owner);
    this.known.set(key, approval);
    this.keys.set(approval, key);
    const turnId = approval.turnId;
    if (turnId !== undefined) {
      let open = this.byTurn.get(turnId);
      if (!open) this.byTurn.set(turnId, (open = new Set()));
      open.add(approval);
    }
    const watched = this.subject.observed;
    this.subject.next(approval);
    if (!approval.isOpen) return;
    const handler = this.handlerFor(approval);
    if (handler) {
      Promise.resolve()
        .then(handler)
        .then(
          (result) => approval.respond(result),
          (error: unknown) => {
            approval.respondError(-32000, error instanceof Error ? error.message : String(error));
            this.others.onHandlerError?.(new HandlerError(request.method, request.id, error));
          },
        );
    } else if (!watched) {
      approval.decline();
    }
  }

  private onSettled(approval: PendingApproval, reason: SettleReason): void {
    const turnId = approval.turnId;
    const open = turnId === undefined ? undefined : this.byTurn.get(turnId);
    if (open) {
      open.delete(approval);
      if (open.size === 0) this.byTurn.delete(turnId!);
    }
    const key = this.keys.get(approval);
    if (key === undefined) return;
    if (reason !== 'answered') {
      this.known.delete(key);
      return;
    }
    // Kept a while: if the answer was lost in a drop, the server asks again and gets it again.
    this.answered.push(key);
    if (this.answered.length > MAX_REMEMBERED_ANSWERS) this.known.delete(this.answered.shift()!);
  }

  /** Settles every request still open for a finished turn. */
  turnEnded(turnId: string): void {
    const open = this.byTurn.get(turnId);
    if (!open) return;
    this.byTurn.delete(turnId);
    for (const approval of open) approval.settle('turn-ended');
  }

  /** The client is closed: settles what still waits for a reconnect, and completes `approvals$`. */
  complete(): void {
    for (const approval of [...this.known.values()]) approval.settle('closed');
    this.known.clear();
    this.answered.length = 0;
    this.subject.complete();
  }
}

/** How many answered requests are remembered, to answer again one the server asks again. */
const MAX_REMEMBERED_ANSWERS = 256;

/**
 * What makes a server request the same one when the server asks again after a reconnect: its
 * method and id, and the thread, turn and item it is about (a restarted server numbers its
 * requests afresh, but never reuses a turn id).
 */
function identity(request: PendingServerRequest): string {
  const p = (request.params ?? {}) as { threadId?: unknown; turnId?: unknown; itemId?: unknown; approvalId?: unknown };
  return JSON.stringify([request.method, request.id, p.threadId ?? null, p.turnId ?? null, p.itemId ?? null, p.approvalId ?? null]);
}
