/**
 * codex-rx: the Codex app-server as typed, hot RxJS Observables.
 *
 * The client API, the error classes and the most used protocol types. Every protocol type and
 * schema is in `codex-rx/types`; the offline test kit is in `codex-rx/testing`.
 * @packageDocumentation
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
export { Thread, ThreadReleasedError, type TurnParams } from './facade/thread.js';
export { TurnHandle, TurnFailedError, TurnInProgressError, type TurnResult } from './facade/turn.js';
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
  RequestTimeoutError,
  AbortError,
  type ProcessExit,
} from './errors.js';
export { StreamTransport, type Transport, type TransportHandlers, type StreamTransportOptions } from './process/transport.js';
export { ProcessTransport, type SpawnOptions } from './process/process-transport.js';
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
