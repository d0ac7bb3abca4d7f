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
const REFUSALS: { [M in ServerRequestMethod]: ServerRequestMap[M]['result'] | null } = {
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

/** The fail-closed answer for a server request method, or null when only an error reply fits. */
export function defaultAnswer(method: string): unknown {
  return (REFUSALS as Record<string, unknown>)[method] ?? null;
}

/**
 * A server request waiting for the user, with one-call answers. Every request is answered exactly
 * once: the first answer wins, later ones return `false`. It also settles (without an answer) when
 * the server resolves it, its turn ends, or the process exits.
 */
export class PendingApproval {
  /** The kind, or undefined for server requests that are not approvals (token refresh, attestation). */
  readonly kind: ApprovalKind | undefined;

  /** Created by the client for each server request; not for direct use. */
  constructor(readonly request: PendingServerRequest) {
    this.kind = KIND_BY_METHOD.get(request.method);
  }

  get method(): ServerRequestMethod {
    return this.request.method;
  }
  get params(): ServerRequestMap[ServerRequestMethod]['params'] {
    return this.request.params;
  }
  get threadId(): string | undefined {
    const p = this.request.params as { threadId?: unknown } | null | undefined;
    return typeof p?.threadId === 'string' ? p.threadId : undefined;
  }
  get turnId(): string | undefined {
    const p = this.request.params as { turnId?: unknown } | null | undefined;
    return typeof p?.turnId === 'string' ? p.turnId : undefined;
  }
  /** Whether an answer can still be sent. */
  get isOpen(): boolean {
    return this.request.isOpen;
  }
  /** Resolves once settled, with how. */
  get settled(): Promise<SettleReason> {
    return this.request.settled;
  }

  /** Approves: `accept` for commands and file changes, the requested grant for permissions, the given payload for the others. */
  accept(payload?: unknown): boolean {
    switch (this.request.method) {
      case 'item/commandExecution/requestApproval':
      case 'item/fileChange/requestApproval':
        return this.request.respond({ decision: 'accept' });
      case 'item/permissions/requestApproval':
        return this.request.respond({ permissions: (this.request.params as T.PermissionsRequestApprovalParams).permissions, scope: 'turn' });
      case 'item/tool/requestUserInput':
        return this.request.respond({ answers: payload ?? {} });
      case 'mcpServer/elicitation/request':
        return this.request.respond(payload === undefined ? { action: 'accept' } : { action: 'accept', content: payload });
      case 'item/tool/call':
        return this.request.respond({ success: true, contentItems: payload ?? [] });
      case 'applyPatchApproval':
      case 'execCommandApproval':
        return this.request.respond({ decision: 'approved' });
      default:
        return payload === undefined ? false : this.request.respond(payload);
    }
  }

  /** Refuses with the fail-closed default of this kind (an error reply where no refusal shape exists). */
  decline(): boolean {
    const refusal = defaultAnswer(this.request.method);
    if (refusal === null) return this.request.respondError(-32000, `${this.request.method} declined by the client`);
    return this.request.respond(refusal);
  }

  /** Cancels: `cancel` for commands and file changes (the server then interrupts the turn); otherwise like decline. */
  cancel(): boolean {
    switch (this.request.method) {
      case 'item/commandExecution/requestApproval':
      case 'item/fileChange/requestApproval':
        return this.request.respond({ decision: 'cancel' });
      case 'mcpServer/elicitation/request':
        return this.request.respond({ action: 'cancel' });
      case 'applyPatchApproval':
      case 'execCommandApproval':
        return this.request.respond({ decision: 'abort' });
      default:
        return this.decline();
    }
  }

  /** Sends an exact result. */
  respond(result: unknown): boolean {
    return this.request.respond(result);
  }
}

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

  constructor(
    private readonly handlers: ApprovalHandlers | ApprovalHandler = {},
    private readonly others: ServerRequestHandlers = {},
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
    const approval = new PendingApproval(request);
    const turnId = approval.turnId;
    if (turnId !== undefined) {
      let open = this.byTurn.get(turnId);
      if (!open) this.byTurn.set(turnId, (open = new Set()));
      open.add(approval);
      void request.settled.then(() => {
        open.delete(approval);
        if (open.size === 0 && this.byTurn.get(turnId) === open) this.byTurn.delete(turnId);
      });
    }
    const watched = this.subject.observed;
    this.subject.next(approval);
    if (!request.isOpen) return;
    const handler = this.handlerFor(approval);
    if (handler) {
      Promise.resolve()
        .then(handler)
        .then(
          (result) => approval.respond(result),
          (error: unknown) => {
            request.respondError(-32000, error instanceof Error ? error.message : String(error));
            this.others.onHandlerError?.(new HandlerError(request.method, request.id, error));
          },
        );
    } else if (!watched) {
      approval.decline();
    }
  }

  /** Settles every request still open for a finished turn. */
  turnEnded(turnId: string): void {
    const open = this.byTurn.get(turnId);
    if (!open) return;
    this.byTurn.delete(turnId);
    for (const approval of open) approval.request.settle('turn-ended');
  }

  complete(): void {
    this.subject.complete();
  }
}
