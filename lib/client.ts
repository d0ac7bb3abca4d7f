/**
 * What the Node and the browser builds of codex-rx share: the client API, the error classes and
 * the most used protocol types. Nothing here needs Node.
 * @module
 */
export { Codex, type CodexOptions } from './facade/codex.js';
export {
  ExperimentalApi,
  type ExperimentalCodex,
  type ExperimentalRequestMethod,
  type ExperimentalRequestParams,
  type ExperimentalRequestResult,
  type ExperimentalRequestArgs,
} from './facade/experimental.js';
export type { ConnectTarget, Credential, ListenMode } from './facade/platform.js';
export type { ConnectionState, ConnectionStatus } from './session/connection-state.js';
export type { ReconnectOptions } from './session/reconnect-policy.js';
export { Thread, ThreadReleasedError, type TurnParams, type RunOptions } from './facade/thread.js';
export { TurnHandle, TurnFailedError, TurnInProgressError, type TurnResult, type TurnGap, type TurnRetry } from './facade/turn.js';
export { NotLoggedInError } from './facade/login-requirement.js';
export {
  InteractiveLogin,
  ChatgptLogin,
  DeviceCodeLogin,
  type LoginCompletion,
  type LoginWaitOptions,
  type ChatgptLoginOptions,
  type ChatgptAuthTokens,
} from './facade/login.js';
export {
  PendingApproval,
  APPROVAL_KINDS,
  type ApprovalHandlers,
  type ApprovalHandler,
  type ApprovalKind,
  type ApprovalParams,
  type ApprovalResult,
  type ChatgptAuthTokensRefresher,
} from './facade/approvals.js';
export { Input, type TurnInput } from './facade/input.js';
export { ApprovalMode, ApprovalPolicy, Sandbox, type PresetSettings, type TurnPresetSettings } from './facade/presets.js';
export { OutputParseError, type OutputSchema, type OutputOf, type JsonSchema } from './facade/output.js';
export { retryOnOverload, retryWhenOverloaded, overloadDelay, isRetryableError, isTransientTurnError, type RetryOnOverloadOptions } from './retry.js';
export { ofMethod } from './operators.js';
export {
  CodexError,
  CodexNotFoundError,
  ConnectionRefusedError,
  ConnectionLostError,
  InvalidArgumentError,
  JsonRpcError,
  ParseError,
  InvalidRequestError,
  MethodNotFoundError,
  InvalidParamsError,
  InternalError,
  ServerOverloadedError,
  TransportClosedError,
  ProtocolError,
  HandlerError,
  RequestTimeoutError,
  AbortError,
  type ProcessExit,
} from './errors.js';
export type { Transport, TransportHandlers, Endpoint, ServerProcess } from './transport/transport.js';
export { Redactor } from './transport/redactor.js';
export { WebSocketTransport, type WebSocketLike, type WebSocketTransportOptions, type OwnedServer } from './transport/websocket-transport.js';
export type { SpawnOptions, StreamTransportOptions } from './process/spawn-options.js';
export type { TomlValue } from './process/toml.js';
export type { ValidationMode } from './rpc/connection.js';
export { ParamsCheckError } from './rpc/params-check.js';
export type { PendingServerRequest, SettleReason } from './rpc/pending-server-request.js';
export type {
  InboundMessage,
  RequestId,
  RequestOptions,
  ServerNotification,
  ServerRequest,
} from './rpc/messages.js';
export { SDK_NAME, SDK_VERSION, PINNED_CODEX_VERSION } from './version.js';
export type {
  Account,
  AccountLoginCompletedNotification,
  AccountUpdatedNotification,
  AccountRateLimitsUpdatedNotification,
  GetAccountResponse,
  LoginAccountParams,
  LoginAccountResponse,
  ChatgptAuthTokensRefreshParams,
  ChatgptAuthTokensRefreshResponse,
  CancelLoginAccountStatus,
  InitializeResponse,
  Thread as ThreadInfo,
  ThreadItem,
  ThreadStartParams,
  ThreadTokenUsage,
  Turn,
  TurnError,
  TurnStatus,
  TurnStartParams,
  UserInput,
  CodexErrorInfo,
  AskForApproval,
  SandboxMode,
  Model,
  ModelListResponse,
  ThreadListResponse,
  CommandExecutionRequestApprovalParams,
  FileChangeRequestApprovalParams,
  AgentMessageDeltaNotification,
  ItemCompletedNotification,
  TurnCompletedNotification,
} from './generated/types.js';

// Explicit resource management (`using`, `await using`) for projects whose `lib` predates it, as
// @types/node declares it: the declarations merge with TypeScript's own where those exist.
declare global {
  interface SymbolConstructor {
    readonly dispose: unique symbol;
    readonly asyncDispose: unique symbol;
  }
  interface Disposable {
    [Symbol.dispose](): void;
  }
  interface AsyncDisposable {
    [Symbol.asyncDispose](): PromiseLike<void>;
  }
}
