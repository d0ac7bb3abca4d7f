// GENERATED FILE: do not edit by hand.
// TypeScript types of every protocol definition. EXPERIMENTAL set: only for a client started with `experimentalApi: true`.
// Made by scripts/generate-protocol.ts from `codex app-server generate-json-schema --experimental` of @openai/codex 0.169.0.
// Regenerate with `npm run generate`; `npm run generate -- --check` fails when this file is stale.
/* eslint-disable */

/**
 * A path that is guaranteed to be absolute and normalized (though it is not guaranteed to be canonicalized or exist on the filesystem).
 *
 * IMPORTANT: When deserializing an `AbsolutePathBuf`, a base path must be set using [AbsolutePathBufGuard::new]. If no base path is set, the deserialization will fail unless the path being deserialized is already absolute.
 */
export type AbsolutePathBuf = string;

export type Account = {
  type: "apiKey";
} | {
  email: string | null;
  planType: PlanType;
  type: "chatgpt";
  /**
   * Display name of the selected ChatGPT workspace, when available.
   */
  workspaceName?: string | null;
} | {
  type: "amazonBedrock";
  usesCodexManagedCredentials?: boolean;
} | {
  type: "gcp";
};

export type AccountLoginCompletedNotification = {
  error?: string | null;
  loginId?: string | null;
  onboardingEntrypoint?: DesktopOnboardingEntrypoint | null;
  success: boolean;
};

/**
 * Sparse rolling rate-limit update.
 *
 * Clients should merge available values into the most recent `account/rateLimits/read` response or refetch that snapshot. Nullable account metadata may be unavailable in a rolling update and does not clear a previously observed value.
 */
export type AccountRateLimitsUpdatedNotification = {
  rateLimits: RateLimitSnapshot;
};

/**
 * Backend routing policy. Wire values match the accounts/check contract.
 */
export type AccountRoutingOverride = "NO_CONSTRAINT" | "us" | "us_cr";

export type AccountSecuritySetupAction = {
  label: string;
  url: string;
};

export type AccountSecuritySetupNotice = {
  accountId: string;
  action: AccountSecuritySetupAction;
  description: string;
  title: string;
  userId: string;
};

export type AccountSession = {
  displayName?: string | null;
  email?: string | null;
  imageUrl?: string | null;
  isActive: boolean;
  lastUsedAt: number;
  selectedWorkspaceAccountId?: string | null;
  sessionId: string;
  userId?: string | null;
  workspaces: Array<AccountSessionWorkspace>;
};

export type AccountSessionWorkspace = {
  accountId: string;
  imageUrl?: string | null;
  kind?: AccountSessionWorkspaceKind | null;
  name?: string | null;
};

export type AccountSessionWorkspaceKind = "personal" | "workspace";

export type AccountSessionsListParams = {
  refreshWorkspaceMetadata?: boolean;
};

export type AccountSessionsResponse = {
  activeSessionId?: string | null;
  sessions: Array<AccountSession>;
};

export type AccountSessionsSwitchParams = {
  /**
   * Workspace to select within that login; this is not a user identifier.
   */
  accountId: string;
  /**
   * Allow Core to start browser sign-in if this session needs SSO for the workspace.
   */
  allowBrowserLogin?: boolean;
  /**
   * Opaque active-login identifier returned by accountSession/list.
   */
  sessionId: string;
};

export type AccountSessionsSwitchResponse = {
  activeSessionId?: string | null;
  sessions: Array<AccountSession>;
} | {
  auth_url: string;
  login_id: string;
};

export type AccountTokenUsageDailyBucket = {
  startDate: string;
  tokens: number;
};

export type AccountTokenUsageSummary = {
  currentStreakDays?: number | null;
  lifetimeTokens?: number | null;
  longestRunningTurnSec?: number | null;
  longestStreakDays?: number | null;
  peakDailyTokens?: number | null;
};

export type AccountUpdatedNotification = {
  authMode?: AuthMode | null;
  planType?: PlanType | null;
};

export type ActivePermissionProfile = {
  /**
   * Parent profile identifier from the selected permissions profile's `extends` setting, when present.
   */
  extends?: string | null;
  /**
   * Identifier from `default_permissions` or the implicit built-in default, such as `:workspace` or a user-defined `[permissions.<id>]` profile.
   */
  id: string;
};

export type AddCreditsNudgeCreditType = "credits" | "usage_limit";

export type AddCreditsNudgeEmailStatus = "sent" | "cooldown_active";

export type AdditionalContextEntry = {
  kind: AdditionalContextKind;
  /**
   * Optional name for untrusted context, used to label its tool output.
   */
  name?: string | null;
  value: string;
};

export type AdditionalContextKind = "untrusted" | "application";

export type AdditionalFileSystemPermissions = {
  entries?: Array<FileSystemSandboxEntry> | null;
  globScanMaxDepth?: number | null;
  /**
   * This will be removed in favor of `entries`.
   */
  read?: Array<LegacyAppPathString> | null;
  /**
   * This will be removed in favor of `entries`.
   */
  write?: Array<LegacyAppPathString> | null;
};

export type AdditionalNetworkPermissions = {
  enabled?: boolean | null;
};

export type AdditionalPermissionProfile = {
  fileSystem?: AdditionalFileSystemPermissions | null;
  /**
   * Partial overlay used for per-command permission requests.
   */
  network?: AdditionalNetworkPermissions | null;
};

export type AgentMessageDelivery = "async";

export type AgentMessageDeltaNotification = {
  delta: string;
  itemId: string;
  threadId: string;
  turnId: string;
};

/**
 * A presentation instruction for Chat to apply to this answer when recovering history.
 */
export type AgentMessageDisplay = {
  /**
   * Unknown actions must be left for the producing client to handle.
   */
  action: string;
  blockType?: string | null;
  checkTrustedContacts?: boolean | null;
  cyberTrustedAccess?: boolean | null;
};

export type AgentMessageInputContent = {
  text: string;
  type: "input_text";
} | {
  encrypted_content: string;
  type: "encrypted_content";
};

export type AgentMessageModeration = {
  display?: AgentMessageDisplay | null;
  moderated: boolean;
};

export type AgentPath = string;

export type AllowDenyRequirement = "allow" | "deny";

export type AnalyticsConfig = {
  enabled?: boolean | null;
};

/**
 * EXPERIMENTAL - app metadata returned by app-list APIs.
 */
export type AppBranding = {
  category?: string | null;
  developer?: string | null;
  isDiscoverableApp: boolean;
  privacyPolicy?: string | null;
  termsOfService?: string | null;
  website?: string | null;
};

export type AppConfig = {
  approvals_reviewer?: ApprovalsReviewer | null;
  default_tools_approval_mode?: AppToolApproval | null;
  default_tools_enabled?: boolean | null;
  destructive_enabled?: boolean | null;
  enabled?: boolean;
  /**
   * Per-account approval settings keyed by link ID.
   */
  links?: AppLinksConfig | null;
  /**
   * Additional model-facing surfaces omitted for this connector's tools.
   */
  omit_tools_from?: Array<ToolExposureSurface> | null;
  open_world_enabled?: boolean | null;
  tools?: AppToolsConfig | null;
};

/**
 * EXPERIMENTAL - app metadata returned by app-list APIs.
 */
export type AppInfo = {
  appMetadata?: AppMetadata | null;
  branding?: AppBranding | null;
  description?: string | null;
  distributionChannel?: string | null;
  iconAssets?: { [key: string]: string } | null;
  iconDarkAssets?: { [key: string]: string } | null;
  id: string;
  installUrl?: string | null;
  isAccessible?: boolean;
  /**
   * Whether this app is enabled in config.toml. Example: ```toml [apps.bad_app] enabled = false ```
   */
  isEnabled?: boolean;
  labels?: { [key: string]: string } | null;
  logoUrl?: string | null;
  logoUrlDark?: string | null;
  name: string;
  pluginDisplayNames?: Array<string>;
};

/**
 * Approval settings for a connected account within an app.
 */
export type AppLinkConfig = {
  approvals_reviewer?: ApprovalsReviewer | null;
  default_tools_approval_mode?: AppToolApproval | null;
};

/**
 * Account settings for a single app.
 */
export type AppLinksConfig = { [key: string]: unknown };

/**
 * EXPERIMENTAL - notification emitted when the app list changes.
 */
export type AppListUpdatedNotification = {
  data: Array<AppInfo>;
};

export type AppMetadata = {
  categories?: Array<string> | null;
  developer?: string | null;
  firstPartyRequiresInstall?: boolean | null;
  review?: AppReview | null;
  screenshots?: Array<AppScreenshot> | null;
  seoDescription?: string | null;
  showInComposerWhenUnlinked?: boolean | null;
  subCategories?: Array<string> | null;
  version?: string | null;
  versionId?: string | null;
  versionNotes?: string | null;
};

export type AppReview = {
  status: string;
};

export type AppScreenshot = {
  fileId?: string | null;
  url?: string | null;
  userPrompt: string;
};

/**
 * EXPERIMENTAL - app metadata summary for plugin responses.
 */
export type AppSummary = {
  category?: string | null;
  description?: string | null;
  id: string;
  installUrl?: string | null;
  name: string;
};

export type AppTemplateSummary = {
  canonicalConnectorId?: string | null;
  category?: string | null;
  description?: string | null;
  logoUrl?: string | null;
  logoUrlDark?: string | null;
  materializedAppIds: Array<string>;
  name: string;
  reason?: AppTemplateUnavailableReason | null;
  templateId: string;
};

export type AppTemplateUnavailableReason = "NOT_CONFIGURED_FOR_WORKSPACE" | "NO_ACTIVE_WORKSPACE";

export type AppToolApproval = "auto" | "prompt" | "writes" | "approve";

export type AppToolConfig = {
  approval_mode?: AppToolApproval | null;
  enabled?: boolean | null;
};

/**
 * EXPERIMENTAL - metadata returned by app/read.
 */
export type AppToolSummary = {
  description: string;
  disabledReason?: string | null;
  isEnabled?: boolean;
  isReadOnly?: boolean;
  name: string;
  title?: string | null;
};

export type AppToolsConfig = { [key: string]: unknown };

export type ApplicationNetworkRequirements = {
  domains: { [key: string]: NetworkDomainPermission };
  /**
   * When enabled, only explicitly allowed exact domains may be contacted.
   */
  enabled: boolean;
};

export type ApplicationRequirements = {
  network?: ApplicationNetworkRequirements | null;
  storage?: ApplicationStorageRequirements | null;
};

/**
 * Managed storage settings for new Desktop workspaces, not filesystem access restrictions.
 */
export type ApplicationStorageRequirements = {
  defaultProjectParent?: LegacyAppPathString | null;
  projectlessWorkspaceRoot?: LegacyAppPathString | null;
};

export type ApplyPatchApprovalParams = {
  /**
   * Use to correlate this with [codex_protocol::protocol::PatchApplyBeginEvent] and [codex_protocol::protocol::PatchApplyEndEvent].
   */
  callId: string;
  conversationId: ThreadId;
  fileChanges: { [key: string]: FileChange };
  /**
   * When set, the agent is asking the user to allow writes under this root for the remainder of the session (unclear if this is honored today).
   */
  grantRoot?: string | null;
  /**
   * Optional explanatory reason (e.g. request for extra write access).
   */
  reason?: string | null;
};

export type ApplyPatchApprovalResponse = {
  decision: ReviewDecision;
};

/**
 * Configures who approval requests are routed to for review. Examples include sandbox escapes, blocked network access, MCP approval prompts, and ARC escalations. Defaults to `user`. `auto_review` uses a carefully prompted subagent to gather relevant context and apply a risk-based decision framework before approving or denying the request. The legacy value `guardian_subagent` is accepted for compatibility.
 */
export type ApprovalsReviewer = "user" | "auto_review" | "guardian_subagent";

export type AppsConfig = {
  _default?: AppsDefaultConfig | null;
};

export type AppsDefaultConfig = {
  approvals_reviewer?: ApprovalsReviewer | null;
  default_tools_approval_mode?: AppToolApproval | null;
  destructive_enabled?: boolean;
  enabled?: boolean;
  open_world_enabled?: boolean;
};

/**
 * Read the committed installed connector runtime snapshot.
 */
export type AppsInstalledParams = {
  /**
   * When true and Apps are permitted, refresh and publish the hosted connector runtime tool snapshot first.
   */
  forceRefresh?: boolean;
  /**
   * Optional loaded thread id used to evaluate effective app configuration.
   */
  threadId?: string | null;
};

/**
 * The installed connectors in one committed runtime snapshot.
 */
export type AppsInstalledResponse = {
  apps: Array<InstalledApp>;
};

/**
 * EXPERIMENTAL - list available apps/connectors.
 */
export type AppsListParams = {
  /**
   * Opaque pagination cursor returned by a previous call.
   */
  cursor?: string | null;
  /**
   * When true, bypass app caches and fetch the latest data from sources.
   */
  forceRefetch?: boolean;
  /**
   * Optional page size; defaults to a reasonable server-side value.
   */
  limit?: number | null;
  /**
   * Optional thread id used to evaluate app feature gating from that thread's config.
   */
  threadId?: string | null;
};

/**
 * EXPERIMENTAL - app list response.
 */
export type AppsListResponse = {
  data: Array<AppInfo>;
  /**
   * Opaque cursor to pass to the next call to continue after the last item. If None, there are no more items to return.
   */
  nextCursor?: string | null;
};

/**
 * EXPERIMENTAL - read metadata for specific apps/connectors.
 */
export type AppsReadParams = {
  /**
   * App ids to read. The server accepts at most 100 ids and deduplicates repeated ids while preserving their first-request order.
   */
  appIds: Array<string>;
  /**
   * When true, include display-only public tool summaries in the returned metadata.
   */
  includeTools?: boolean;
  /**
   * Optional loaded thread id used to evaluate effective app configuration.
   */
  threadId?: string | null;
};

/**
 * EXPERIMENTAL - app/read response.
 */
export type AppsReadResponse = {
  apps: Array<ConnectorMetadata>;
  missingAppIds: Array<string>;
};

export type AskForApproval = "untrusted" | "on-request" | "never" | {
  granular: {
    mcp_elicitations: boolean;
    request_permissions?: boolean;
    rules: boolean;
    sandbox_approval: boolean;
    skill_approval?: boolean;
  };
};

export type AsyncUserInputQuestion = {
  options?: Array<string> | null;
  title: string;
};

export type AttestationGenerateParams = { [key: string]: unknown };

export type AttestationGenerateResponse = {
  /**
   * Opaque client attestation token.
   */
  token: string;
};

/**
 * Authentication mode for OpenAI-backed providers.
 */
export type AuthMode = "apikey" | "chatgpt" | "chatgptAuthTokens" | "headers" | "agentIdentity" | "personalAccessToken" | "bedrockApiKey" | "bedrockAccessKeys";

export type AuthRecoveryNotification = {
  message: string;
  provider: string;
  threadId: string;
  turnId: string;
};

/**
 * Selects which part of the active context is charged against `model_auto_compact_token_limit`.
 */
export type AutoCompactTokenLimitScope = "total" | "body_after_prefix";

/**
 * [UNSTABLE] Source that produced a terminal approval auto-review decision.
 */
export type AutoReviewDecisionSource = "agent";

export type AutoReviewRequirements = {
  ignoreRules?: Array<string> | null;
  requiredOnModels?: Array<string> | null;
};

export type AwsCredentialType = "accessKeys" | "bedrockApiKey";

export type BedrockAwsProfile = {
  name: string;
  region?: string | null;
};

export type BedrockCheckGovCloudRequirementsParams = { [key: string]: unknown };

/**
 * Advisory check of the current Bedrock configuration after login or setup.
 */
export type BedrockCheckGovCloudRequirementsResponse = {
  /**
   * Whether the active Bedrock authentication resolves to a GovCloud region.
   */
  isGovCloud: boolean;
  /**
   * Whether GovCloud is selected and the managed requirements miss the baseline. A false value is not a general certification of the network configuration.
   */
  shouldWarn: boolean;
};

export type BedrockDiscoverParams = { [key: string]: unknown };

export type BedrockDiscoverResponse = {
  environmentCredentials: Array<BedrockEnvironmentCredential>;
  profiles: Array<BedrockAwsProfile>;
};

export type BedrockEnvironmentCredential = {
  region?: string | null;
  type: AwsCredentialType;
};

export type BedrockProviderId = "amazon-bedrock" | "amazon-bedrock-runtime";

export type BedrockSetupParams = {
  profile: string;
  region: string;
  type: "profile";
} | {
  region: string;
  type: "environment";
};

export type BedrockSetupResponse = { [key: string]: unknown };

export type BrowserUseAccessApprovalLifetime = "turn" | "thread";

export type BrowserUseConfig = {
  allow_history_access?: boolean | null;
  default_origin_policy?: BrowserUseOriginPolicyConfig | null;
  origins?: { [key: string]: BrowserUseOriginPolicyConfig } | null;
};

export type BrowserUseExtensionRequirements = {
  requestHeaders?: Array<RequestHeader> | null;
};

export type BrowserUseOriginPolicy = {
  access?: AllowDenyRequirement | null;
  accessApprovalLifetime?: BrowserUseAccessApprovalLifetime | null;
  autoReview?: AllowDenyRequirement | null;
  downloads?: AllowDenyRequirement | null;
  fullCdpAccess?: AllowDenyRequirement | null;
  persistentApproval?: boolean | null;
  uploads?: AllowDenyRequirement | null;
};

export type BrowserUseOriginPolicyConfig = {
  access?: AllowDenyRequirement | null;
  downloads?: AllowDenyRequirement | null;
  full_cdp_access?: AllowDenyRequirement | null;
  uploads?: AllowDenyRequirement | null;
};

export type BrowserUseRequirements = {
  allowGlobalPersistentApproval?: boolean | null;
  allowHistoryAccess?: boolean | null;
  allowWebmcp?: boolean | null;
  defaultOriginPolicy?: BrowserUseOriginPolicy | null;
  disableAutoReview?: boolean | null;
  extension?: BrowserUseExtensionRequirements | null;
  origins?: { [key: string]: BrowserUseOriginPolicy } | null;
};

export type ByteRange = {
  end: number;
  start: number;
};

export type CancelLoginAccountParams = {
  loginId: string;
};

export type CancelLoginAccountResponse = {
  status: CancelLoginAccountStatus;
};

export type CancelLoginAccountStatus = "canceled" | "notFound";

/**
 * Location used to resolve a selected capability root.
 */
export type CapabilityRootLocation = {
  environmentId: string;
  /**
   * Absolute path for the root in the selected environment.
   */
  path: string;
  type: "environment";
};

export type ChatgptAuthTokensRefreshParams = {
  /**
   * Workspace/account identifier that Codex was previously using.
   *
   * Clients that manage multiple accounts/workspaces can use this as a hint to refresh the token for the correct workspace.
   *
   * This may be `null` when the prior auth state did not include a workspace identifier (`chatgpt_account_id`).
   */
  previousAccountId?: string | null;
  reason: ChatgptAuthTokensRefreshReason;
};

export type ChatgptAuthTokensRefreshReason = "unauthorized";

export type ChatgptAuthTokensRefreshResponse = {
  accessToken: string;
  chatgptAccountId: string;
  chatgptPlanType?: string | null;
};

export type CliAuthCredentialsStoreMode = "file" | "keyring" | "auto" | "ephemeral";

export type ClientInfo = {
  name: string;
  title?: string | null;
  version: string;
};

/**
 * This translation layer make sure that we expose codex error code in camel case.
 *
 * When an upstream HTTP status is available (for example, from the Responses API or a provider), it is forwarded in `httpStatusCode` on the relevant `codexErrorInfo` variant.
 */
export type CodexErrorInfo = "contextWindowExceeded" | "sessionBudgetExceeded" | "usageLimitExceeded" | "rateLimitExceeded" | "flexUnavailable" | "serverOverloaded" | "modelNotFound" | "policyCapacityUnavailable" | "cyberPolicy" | "misalignmentPolicyViolation" | "tooManyDenials" | "internalServerError" | "unauthorized" | "badRequest" | "threadRollbackFailed" | "sandboxError" | "other" | "inferenceHookDenied" | {
  httpConnectionFailed: {
    httpStatusCode?: number | null;
  };
} | {
  responseStreamConnectionFailed: {
    httpStatusCode?: number | null;
  };
} | {
  responseStreamDisconnected: {
    httpStatusCode?: number | null;
  };
} | {
  responseTooManyFailedAttempts: {
    httpStatusCode?: number | null;
  };
} | {
  activeTurnNotSteerable: {
    turnKind: NonSteerableTurnKind;
  };
} | string | { [key: string]: unknown };

export type CodexResponseHandoffMode = "thinking" | "commentary" | "bemTags";

export type CollabAgentState = {
  message?: string | null;
  status: CollabAgentStatus;
};

export type CollabAgentStatus = "pendingInit" | "running" | "interrupted" | "completed" | "errored" | "shutdown" | "notFound";

export type CollabAgentTool = "spawnAgent" | "sendInput" | "resumeAgent" | "wait" | "closeAgent" | "sendMessage" | "followupTask" | "interruptAgent" | "listAgents";

export type CollabAgentToolCallStatus = "inProgress" | "completed" | "failed" | "interrupted";

/**
 * Collaboration mode for a Codex session.
 */
export type CollaborationMode = {
  mode: ModeKind;
  settings: Settings;
};

/**
 * EXPERIMENTAL - list collaboration mode presets.
 */
export type CollaborationModeListParams = { [key: string]: unknown };

/**
 * EXPERIMENTAL - collaboration mode presets response.
 */
export type CollaborationModeListResponse = {
  data: Array<CollaborationModeMask>;
};

/**
 * EXPERIMENTAL - collaboration mode preset metadata for clients.
 */
export type CollaborationModeMask = {
  mode?: ModeKind | null;
  model?: string | null;
  name: string;
  reasoning_effort?: ReasoningEffort | null | null;
};

export type CommandAction = {
  command: string;
  name: string;
  path: LegacyAppPathString;
  type: "read";
} | {
  command: string;
  path?: string | null;
  type: "listFiles";
} | {
  command: string;
  path?: string | null;
  query?: string | null;
  type: "search";
} | {
  command: string;
  type: "unknown";
};

/**
 * Base64-encoded output chunk emitted for a streaming `command/exec` request.
 *
 * These notifications are connection-scoped. If the originating connection closes, the server terminates the process.
 */
export type CommandExecOutputDeltaNotification = {
  /**
   * `true` on the final streamed chunk for a stream when `outputBytesCap` truncated later output on that stream.
   */
  capReached: boolean;
  /**
   * Base64-encoded output bytes.
   */
  deltaBase64: string;
  /**
   * Client-supplied, connection-scoped `processId` from the original `command/exec` request.
   */
  processId: string;
  /**
   * Output stream for this chunk.
   */
  stream: CommandExecOutputStream;
};

/**
 * Stream label for `command/exec/outputDelta` notifications.
 */
export type CommandExecOutputStream = "stdout" | "stderr";

/**
 * Run a standalone command (argv vector) in the server sandbox without creating a thread or turn.
 *
 * The final `command/exec` response is deferred until the process exits and is sent only after all `command/exec/outputDelta` notifications for that connection have been emitted.
 */
export type CommandExecParams = {
  /**
   * Command argv vector. Empty arrays are rejected.
   */
  command: Array<string>;
  /**
   * Optional working directory. Defaults to the server cwd.
   */
  cwd?: string | null;
  /**
   * Disable stdout/stderr capture truncation for this request.
   *
   * Cannot be combined with `outputBytesCap`.
   */
  disableOutputCap?: boolean;
  /**
   * Disable the timeout entirely for this request.
   *
   * Cannot be combined with `timeoutMs`.
   */
  disableTimeout?: boolean;
  /**
   * Optional environment overrides merged into the server-computed environment.
   *
   * Matching names override inherited values. Set a key to `null` to unset an inherited variable.
   */
  env?: { [key: string]: string | null } | null;
  /**
   * Optional per-stream stdout/stderr capture cap in bytes.
   *
   * When omitted, the server default applies. Cannot be combined with `disableOutputCap`.
   */
  outputBytesCap?: number | null;
  /**
   * Optional active permissions profile id for this command.
   *
   * Defaults to the user's configured permissions when omitted. Cannot be combined with `sandboxPolicy`.
   */
  permissionProfile?: string | null;
  /**
   * Optional client-supplied, connection-scoped process id.
   *
   * Required for `tty`, `streamStdin`, `streamStdoutStderr`, and follow-up `command/exec/write`, `command/exec/resize`, and `command/exec/terminate` calls. When omitted, buffered execution gets an internal id that is not exposed to the client.
   */
  processId?: string | null;
  /**
   * Optional sandbox policy for this command.
   *
   * Uses the same shape as thread/turn execution sandbox configuration and defaults to the user's configured policy when omitted. Cannot be combined with `permissionProfile`.
   */
  sandboxPolicy?: SandboxPolicy | null;
  /**
   * Optional initial PTY size in character cells. Only valid when `tty` is true.
   */
  size?: CommandExecTerminalSize | null;
  /**
   * Allow follow-up `command/exec/write` requests to write stdin bytes.
   *
   * Requires a client-supplied `processId`.
   */
  streamStdin?: boolean;
  /**
   * Stream stdout/stderr via `command/exec/outputDelta` notifications.
   *
   * Streamed bytes are not duplicated into the final response and require a client-supplied `processId`.
   */
  streamStdoutStderr?: boolean;
  /**
   * Optional timeout in milliseconds.
   *
   * When omitted, the server default applies. Cannot be combined with `disableTimeout`.
   */
  timeoutMs?: number | null;
  /**
   * Enable PTY mode.
   *
   * This implies `streamStdin` and `streamStdoutStderr`.
   */
  tty?: boolean;
};

/**
 * Resize a running PTY-backed `command/exec` session.
 */
export type CommandExecResizeParams = {
  /**
   * Client-supplied, connection-scoped `processId` from the original `command/exec` request.
   */
  processId: string;
  /**
   * New PTY size in character cells.
   */
  size: CommandExecTerminalSize;
};

/**
 * Empty success response for `command/exec/resize`.
 */
export type CommandExecResizeResponse = { [key: string]: unknown };

/**
 * Final buffered result for `command/exec`.
 */
export type CommandExecResponse = {
  /**
   * Process exit code.
   */
  exitCode: number;
  /**
   * Buffered stderr capture.
   *
   * Empty when stderr was streamed via `command/exec/outputDelta`.
   */
  stderr: string;
  /**
   * Buffered stdout capture.
   *
   * Empty when stdout was streamed via `command/exec/outputDelta`.
   */
  stdout: string;
};

/**
 * PTY size in character cells for `command/exec` PTY sessions.
 */
export type CommandExecTerminalSize = {
  /**
   * Terminal width in character cells.
   */
  cols: number;
  /**
   * Terminal height in character cells.
   */
  rows: number;
};

/**
 * Terminate a running `command/exec` session.
 */
export type CommandExecTerminateParams = {
  /**
   * Client-supplied, connection-scoped `processId` from the original `command/exec` request.
   */
  processId: string;
};

/**
 * Empty success response for `command/exec/terminate`.
 */
export type CommandExecTerminateResponse = { [key: string]: unknown };

/**
 * Write stdin bytes to a running `command/exec` session, close stdin, or both.
 */
export type CommandExecWriteParams = {
  /**
   * Close stdin after writing `deltaBase64`, if present.
   */
  closeStdin?: boolean;
  /**
   * Optional base64-encoded stdin bytes to write.
   */
  deltaBase64?: string | null;
  /**
   * Client-supplied, connection-scoped `processId` from the original `command/exec` request.
   */
  processId: string;
};

/**
 * Empty success response for `command/exec/write`.
 */
export type CommandExecWriteResponse = { [key: string]: unknown };

export type CommandExecutionApprovalDecision = "accept" | "acceptForSession" | {
  acceptWithExecpolicyAmendment: {
    execpolicy_amendment: Array<string>;
  };
} | {
  applyNetworkPolicyAmendment: {
    network_policy_amendment: NetworkPolicyAmendment;
  };
} | "decline" | "cancel";

/**
 * Distinguishes a command approval from input sent to an existing terminal.
 */
export type CommandExecutionApprovalKind = "command" | "writeStdin" | "humanCommand";

export type CommandExecutionOutputDeltaNotification = {
  delta: string;
  itemId: string;
  threadId: string;
  turnId: string;
};

export type CommandExecutionRequestApprovalParams = {
  /**
   * Optional additional permissions requested for this command.
   */
  additionalPermissions?: AdditionalPermissionProfile | null;
  /**
   * Unique identifier for this specific approval callback.
   *
   * For regular shell/unified_exec approvals, this is null.
   *
   * For zsh-exec-bridge subcommand approvals, multiple callbacks can belong to one parent `itemId`, so `approvalId` is a distinct opaque callback id (a UUID) used to disambiguate routing. Stdin approvals also use a distinct callback id; inspect `kind` to distinguish them.
   */
  approvalId?: string | null;
  /**
   * Ordered list of decisions the client may present for this prompt.
   */
  availableDecisions?: Array<CommandExecutionApprovalDecision> | null;
  /**
   * The command to be executed.
   */
  command?: string | null;
  /**
   * Best-effort parsed command actions for friendly display.
   */
  commandActions?: Array<CommandAction> | null;
  /**
   * The command's working directory.
   */
  cwd?: LegacyAppPathString | null;
  /**
   * Environment in which the command will run.
   */
  environmentId?: string | null;
  itemId: string;
  /**
   * Kind of action under review. Defaults to `command` for older servers.
   */
  kind?: CommandExecutionApprovalKind;
  /**
   * Optional context for a managed-network approval prompt.
   */
  networkApprovalContext?: NetworkApprovalContext | null;
  /**
   * Optional proposed execpolicy amendment to allow similar commands without prompting.
   */
  proposedExecpolicyAmendment?: Array<string> | null;
  /**
   * Optional proposed network policy amendments (allow/deny host) for future requests.
   */
  proposedNetworkPolicyAmendments?: Array<NetworkPolicyAmendment> | null;
  /**
   * Optional explanatory reason (e.g. request for network access).
   */
  reason?: string | null;
  /**
   * Unix timestamp (in milliseconds) when this approval request started.
   */
  startedAtMs: number;
  threadId: string;
  turnId: string;
};

export type CommandExecutionRequestApprovalResponse = {
  decision: CommandExecutionApprovalDecision;
};

export type CommandExecutionSource = "agent" | "userShell" | "unifiedExecStartup" | "unifiedExecInteraction";

export type CommandExecutionStatus = "inProgress" | "completed" | "failed" | "declined";

export type CommandMigration = {
  name: string;
};

export type ComputerUseConfig = {
  default_app_access?: AllowDenyRequirement | null;
  macos?: ComputerUseMacosConfig | null;
  windows?: ComputerUseWindowsConfig | null;
};

export type ComputerUseMacosConfig = {
  bundle_ids?: { [key: string]: AllowDenyRequirement } | null;
};

export type ComputerUseMacosRequirements = {
  bundleIds?: { [key: string]: AllowDenyRequirement } | null;
};

export type ComputerUseRequirements = {
  allowLockedComputerUse?: boolean | null;
  allowPersistentApproval?: boolean | null;
  defaultAppAccess?: AllowDenyRequirement | null;
  macos?: ComputerUseMacosRequirements | null;
  windows?: ComputerUseWindowsRequirements | null;
};

export type ComputerUseWindowsConfig = {
  aumids?: { [key: string]: AllowDenyRequirement } | null;
  exes?: Array<ComputerUseWindowsExeConfig> | null;
};

export type ComputerUseWindowsExeConfig = {
  access: AllowDenyRequirement;
  binary_name?: string | null;
  product_name: string;
  publisher_name: string;
};

export type ComputerUseWindowsExeRequirement = {
  access: AllowDenyRequirement;
  binaryName?: string | null;
  productName: string;
  publisherName: string;
};

export type ComputerUseWindowsRequirements = {
  aumids?: { [key: string]: AllowDenyRequirement } | null;
  exes?: Array<ComputerUseWindowsExeRequirement> | null;
};

export type Config = {
  analytics?: AnalyticsConfig | null;
  approval_policy?: AskForApproval | null;
  /**
   * [UNSTABLE] Optional default for where approval requests are routed for review.
   */
  approvals_reviewer?: ApprovalsReviewer | null;
  apps?: AppsConfig | null;
  browser_use?: BrowserUseConfig | null;
  /**
   * Effective tools.client_search_provider hint. Model-selected providers take precedence.
   */
  client_search_provider?: WebSearchProvider | null;
  compact_prompt?: string | null;
  computer_use?: ComputerUseConfig | null;
  desktop?: { [key: string]: unknown } | null;
  developer_instructions?: string | null;
  forced_chatgpt_workspace_id?: ForcedChatgptWorkspaceIds | null;
  forced_login_method?: ForcedLoginMethod | null;
  instructions?: string | null;
  model?: string | null;
  model_auto_compact_token_limit?: number | null;
  model_auto_compact_token_limit_scope?: AutoCompactTokenLimitScope | null;
  model_context_window?: number | null;
  model_provider?: string | null;
  model_reasoning_effort?: ReasoningEffort | null;
  model_reasoning_summary?: ReasoningSummary | null;
  model_verbosity?: Verbosity | null;
  review_model?: string | null;
  sandbox_mode?: SandboxMode | null;
  sandbox_workspace_write?: SandboxWorkspaceWrite | null;
  service_tier?: string | null;
  tools?: ToolsV2 | null;
  web_search?: WebSearchMode | null;
};

export type ConfigBatchWriteParams = {
  edits: Array<ConfigEdit>;
  expectedVersion?: string | null;
  /**
   * Path to the config file to write; defaults to the user's `config.toml` when omitted.
   */
  filePath?: string | null;
  /**
   * When true, hot-reload updated runtime settings into loaded threads after writing. Session-static model, reasoning-effort, Plan-mode reasoning-effort, and service-tier defaults are not reloaded. The deprecated personality setting is also not reloaded.
   */
  reloadUserConfig?: boolean;
};

export type ConfigEdit = {
  keyPath: string;
  mergeStrategy: MergeStrategy;
  value: unknown;
};

export type ConfigLayer = {
  config: unknown;
  disabledReason?: string | null;
  name: ConfigLayerSource;
  version: string;
};

export type ConfigLayerMetadata = {
  name: ConfigLayerSource;
  version: string;
};

export type ConfigLayerSource = {
  /**
   * Path to the packaged default configuration file.
   */
  file: AbsolutePathBuf;
  type: "packagedDefaults";
} | {
  domain: string;
  key: string;
  type: "mdm";
} | {
  /**
   * This is the path to the system config.toml file, though it is not guaranteed to exist.
   */
  file: AbsolutePathBuf;
  type: "system";
} | {
  /**
   * Stable identifier for the delivered layer.
   */
  id: string;
  /**
   * Admin-facing name for the delivered layer. This is surfaced in diagnostics so users know which cloud layer needs administrator attention.
   */
  name: string;
  type: "enterpriseManaged";
} | {
  /**
   * This is the path to the user's config.toml file, though it is not guaranteed to exist.
   */
  file: AbsolutePathBuf;
  /**
   * Name of the selected profile-v2 config layered on top of the base user config, when this layer represents one.
   */
  profile?: string | null;
  type: "user";
} | {
  dotCodexFolder: AbsolutePathBuf;
  type: "project";
} | {
  type: "sessionFlags";
} | {
  file: AbsolutePathBuf;
  type: "legacyManagedConfigTomlFromFile";
} | {
  type: "legacyManagedConfigTomlFromMdm";
};

export type ConfigReadParams = {
  /**
   * Optional working directory to resolve project config layers. If specified, return the effective config as seen from that directory (i.e., including any project layers between `cwd` and the project/repo root).
   */
  cwd?: string | null;
  includeLayers?: boolean;
};

export type ConfigReadResponse = {
  config: Config;
  layers?: Array<ConfigLayer> | null;
  origins: { [key: string]: ConfigLayerMetadata };
};

export type ConfigRequirements = {
  additionalDeveloperInstructions?: string | null;
  allowAppshots?: boolean | null;
  allowBrowserAndComputerUse?: boolean | null;
  allowLoginShell?: boolean | null;
  allowManagedHooksOnly?: boolean | null;
  allowRemoteControl?: boolean | null;
  allowedApprovalPolicies?: Array<AskForApproval> | null;
  allowedApprovalsReviewers?: Array<ApprovalsReviewer> | null;
  /**
   * Effective login methods after managed, forced-login, and workspace restrictions. An empty list permits no login method. Older servers may omit this field.
   */
  allowedLoginMethods?: Array<ForcedLoginMethod> | null;
  allowedPermissionProfiles?: { [key: string]: boolean } | null;
  allowedSandboxModes?: Array<SandboxMode> | null;
  allowedWebSearchModes?: Array<WebSearchMode> | null;
  allowedWindowsSandboxImplementations?: Array<WindowsSandboxImplementation> | null;
  application?: ApplicationRequirements | null;
  autoReview?: AutoReviewRequirements | null;
  browserUse?: BrowserUseRequirements | null;
  chatgptBaseUrl?: string | null;
  checkForUpdateOnStartup?: boolean | null;
  cliAuthCredentialsStore?: CliAuthCredentialsStoreMode | null;
  computerUse?: ComputerUseRequirements | null;
  defaultPermissions?: string | null;
  enforceResidency?: ResidencyRequirement | null;
  featureRequirements?: { [key: string]: boolean } | null;
  feedback?: FeedbackRequirements | null;
  hooks?: ManagedHooksRequirements | null;
  inAppBrowser?: InAppBrowserRequirements | null;
  logDir?: string | null;
  modelCatalogJson?: string | null;
  /**
   * Exact provider selection required by managed policy.
   */
  modelProvider?: string | null;
  /**
   * Complete required provider definitions, using config.toml field names.
   */
  modelProviders?: { [key: string]: unknown } | null;
  models?: ModelsRequirements | null;
  network?: NetworkRequirements | null;
  otel?: OtelRequirements | null;
  sqliteHome?: string | null;
};

export type ConfigRequirementsReadResponse = {
  /**
   * Null if no requirements are configured (e.g. no requirements.toml/MDM entries).
   */
  requirements?: ConfigRequirements | null;
  /**
   * Whether Fast and Ultra Fast requirements are enforced independently. Older servers omit this field and use Fast mode as a shared speed gate.
   */
  supportsIndependentSpeedModes?: boolean | null;
};

export type ConfigValueWriteParams = {
  expectedVersion?: string | null;
  /**
   * Path to the config file to write; defaults to the user's `config.toml` when omitted.
   */
  filePath?: string | null;
  keyPath: string;
  mergeStrategy: MergeStrategy;
  value: unknown;
};

export type ConfigWarningNotification = {
  /**
   * Optional extra guidance or error details.
   */
  details?: string | null;
  /**
   * Optional path to the config file that triggered the warning.
   */
  path?: string | null;
  /**
   * Optional range for the error location inside the config file.
   */
  range?: TextRange | null;
  /**
   * Concise summary of the warning.
   */
  summary: string;
};

export type ConfigWriteResponse = {
  /**
   * Canonical path to the config file that was written.
   */
  filePath: AbsolutePathBuf;
  overriddenMetadata?: OverriddenMetadata | null;
  status: WriteStatus;
  version: string;
};

/**
 * Reasoning settings interpreted by the backend for the routed model.
 */
export type ConfigurationReasoning = {
  effort: ReasoningEffort;
};

export type ConfiguredHookHandler = {
  /**
   * Approximate token threshold for spilling this hook's `additionalContext` to disk. `null` uses 2,500 tokens; `0` disables spilling for this hook. The threshold is evaluated against the original context; a spilled preview also includes recovery metadata.
   */
  additionalContextLimit?: number | null;
  async: boolean;
  command: string;
  commandWindows?: string | null;
  statusMessage?: string | null;
  timeoutSec?: number | null;
  type: "command";
} | {
  input: { [key: string]: unknown };
  server: string;
  statusMessage?: string | null;
  timeoutSec?: number | null;
  tool: string;
  type: "mcp_tool";
} | {
  type: "prompt";
} | {
  type: "agent";
};

export type ConfiguredHookMatcherGroup = {
  hooks: Array<ConfiguredHookHandler>;
  matcher?: string | null;
};

/**
 * EXPERIMENTAL - metadata returned by app/read.
 */
export type ConnectorMetadata = {
  description?: string | null;
  distributionChannel?: string | null;
  iconUrl?: string | null;
  iconUrlDark?: string | null;
  id: string;
  installUrl?: string | null;
  name: string;
  pluginDisplayNames?: Array<string>;
  toolSummaries?: Array<AppToolSummary> | null;
};

export type ConsumeAccountRateLimitResetCreditOutcome = "reset" | "nothingToReset" | "noCredit" | "alreadyRedeemed";

export type ConsumeAccountRateLimitResetCreditParams = {
  /**
   * Opaque reset-credit identifier to redeem. When omitted, the backend selects the next available credit.
   */
  creditId?: string | null;
  /**
   * Identifies one logical reset attempt. A UUID is recommended; reuse the same value when retrying that attempt.
   */
  idempotencyKey: string;
};

export type ConsumeAccountRateLimitResetCreditResponse = {
  outcome: ConsumeAccountRateLimitResetCreditOutcome;
};

export type ContentItem = {
  text: string;
  type: "input_text";
} | ({
  detail?: ImageDetail | null;
  type: "input_image";
}) & ({
  image_url: string;
} | {
  file_id: string;
}) | ({
  type: "input_audio";
}) & ({
  audio_url: string;
} | {
  file_id: string;
}) | {
  annotations?: Array<unknown> | null;
  logprobs?: Array<unknown> | null;
  text: string;
  type: "output_text";
};

/**
 * Deprecated: Use `ContextCompaction` item type instead.
 */
export type ContextCompactedNotification = {
  threadId: string;
  turnId: string;
};

export type ConversationTextRole = "user" | "developer" | "assistant";

export type CreditsSnapshot = {
  balance?: string | null;
  hasCredits: boolean;
  unlimited: boolean;
};

export type CurrentTimeReadParams = {
  threadId: string;
};

export type CurrentTimeReadResponse = {
  /**
   * Current time as whole Unix seconds.
   */
  currentTimeAt: number;
};

/**
 * Requested cyber treatment for an OpenAI model turn. Authorization and model-tier restrictions remain server-owned.
 */
export type CyberAccessProgram = "standard" | "daybreakBlue" | "daybreakRed";

export type DeprecationNoticeNotification = {
  /**
   * Optional extra guidance, such as migration steps or rationale.
   */
  details?: string | null;
  /**
   * Concise summary of what is deprecated.
   */
  summary: string;
};

export type DesktopOnboardingEntrypoint = "life_sciences";

export type DynamicToolCallOutputContentItem = {
  text: string;
  type: "inputText";
} | {
  imageUrl: string;
  type: "inputImage";
} | {
  audioUrl: string;
  type: "inputAudio";
};

export type DynamicToolCallParams = {
  arguments: unknown;
  callId: string;
  namespace?: string | null;
  threadId: string;
  tool: string;
  turnId: string;
};

export type DynamicToolCallResponse = {
  contentItems: Array<DynamicToolCallOutputContentItem>;
  success: boolean;
};

export type DynamicToolCallStatus = "inProgress" | "completed" | "failed";

export type DynamicToolNamespaceTool = {
  deferLoading?: boolean;
  description: string;
  inputSchema: unknown;
  name: string;
  type: "function";
};

export type DynamicToolSpec = {
  deferLoading?: boolean;
  description: string;
  inputSchema: unknown;
  name: string;
  type: "function";
} | {
  description: string;
  name: string;
  tools: Array<DynamicToolNamespaceTool>;
  type: "namespace";
};

export type EnvironmentAddParams = {
  /**
   * Optional raw bearer token for executor authentication, including reconnects. Requires a secure transport or a loopback destination.
   */
  authBearerToken?: string | null;
  /**
   * Optional WebSocket connection timeout. The server default applies when omitted.
   */
  connectTimeoutMs?: number | null;
  environmentId: string;
  execServerUrl: string;
  /**
   * Required skills supplied by this environment, checked before model inference.
   */
  skills?: EnvironmentSkillsParams | null;
  /**
   * Optional X-Request-ID for the direct WebSocket upgrade, including reconnects. Requires a secure transport or a loopback destination.
   */
  websocketRequestId?: string | null;
};

export type EnvironmentAddResponse = { [key: string]: unknown };

export type EnvironmentConnectionNotification = {
  environmentId: string;
  threadId: string;
};

export type EnvironmentInfoParams = {
  environmentId: string;
};

export type EnvironmentInfoResponse = {
  /**
   * Default working directory reported by the environment, as a canonical file URI.
   */
  cwd?: PathUri | null;
  shell: EnvironmentShellInfo;
};

export type EnvironmentShellInfo = {
  /**
   * Stable shell name, for example `zsh`, `bash`, `powershell`, `sh`, or `cmd`.
   */
  name: string;
  /**
   * Target-native shell executable path or command name.
   */
  path: string;
};

export type EnvironmentSkillsParams = {
  /**
   * Exact catalog names that must be available from this environment.
   */
  required?: Array<string> | null;
};

/**
 * Current status observed by app-server without starting or recovering an environment.
 *
 * For a currently ready remote environment, app-server asks the existing exec-server connection for `environment/status` without allowing recovery.
 */
export type EnvironmentStatusKind = "ready" | "pending" | "disconnected" | "unknown";

/**
 * Parameters for reading the current status of one configured environment.
 */
export type EnvironmentStatusParams = {
  /**
   * Environment id to inspect.
   */
  environmentId: string;
};

/**
 * Current status for the requested environment.
 */
export type EnvironmentStatusResponse = {
  /**
   * Human-readable detail for `disconnected` and `unknown`; omitted for other statuses.
   */
  error?: string | null;
  /**
   * Current status observed without starting or recovering the environment.
   */
  status: EnvironmentStatusKind;
};

export type ErrorNotification = {
  error: TurnError;
  threadId: string;
  turnId: string;
  willRetry: boolean;
};

export type ExecCommandApprovalParams = {
  /**
   * Identifier for this specific approval callback.
   */
  approvalId?: string | null;
  /**
   * Use to correlate this with [codex_protocol::protocol::ExecCommandBeginEvent] and [codex_protocol::protocol::ExecCommandEndEvent].
   */
  callId: string;
  command: Array<string>;
  conversationId: ThreadId;
  cwd: string;
  parsedCmd: Array<ParsedCommand>;
  reason?: string | null;
};

export type ExecCommandApprovalResponse = {
  decision: ReviewDecision;
};

export type ExperimentalFeature = {
  /**
   * Announcement copy shown to users when the feature is introduced. Null when this feature is not in beta.
   */
  announcement?: string | null;
  /**
   * Whether this feature is enabled by default.
   */
  defaultEnabled: boolean;
  /**
   * Short summary describing what the feature does. Null when this feature is not in beta.
   */
  description?: string | null;
  /**
   * User-facing display name shown in the experimental features UI. Null when this feature is not in beta.
   */
  displayName?: string | null;
  /**
   * Whether this feature is currently enabled in the loaded config.
   */
  enabled: boolean;
  /**
   * Stable key used in config.toml and CLI flag toggles.
   */
  name: string;
  /**
   * Lifecycle stage of this feature flag.
   */
  stage: ExperimentalFeatureStage;
};

export type ExperimentalFeatureEnablementSetParams = {
  /**
   * Process-wide runtime feature enablement keyed by canonical feature name.
   *
   * Only named features are updated. Omitted features are left unchanged. Send an empty map for a no-op.
   */
  enablement: { [key: string]: boolean };
};

export type ExperimentalFeatureEnablementSetResponse = {
  /**
   * Feature enablement entries updated by this request.
   */
  enablement: { [key: string]: boolean };
};

export type ExperimentalFeatureListParams = {
  /**
   * Opaque pagination cursor returned by a previous call.
   */
  cursor?: string | null;
  /**
   * Optional page size; defaults to a reasonable server-side value.
   */
  limit?: number | null;
  /**
   * Optional loaded thread id. Pass this when showing feature state for an existing thread so enablement is computed from that thread's refreshed config, including project-local config for the thread's cwd.
   */
  threadId?: string | null;
};

export type ExperimentalFeatureListResponse = {
  data: Array<ExperimentalFeature>;
  /**
   * Opaque cursor to pass to the next call to continue after the last item. If None, there are no more items to return.
   */
  nextCursor?: string | null;
};

export type ExperimentalFeatureStage = "beta" | "underDevelopment" | "stable" | "deprecated" | "removed";

export type ExternalAgentConfigDetectParams = {
  /**
   * Zero or more working directories to include for repo-scoped detection.
   */
  cwds?: Array<string> | null;
  /**
   * If true, include detection under the user's home directory.
   */
  includeHome?: boolean;
  /**
   * Maximum age in days for detected sessions. Missing values use the default limit.
   */
  maxSessionAgeDays?: number | null;
  /**
   * Maximum number of sessions to detect. Missing values use the default limit.
   */
  maxSessions?: number | null;
  /**
   * Optional migration-source selector. Missing or unrecognized values use the default source.
   */
  migrationSource?: string | null;
  /**
   * Deprecated field retained for compatibility. This field is ignored; use `migrationSource` to select the migration source.
   */
  source?: string | null;
};

export type ExternalAgentConfigDetectResponse = {
  connectors?: Array<ExternalAgentDetectedConnectorCandidate>;
  items: Array<ExternalAgentConfigMigrationItem>;
};

export type ExternalAgentConfigImportCompletedNotification = {
  importId: string;
  itemTypeResults: Array<ExternalAgentConfigImportTypeResult>;
};

export type ExternalAgentConfigImportHistoriesReadResponse = {
  connectors: Array<ExternalAgentImportedConnectorCandidate>;
  data: Array<ExternalAgentConfigImportHistory>;
};

export type ExternalAgentConfigImportHistory = {
  completedAtMs: number;
  failures: Array<ExternalAgentConfigImportItemTypeFailure>;
  importId: string;
  providerId?: string | null;
  successes: Array<ExternalAgentConfigImportItemTypeSuccess>;
};

export type ExternalAgentConfigImportHistoryRecordParams = {
  /**
   * Completed results grouped by imported item type.
   */
  itemTypeResults: Array<ExternalAgentConfigImportHistoryRecordTypeResultParams>;
  /**
   * Opaque provider identifier for the externally completed import.
   */
  providerId: string;
};

export type ExternalAgentConfigImportHistoryRecordResponse = {
  importId: string;
};

export type ExternalAgentConfigImportHistoryRecordSuccessParams = {
  cwd?: string | null;
  itemType: ExternalAgentConfigMigrationItemType;
  source?: string | null;
  target?: string | null;
  /**
   * Original title for an imported session, when available.
   */
  title?: string | null;
};

export type ExternalAgentConfigImportHistoryRecordTypeResultParams = {
  failures: Array<ExternalAgentConfigImportItemTypeFailure>;
  itemType: ExternalAgentConfigMigrationItemType;
  successes: Array<ExternalAgentConfigImportHistoryRecordSuccessParams>;
};

export type ExternalAgentConfigImportItemTypeFailure = {
  cwd?: string | null;
  errorType?: string | null;
  failureStage: string;
  itemType: ExternalAgentConfigMigrationItemType;
  message: string;
  source?: string | null;
  subErrorType?: string | null;
};

export type ExternalAgentConfigImportItemTypeSuccess = {
  cwd?: string | null;
  itemType: ExternalAgentConfigMigrationItemType;
  source?: string | null;
  target?: string | null;
  /**
   * Original title for an imported session; null for other item types.
   */
  title?: string | null;
};

export type ExternalAgentConfigImportParams = {
  migrationItems: Array<ExternalAgentConfigMigrationItem>;
  /**
   * Migration-source selector used to produce the migration items. Pass the same value to detection and import; missing or unrecognized values use the default source.
   */
  migrationSource?: string | null;
  /**
   * Opaque provider identifier supplied by the caller for analytics attribution and import history display. This does not select the migration source.
   */
  providerId?: string | null;
  /**
   * Optional identifier for the product that initiated the import.
   */
  source?: string | null;
};

export type ExternalAgentConfigImportProgressNotification = {
  importId: string;
  itemTypeResults: Array<ExternalAgentConfigImportTypeResult>;
};

export type ExternalAgentConfigImportResponse = {
  importId: string;
};

export type ExternalAgentConfigImportTypeResult = {
  failures: Array<ExternalAgentConfigImportItemTypeFailure>;
  itemType: ExternalAgentConfigMigrationItemType;
  successes: Array<ExternalAgentConfigImportItemTypeSuccess>;
};

export type ExternalAgentConfigMigrationItem = {
  /**
   * Null or empty means home-scoped migration; non-empty means repo-scoped migration.
   */
  cwd?: string | null;
  description: string;
  details?: MigrationDetails | null;
  itemType: ExternalAgentConfigMigrationItemType;
};

export type ExternalAgentConfigMigrationItemType = "AGENTS_MD" | "CONFIG" | "SKILLS" | "PLUGINS" | "MCP_SERVER_CONFIG" | "SUBAGENTS" | "HOOKS" | "COMMANDS" | "MEMORY" | "SESSIONS";

export type ExternalAgentDetectedConnectorCandidate = {
  name: string;
  sessionCount: number;
  source: ExternalAgentDetectedConnectorSource;
};

export type ExternalAgentDetectedConnectorSource = "remoteMcpServersConfig" | "sessionToolUse";

export type ExternalAgentImportedConnectorCandidate = {
  name: string;
  sessionCount: number;
  source: ExternalAgentImportedConnectorSource;
};

export type ExternalAgentImportedConnectorSource = "remoteMcpServersConfig";

export type FeedbackRequirements = {
  enabled?: boolean | null;
};

export type FeedbackSaveParams = {
  classification: string;
  extraLogFiles?: Array<string> | null;
  includeLogs?: boolean;
  reason?: string | null;
  /**
   * Absolute, previously unused ZIP path on the app-server host. The caller owns this file, including after a disconnected RPC.
   */
  savePath: LegacyAppPathString;
  tags?: { [key: string]: string } | null;
  threadId?: string | null;
};

export type FeedbackSaveResponse = {
  /**
   * Same prompt hash as feedback/upload; null when prompt metadata is absent.
   */
  promptHash?: string | null;
  savedPath: LegacyAppPathString;
  threadId: string;
};

export type FeedbackUploadParams = {
  classification: string;
  extraLogFiles?: Array<string> | null;
  includeLogs?: boolean;
  reason?: string | null;
  tags?: { [key: string]: string } | null;
  threadId?: string | null;
};

export type FeedbackUploadResponse = {
  /**
   * Whitespace-normalized SHA-256 of the session base instructions, matching the uploaded `prompt_hash` tag. Does not include later developer messages. Null when the reported rollout has no prompt metadata.
   */
  promptHash?: string | null;
  threadId: string;
};

export type FileChange = {
  content: string;
  type: "add";
} | {
  content: string;
  type: "delete";
} | {
  move_path?: string | null;
  type: "update";
  unified_diff: string;
};

export type FileChangeApprovalDecision = "accept" | "acceptForSession" | "decline" | "cancel";

/**
 * Deprecated legacy notification for `apply_patch` textual output.
 *
 * The server no longer emits this notification.
 */
export type FileChangeOutputDeltaNotification = {
  delta: string;
  itemId: string;
  threadId: string;
  turnId: string;
};

export type FileChangePatchUpdatedNotification = {
  changes: Array<FileUpdateChange>;
  itemId: string;
  threadId: string;
  turnId: string;
};

export type FileChangeRequestApprovalParams = {
  /**
   * [UNSTABLE] When set, the agent is asking the user to allow writes under this root for the remainder of the session (unclear if this is honored today).
   */
  grantRoot?: string | null;
  itemId: string;
  /**
   * Optional explanatory reason (e.g. request for extra write access).
   */
  reason?: string | null;
  /**
   * Unix timestamp (in milliseconds) when this approval request started.
   */
  startedAtMs: number;
  threadId: string;
  turnId: string;
};

export type FileChangeRequestApprovalResponse = {
  decision: FileChangeApprovalDecision;
};

export type FileSystemAccessMode = "read" | "write" | "deny";

export type FileSystemPath = {
  path: LegacyAppPathString;
  type: "path";
} | {
  pattern: string;
  type: "glob_pattern";
} | {
  type: "special";
  value: FileSystemSpecialPath;
};

export type FileSystemSandboxEntry = {
  access: FileSystemAccessMode;
  path: FileSystemPath;
};

export type FileSystemSpecialPath = {
  kind: "root";
} | {
  kind: "minimal";
} | {
  kind: "project_roots";
  subpath?: LegacyAppPathString | null;
} | {
  kind: "tmpdir";
} | {
  kind: "slash_tmp";
} | {
  kind: "unknown";
  path: string;
  subpath?: LegacyAppPathString | null;
};

export type FileUpdateChange = {
  diff: string;
  kind: PatchChangeKind;
  path: string;
};

/**
 * Backward-compatible API shape for ChatGPT workspace login restrictions.
 */
export type ForcedChatgptWorkspaceIds = string | Array<string>;

export type ForcedLoginMethod = "chatgpt" | "api";

/**
 * Filesystem watch notification emitted for `fs/watch` subscribers.
 */
export type FsChangedNotification = {
  /**
   * File or directory paths associated with this event.
   */
  changedPaths: Array<AbsolutePathBuf>;
  /**
   * Watch identifier previously provided to `fs/watch`.
   */
  watchId: string;
};

/**
 * Copy a file or directory tree on the host filesystem.
 */
export type FsCopyParams = {
  /**
   * Absolute destination path.
   */
  destinationPath: AbsolutePathBuf;
  /**
   * Required for directory copies; ignored for file copies.
   */
  recursive?: boolean;
  /**
   * Absolute source path.
   */
  sourcePath: AbsolutePathBuf;
};

/**
 * Successful response for `fs/copy`.
 */
export type FsCopyResponse = { [key: string]: unknown };

/**
 * Create a directory on the host filesystem.
 */
export type FsCreateDirectoryParams = {
  /**
   * Absolute directory path to create.
   */
  path: AbsolutePathBuf;
  /**
   * Whether parent directories should also be created. Defaults to `true`.
   */
  recursive?: boolean | null;
};

/**
 * Successful response for `fs/createDirectory`.
 */
export type FsCreateDirectoryResponse = { [key: string]: unknown };

/**
 * Request metadata for an absolute path.
 */
export type FsGetMetadataParams = {
  /**
   * Absolute path to inspect.
   */
  path: AbsolutePathBuf;
};

/**
 * Metadata returned by `fs/getMetadata`.
 */
export type FsGetMetadataResponse = {
  /**
   * File creation time in Unix milliseconds when available, otherwise `0`.
   */
  createdAtMs: number;
  /**
   * Whether the path resolves to a directory.
   */
  isDirectory: boolean;
  /**
   * Whether the path resolves to a regular file.
   */
  isFile: boolean;
  /**
   * Whether the path itself is a symbolic link.
   */
  isSymlink: boolean;
  /**
   * File modification time in Unix milliseconds when available, otherwise `0`.
   */
  modifiedAtMs: number;
};

/**
 * A directory entry returned by `fs/readDirectory`.
 */
export type FsReadDirectoryEntry = {
  /**
   * Direct child entry name only, not an absolute or relative path.
   */
  fileName: string;
  /**
   * Whether this entry resolves to a directory.
   */
  isDirectory: boolean;
  /**
   * Whether this entry resolves to a regular file.
   */
  isFile: boolean;
};

/**
 * List direct child names for a directory.
 */
export type FsReadDirectoryParams = {
  /**
   * Absolute directory path to read.
   */
  path: AbsolutePathBuf;
};

/**
 * Directory entries returned by `fs/readDirectory`.
 */
export type FsReadDirectoryResponse = {
  /**
   * Direct child entries in the requested directory.
   */
  entries: Array<FsReadDirectoryEntry>;
};

/**
 * Read a file from the host filesystem.
 */
export type FsReadFileParams = {
  /**
   * Absolute path to read.
   */
  path: AbsolutePathBuf;
};

/**
 * Base64-encoded file contents returned by `fs/readFile`.
 */
export type FsReadFileResponse = {
  /**
   * File contents encoded as base64.
   */
  dataBase64: string;
};

/**
 * Remove a file or directory tree from the host filesystem.
 */
export type FsRemoveParams = {
  /**
   * Whether missing paths should be ignored. Defaults to `true`.
   */
  force?: boolean | null;
  /**
   * Absolute path to remove.
   */
  path: AbsolutePathBuf;
  /**
   * Whether directory removal should recurse. Defaults to `true`.
   */
  recursive?: boolean | null;
};

/**
 * Successful response for `fs/remove`.
 */
export type FsRemoveResponse = { [key: string]: unknown };

/**
 * Stop filesystem watch notifications for a prior `fs/watch`.
 */
export type FsUnwatchParams = {
  /**
   * Watch identifier previously provided to `fs/watch`.
   */
  watchId: string;
};

/**
 * Successful response for `fs/unwatch`.
 */
export type FsUnwatchResponse = { [key: string]: unknown };

/**
 * Start filesystem watch notifications for an absolute path.
 */
export type FsWatchParams = {
  /**
   * Absolute file or directory path to watch.
   */
  path: AbsolutePathBuf;
  /**
   * Connection-scoped watch identifier used for `fs/unwatch` and `fs/changed`.
   */
  watchId: string;
};

/**
 * Successful response for `fs/watch`.
 */
export type FsWatchResponse = {
  /**
   * Canonicalized path associated with the watch.
   */
  path: AbsolutePathBuf;
};

/**
 * Write a file on the host filesystem.
 */
export type FsWriteFileParams = {
  /**
   * File contents encoded as base64.
   */
  dataBase64: string;
  /**
   * Absolute path to write.
   */
  path: AbsolutePathBuf;
};

/**
 * Successful response for `fs/writeFile`.
 */
export type FsWriteFileResponse = { [key: string]: unknown };

export type FunctionCallOutputBody = string | Array<FunctionCallOutputContentItem>;

/**
 * Responses API compatible content items that can be returned by a tool call. This is a subset of ContentItem with the types we support as function call outputs.
 */
export type FunctionCallOutputContentItem = {
  text: string;
  type: "input_text";
} | ({
  detail?: ImageDetail | null;
  type: "input_image";
}) & ({
  image_url: string;
} | {
  file_id: string;
}) | ({
  type: "input_audio";
}) & ({
  audio_url: string;
} | {
  file_id: string;
}) | {
  encrypted_content: string;
  type: "encrypted_content";
};

export type FuzzyFileSearchMatchType = "file" | "directory";

export type FuzzyFileSearchParams = {
  cancellationToken?: string | null;
  query: string;
  roots: Array<string>;
};

export type FuzzyFileSearchResponse = {
  files: Array<FuzzyFileSearchResult>;
};

/**
 * Superset of [`codex_file_search::FileMatch`]
 */
export type FuzzyFileSearchResult = {
  file_name: string;
  indices?: Array<number> | null;
  match_type: FuzzyFileSearchMatchType;
  path: string;
  root: string;
  score: number;
};

export type FuzzyFileSearchSessionCompletedNotification = {
  sessionId: string;
};

export type FuzzyFileSearchSessionStartParams = {
  roots: Array<string>;
  sessionId: string;
};

export type FuzzyFileSearchSessionStartResponse = { [key: string]: unknown };

export type FuzzyFileSearchSessionStopParams = {
  sessionId: string;
};

export type FuzzyFileSearchSessionStopResponse = { [key: string]: unknown };

export type FuzzyFileSearchSessionUpdateParams = {
  query: string;
  sessionId: string;
};

export type FuzzyFileSearchSessionUpdateResponse = { [key: string]: unknown };

export type FuzzyFileSearchSessionUpdatedNotification = {
  files: Array<FuzzyFileSearchResult>;
  query: string;
  sessionId: string;
};

export type GatewayAuth = {
  mode: "none";
} | {
  envKey: string;
  mode: "environmentVariable";
} | {
  envKey?: string | null;
  mode: "externallyConfigured";
};

export type GatewayOAuthCancelResponse = { [key: string]: unknown };

export type GatewayOAuthChangedNotification = {
  /**
   * Authorization handoff, sent only to the connection that started login.
   */
  authUrl?: string | null;
  error?: string | null;
  /**
   * Identifies the completed device login attempt.
   */
  loginId?: string | null;
  providerId: string;
  status: GatewayOAuthStatus;
};

/**
 * Authorize a configured provider without changing the default or any thread's provider.
 */
export type GatewayOAuthLoginParams = {
  /**
   * Select device authorization when the server advertises support for it.
   */
  deviceAuth?: boolean;
  /**
   * Defaults to the current provider when omitted.
   */
  modelProvider?: string | null;
};

export type GatewayOAuthLoginResponse = {
  prompt?: GatewayOAuthPrompt | null;
};

export type GatewayOAuthPrompt = {
  loginId: string;
  userCode: string;
  verificationUrl: string;
};

/**
 * Read credential readiness for a configured provider without starting browser login.
 */
export type GatewayOAuthReadParams = {
  /**
   * Defaults to the current provider when omitted.
   */
  modelProvider?: string | null;
};

/**
 * Current effective gateway policy and credential readiness; never contains credentials.
 */
export type GatewayOAuthReadResponse = {
  error?: string | null;
  providerId: string;
  providerName: string;
  /**
   * Whether the selected provider uses gateway OAuth, even when already signed in.
   */
  required: boolean;
  /**
   * Null when the effective provider does not use gateway OAuth.
   */
  status?: GatewayOAuthStatus | null;
  /**
   * Whether the administrator configured a device authorization endpoint.
   */
  supportsDeviceAuth?: boolean;
};

export type GatewayOAuthStatus = "notReady" | "started" | "succeeded" | "failed";

export type GcpProviderId = "gcp";

export type GcpSetupParams = {
  /**
   * Absolute path to a credential file on the app-server host. Omit or pass `null` to clear the active user configuration's override and use ADC. If another configuration layer would still supply a credential file, setup fails without saving changes.
   */
  credentialFile?: string | null;
  /**
   * Vertex AI location. Omission or null selects `global`.
   */
  location?: string | null;
  projectId: string;
};

export type GcpSetupResponse = { [key: string]: unknown };

export type GetAccountParams = {
  /**
   * When `true`, requests a proactive token refresh before returning.
   *
   * In managed auth mode this triggers the normal refresh-token flow. In external auth mode this flag is ignored. Clients should refresh tokens themselves and call `account/login/start` with `chatgptAuthTokens`.
   */
  refreshToken?: boolean;
};

/**
 * Usage-read capabilities of the requesting client, never inferred from its experiment arm.
 */
export type GetAccountRateLimitsParams = {
  /**
   * Skip the separate reset-credit detail lookup for background usage polls. The usage response still includes the available count; omitted/false preserves detailed reads.
   */
  excludeResetCreditDetails?: boolean;
  /**
   * The client supports automatic Luna Reserve fallback. For eligible ChatGPT CLI users, allow the backend to record experiment exposure after ordinary usage is blocked.
   */
  supportsLunaReserve?: boolean;
};

export type GetAccountRateLimitsResponse = {
  /**
   * Account associated with this usage snapshot, when supplied by the backend.
   */
  accountId?: string | null;
  /**
   * Backend permission for ordinary included usage, validated against the active account. Null means unavailable; clients must not infer recovery from percentages or reset times.
   */
  ordinaryUsageAllowed?: boolean | null;
  rateLimitResetCredits?: RateLimitResetCreditsSummary | null;
  /**
   * Optional backend-owned banner from the same usage read. Its nested keys retain the backend's snake_case contract; an absent banner leaves the client's existing UI unchanged.
   */
  rateLimitUpsell?: unknown;
  /**
   * Backward-compatible single-bucket view; mirrors the historical payload.
   */
  rateLimits: RateLimitSnapshot;
  /**
   * Multi-bucket view keyed by metered `limit_id` (for example, `codex`).
   */
  rateLimitsByLimitId?: { [key: string]: RateLimitSnapshot } | null;
};

export type GetAccountResponse = {
  account?: Account | null;
  requiresOpenaiAuth: boolean;
  /**
   * ChatGPT user ID belonging to this account response, when available.
   */
  userId?: string | null;
  workspaceRouting?: WorkspaceRouting | null;
};

/**
 * Optional security reminder bound to the account that fetched it. Unavailable or ineligible accounts return no notice; this read never changes account security.
 */
export type GetAccountSecuritySetupResponse = {
  notice?: AccountSecuritySetupNotice | null;
};

export type GetAccountTokenUsageParams = {
  /**
   * When present, read estimated usage for this thread instead of account-wide token activity.
   */
  threadId?: string | null;
};

export type GetAccountTokenUsageResponse = {
  dailyUsageBuckets?: Array<AccountTokenUsageDailyBucket> | null;
  summary: AccountTokenUsageSummary;
  /**
   * Estimated usage when a thread was requested and its billing route is available.
   */
  threadUsage?: ThreadUsage | null;
};

export type GetWorkspaceMessagesResponse = {
  /**
   * Whether the workspace-message backend route is available for this client.
   */
  featureEnabled: boolean;
  /**
   * Active workspace messages returned by the backend.
   */
  messages: Array<WorkspaceMessage>;
};

export type GitInfo = {
  branch?: string | null;
  originUrl?: string | null;
  sha?: string | null;
};

export type GrantedPermissionProfile = {
  fileSystem?: AdditionalFileSystemPermissions | null;
  network?: AdditionalNetworkPermissions | null;
};

/**
 * [UNSTABLE] Temporary approval auto-review payload used by `item/autoApprovalReview/*` notifications. This shape is expected to change soon.
 */
export type GuardianApprovalReview = {
  rationale?: string | null;
  riskLevel?: GuardianRiskLevel | null;
  status: GuardianApprovalReviewStatus;
  userAuthorization?: GuardianUserAuthorization | null;
};

export type GuardianApprovalReviewAction = {
  command: string;
  cwd: LegacyAppPathString;
  source: GuardianCommandSource;
  type: "command";
} | {
  argv: Array<string>;
  cwd: AbsolutePathBuf;
  program: string;
  source: GuardianCommandSource;
  type: "execve";
} | {
  approvalId: string;
  cwd: LegacyAppPathString;
  processId: string;
  stdin: string;
  type: "writeStdin";
} | {
  cwd: LegacyAppPathString;
  files: Array<LegacyAppPathString>;
  type: "applyPatch";
} | {
  host: string;
  port: number;
  protocol: NetworkApprovalProtocol;
  target: string;
  type: "networkAccess";
} | {
  connectorId?: string | null;
  connectorName?: string | null;
  server: string;
  toolName: string;
  toolTitle?: string | null;
  type: "mcpToolCall";
} | {
  permissions: RequestPermissionProfile;
  reason?: string | null;
  type: "requestPermissions";
};

/**
 * [UNSTABLE] Lifecycle state for an approval auto-review.
 */
export type GuardianApprovalReviewStatus = "inProgress" | "approved" | "denied" | "timedOut" | "aborted";

/**
 * Final allow/deny outcome returned by the guardian reviewer.
 */
export type GuardianAssessmentOutcome = "allow" | "deny";

export type GuardianCommandSource = "shell" | "unifiedExec";

/**
 * [UNSTABLE] Risk level assigned by approval auto-review.
 */
export type GuardianRiskLevel = "low" | "medium" | "high" | "critical";

/**
 * [UNSTABLE] Authorization level assigned by approval auto-review.
 */
export type GuardianUserAuthorization = "unknown" | "low" | "medium" | "high";

export type GuardianWarningNotification = {
  /**
   * Concise guardian warning message for the user.
   */
  message: string;
  /**
   * Thread target for the guardian warning.
   */
  threadId: string;
};

export type HookCompletedNotification = {
  run: HookRunSummary;
  threadId: string;
  turnId?: string | null;
};

export type HookErrorInfo = {
  message: string;
  path: string;
};

export type HookEventName = "preModelRequest" | "postModelRequest" | "preToolUse" | "permissionRequest" | "postToolUse" | "preCompact" | "postCompact" | "sessionStart" | "sessionEnd" | "userPromptSubmit" | "subagentStart" | "subagentStop" | "stop" | "interrupt";

export type HookExecutionMode = "sync" | "async";

export type HookHandlerType = "command" | "mcpTool" | "prompt" | "agent";

export type HookMetadata = ({
  /**
   * Configured `additionalContext` spill threshold. `null` uses 2,500 tokens; `0` disables spilling.
   */
  additionalContextLimit?: number | null;
  currentHash: string;
  displayOrder: number;
  enabled: boolean;
  /**
   * The owning execution environment, if this hook came from its requirements.
   */
  environmentId?: string | null;
  eventName: HookEventName;
  isManaged: boolean;
  key: string;
  matcher?: string | null;
  pluginId?: string | null;
  source: HookSource;
  sourcePath: AbsolutePathBuf;
  statusMessage?: string | null;
  timeoutSec: number;
  trustStatus: HookTrustStatus;
}) & ({
  async?: boolean;
  command: string;
  handlerType: "command";
} | {
  handlerType: "mcpTool";
  server: string;
  tool: string;
} | {
  handlerType: "prompt";
} | {
  handlerType: "agent";
});

export type HookMigration = {
  name: string;
};

export type HookOutputEntry = {
  kind: HookOutputEntryKind;
  text: string;
};

export type HookOutputEntryKind = "warning" | "stop" | "feedback" | "context" | "error";

export type HookPromptFragment = {
  hookRunId: string;
  text: string;
};

export type HookRunStatus = "running" | "completed" | "failed" | "blocked" | "stopped";

export type HookRunSummary = {
  completedAt?: number | null;
  displayOrder: number;
  durationMs?: number | null;
  entries: Array<HookOutputEntry>;
  eventName: HookEventName;
  executionMode: HookExecutionMode;
  handlerType: HookHandlerType;
  id: string;
  scope: HookScope;
  source?: HookSource;
  sourcePath: LegacyAppPathString;
  startedAt: number;
  status: HookRunStatus;
  statusMessage?: string | null;
};

export type HookScope = "thread" | "turn";

export type HookSource = "system" | "user" | "project" | "mdm" | "sessionFlags" | "plugin" | "cloudRequirements" | "cloudManagedConfig" | "legacyManagedConfigFile" | "legacyManagedConfigMdm" | "unknown";

export type HookStartedNotification = {
  run: HookRunSummary;
  threadId: string;
  turnId?: string | null;
};

export type HookTrustStatus = "managed" | "untrusted" | "trusted" | "modified";

export type HooksListEntry = {
  cwd: string;
  errors: Array<HookErrorInfo>;
  hooks: Array<HookMetadata>;
  warnings: Array<string>;
};

export type HooksListParams = {
  /**
   * Working directories to inspect when no thread is specified. An empty list uses the session cwd.
   */
  cwds?: Array<string>;
  /**
   * List a loaded thread's hooks, including its selected environments. Omit `cwds` in this mode.
   */
  threadId?: string | null;
};

export type HooksListResponse = {
  data: Array<HooksListEntry>;
};

export type ImageDetail = "auto" | "low" | "high" | "original";

export type ImageGenerationFailure = {
  limitId: string;
  resetsAt?: number | null;
  type: "usageLimitExceeded";
};

/**
 * A local image file successfully read for this exact image-generation request.
 */
export type ImageGenerationInputImage = {
  path: AbsolutePathBuf;
  /**
   * Lowercase SHA-256 of the file bytes read before image normalization.
   */
  sha256: string;
};

export type InAppBrowserRequirements = {
  allowExternalBrowserSettingsImport?: boolean | null;
};

/**
 * Client-declared capabilities negotiated during initialize.
 */
export type InitializeCapabilities = {
  /**
   * Opt into receiving experimental API methods and fields.
   */
  experimentalApi?: boolean;
  /**
   * Use explicit gateway OAuth login instead of automatic browser authorization. Applies to this app-server's gateway runtime; later connections cannot undo it.
   */
  explicitGatewayOauth?: boolean;
  /**
   * MCP extension settings declared by the app-server client.
   */
  extensions?: { [key: string]: unknown } | null;
  /**
   * Legacy opt-in for the `openai/form` MCP extension.
   *
   * New clients should declare `openai/form` in [`Self::extensions`].
   */
  mcpServerOpenaiFormElicitation?: boolean;
  /**
   * Exact notification method names that should be suppressed for this connection (for example `thread/started`).
   */
  optOutNotificationMethods?: Array<string> | null;
  /**
   * Opt into `attestation/generate` requests for upstream `x-oai-attestation`.
   */
  requestAttestation?: boolean;
  /**
   * Present `humanCommand` approvals to a person and return only a one-time decision. Requires `experimentalApi`. Pending requests can be replayed to compatible clients.
   */
  requiredHumanApproval?: boolean;
};

export type InitializeParams = {
  capabilities?: InitializeCapabilities | null;
  clientInfo: ClientInfo;
};

export type InitializeResponse = {
  /**
   * Absolute path to the server's $CODEX_HOME directory.
   */
  codexHome: AbsolutePathBuf;
  /**
   * Platform family for the running app-server target, for example `"unix"` or `"windows"`.
   */
  platformFamily: string;
  /**
   * Operating system for the running app-server target, for example `"macos"`, `"linux"`, or `"windows"`.
   */
  platformOs: string;
  userAgent: string;
};

/**
 * Canonical user-input modality tags advertised by a model.
 */
export type InputModality = "text" | "image" | "audio";

/**
 * Installed connector runtime state.
 */
export type InstalledApp = {
  /**
   * Whether the connector is enabled and has a non-synthetic, model-visible tool allowed by effective MCP and app/tool policy in the committed runtime snapshot.
   */
  callable: boolean;
  /**
   * Effective enabled state after applying global, workspace, local, and managed configuration at read time.
   */
  enabled: boolean;
  id: string;
  /**
   * Best-effort name carried by the runtime tool catalog. Canonical app metadata remains owned by `app/read`.
   */
  runtimeName?: string | null;
};

/**
 * Internal Responses API passthrough metadata copied into underlying chat messages.
 *
 * Responses API strongly types this payload. Do not modify it without first getting API approval and making the corresponding Responses API change.
 */
export type InternalChatMessageMetadataPassthrough = {
  turn_id?: string | null;
};

export type ItemCompletedNotification = {
  /**
   * Unix timestamp (in milliseconds) when this item lifecycle completed.
   */
  completedAtMs: number;
  /**
   * Native content tokens for the completed assistant message, including a sampled footer. Null when unavailable. Completion telemetry is not part of the stored thread item.
   */
  contentTokenCount?: number | null;
  item: ThreadItem;
  threadId: string;
  turnId: string;
};

/**
 * [UNSTABLE] Temporary notification payload for approval auto-review. This shape is expected to change soon.
 */
export type ItemGuardianApprovalReviewCompletedNotification = {
  action: GuardianApprovalReviewAction;
  /**
   * Unix timestamp (in milliseconds) when this review completed.
   */
  completedAtMs: number;
  decisionSource: AutoReviewDecisionSource;
  review: GuardianApprovalReview;
  /**
   * Stable identifier for this review.
   */
  reviewId: string;
  /**
   * Unix timestamp (in milliseconds) when this review started.
   */
  startedAtMs: number;
  /**
   * Identifier for the reviewed item or tool call when one exists.
   *
   * In most cases, one review maps to one target item. The exceptions are - execve reviews, where a single command may contain multiple execve calls to review (only possible when using the shell_zsh_fork feature) - stdin reviews, which refer to the existing parent command item and have a separate approval ID in the action payload - network policy reviews, where there is no target item
   *
   * A network call is triggered by a CommandExecution item, so having a target_item_id set to the CommandExecution item would be misleading because the review is about the network call, not the command execution. Therefore, target_item_id is set to None for network policy reviews.
   */
  targetItemId?: string | null;
  threadId: string;
  turnId: string;
};

/**
 * [UNSTABLE] Temporary notification payload for approval auto-review. This shape is expected to change soon.
 */
export type ItemGuardianApprovalReviewStartedNotification = {
  action: GuardianApprovalReviewAction;
  review: GuardianApprovalReview;
  /**
   * Stable identifier for this review.
   */
  reviewId: string;
  /**
   * Unix timestamp (in milliseconds) when this review started.
   */
  startedAtMs: number;
  /**
   * Identifier for the reviewed item or tool call when one exists.
   *
   * In most cases, one review maps to one target item. The exceptions are - execve reviews, where a single command may contain multiple execve calls to review (only possible when using the shell_zsh_fork feature) - stdin reviews, which refer to the existing parent command item and have a separate approval ID in the action payload - network policy reviews, where there is no target item
   *
   * A network call is triggered by a CommandExecution item, so having a target_item_id set to the CommandExecution item would be misleading because the review is about the network call, not the command execution. Therefore, target_item_id is set to None for network policy reviews.
   */
  targetItemId?: string | null;
  threadId: string;
  turnId: string;
};

export type ItemStartedNotification = {
  item: ThreadItem;
  /**
   * Unix timestamp (in milliseconds) when this item lifecycle started.
   */
  startedAtMs: number;
  threadId: string;
  turnId: string;
};

export type LegacyAppPathString = string;

export type ListMcpServerStatusParams = {
  /**
   * Opaque pagination cursor returned by a previous call.
   */
  cursor?: string | null;
  /**
   * Controls how much MCP inventory data to fetch for each server. Defaults to `Full` when omitted.
   */
  detail?: McpServerStatusDetail | null;
  /**
   * Optional page size; defaults to a server-defined value.
   */
  limit?: number | null;
  /**
   * Limit discovery to one server. With a thread ID, reuse that thread's MCP connection.
   */
  serverName?: string | null;
  threadId?: string | null;
};

export type ListMcpServerStatusResponse = {
  data: Array<McpServerStatus>;
  /**
   * Opaque cursor to pass to the next call to continue after the last item. If None, there are no more items to return.
   */
  nextCursor?: string | null;
};

export type LocalShellAction = {
  command: Array<string>;
  env?: { [key: string]: string } | null;
  timeout_ms?: number | null;
  type: "exec";
  user?: string | null;
  working_directory?: string | null;
};

export type LocalShellStatus = "completed" | "in_progress" | "incomplete";

export type LoginAccountParams = {
  apiKey: string;
  type: "apiKey";
} | {
  appBrand?: LoginAppBrand | null;
  codexStreamlinedLogin?: boolean;
  type: "chatgpt";
  useHostedLoginSuccessPage?: boolean;
} | {
  type: "chatgptDeviceCode";
} | {
  /**
   * Access token (JWT) supplied by the client. This token is used for backend API requests and email extraction.
   */
  accessToken: string;
  /**
   * Workspace/account identifier supplied by the client.
   */
  chatgptAccountId: string;
  /**
   * Optional plan type supplied by the client.
   *
   * When `null`, Codex attempts to derive the plan type from access-token claims. If unavailable, the plan defaults to `unknown`.
   */
  chatgptPlanType?: string | null;
  type: "chatgptAuthTokens";
} | {
  apiKey: string;
  region: string;
  type: "amazonBedrock";
} | {
  accessKeyId: string;
  region: string;
  secretAccessKey: string;
  sessionToken?: string | null;
  type: "amazonBedrockAccessKeys";
};

export type LoginAccountResponse = {
  type: "apiKey";
} | {
  /**
   * URL the client should open in a browser to initiate the OAuth flow.
   */
  authUrl: string;
  loginId: string;
  type: "chatgpt";
} | {
  loginId: string;
  type: "chatgptDeviceCode";
  /**
   * One-time code the user must enter after signing in.
   */
  userCode: string;
  /**
   * URL the client should open in a browser to complete device code authorization.
   */
  verificationUrl: string;
} | {
  type: "chatgptAuthTokens";
} | {
  type: "amazonBedrock";
};

export type LoginAppBrand = "codex" | "chatgpt";

export type LogoutAccountResponse = { [key: string]: unknown };

export type ManagedHooksRequirements = {
  Interrupt?: Array<ConfiguredHookMatcherGroup>;
  PermissionRequest: Array<ConfiguredHookMatcherGroup>;
  PostCompact: Array<ConfiguredHookMatcherGroup>;
  PostModelRequest?: Array<ConfiguredHookMatcherGroup>;
  PostToolUse: Array<ConfiguredHookMatcherGroup>;
  PreCompact: Array<ConfiguredHookMatcherGroup>;
  PreModelRequest?: Array<ConfiguredHookMatcherGroup>;
  PreToolUse: Array<ConfiguredHookMatcherGroup>;
  SessionEnd?: Array<ConfiguredHookMatcherGroup>;
  SessionStart: Array<ConfiguredHookMatcherGroup>;
  Stop: Array<ConfiguredHookMatcherGroup>;
  SubagentStart: Array<ConfiguredHookMatcherGroup>;
  SubagentStop: Array<ConfiguredHookMatcherGroup>;
  UserPromptSubmit: Array<ConfiguredHookMatcherGroup>;
  managedDir?: string | null;
  windowsManagedDir?: string | null;
};

export type MarketplaceAddParams = {
  refName?: string | null;
  source: string;
  sparsePaths?: Array<string> | null;
};

export type MarketplaceAddResponse = {
  alreadyAdded: boolean;
  installedRoot: AbsolutePathBuf;
  marketplaceName: string;
};

export type MarketplaceInterface = {
  displayName?: string | null;
};

export type MarketplaceLoadErrorInfo = {
  marketplacePath: AbsolutePathBuf;
  message: string;
};

export type MarketplaceRemoveParams = {
  marketplaceName: string;
};

export type MarketplaceRemoveResponse = {
  installedRoot?: AbsolutePathBuf | null;
  marketplaceName: string;
};

export type MarketplaceUpgradeErrorInfo = {
  marketplaceName: string;
  message: string;
};

export type MarketplaceUpgradeParams = {
  marketplaceName?: string | null;
};

export type MarketplaceUpgradeResponse = {
  errors: Array<MarketplaceUpgradeErrorInfo>;
  selectedMarketplaces: Array<string>;
  upgradedRoots: Array<AbsolutePathBuf>;
};

export type McpAppDisplayMode = "inline" | "fullscreen";

/**
 * UI resource and display preference for model invocations, captured from the tool descriptor.
 */
export type McpAppUi = {
  preferredModelDisplayMode: McpAppDisplayMode;
  resourceUri: string;
};

export type McpAuthStatus = "unknown" | "unsupported" | "notLoggedIn" | "bearerToken" | "oAuth";

export type McpElicitationArrayType = "array";

export type McpElicitationBooleanSchema = {
  default?: boolean | null;
  description?: string | null;
  title?: string | null;
  type: McpElicitationBooleanType;
};

export type McpElicitationBooleanType = "boolean";

export type McpElicitationConstOption = {
  const: string;
  title: string;
};

export type McpElicitationEnumSchema = McpElicitationSingleSelectEnumSchema | McpElicitationMultiSelectEnumSchema | McpElicitationLegacyTitledEnumSchema;

export type McpElicitationLegacyTitledEnumSchema = {
  default?: string | null;
  description?: string | null;
  enum: Array<string>;
  enumNames?: Array<string> | null;
  title?: string | null;
  type: McpElicitationStringType;
};

export type McpElicitationMultiSelectEnumSchema = McpElicitationUntitledMultiSelectEnumSchema | McpElicitationTitledMultiSelectEnumSchema;

export type McpElicitationNumberSchema = {
  default?: number | null;
  description?: string | null;
  maximum?: number | null;
  minimum?: number | null;
  title?: string | null;
  type: McpElicitationNumberType;
};

export type McpElicitationNumberType = "number" | "integer";

export type McpElicitationObjectType = "object";

export type McpElicitationPrimitiveSchema = McpElicitationEnumSchema | McpElicitationStringSchema | McpElicitationNumberSchema | McpElicitationBooleanSchema;

/**
 * Typed form schema for MCP `elicitation/create` requests.
 *
 * This matches the `requestedSchema` shape from the MCP 2025-11-25 `ElicitRequestFormParams` schema.
 */
export type McpElicitationSchema = {
  $schema?: string | null;
  properties: { [key: string]: McpElicitationPrimitiveSchema };
  required?: Array<string> | null;
  type: McpElicitationObjectType;
};

export type McpElicitationSingleSelectEnumSchema = McpElicitationUntitledSingleSelectEnumSchema | McpElicitationTitledSingleSelectEnumSchema;

export type McpElicitationStringFormat = "email" | "uri" | "date" | "date-time";

export type McpElicitationStringSchema = {
  default?: string | null;
  description?: string | null;
  format?: McpElicitationStringFormat | null;
  maxLength?: number | null;
  minLength?: number | null;
  title?: string | null;
  type: McpElicitationStringType;
};

export type McpElicitationStringType = "string";

export type McpElicitationTitledEnumItems = {
  anyOf: Array<McpElicitationConstOption>;
};

export type McpElicitationTitledMultiSelectEnumSchema = {
  default?: Array<string> | null;
  description?: string | null;
  items: McpElicitationTitledEnumItems;
  maxItems?: number | null;
  minItems?: number | null;
  title?: string | null;
  type: McpElicitationArrayType;
};

export type McpElicitationTitledSingleSelectEnumSchema = {
  default?: string | null;
  description?: string | null;
  oneOf: Array<McpElicitationConstOption>;
  title?: string | null;
  type: McpElicitationStringType;
};

export type McpElicitationUntitledEnumItems = {
  enum: Array<string>;
  type: McpElicitationStringType;
};

export type McpElicitationUntitledMultiSelectEnumSchema = {
  default?: Array<string> | null;
  description?: string | null;
  items: McpElicitationUntitledEnumItems;
  maxItems?: number | null;
  minItems?: number | null;
  title?: string | null;
  type: McpElicitationArrayType;
};

export type McpElicitationUntitledSingleSelectEnumSchema = {
  default?: string | null;
  description?: string | null;
  enum: Array<string>;
  title?: string | null;
  type: McpElicitationStringType;
};

export type McpResourceReadParams = {
  /**
   * Additional MCP request metadata. Account and turn routing keys are reserved.
   */
  _meta?: { [key: string]: unknown } | null;
  connectorId?: string | null;
  /**
   * Originating MCP tool call used to select the resource's app.
   */
  originCallId?: string | null;
  server: string;
  /**
   * Explicit hosted app/account. Omit to retain legacy resource discovery.
   */
  target?: McpResourceReadTarget | null;
  threadId?: string | null;
  uri: string;
};

export type McpResourceReadResponse = {
  contents: Array<ResourceContent>;
  /**
   * Originating call when the server applied app-specific resource scoping.
   */
  originCallId?: string | null;
};

export type McpResourceReadTarget = {
  connectorId: string;
  /**
   * Null explicitly requests no-auth access, subject to the app's resource policy.
   */
  linkId: string | null;
};

export type McpServerConnectionStatus = "notStarted" | "starting" | "connected" | "authenticationRequired" | "failed" | "cancelled" | "disabled";

export type McpServerElicitationAction = "accept" | "decline" | "cancel";

export type McpServerElicitationRequestParams = ({
  serverName: string;
  threadId: string;
  /**
   * Active Codex turn when this elicitation was observed, if app-server could correlate one.
   *
   * This is nullable because MCP models elicitation as a standalone server-to-client request identified by the MCP server request id. It may be triggered during a turn, but turn context is app-server correlation rather than part of the protocol identity of the elicitation itself.
   */
  turnId?: string | null;
}) & ({
  _meta?: unknown;
  challenge: string;
  description: string;
  mode: "openai/userVerification";
  title: string;
} | {
  _meta?: unknown;
  message: string;
  mode: "form";
  requestedSchema: McpElicitationSchema;
} | {
  _meta?: unknown;
  message: string;
  mode: "openai/form";
  requestedSchema: unknown;
} | {
  _meta?: unknown;
  message: string;
  mode: "openaiForm";
  requestedSchema: unknown;
} | {
  _meta?: unknown;
  elicitationId: string;
  message: string;
  mode: "url";
  url: string;
});

export type McpServerElicitationRequestResponse = {
  /**
   * Optional client metadata for form-mode action handling.
   */
  _meta?: unknown;
  action: McpServerElicitationAction;
  /**
   * Structured user input for accepted elicitations, mirroring RMCP `CreateElicitationResult`.
   *
   * This is nullable because decline/cancel responses have no content.
   */
  content?: unknown;
};

export type McpServerEventNotification = {
  method: string;
  params: unknown;
};

export type McpServerEventStreamNotification = {
  notification: McpServerEventNotification;
  subscriptionId: string;
};

export type McpServerEventStreamStartParams = {
  _meta?: unknown;
  arguments: unknown;
  name: string;
  server: string;
  subscriptionId: string;
  threadId: string;
};

export type McpServerEventStreamStartResponse = { [key: string]: unknown };

export type McpServerEventStreamStopParams = {
  subscriptionId: string;
};

export type McpServerEventStreamStopResponse = { [key: string]: unknown };

/**
 * Presentation metadata advertised by an initialized MCP server.
 */
export type McpServerInfo = {
  description?: string | null;
  icons?: Array<unknown> | null;
  name: string;
  title?: string | null;
  version: string;
  websiteUrl?: string | null;
};

export type McpServerMigration = {
  name: string;
};

export type McpServerOauthClientRegistration = "auto" | "cimd" | "dcr";

export type McpServerOauthLoginCompletedNotification = {
  error?: string | null;
  /**
   * Identifies the explicit login attempt. Older servers omit this field.
   */
  loginId?: string | null;
  name: string;
  success: boolean;
  threadId?: string | null;
};

export type McpServerOauthLoginParams = {
  /**
   * Registration strategy for this login only; omission selects automatic discovery.
   */
  clientRegistration?: McpServerOauthClientRegistration | null;
  name: string;
  scopes?: Array<string> | null;
  threadId?: string | null;
  timeoutSecs?: number | null;
};

export type McpServerOauthLoginResponse = {
  authorizationUrl: string;
  /**
   * Identifies this login attempt across the response and completion notification. Older servers omit this field; current servers always return it.
   */
  loginId?: string | null;
};

export type McpServerRefreshResponse = { [key: string]: unknown };

export type McpServerStartupFailureReason = "reauthenticationRequired";

export type McpServerStartupState = "starting" | "ready" | "failed" | "cancelled";

export type McpServerStatus = {
  authStatus: McpAuthStatus;
  /**
   * HTTP origin of the effective configured endpoint, including plugin servers. Excludes credentials, path, query, and fragment; null for non-HTTP transports.
   */
  httpOrigin?: string | null;
  name: string;
  pluginId?: string | null;
  resourceTemplates: Array<ResourceTemplate>;
  resources: Array<Resource>;
  /**
   * Current thread-runtime connection state; null when unavailable or the configuration changed.
   */
  runtimeStatus?: McpServerConnectionStatus | null;
  /**
   * Capabilities advertised by the initialized MCP server; null when unavailable.
   */
  serverCapabilities?: unknown;
  serverInfo?: McpServerInfo | null;
  /**
   * Opaque `_meta` from the first page of the corresponding MCP tool catalog. Null when unavailable.
   */
  toolListMeta?: unknown;
  tools: { [key: string]: Tool };
  /**
   * Tool discovery failed and no catalog was returned. Null when a catalog is returned, including cached or empty catalogs.
   */
  toolsError?: string | null;
};

export type McpServerStatusDetail = "full" | "toolsAndAuthOnly";

export type McpServerStatusUpdatedNotification = {
  error?: string | null;
  failureReason?: McpServerStartupFailureReason | null;
  name: string;
  status: McpServerStartupState;
  threadId?: string | null;
};

export type McpServerToolCallParams = {
  _meta?: unknown;
  arguments?: unknown;
  server: string;
  threadId: string;
  tool: string;
};

export type McpServerToolCallResponse = {
  _meta?: unknown;
  content: Array<unknown>;
  isError?: boolean | null;
  structuredContent?: unknown;
};

export type McpToolCallAppContext = {
  actionName?: string | null;
  appName?: string | null;
  connectorId: string;
  linkId?: string | null;
  resourceUri?: string | null;
};

export type McpToolCallError = {
  message: string;
};

export type McpToolCallProgressNotification = {
  itemId: string;
  message: string;
  threadId: string;
  turnId: string;
};

export type McpToolCallResult = {
  _meta?: unknown;
  content: Array<unknown>;
  structuredContent?: unknown;
};

export type McpToolCallStatus = "inProgress" | "completed" | "failed";

export type MemoryCitation = {
  entries: Array<MemoryCitationEntry>;
  threadIds: Array<string>;
};

export type MemoryCitationEntry = {
  lineEnd: number;
  lineStart: number;
  note: string;
  path: string;
};

export type MemoryResetResponse = { [key: string]: unknown };

export type MemoryStatusParams = {
  /**
   * Required distinct consolidated threads. Defaults to 20; supported range is 1..=4096.
   */
  minConsolidatedThreads?: number | null;
};

export type MemoryStatusResponse = {
  v2ConsolidatedThreads: number;
  v2Ready: boolean;
};

export type MergeStrategy = "replace" | "upsert";

/**
 * Classifies assistant text as commentary, a partial answer, or a terminal answer.
 *
 * Providers do not emit this consistently, so callers must treat `None` as "phase unknown" and keep compatibility behavior for legacy models.
 */
export type MessagePhase = "commentary" | "partial_answer" | "final_answer";

export type MigrationDetails = {
  commands?: Array<CommandMigration>;
  hooks?: Array<HookMigration>;
  mcpServers?: Array<McpServerMigration>;
  memory?: Array<string>;
  plugins?: Array<PluginsMigration>;
  sessions?: Array<SessionMigration>;
  skills?: Array<SkillMigration>;
  subagents?: Array<SubagentMigration>;
};

export type MisalignmentErrorDetails = {
  /**
   * A substantive localized explanation is required before offering continuation.
   */
  detailedExplanation?: string | null;
  /**
   * Open-ended classification; clients must accept categories added by Responses.
   */
  errorType?: string | null;
  /**
   * Opaque server-issued block target. Presence alone does not enable target-based continuation.
   */
  reviewTarget?: string | null;
  /**
   * Instruction to submit as the next turn's user input if continuation is confirmed.
   */
  steer?: MisalignmentSteer | null;
};

export type MisalignmentSteer = {
  message: string;
};

export type MockExperimentalMethodParams = {
  /**
   * Test-only payload field.
   */
  value?: string | null;
};

export type MockExperimentalMethodResponse = {
  /**
   * Echoes the input `value`.
   */
  echoed?: string | null;
};

/**
 * Initial collaboration mode to use when the TUI starts.
 */
export type ModeKind = "plan" | "default";

export type Model = {
  /**
   * Deprecated: use `serviceTiers` instead.
   */
  additionalSpeedTiers?: Array<string>;
  availabilityNux?: ModelAvailabilityNux | null;
  /**
   * Null when the catalog does not provide access-program metadata.
   */
  availableAccessPrograms?: ModelAccessPrograms | null;
  defaultReasoningEffort: ReasoningEffort;
  /**
   * Catalog default service tier id for this model, when one is configured.
   */
  defaultServiceTier?: string | null;
  description: string;
  displayName: string;
  hidden: boolean;
  id: string;
  inputModalities?: Array<InputModality>;
  isDefault: boolean;
  model: string;
  modelSpecialty?: string | null;
  /**
   * Multi-agent runtime declared by this model, when available.
   */
  multiAgentVersion?: MultiAgentVersion | null;
  serviceTiers?: Array<ModelServiceTier>;
  supportedReasoningEfforts: Array<ReasoningEffortOption>;
  /**
   * @deprecated Always false; models no longer support personality selection.
   */
  supportsPersonality?: boolean;
  upgrade?: string | null;
  upgradeInfo?: ModelUpgradeInfo | null;
};

/**
 * Caller-specific explicit access programs advertised by model discovery.
 */
export type ModelAccessPrograms = {
  /**
   * Accepted explicit selections.
   */
  cyber: Array<CyberAccessProgram>;
};

export type ModelAvailabilityNux = {
  message: string;
};

export type ModelListParams = {
  /**
   * Opaque pagination cursor returned by a previous call.
   */
  cursor?: string | null;
  /**
   * When true, include models that are hidden from the default picker list.
   */
  includeHidden?: boolean | null;
  /**
   * Optional page size; defaults to a reasonable server-side value.
   */
  limit?: number | null;
  /**
   * List models for this configured provider instead of the app-server default.
   */
  modelProvider?: string | null;
};

export type ModelListResponse = {
  data: Array<Model>;
  /**
   * Opaque cursor to pass to the next call to continue after the last item. If None, there are no more items to return.
   */
  nextCursor?: string | null;
};

export type ModelProviderCapabilitiesReadParams = { [key: string]: unknown };

export type ModelProviderCapabilitiesReadResponse = {
  imageGeneration: boolean;
  webSearch: boolean;
};

export type ModelProviderConfigWriteParams = {
  settings: ProviderSettingsPatch;
};

export type ModelProviderConfigWriteResponse = {
  provider: ModelProviderSummary;
};

/**
 * Structured JSON-RPC error data. Unknown errors must retain the client's normal fallback.
 */
export type ModelProviderError = {
  currentModelProvider: string;
  modelProvider: string;
  type: "modelProviderMismatch";
} | {
  modelProvider: string;
  type: "modelProviderNotConfigured";
} | {
  modelProvider: string;
  requiredModelProvider: string;
  type: "modelProviderPolicyConflict";
};

export type ModelProviderListParams = { [key: string]: unknown };

export type ModelProviderListResponse = {
  canChangeDefault: boolean;
  data: Array<ModelProviderSummary>;
  defaultProviderId: string;
};

export type ModelProviderSummary = {
  /**
   * Null when the endpoint is absent or cannot be safely displayed.
   */
  baseUrl?: string | null;
  /**
   * Whether a supported configuration field can be edited in the active user layer.
   */
  canEdit: boolean;
  id: string;
  name: string;
  settings: ProviderSettings;
};

export type ModelRerouteReason = "highRiskCyberActivity";

export type ModelReroutedNotification = {
  fromModel: string;
  reason: ModelRerouteReason;
  threadId: string;
  toModel: string;
  turnId: string;
};

export type ModelSafetyBufferingUpdatedNotification = {
  fasterModel?: string | null;
  model: string;
  reasons: Array<string>;
  showBufferingUi: boolean;
  threadId: string;
  turnId: string;
  useCases: Array<string>;
};

export type ModelServiceTier = {
  description: string;
  id: string;
  name: string;
};

export type ModelUpgradeInfo = {
  migrationMarkdown?: string | null;
  model: string;
  modelLink?: string | null;
  /**
   * Informational Unix timestamp for this upgrade's scheduled retirement, if known.
   */
  retirementAt?: number | null;
  upgradeCopy?: string | null;
};

export type ModelVerification = "trustedAccessForCyber";

export type ModelVerificationNotification = {
  threadId: string;
  turnId: string;
  verifications: Array<ModelVerification>;
};

export type ModelsRequirements = {
  newThread?: NewThreadModelDefaults | null;
};

/**
 * Controls the effective multi-agent delegation instructions for a turn. `custom` means the configured mode hint defines the policy instead of a built-in policy.
 */
export type MultiAgentMode = "explicitRequestOnly" | "proactive" | {
  custom: string;
};

/**
 * Multi-agent runtime supported by a model.
 */
export type MultiAgentVersion = "disabled" | "v1" | "v2";

export type NetworkAccess = "restricted" | "enabled";

export type NetworkApprovalContext = {
  host: string;
  protocol: NetworkApprovalProtocol;
};

export type NetworkApprovalProtocol = "http" | "https" | "socks5Tcp" | "socks5Udp";

export type NetworkDomainPermission = "allow" | "deny";

export type NetworkPolicyAmendment = {
  action: NetworkPolicyRuleAction;
  host: string;
};

export type NetworkPolicyRuleAction = "allow" | "deny";

export type NetworkRequirements = {
  allowLocalBinding?: boolean | null;
  /**
   * Legacy compatibility view derived from `unix_sockets`.
   */
  allowUnixSockets?: Array<string> | null;
  allowUpstreamProxy?: boolean | null;
  /**
   * Legacy compatibility view derived from `domains`.
   */
  allowedDomains?: Array<string> | null;
  dangerouslyAllowAllUnixSockets?: boolean | null;
  dangerouslyAllowNonLoopbackProxy?: boolean | null;
  /**
   * Legacy compatibility view derived from `domains`.
   */
  deniedDomains?: Array<string> | null;
  /**
   * Canonical managed network permission map.
   */
  domains?: { [key: string]: NetworkDomainPermission } | null;
  enabled?: boolean | null;
  httpPort?: number | null;
  /**
   * When true, only managed allowlist entries are respected while managed network enforcement is active.
   */
  managedAllowedDomainsOnly?: boolean | null;
  /**
   * Host patterns routed to network approval before ordinary allow rules.
   */
  reviewDomains?: Array<string> | null;
  socksPort?: number | null;
  /**
   * Canonical managed unix socket permission map.
   */
  unixSockets?: { [key: string]: NetworkUnixSocketPermission } | null;
};

export type NetworkUnixSocketPermission = "allow" | "deny";

export type NewThreadModelDefaults = {
  model?: string | null;
  modelReasoningEffort?: ReasoningEffort | null;
  serviceTier?: string | null;
};

export type NonSteerableTurnKind = "review" | "compact";

export type NullableGatewayOAuthLoginParams = GatewayOAuthLoginParams | null;

export type NullableGatewayOAuthReadParams = GatewayOAuthReadParams | null;

export type NullableGetAccountRateLimitsParams = GetAccountRateLimitsParams | null;

export type NullableGetAccountTokenUsageParams = GetAccountTokenUsageParams | null;

export type NullableRemoteControlDisableParams = RemoteControlDisableParams | null;

export type NullableRemoteControlEnableParams = RemoteControlEnableParams | null;

export type OtelExporter = "none" | "statsig" | {
  "otlp-http": {
    endpoint: string;
    /**
     * Header names are retained; values are redacted by the server.
     */
    headers: { [key: string]: string };
    protocol: OtelHttpProtocol;
    tls?: OtelTlsConfig | null;
  };
} | {
  "otlp-grpc": {
    endpoint: string;
    /**
     * Header names are retained; values are redacted by the server.
     */
    headers: { [key: string]: string };
    tls?: OtelTlsConfig | null;
  };
};

export type OtelHttpProtocol = "binary" | "json";

export type OtelRequirements = {
  environment?: string | null;
  exporter?: OtelExporter | null;
  log_agent_responses?: boolean | null;
  log_guardian_assessments?: boolean | null;
  log_sse_deltas?: boolean | null;
  log_user_prompt?: boolean | null;
  metrics_exporter?: OtelExporter | null;
  span_attributes?: { [key: string]: string } | null;
  tool_result?: OtelToolResultLogConfig | null;
  trace_exporter?: OtelExporter | null;
  tracestate?: { [key: string]: { [key: string]: string } } | null;
};

export type OtelTlsConfig = {
  "ca-certificate"?: string | null;
  "client-certificate"?: string | null;
  "client-private-key"?: string | null;
};

export type OtelToolResultLogConfig = {
  max_bytes: number;
};

export type OverriddenMetadata = {
  effectiveValue: unknown;
  message: string;
  overridingLayer: ConfigLayerMetadata;
};

export type ParsedCommand = {
  cmd: string;
  name: string;
  /**
   * (Best effort) Path to the file being read by the command. When possible, this is an absolute path, though when relative, it should be resolved against the `cwd`` that will be used to run the command to derive the absolute path.
   */
  path: string;
  type: "read";
} | {
  cmd: string;
  path?: string | null;
  type: "list_files";
} | {
  cmd: string;
  path?: string | null;
  query?: string | null;
  type: "search";
} | {
  cmd: string;
  type: "unknown";
};

export type PatchApplyStatus = "inProgress" | "completed" | "failed" | "declined";

export type PatchChangeKind = {
  type: "add";
} | {
  type: "delete";
} | {
  move_path?: string | null;
  type: "update";
};

export type PathUri = string;

export type PermissionGrantScope = "turn" | "session";

export type PermissionProfileListParams = {
  /**
   * Opaque pagination cursor returned by a previous call.
   */
  cursor?: string | null;
  /**
   * Optional working directory to resolve project config layers.
   */
  cwd?: string | null;
  /**
   * Optional page size; defaults to the full result set.
   */
  limit?: number | null;
};

export type PermissionProfileListResponse = {
  data: Array<PermissionProfileSummary>;
  /**
   * Opaque cursor to pass to the next call to continue after the last item. If None, there are no more items to return.
   */
  nextCursor?: string | null;
};

export type PermissionProfileSummary = {
  /**
   * Whether the effective requirements allow selecting this profile.
   */
  allowed: boolean;
  /**
   * Optional user-facing description for display in clients.
   */
  description?: string | null;
  /**
   * Available permission profile identifier.
   */
  id: string;
};

export type PermissionsRequestApprovalParams = {
  cwd: LegacyAppPathString;
  environmentId?: string | null;
  itemId: string;
  permissions: RequestPermissionProfile;
  reason?: string | null;
  /**
   * Unix timestamp (in milliseconds) when this approval request started.
   */
  startedAtMs: number;
  threadId: string;
  turnId: string;
};

export type PermissionsRequestApprovalResponse = {
  permissions: GrantedPermissionProfile;
  scope?: PermissionGrantScope;
  /**
   * Review every subsequent command in this turn before normal sandboxed execution.
   */
  strictAutoReview?: boolean | null;
};

/**
 * Deprecated: `friendly` and `pragmatic` no longer select a style.
 */
export type Personality = "none" | "friendly" | "pragmatic";

/**
 * EXPERIMENTAL - proposed plan streaming deltas for plan items. Clients should not assume concatenated deltas match the completed plan item content.
 */
export type PlanDeltaNotification = {
  delta: string;
  itemId: string;
  threadId: string;
  turnId: string;
};

export type PlanType = "free" | "go" | "plus" | "pro" | "prolite" | "promax" | "team" | "self_serve_business_prolite" | "self_serve_business_usage_based" | "business" | "ent26" | "enterprise_cbp_automation" | "enterprise_cbp_usage_based" | "enterprise" | "edu" | "edu_plus" | "edu_pro" | "sci" | "sci_plus" | "unknown";

export type PluginAuthPolicy = "ON_INSTALL" | "ON_USE";

export type PluginAvailability = "DISABLED_BY_ADMIN" | "AVAILABLE";

export type PluginDetail = {
  appTemplates: Array<AppTemplateSummary>;
  apps: Array<AppSummary>;
  description?: string | null;
  hooks: Array<PluginHookSummary>;
  marketplaceName: string;
  marketplacePath?: AbsolutePathBuf | null;
  mcpServers: Array<string>;
  /**
   * The declared onboarding skill, when the plugin and visible skill are enabled.
   */
  onboardingSkill?: SkillSummary | null;
  scheduledTasks?: Array<ScheduledTaskSummary> | null;
  shareUrl?: string | null;
  skills: Array<SkillSummary>;
  summary: PluginSummary;
};

export type PluginDisabledReason = "disabled_by_admin" | "plan_not_eligible" | "required_app_unavailable" | "unknown";

export type PluginHookSummary = {
  eventName: HookEventName;
  key: string;
};

export type PluginInstallParams = {
  /**
   * Client-generated identifier used to correlate one installation attempt.
   */
  installAttemptId?: string | null;
  marketplacePath?: AbsolutePathBuf | null;
  pluginName: string;
  remoteMarketplaceName?: string | null;
};

export type PluginInstallPolicy = "NOT_AVAILABLE" | "AVAILABLE" | "INSTALLED_BY_DEFAULT";

export type PluginInstallPolicySource = "WORKSPACE_SETTING" | "IMPLICIT_CANONICAL_APP";

export type PluginInstallResponse = {
  appsNeedingAuth: Array<AppSummary>;
  authPolicy: PluginAuthPolicy;
};

export type PluginInstalledParams = {
  /**
   * Optional working directories used to discover repo marketplaces.
   */
  cwds?: Array<AbsolutePathBuf> | null;
  /**
   * Additional uninstalled plugin names that should be returned when present locally. This is used by mention surfaces that intentionally expose install entrypoints.
   */
  installSuggestionPluginNames?: Array<string> | null;
};

export type PluginInstalledResponse = {
  marketplaceLoadErrors?: Array<MarketplaceLoadErrorInfo>;
  marketplaces: Array<PluginMarketplaceEntry>;
};

export type PluginInterface = {
  brandColor?: string | null;
  capabilities: Array<string>;
  category?: string | null;
  /**
   * Local composer icon path, resolved from the installed plugin package.
   */
  composerIcon?: AbsolutePathBuf | null;
  /**
   * Remote composer icon URL from the plugin catalog.
   */
  composerIconUrl?: string | null;
  /**
   * Starter prompts for the plugin. Capped at 3 entries with a maximum of 512 characters per entry.
   */
  defaultPrompt?: Array<string> | null;
  developerName?: string | null;
  displayName?: string | null;
  /**
   * Local logo path, resolved from the installed plugin package.
   */
  logo?: AbsolutePathBuf | null;
  /**
   * Local dark-mode logo path, resolved from the installed plugin package.
   */
  logoDark?: AbsolutePathBuf | null;
  /**
   * Remote logo URL from the plugin catalog.
   */
  logoUrl?: string | null;
  /**
   * Remote dark-mode logo URL from the plugin catalog.
   */
  logoUrlDark?: string | null;
  longDescription?: string | null;
  privacyPolicyUrl?: string | null;
  /**
   * Remote screenshot URLs from the plugin catalog.
   */
  screenshotUrls: Array<string>;
  /**
   * Local screenshot paths, resolved from the installed plugin package.
   */
  screenshots: Array<AbsolutePathBuf>;
  shortDescription?: string | null;
  termsOfServiceUrl?: string | null;
  websiteUrl?: string | null;
};

export type PluginListMarketplaceKind = "local" | "vertical" | "workspace-directory" | "shared-with-me" | "created-by-me-remote";

export type PluginListParams = {
  /**
   * Optional working directories used to discover repo marketplaces. When omitted, only home-scoped marketplaces and the official curated marketplace are considered.
   */
  cwds?: Array<AbsolutePathBuf> | null;
  /**
   * Whether the client requests a fresh remote plugin catalog fetch.
   */
  forceRefetch?: boolean;
  /**
   * Optional marketplace kind filter. When omitted, only local marketplaces are queried, plus the default remote catalog when enabled by feature flag.
   */
  marketplaceKinds?: Array<PluginListMarketplaceKind> | null;
};

export type PluginListResponse = {
  featuredPluginIds?: Array<string>;
  marketplaceLoadErrors?: Array<MarketplaceLoadErrorInfo>;
  marketplaces: Array<PluginMarketplaceEntry>;
};

export type PluginMarketplaceEntry = {
  interface?: MarketplaceInterface | null;
  name: string;
  /**
   * Local marketplace file path when the marketplace is backed by a local file. Remote-only catalog marketplaces do not have a local path.
   */
  path?: AbsolutePathBuf | null;
  plugins: Array<PluginSummary>;
};

export type PluginReadParams = {
  marketplacePath?: AbsolutePathBuf | null;
  pluginName: string;
  remoteMarketplaceName?: string | null;
};

export type PluginReadResponse = {
  plugin: PluginDetail;
};

/**
 * Runtime categories affected by this change, not just capabilities currently present. Flags describe declarations before runtime policy filtering. Updates OR the old and new bundle flags; enablement changes and cached reinstalls use the cached bundle; removals retain the old bundle's flags.
 */
export type PluginReconcileChangedPlugin = {
  hasApps: boolean;
  hasHooks: boolean;
  hasMcps: boolean;
  /**
   * Whether either bundle declares skill roots; not a validated inventory of enabled skills.
   */
  hasSkills: boolean;
  /**
   * Local plugin ID (`name@marketplace`), matching `PluginSummary.id`.
   */
  id: string;
};

export type PluginReconcileParams = {
  /**
   * Optional client-provided reason recorded with the reconciliation attempt.
   */
  reason?: string | null;
};

/**
 * Bundle and installed-state changes observed by this pass, not a runtime-readiness acknowledgement or a cumulative diff since the client's last request. Other metadata-only changes are not listed.
 */
export type PluginReconcileResponse = {
  /**
   * Plugins affected by bundle changes, enablement changes, or removals. Installed-state changes compare against the previous cached snapshot, including cached reinstalls. Removal hints survive cache cleanup failures; unchanged plugins are omitted.
   */
  changedPlugins: Array<PluginReconcileChangedPlugin>;
  /**
   * Subset of failures for which the requested bundle could not be materialized. A previously cached version may still be available.
   */
  failedMaterializationRemotePluginIds: Array<string>;
  /**
   * Backend remote plugin IDs whose bundle or identity update failed.
   */
  failedRemotePluginIds: Array<string>;
};

export type PluginSearchParams = {
  cursor?: string | null;
  cwds?: Array<AbsolutePathBuf> | null;
  limit?: number | null;
  scope?: PluginSearchScope | null;
  searchTerm: string;
};

export type PluginSearchResponse = {
  data: Array<PluginSearchResult>;
  nextCursor?: string | null;
};

export type PluginSearchResult = {
  marketplaceName: string;
  marketplacePath?: AbsolutePathBuf | null;
  plugin: PluginSummary;
};

export type PluginSearchScope = "global" | "workspace" | "personal";

export type PluginShareCheckoutParams = {
  remotePluginId: string;
};

export type PluginShareCheckoutResponse = {
  marketplaceName: string;
  marketplacePath: AbsolutePathBuf;
  pluginId: string;
  pluginName: string;
  pluginPath: AbsolutePathBuf;
  remotePluginId: string;
  remoteVersion?: string | null;
};

export type PluginShareContext = {
  canPublishToWorkspace?: boolean | null;
  creatorAccountUserId?: string | null;
  creatorName?: string | null;
  discoverability?: PluginShareDiscoverability | null;
  remotePluginId: string;
  /**
   * Version of the remote shared plugin release when available.
   */
  remoteVersion?: string | null;
  sharePrincipals?: Array<PluginSharePrincipal> | null;
  shareUrl?: string | null;
};

export type PluginShareDeleteParams = {
  remotePluginId: string;
};

export type PluginShareDeleteResponse = { [key: string]: unknown };

export type PluginShareDiscoverability = "LISTED" | "UNLISTED" | "PRIVATE";

export type PluginShareListItem = {
  localPluginPath?: AbsolutePathBuf | null;
  plugin: PluginSummary;
};

export type PluginShareListParams = { [key: string]: unknown };

export type PluginShareListResponse = {
  data: Array<PluginShareListItem>;
};

export type PluginSharePrincipal = {
  name: string;
  principalId: string;
  principalType: PluginSharePrincipalType;
  role: PluginSharePrincipalRole;
};

export type PluginSharePrincipalRole = "reader" | "editor" | "owner";

export type PluginSharePrincipalType = "user" | "group" | "workspace";

export type PluginShareSaveParams = {
  discoverability?: PluginShareDiscoverability | null;
  pluginPath: AbsolutePathBuf;
  remotePluginId?: string | null;
  shareTargets?: Array<PluginShareTarget> | null;
};

export type PluginShareSaveResponse = {
  canPublishToWorkspace?: boolean | null;
  remotePluginId: string;
  shareUrl: string;
};

export type PluginShareTarget = {
  principalId: string;
  principalType: PluginSharePrincipalType;
  role: PluginShareTargetRole;
};

export type PluginShareTargetRole = "reader" | "editor";

export type PluginShareUpdateDiscoverability = "UNLISTED" | "PRIVATE" | "LISTED";

export type PluginShareUpdateTargetsParams = {
  discoverability: PluginShareUpdateDiscoverability;
  remotePluginId: string;
  shareTargets: Array<PluginShareTarget>;
};

export type PluginShareUpdateTargetsResponse = {
  discoverability: PluginShareDiscoverability;
  principals: Array<PluginSharePrincipal>;
};

export type PluginSkillReadParams = {
  remoteMarketplaceName: string;
  remotePluginId: string;
  skillName: string;
};

export type PluginSkillReadResponse = {
  contents?: string | null;
};

export type PluginSource = {
  path: AbsolutePathBuf;
  type: "local";
} | {
  path?: string | null;
  refName?: string | null;
  sha?: string | null;
  type: "git";
  url: string;
} | {
  package: string;
  /**
   * Optional HTTPS registry URL. Authentication stays in the user's npm config.
   */
  registry?: string | null;
  type: "npm";
  /**
   * Optional npm version or version range.
   */
  version?: string | null;
} | {
  type: "remote";
};

export type PluginSummary = {
  authPolicy: PluginAuthPolicy;
  /**
   * Availability state for installing and using the plugin.
   */
  availability?: PluginAvailability;
  /**
   * Why the remote plugin is unavailable, when provided by plugin-service.
   */
  disabledReason?: PluginDisabledReason | null;
  /**
   * Raw plugin-service plan identifiers eligible to install the plugin.
   */
  eligiblePlanTypes?: Array<string> | null;
  enabled: boolean;
  id: string;
  installPolicy: PluginInstallPolicy;
  installPolicySource?: PluginInstallPolicySource | null;
  installed: boolean;
  /**
   * Unix timestamp in seconds when the remote plugin was installed, when available.
   */
  installedAt?: number | null;
  interface?: PluginInterface | null;
  keywords?: Array<string>;
  /**
   * Version of the locally materialized plugin package when available.
   */
  localVersion?: string | null;
  mustShowInstallationInterstitial?: boolean | null;
  name: string;
  /**
   * Backend remote plugin identifier when available.
   */
  remotePluginId?: string | null;
  /**
   * Remote sharing context associated with this plugin when available.
   */
  shareContext?: PluginShareContext | null;
  source: PluginSource;
  /**
   * Version advertised by the remote marketplace backend when available.
   */
  version?: string | null;
};

export type PluginUninstallParams = {
  pluginId: string;
};

export type PluginUninstallResponse = { [key: string]: unknown };

export type PluginsMigration = {
  marketplaceName: string;
  pluginNames: Array<string>;
};

/**
 * Final process exit notification for `process/spawn`.
 */
export type ProcessExitedNotification = {
  /**
   * Process exit code.
   */
  exitCode: number;
  /**
   * Whether output collection hit its post-exit deadline before seeing EOF or reaching the requested byte cap on either stream. Older servers omit this field.
   */
  outputDrainTimedOut?: boolean | null;
  /**
   * Client-supplied, connection-scoped `processHandle` from `process/spawn`.
   */
  processHandle: string;
  /**
   * Buffered stderr capture.
   *
   * Empty when stderr was streamed via `process/outputDelta`.
   */
  stderr: string;
  /**
   * Whether stderr reached `outputBytesCap`.
   *
   * In streaming mode, stderr is empty and cap state is also reported on the final stderr `process/outputDelta` notification.
   */
  stderrCapReached: boolean;
  /**
   * Buffered stdout capture.
   *
   * Empty when stdout was streamed via `process/outputDelta`.
   */
  stdout: string;
  /**
   * Whether stdout reached `outputBytesCap`.
   *
   * In streaming mode, stdout is empty and cap state is also reported on the final stdout `process/outputDelta` notification.
   */
  stdoutCapReached: boolean;
};

/**
 * Terminate a running `process/spawn` session.
 */
export type ProcessKillParams = {
  /**
   * Client-supplied, connection-scoped `processHandle` from `process/spawn`.
   */
  processHandle: string;
};

/**
 * Empty success response for `process/kill`.
 */
export type ProcessKillResponse = { [key: string]: unknown };

/**
 * Base64-encoded output chunk emitted for a streaming `process/spawn` request.
 */
export type ProcessOutputDeltaNotification = {
  /**
   * True on the final streamed chunk for this stream when output was truncated by `outputBytesCap`.
   */
  capReached: boolean;
  /**
   * Base64-encoded output bytes.
   */
  deltaBase64: string;
  /**
   * Client-supplied, connection-scoped `processHandle` from `process/spawn`.
   */
  processHandle: string;
  /**
   * Output stream this chunk belongs to.
   */
  stream: ProcessOutputStream;
};

/**
 * Stream label for `process/outputDelta` notifications.
 */
export type ProcessOutputStream = "stdout" | "stderr";

/**
 * Resize a running PTY-backed `process/spawn` session.
 */
export type ProcessResizePtyParams = {
  /**
   * Client-supplied, connection-scoped `processHandle` from `process/spawn`.
   */
  processHandle: string;
  /**
   * New PTY size in character cells.
   */
  size: ProcessTerminalSize;
};

/**
 * Empty success response for `process/resizePty`.
 */
export type ProcessResizePtyResponse = { [key: string]: unknown };

/**
 * Spawn a standalone process (argv vector) without a Codex sandbox on the host where the app server is running.
 *
 * `process/spawn` returns after the process has started and the connection-scoped `processHandle` has been registered. Process output and exit are reported via `process/outputDelta` and `process/exited` notifications.
 */
export type ProcessSpawnParams = {
  /**
   * Command argv vector. Empty arrays are rejected.
   */
  command: Array<string>;
  /**
   * Absolute working directory for the process.
   */
  cwd: AbsolutePathBuf;
  /**
   * Optional environment overrides merged into the app-server process environment.
   *
   * Matching names override inherited values. Set a key to `null` to unset an inherited variable.
   */
  env?: { [key: string]: string | null } | null;
  /**
   * Optional per-stream stdout/stderr capture cap in bytes.
   *
   * When omitted, the server default applies. Set to `null` to disable the cap.
   */
  outputBytesCap?: number | null;
  /**
   * Client-supplied, connection-scoped process handle.
   *
   * Duplicate active handles are rejected on the same connection. The same handle can be reused after the prior process exits.
   */
  processHandle: string;
  /**
   * Optional initial PTY size in character cells. Only valid when `tty` is true.
   */
  size?: ProcessTerminalSize | null;
  /**
   * Allow follow-up `process/writeStdin` requests to write stdin bytes.
   */
  streamStdin?: boolean;
  /**
   * Stream stdout/stderr via `process/outputDelta` notifications.
   *
   * Streamed bytes are not duplicated into the `process/exited` notification.
   */
  streamStdoutStderr?: boolean;
  /**
   * Optional timeout in milliseconds.
   *
   * When omitted, the server default applies. Set to `null` to disable the timeout.
   */
  timeoutMs?: number | null;
  /**
   * Enable PTY mode.
   *
   * This implies `streamStdin` and `streamStdoutStderr`.
   */
  tty?: boolean;
};

/**
 * Successful response for `process/spawn`.
 */
export type ProcessSpawnResponse = { [key: string]: unknown };

/**
 * PTY size in character cells for `process/spawn` PTY sessions.
 */
export type ProcessTerminalSize = {
  /**
   * Terminal width in character cells.
   */
  cols: number;
  /**
   * Terminal height in character cells.
   */
  rows: number;
};

/**
 * Write stdin bytes to a running `process/spawn` session, close stdin, or both.
 */
export type ProcessWriteStdinParams = {
  /**
   * Close stdin after writing `deltaBase64`, if present.
   */
  closeStdin?: boolean;
  /**
   * Optional base64-encoded stdin bytes to write.
   */
  deltaBase64?: string | null;
  /**
   * Client-supplied, connection-scoped `processHandle` from `process/spawn`.
   */
  processHandle: string;
};

/**
 * Empty success response for `process/writeStdin`.
 */
export type ProcessWriteStdinResponse = { [key: string]: unknown };

export type Project = {
  createdAt: number;
  id: string;
  metadata: { [key: string]: string };
  name: string;
  position: number;
  /**
   * Newest non-archived member thread's recency, in Unix seconds; null when none exist.
   */
  recencyAt?: number | null;
  roots: Array<ProjectRoot>;
  updatedAt: number;
};

export type ProjectChangeType = "created" | "updated" | "deleted";

export type ProjectChangedNotification = {
  changeType: ProjectChangeType;
  projectId: string;
};

export type ProjectCreateParams = {
  idempotencyKey: string;
  metadata?: { [key: string]: string } | null;
  name: string;
  roots: Array<ProjectRoot>;
};

export type ProjectCreateResponse = {
  project: Project;
};

export type ProjectDeleteParams = {
  projectId: string;
};

export type ProjectDeleteResponse = { [key: string]: unknown };

export type ProjectImportParams = {
  idempotencyKey: string;
  metadata?: { [key: string]: string } | null;
  name: string;
  roots: Array<ProjectRoot>;
  threads?: Array<string> | null;
};

export type ProjectImportResponse = {
  project: Project;
};

export type ProjectListParams = {
  cursor?: string | null;
  limit?: number | null;
  /**
   * Requires sortKey. Defaults to asc for position and desc for recencyAt.
   */
  sortDirection?: SortDirection | null;
  /**
   * Defaults to position. Recency sorting always places empty projects last.
   */
  sortKey?: ProjectSortKey | null;
};

export type ProjectListResponse = {
  data: Array<Project>;
  nextCursor?: string | null;
};

export type ProjectMoveParams = {
  beforeProjectId?: string | null;
  projectId: string;
};

export type ProjectMoveResponse = { [key: string]: unknown };

export type ProjectReadParams = {
  projectId: string;
};

export type ProjectReadResponse = {
  project: Project;
};

export type ProjectRoot = {
  path: AbsolutePathBuf;
};

export type ProjectSortKey = "position" | "recencyAt";

export type ProjectUpdateParams = {
  metadata?: { [key: string]: string } | null;
  name?: string | null;
  projectId: string;
  roots?: Array<ProjectRoot> | null;
};

export type ProjectUpdateResponse = {
  project: Project;
};

export type ProviderSettings = {
  type: "openai";
} | {
  auth: GatewayAuth;
  type: "customGateway";
} | {
  profile?: string | null;
  region?: string | null;
  type: "bedrock";
} | {
  /**
   * Path on the app-server host, without credential-file contents.
   */
  credentialFile?: string | null;
  location?: string | null;
  projectId?: string | null;
  type: "gcp";
};

/**
 * Omitted patch fields preserve their values. Explicit null clears a nullable field.
 */
export type ProviderSettingsPatch = {
  baseUrl?: string | null;
  envKey?: string | null;
  name?: string;
  /**
   * Omit or pass null to allocate a new custom provider ID.
   */
  providerId?: string | null;
  type: "customGateway";
} | {
  profile?: string | null;
  providerId: BedrockProviderId;
  region?: string | null;
  type: "bedrock";
} | {
  credentialFile?: string | null;
  location?: string | null;
  projectId?: string | null;
  providerId: GcpProviderId;
  type: "gcp";
};

export type QueuedSubmission = {
  clientUserMessageId: string;
  id: string;
  input: Array<UserInput>;
  /**
   * Metadata retained with this input, including across reconnect and restoration.
   */
  responsesapiClientMetadata?: { [key: string]: string } | null;
};

export type RateLimitReachedType = "rate_limit_reached" | "workspace_owner_credits_depleted" | "workspace_member_credits_depleted" | "workspace_owner_usage_limit_reached" | "workspace_member_usage_limit_reached";

export type RateLimitResetCredit = {
  /**
   * Backend-provided display description for this credit, or `null` when unavailable.
   */
  description?: string | null;
  /**
   * Unix timestamp in seconds when the credit expires, or `null` if it does not expire.
   */
  expiresAt?: number | null;
  /**
   * Unix timestamp in seconds when the credit was granted.
   */
  grantedAt: number;
  /**
   * Opaque backend identifier for this reset credit.
   */
  id: string;
  resetType: RateLimitResetType;
  status: RateLimitResetCreditStatus;
  /**
   * Backend-provided display title for this credit, or `null` when unavailable.
   */
  title?: string | null;
};

export type RateLimitResetCreditStatus = "available" | "redeeming" | "redeemed" | "unknown";

export type RateLimitResetCreditsSummary = {
  availableCount: number;
  /**
   * Detail rows for available reset credits, when the backend provides them.
   *
   * `null` means only `availableCount` is known, while an empty array means details were fetched and no available credits were returned. The backend may cap this list, so its length can be less than `availableCount`.
   */
  credits?: Array<RateLimitResetCredit> | null;
};

export type RateLimitResetType = "codexRateLimits" | "unknown";

export type RateLimitSnapshot = {
  credits?: CreditsSnapshot | null;
  individualLimit?: SpendControlLimitSnapshot | null;
  limitId?: string | null;
  limitName?: string | null;
  /**
   * Normal model whose display name and reasoning options describe this quota alias.
   */
  normalModelSlug?: string | null;
  planType?: PlanType | null;
  primary?: RateLimitWindow | null;
  rateLimitReachedType?: RateLimitReachedType | null;
  secondary?: RateLimitWindow | null;
  /**
   * Backend-reported spend-control state. `None` is unavailable, not a sparse-update recovery.
   */
  spendControlReached?: boolean | null;
};

export type RateLimitWindow = {
  resetsAt?: number | null;
  usedPercent: number;
  windowDurationMins?: number | null;
};

/**
 * Internal-only notification containing the exact usage from one upstream Responses API completion.
 */
export type RawResponseCompletedNotification = {
  responseId: string;
  threadId: string;
  turnId: string;
  usage?: TokenUsageBreakdown | null;
  usageMetadata?: ResponseUsageMetadata | null;
};

export type RawResponseItemCompletedNotification = {
  item: ResponseItem;
  threadId: string;
  turnId: string;
};

export type RealtimeConversationVersion = "v1" | "v2" | "v3";

export type RealtimeOutputModality = "text" | "audio";

export type RealtimeVoice = "alloy" | "arbor" | "ash" | "aube" | "ballad" | "breeze" | "bubbie" | "cedar" | "coral" | "cove" | "echo" | "ember" | "haetsal" | "hanul" | "himari" | "juniper" | "leher" | "maple" | "marin" | "miko" | "neer" | "porto" | "rindo" | "rio" | "rivage" | "sage" | "selva" | "shimmer" | "sol" | "sonna" | "spruce" | "tinta" | "vale" | "verse" | "viola";

export type RealtimeVoicesList = {
  defaultV1: RealtimeVoice;
  defaultV2: RealtimeVoice;
  v1: Array<RealtimeVoice>;
  v2: Array<RealtimeVoice>;
  v3?: Array<RealtimeVoice>;
};

/**
 * A non-empty reasoning effort value advertised by the model.
 */
export type ReasoningEffort = string;

export type ReasoningEffortOption = {
  description: string;
  reasoningEffort: ReasoningEffort;
};

export type ReasoningItemContent = {
  text: string;
  type: "reasoning_text";
} | {
  text: string;
  type: "text";
};

export type ReasoningItemReasoningSummary = {
  text: string;
  type: "summary_text";
};

/**
 * A summary of the reasoning performed by the model. This can be useful for debugging and understanding the model's reasoning process. See https://platform.openai.com/docs/guides/reasoning?api-mode=responses#reasoning-summaries
 */
export type ReasoningSummary = "auto" | "concise" | "detailed" | "none";

export type ReasoningSummaryPartAddedNotification = {
  itemId: string;
  summaryIndex: number;
  threadId: string;
  turnId: string;
};

export type ReasoningSummaryTextDeltaNotification = {
  delta: string;
  itemId: string;
  summaryIndex: number;
  threadId: string;
  turnId: string;
};

export type ReasoningTextDeltaNotification = {
  contentIndex: number;
  delta: string;
  itemId: string;
  threadId: string;
  turnId: string;
};

export type RemoteControlClient = {
  appVersion?: string | null;
  clientId: string;
  deviceModel?: string | null;
  deviceType?: string | null;
  displayName?: string | null;
  lastSeenAt?: number | null;
  osVersion?: string | null;
  platform?: string | null;
};

export type RemoteControlClientsListOrder = "asc" | "desc";

export type RemoteControlClientsListParams = {
  cursor?: string | null;
  environmentId: string;
  limit?: number | null;
  order?: RemoteControlClientsListOrder | null;
};

export type RemoteControlClientsListResponse = {
  data: Array<RemoteControlClient>;
  nextCursor?: string | null;
};

export type RemoteControlClientsRevokeParams = {
  clientId: string;
  environmentId: string;
};

export type RemoteControlClientsRevokeResponse = { [key: string]: unknown };

export type RemoteControlConnectionStatus = "disabled" | "connecting" | "connected" | "errored";

export type RemoteControlDisableParams = {
  ephemeral?: boolean;
};

export type RemoteControlDisableResponse = {
  environmentId?: string | null;
  installationId: string;
  serverName: string;
  status: RemoteControlConnectionStatus;
};

export type RemoteControlEnableParams = {
  ephemeral?: boolean;
};

export type RemoteControlEnableResponse = {
  environmentId?: string | null;
  installationId: string;
  serverName: string;
  status: RemoteControlConnectionStatus;
};

export type RemoteControlPairingStartParams = {
  manualCode?: boolean;
};

export type RemoteControlPairingStartResponse = {
  environmentId: string;
  expiresAt: number;
  manualPairingCode?: string | null;
  pairingCode: string;
};

export type RemoteControlPairingStatusParams = {
  manualPairingCode?: string | null;
  pairingCode?: string | null;
};

export type RemoteControlPairingStatusResponse = {
  claimed: boolean;
};

/**
 * Current remote-control connection status and remote identity exposed to clients.
 */
export type RemoteControlStatusChangedNotification = {
  environmentId?: string | null;
  installationId: string;
  serverName: string;
  status: RemoteControlConnectionStatus;
};

export type RemoteControlStatusReadResponse = {
  environmentId?: string | null;
  installationId: string;
  serverName: string;
  status: RemoteControlConnectionStatus;
};

export type RequestHeader = {
  name: string;
  value: string;
};

export type RequestId = string | number;

export type RequestPermissionProfile = {
  fileSystem?: AdditionalFileSystemPermissions | null;
  network?: AdditionalNetworkPermissions | null;
};

export type ResidencyRequirement = "us";

/**
 * A known resource that the server is capable of reading.
 */
export type Resource = {
  _meta?: unknown;
  annotations?: unknown;
  description?: string | null;
  icons?: Array<unknown> | null;
  mimeType?: string | null;
  name: string;
  size?: number | null;
  title?: string | null;
  uri: string;
};

/**
 * Contents returned when reading a resource from an MCP server.
 */
export type ResourceContent = {
  _meta?: unknown;
  mimeType?: string | null;
  text: string;
  /**
   * The URI of this resource.
   */
  uri: string;
} | {
  _meta?: unknown;
  blob: string;
  mimeType?: string | null;
  /**
   * The URI of this resource.
   */
  uri: string;
};

/**
 * A template description for resources available on the server.
 */
export type ResourceTemplate = {
  annotations?: unknown;
  description?: string | null;
  mimeType?: string | null;
  name: string;
  title?: string | null;
  uriTemplate: string;
};

export type ResponseItem = {
  id?: string | null;
  role: string;
  tools: Array<unknown>;
  type: "additional_tools";
} | {
  content: Array<ContentItem>;
  encrypted_content?: string | null;
  id?: string | null;
  internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null;
  phase?: MessagePhase | null;
  role: string;
  status?: string | null;
  type: "message";
} | {
  author: string;
  content: Array<AgentMessageInputContent>;
  id?: string | null;
  internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null;
  recipient: string;
  type: "agent_message";
} | {
  content?: Array<ReasoningItemContent> | null;
  encrypted_content?: string | null;
  id?: string | null;
  internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null;
  summary: Array<ReasoningItemReasoningSummary>;
  type: "reasoning";
} | {
  action: LocalShellAction;
  /**
   * Set when using the Responses API.
   */
  call_id?: string | null;
  encrypted_content?: string | null;
  /**
   * Legacy id field retained for compatibility with older payloads.
   */
  id?: string | null;
  internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null;
  status: LocalShellStatus;
  type: "local_shell_call";
} | {
  arguments: string;
  call_id: string;
  encrypted_content?: string | null;
  encrypted_function_args?: Array<string> | null;
  id?: string | null;
  internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null;
  name: string;
  namespace?: string | null;
  status?: string | null;
  type: "function_call";
} | {
  arguments: unknown;
  call_id?: string | null;
  encrypted_content?: string | null;
  execution: string;
  id?: string | null;
  internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null;
  status?: string | null;
  type: "tool_search_call";
} | {
  call_id?: string | null;
  id?: string | null;
  internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null;
  name?: string | null;
  namespace?: string | null;
  output: FunctionCallOutputBody;
  type: "function_call_output";
} | {
  call_id: string;
  encrypted_content?: string | null;
  id?: string | null;
  input: string;
  internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null;
  name: string;
  namespace?: string | null;
  status?: string | null;
  type: "custom_tool_call";
} | {
  call_id: string;
  id?: string | null;
  internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null;
  name?: string | null;
  output: FunctionCallOutputBody;
  type: "custom_tool_call_output";
} | {
  call_id?: string | null;
  execution: string;
  id?: string | null;
  internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null;
  status: string;
  tools: Array<unknown>;
  type: "tool_search_output";
} | {
  action?: ResponsesApiWebSearchAction | null;
  encrypted_content?: string | null;
  id?: string | null;
  internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null;
  status?: string | null;
  type: "web_search_call";
} | {
  encrypted_content?: string | null;
  id?: string | null;
  internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null;
  result: string;
  revised_prompt?: string | null;
  status: string;
  type: "image_generation_call";
} | {
  encrypted_content: string;
  id?: string | null;
  internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null;
  type: "compaction";
} | {
  reasoning: ConfigurationReasoning;
  type: "configuration_update";
} | {
  type: "compaction_trigger";
} | {
  encrypted_content?: string | null;
  id?: string | null;
  internal_chat_message_metadata_passthrough?: InternalChatMessageMetadataPassthrough | null;
  type: "context_compaction";
} | {
  type: "other";
};

/**
 * Usage metadata reported for one upstream response.
 */
export type ResponseUsageMetadata = {
  amount?: string | null;
  metadata?: unknown;
};

export type ResponsesApiWebSearchAction = {
  queries?: Array<string> | null;
  query?: string | null;
  type: "search";
} | {
  type: "open_page";
  url?: string | null;
} | {
  pattern?: string | null;
  type: "find_in_page";
  url?: string | null;
} | {
  type: "other";
};

/**
 * User's decision in response to an ExecApprovalRequest.
 */
export type ReviewDecision = "approved" | {
  approved_execpolicy_amendment: {
    proposed_execpolicy_amendment: Array<string>;
  };
} | "approved_for_session" | "approved_mcp_policy_amendment" | {
  network_policy_amendment: {
    network_policy_amendment: NetworkPolicyAmendment;
  };
} | {
  denied: {
    rejection: string;
  };
} | "timed_out" | "abort";

export type ReviewDelivery = "inline";

export type ReviewStartParams = {
  /**
   * Reviews run inline on the supplied thread. Omit this field or pass `inline`. To review on a separate thread, start a thread first and use its id.
   */
  delivery?: ReviewDelivery | null;
  target: ReviewTarget;
  threadId: string;
};

export type ReviewStartResponse = {
  /**
   * The thread id supplied to `review/start`.
   */
  reviewThreadId: string;
  turn: Turn;
};

export type ReviewTarget = {
  type: "uncommittedChanges";
} | {
  branch: string;
  type: "baseBranch";
} | {
  sha: string;
  /**
   * Optional human-readable label (e.g., commit subject) for UIs.
   */
  title?: string | null;
  type: "commit";
} | {
  instructions: string;
  type: "custom";
};

/**
 * Acknowledges the compression trigger, not completion. Existing maintenance locks and cooldowns can cause the background pass to skip without doing work.
 */
export type RolloutCompressResponse = { [key: string]: unknown };

export type SandboxMode = "read-only" | "workspace-write" | "danger-full-access";

export type SandboxPolicy = {
  type: "dangerFullAccess";
} | {
  networkAccess?: boolean;
  type: "readOnly";
} | {
  networkAccess?: NetworkAccess;
  type: "externalSandbox";
} | {
  excludeSlashTmp?: boolean;
  excludeTmpdirEnvVar?: boolean;
  networkAccess?: boolean;
  type: "workspaceWrite";
  writableRoots?: Array<AbsolutePathBuf>;
};

export type SandboxWorkspaceWrite = {
  exclude_slash_tmp?: boolean;
  exclude_tmpdir_env_var?: boolean;
  network_access?: boolean;
  writable_roots?: Array<string>;
};

export type ScheduledTaskSchedule = {
  days?: Array<ScheduledTaskWeekday> | null;
  intervalHours: number;
  type: "hourly";
} | {
  time: string;
  type: "daily";
} | {
  time: string;
  type: "weekdays";
} | {
  days: Array<ScheduledTaskWeekday>;
  time: string;
  type: "weekly";
};

export type ScheduledTaskSummary = {
  key: string;
  name: string;
  prompt: string;
  schedule: ScheduledTaskSchedule;
};

export type ScheduledTaskWeekday = "MO" | "TU" | "WE" | "TH" | "FR" | "SA" | "SU";

/**
 * A user-selected root that can expose one or more runtime capabilities.
 */
export type SelectedCapabilityRoot = {
  /**
   * Stable identifier supplied by the capability selection platform.
   */
  id: string;
  /**
   * Where the selected root can be resolved.
   */
  location: CapabilityRootLocation;
};

export type SendAddCreditsNudgeEmailParams = {
  creditType: AddCreditsNudgeCreditType;
};

export type SendAddCreditsNudgeEmailResponse = {
  status: AddCreditsNudgeEmailStatus;
};

export type ServerDiagnosticsGauge = {
  name: string;
  value: number;
};

export type ServerDiagnosticsParams = { [key: string]: unknown };

export type ServerDiagnosticsProcess = {
  id: number;
  physicalFootprintBytes?: number | null;
  residentMemoryBytes?: number | null;
};

export type ServerDiagnosticsResponse = {
  gauges: Array<ServerDiagnosticsGauge>;
  process: ServerDiagnosticsProcess;
};

export type ServerRequestResolvedNotification = {
  requestId: RequestId;
  threadId: string;
};

export type SessionMigration = {
  cwd: string;
  path: string;
  title?: string | null;
};

export type SessionSource = "cli" | "vscode" | "exec" | "appServer" | "unknown" | {
  custom: string;
} | {
  subAgent: SubAgentSource;
};

/**
 * Settings for a collaboration mode.
 */
export type Settings = {
  developer_instructions?: string | null;
  model: string;
  reasoning_effort?: ReasoningEffort | null;
};

export type SkillDependencies = {
  tools: Array<SkillToolDependency>;
};

export type SkillErrorInfo = {
  message: string;
  path: string;
};

export type SkillInterface = {
  brandColor?: string | null;
  defaultPrompt?: string | null;
  displayName?: string | null;
  iconLarge?: AbsolutePathBuf | null;
  /**
   * Remote large icon URL from the plugin catalog.
   */
  iconLargeUrl?: string | null;
  iconSmall?: AbsolutePathBuf | null;
  /**
   * Remote small icon URL from the plugin catalog.
   */
  iconSmallUrl?: string | null;
  shortDescription?: string | null;
};

export type SkillMetadata = {
  dependencies?: SkillDependencies | null;
  description: string;
  enabled: boolean;
  interface?: SkillInterface | null;
  name: string;
  path: LegacyAppPathString;
  /**
   * Owning plugin ID, matching `PluginSummary.id`, when known.
   */
  pluginId?: string | null;
  scope: SkillScope;
  /**
   * Legacy short_description from SKILL.md. Prefer SKILL.json interface.short_description.
   */
  shortDescription?: string | null;
};

export type SkillMigration = {
  name: string;
};

export type SkillScope = "user" | "repo" | "system" | "admin";

export type SkillSummary = {
  description: string;
  enabled: boolean;
  interface?: SkillInterface | null;
  name: string;
  path?: LegacyAppPathString | null;
  shortDescription?: string | null;
};

export type SkillToolDependency = {
  command?: string | null;
  description?: string | null;
  transport?: string | null;
  type: string;
  url?: string | null;
  value: string;
};

/**
 * Notification emitted when watched local skill files change.
 *
 * Treat this as an invalidation signal and re-run `skills/list` with the client's current parameters when refreshed skill metadata is needed.
 */
export type SkillsChangedNotification = { [key: string]: unknown };

export type SkillsConfigWriteParams = {
  enabled: boolean;
  /**
   * Name-based selector.
   */
  name?: string | null;
  /**
   * Path-based selector.
   */
  path?: AbsolutePathBuf | null;
};

export type SkillsConfigWriteResponse = {
  effectiveEnabled: boolean;
};

export type SkillsExtraRootsSetParams = {
  extraRoots: Array<AbsolutePathBuf>;
};

export type SkillsExtraRootsSetResponse = { [key: string]: unknown };

export type SkillsListEntry = {
  cwd: string;
  errors: Array<SkillErrorInfo>;
  skills: Array<SkillMetadata>;
};

export type SkillsListParams = {
  /**
   * When empty, defaults to the current session working directory.
   */
  cwds?: Array<string>;
  /**
   * When true, bypass the skills cache and re-scan skills from disk.
   */
  forceReload?: boolean;
};

export type SkillsListResponse = {
  data: Array<SkillsListEntry>;
};

export type SortDirection = "asc" | "desc";

export type SpendControlLimitSnapshot = {
  limit: string;
  remainingPercent: number;
  resetsAt: number;
  used: string;
};

export type StrictReviewRequiredNotification = {
  /**
   * Unix timestamp (in milliseconds) when this review started.
   */
  startedAtMs: number;
  threadId: string;
  turnId: string;
};

export type SubAgentActivityKind = "started" | "interacted" | "interrupted" | "completed";

export type SubAgentSource = "review" | "compact" | "memory_consolidation" | {
  thread_spawn: {
    agent_nickname?: string | null;
    agent_path?: AgentPath | null;
    agent_role?: string | null;
    depth: number;
    parent_thread_id: ThreadId;
  };
} | {
  other: string;
};

export type SubagentMigration = {
  name: string;
};

export type TerminalInteractionNotification = {
  itemId: string;
  processId: string;
  stdin: string;
  threadId: string;
  turnId: string;
};

export type TextElement = {
  /**
   * Byte range in the parent `text` buffer that this element occupies.
   */
  byteRange: ByteRange;
  /**
   * Optional human-readable placeholder for the element, displayed in the UI.
   */
  placeholder?: string | null;
};

export type TextPosition = {
  /**
   * 1-based column number (in Unicode scalar values).
   */
  column: number;
  /**
   * 1-based line number.
   */
  line: number;
};

export type TextRange = {
  end: TextPosition;
  start: TextPosition;
};

export type Thread = {
  /**
   * Optional random unique nickname assigned to an AgentControl-spawned sub-agent.
   */
  agentNickname?: string | null;
  /**
   * Optional role (agent_role) assigned to an AgentControl-spawned sub-agent.
   */
  agentRole?: string | null;
  /**
   * Parent that owns this persisted attached thread, independent of fork or spawn lineage.
   */
  attachedToThreadId?: string | null;
  /**
   * Whether the app server accepts direct turn input for this loaded thread. `None` means the capability is unavailable, such as for an unloaded stored thread.
   */
  canAcceptDirectInput?: boolean | null;
  /**
   * Version of the CLI that created the thread.
   */
  cliVersion: string;
  /**
   * Unix timestamp (in seconds) when the thread was created.
   */
  createdAt: number;
  /**
   * Working directory captured for the thread.
   */
  cwd: AbsolutePathBuf;
  /**
   * Saved Daybreak choice, independent of turn execution. Null if unset.
   */
  daybreakEnabled?: boolean | null;
  /**
   * Current environments for a loaded thread, in priority order, primary first. `null` means the thread is not loaded or the server does not expose its selection. An empty list means no environments are selected. This does not report connection status.
   */
  environments?: Array<ThreadEnvironment> | null;
  /**
   * Whether the thread is ephemeral and should not be materialized on disk.
   */
  ephemeral: boolean;
  /**
   * Optional implementation-specific thread data.
   */
  extra?: ThreadExtra | null;
  /**
   * Source thread id when this thread was created by forking another thread.
   */
  forkedFromId?: string | null;
  /**
   * Optional Git metadata captured when the thread was created.
   */
  gitInfo?: GitInfo | null;
  /**
   * Persisted thread history contract selected when this thread was created.
   */
  historyMode?: ThreadHistoryMode;
  /**
   * Identifier for this thread. Codex-generated thread IDs are UUIDv7.
   */
  id: string;
  /**
   * Current configured model when loaded, otherwise the latest persisted model. Null when unavailable. This is not per-turn execution telemetry.
   */
  model?: string | null;
  /**
   * Model provider used for this thread (for example, 'openai').
   */
  modelProvider: string;
  /**
   * Optional user-facing thread title.
   */
  name?: string | null;
  /**
   * Originator recorded when the thread was created, independent of its current client or executor. Null when the recorded originator is unavailable.
   */
  originator?: string | null;
  /**
   * The ID of the parent thread. This will only be set if this thread is a subagent.
   */
  parentThreadId?: string | null;
  /**
   * [UNSTABLE] Path to the thread on disk.
   */
  path?: string | null;
  /**
   * Usually the first user message in the thread, if available.
   */
  preview: string;
  /**
   * Canonical project assignment owned by app-server, if any.
   */
  projectId: string | null;
  /**
   * Current configured reasoning effort when loaded, otherwise the latest persisted effort. Null when unset or unavailable. This is not per-turn execution telemetry.
   */
  reasoningEffort?: ReasoningEffort | null;
  /**
   * Unix timestamp (in seconds) used for thread recency ordering.
   */
  recencyAt?: number | null;
  /**
   * The independently persisted section selected for this thread, if any.
   */
  section?: ThreadSection | null;
  /**
   * Unix timestamp in seconds when the thread entered its current section.
   */
  sectionEnteredAt?: number | null;
  /**
   * Session id shared by threads that belong to the same session tree.
   */
  sessionId: string;
  /**
   * Origin of the thread (CLI, VSCode, codex exec, codex app-server, etc.).
   */
  source: SessionSource;
  /**
   * Current runtime status for the thread.
   */
  status: ThreadStatus;
  /**
   * Optional analytics source classification for this thread.
   */
  threadSource?: ThreadSource | null;
  /**
   * Only populated on `thread/resume`, `thread/fork`, and `thread/read` (when `includeTurns` is true) responses. For all other responses and notifications returning a Thread, the turns field will be an empty list.
   */
  turns: Array<Turn>;
  /**
   * Unix timestamp (in seconds) when the thread was last updated.
   */
  updatedAt: number;
};

export type ThreadActiveFlag = "waitingOnApproval" | "waitingOnUserInput";

export type ThreadApproveGuardianDeniedActionParams = {
  /**
   * Serialized `codex_protocol::protocol::GuardianAssessmentEvent`.
   */
  event: unknown;
  threadId: string;
};

export type ThreadApproveGuardianDeniedActionResponse = { [key: string]: unknown };

export type ThreadArchiveParams = {
  threadId: string;
};

export type ThreadArchiveResponse = { [key: string]: unknown };

export type ThreadArchivedNotification = {
  threadId: string;
};

/**
 * An independently persisted attachment associated with a thread.
 */
export type ThreadAttachment = {
  attachmentType: string;
  createdAt: number;
  id: string;
  identityKey: string;
  payload: unknown;
};

/**
 * Result of attempting to associate an attachment with a thread.
 */
export type ThreadAttachmentAddOutcome = "created" | "existing";

/**
 * Parameters for creating or locating an attachment on its owning thread.
 */
export type ThreadAttachmentAddParams = {
  attachmentType: string;
  identityKey: string;
  payload: unknown;
  threadId: string;
};

/**
 * The created or existing attachment.
 */
export type ThreadAttachmentAddResponse = {
  attachment: ThreadAttachment;
  outcome: ThreadAttachmentAddOutcome;
};

/**
 * Parameters for listing attachments from one thread.
 */
export type ThreadAttachmentListParams = {
  cursor?: string | null;
  limit?: number | null;
  threadId: string;
};

/**
 * One page of attachments associated with the requested thread.
 */
export type ThreadAttachmentListResponse = {
  data: Array<ThreadAttachment>;
  nextCursor?: string | null;
};

/**
 * The persisted attachment change represented by a notification.
 */
export type ThreadAttachmentOperation = "created" | "deleted";

/**
 * A thread that currently owns an attachment with the requested identity.
 */
export type ThreadAttachmentOwner = {
  /**
   * Whether the owning thread is archived, not whether it is currently executing a turn.
   */
  archived: boolean;
  threadId: string;
};

/**
 * Parameters for reverse lookup by attachment identity within this server's store.
 */
export type ThreadAttachmentOwnerListParams = {
  /**
   * Omitted or null returns all matches; false returns non-archived threads only.
   */
  archived?: boolean | null;
  attachmentType: string;
  cursor?: string | null;
  identityKey: string;
  limit?: number | null;
};

/**
 * One page of matching owners, including threads without their own user messages.
 */
export type ThreadAttachmentOwnerListResponse = {
  data: Array<ThreadAttachmentOwner>;
  nextCursor?: string | null;
};

/**
 * Parameters for deleting an attachment by its stable thread-local identity.
 */
export type ThreadAttachmentRemoveParams = {
  attachmentType: string;
  identityKey: string;
  threadId: string;
};

/**
 * Successful deletion does not return additional attachment data.
 */
export type ThreadAttachmentRemoveResponse = { [key: string]: unknown };

/**
 * Notification published after a thread attachment is created or deleted.
 */
export type ThreadAttachmentUpdatedNotification = {
  attachmentId: string;
  attachmentType: string;
  identityKey: string;
  operation: ThreadAttachmentOperation;
  threadId: string;
};

export type ThreadBackgroundTerminal = {
  command: string;
  cpuPercent?: number | null;
  cwd: LegacyAppPathString;
  itemId: string;
  osPid?: number | null;
  processId: string;
  rssKb?: number | null;
};

export type ThreadBackgroundTerminalsCleanParams = {
  threadId: string;
};

export type ThreadBackgroundTerminalsCleanResponse = { [key: string]: unknown };

export type ThreadBackgroundTerminalsListParams = {
  /**
   * Opaque pagination cursor returned by a previous call.
   */
  cursor?: string | null;
  /**
   * Optional page size.
   */
  limit?: number | null;
  threadId: string;
};

export type ThreadBackgroundTerminalsListResponse = {
  data: Array<ThreadBackgroundTerminal>;
  /**
   * Opaque cursor to pass to the next call to continue after the last item. If None, there are no more items to return.
   */
  nextCursor?: string | null;
};

export type ThreadBackgroundTerminalsTerminateParams = {
  processId: string;
  threadId: string;
};

export type ThreadBackgroundTerminalsTerminateResponse = {
  terminated: boolean;
};

export type ThreadClosedNotification = {
  threadId: string;
};

export type ThreadCompactStartParams = {
  threadId: string;
};

export type ThreadCompactStartResponse = { [key: string]: unknown };

/**
 * Parameters for `thread/decrement_elicitation`.
 */
export type ThreadDecrementElicitationParams = {
  /**
   * Thread whose out-of-band elicitation counter should be decremented.
   */
  threadId: string;
};

/**
 * Response for `thread/decrement_elicitation`.
 */
export type ThreadDecrementElicitationResponse = {
  /**
   * Current out-of-band elicitation count after the decrement.
   */
  count: number;
  /**
   * Whether timeout accounting remains paused after applying the decrement.
   */
  paused: boolean;
};

export type ThreadDeleteParams = {
  threadId: string;
};

export type ThreadDeleteResponse = { [key: string]: unknown };

export type ThreadDeletedNotification = {
  threadId: string;
};

/**
 * An environment selected by a loaded thread, independent of connection status.
 */
export type ThreadEnvironment = {
  cwd: LegacyAppPathString;
  environmentId: string;
  runtimeWorkspaceRoots: Array<LegacyAppPathString>;
};

/**
 * Extra app-server data for a thread.
 */
export type ThreadExtra = { [key: string]: unknown };

/**
 * There are two ways to fork a thread: 1. By thread_id: load the thread from disk by thread_id and fork it into a new thread. 2. By path: load the thread from disk by path and fork it into a new thread.
 *
 * If using a non-empty path, the thread_id param will be ignored. Empty string path values are treated as absent.
 *
 * Prefer using thread_id whenever possible.
 */
export type ThreadForkParams = {
  approvalPolicy?: AskForApproval | null;
  /**
   * Override where approval requests are routed for review on this thread and subsequent turns.
   */
  approvalsReviewer?: ApprovalsReviewer | null;
  /**
   * Persist the fork as an attached thread of its resolved source, hidden from ordinary lists. The source cannot be deleted while attached threads exist. Requires a paginated source and local storage; incompatible with ephemeral and deferGoalContinuation. Omitted or false creates an ordinary fork.
   */
  attachToSource?: boolean;
  baseInstructions?: string | null;
  /**
   * Optional turn id to fork before, excluding that turn and all later turns. Cannot be combined with `last_turn_id`.
   */
  beforeTurnId?: string | null;
  config?: { [key: string]: unknown } | null;
  cwd?: string | null;
  /**
   * When true, carry the source thread's current goal into the fork without starting its initial automatic continuation. The next explicit turn owns the goal lifecycle, and normal automatic continuation resumes after it.
   */
  deferGoalContinuation?: boolean;
  developerInstructions?: string | null;
  ephemeral?: boolean;
  /**
   * When true, return only thread metadata and live fork state without populating `thread.turns`. This is useful when the client plans to call `thread/turns/list` immediately after forking. Full-history hydration is deprecated for paginated threads; use this with `thread/turns/list` and `thread/items/list` instead.
   */
  excludeTurns?: boolean;
  /**
   * Disable MCP servers in prediction mode when the inherited window uses incremental tools on Responses Lite. Requires `experimentalPredictionMode: true`.
   */
  experimentalDisablePredictionMcp?: boolean;
  /**
   * Start from the loaded parent's effective config, tools, environments, and persisted history to maximize prompt-cache reuse. Requires a loaded, persisted parent and `ephemeral: true`. Enables `features.reasoning_effort_override` on the fork. Only `config.thread_unload_delay_secs` may override the inherited config. Cannot be combined with `path`, `lastTurnId`, or `beforeTurnId`.
   */
  experimentalPredictionMode?: boolean;
  /**
   * Optional last turn id to fork through, inclusive.
   *
   * When specified, turns after `last_turn_id` are omitted from the fork. The referenced turn cannot be in progress.
   */
  lastTurnId?: string | null;
  /**
   * Configuration overrides for the forked thread, if any.
   */
  model?: string | null;
  modelProvider?: string | null;
  /**
   * [UNSTABLE] Specify the rollout path to fork from. If specified, the thread_id param will be ignored.
   */
  path?: string | null;
  /**
   * Named profile id for the forked thread. Cannot be combined with `sandbox`.
   */
  permissions?: string | null;
  /**
   * Replace the thread's runtime workspace roots. Paths must be absolute.
   */
  runtimeWorkspaceRoots?: Array<AbsolutePathBuf> | null;
  sandbox?: SandboxMode | null;
  serviceTier?: string | null;
  threadId: string;
  /**
   * Optional client-supplied analytics source classification for this forked thread.
   */
  threadSource?: ThreadSource | null;
};

export type ThreadForkResponse = {
  /**
   * Named or implicit built-in profile that produced the active permissions, when known.
   */
  activePermissionProfile?: ActivePermissionProfile | null;
  approvalPolicy: AskForApproval;
  /**
   * Reviewer currently used for approval requests on this thread.
   */
  approvalsReviewer: ApprovalsReviewer;
  cwd: AbsolutePathBuf;
  /**
   * Saved list of disabled plugin IDs. Does not yet filter plugin capabilities.
   */
  disabledPluginIds?: Array<string>;
  /**
   * Environment-native paths to instruction source files currently loaded for this thread.
   */
  instructionSources?: Array<LegacyAppPathString>;
  model: string;
  modelProvider: string;
  /**
   * @deprecated Always `explicitRequestOnly`. Use `reasoningEffort` for Ultra behavior.
   */
  multiAgentMode?: MultiAgentMode;
  reasoningEffort?: ReasoningEffort | null;
  /**
   * Thread-scoped runtime workspace roots used to materialize `:workspace_roots`.
   */
  runtimeWorkspaceRoots?: Array<AbsolutePathBuf>;
  /**
   * Legacy sandbox policy retained for compatibility. Experimental clients should prefer `activePermissionProfile` for profile provenance.
   */
  sandbox: SandboxPolicy;
  serviceTier?: string | null;
  thread: Thread;
};

export type ThreadGoal = {
  createdAt: number;
  objective: string;
  status: ThreadGoalStatus;
  threadId: string;
  timeUsedSeconds: number;
  tokenBudget?: number | null;
  tokensUsed: number;
  updatedAt: number;
};

export type ThreadGoalClearParams = {
  /**
   * Missing provenance does not supply user authorization.
   */
  origin?: ThreadGoalMutationOrigin | null;
  threadId: string;
};

export type ThreadGoalClearResponse = {
  cleared: boolean;
};

export type ThreadGoalClearedNotification = {
  threadId: string;
};

export type ThreadGoalGetParams = {
  threadId: string;
};

export type ThreadGoalGetResponse = {
  goal?: ThreadGoal | null;
};

/**
 * Distinguishes explicit user actions from automatic goal lifecycle mutations.
 */
export type ThreadGoalMutationOrigin = "user" | "automatic";

export type ThreadGoalSetParams = {
  objective?: string | null;
  /**
   * Missing provenance does not supply user authorization.
   */
  origin?: ThreadGoalMutationOrigin | null;
  status?: ThreadGoalStatus | null;
  threadId: string;
  tokenBudget?: number | null;
};

export type ThreadGoalSetResponse = {
  goal: ThreadGoal;
};

export type ThreadGoalStatus = "active" | "paused" | "blocked" | "usageLimited" | "budgetLimited" | "complete";

export type ThreadGoalUpdatedNotification = {
  goal: ThreadGoal;
  threadId: string;
  turnId?: string | null;
};

export type ThreadGuardianAssessment = {
  outcome: GuardianAssessmentOutcome;
  rationale: string;
  riskLevel: GuardianRiskLevel;
  userAuthorization: GuardianUserAuthorization;
};

/**
 * Calling `thread/guardianReview` subscribes the connection to the thread. The subscription remains after the review completes, keeping the thread loaded until the client calls `thread/unsubscribe` or disconnects.
 */
export type ThreadGuardianReviewParams = {
  threadId: string;
};

export type ThreadGuardianReviewResponse = {
  /**
   * Null when current policy or a remembered approval skips review.
   */
  assessment?: ThreadGuardianAssessment | null;
  callId: string;
};

export type ThreadHistoryMode = "legacy" | "paginated";

export type ThreadId = string;

/**
 * Parameters for `thread/increment_elicitation`.
 */
export type ThreadIncrementElicitationParams = {
  /**
   * Thread whose out-of-band elicitation counter should be incremented.
   */
  threadId: string;
};

/**
 * Response for `thread/increment_elicitation`.
 */
export type ThreadIncrementElicitationResponse = {
  /**
   * Current out-of-band elicitation count after the increment.
   */
  count: number;
  /**
   * Whether timeout accounting is paused after applying the increment.
   */
  paused: boolean;
};

export type ThreadInjectItemsParams = {
  /**
   * Raw Responses API items to append to the thread's model-visible history.
   */
  items: Array<unknown>;
  threadId: string;
};

export type ThreadInjectItemsResponse = { [key: string]: unknown };

/**
 * A thread item and its recorded lifecycle times. The payload stays flat on the wire.
 */
export type ThreadItem = ({
  /**
   * Unix timestamp in milliseconds when the item completed, if recorded.
   */
  completedAtMs?: number | null;
  /**
   * Unix timestamp in milliseconds when the item started, if recorded.
   */
  startedAtMs?: number | null;
}) & ({
  clientId?: string | null;
  content: Array<UserInput>;
  id: string;
  type: "userMessage";
} | {
  fragments: Array<HookPromptFragment>;
  id: string;
  type: "hookPrompt";
} | {
  delivery?: AgentMessageDelivery | null;
  id: string;
  memoryCitation?: MemoryCitation | null;
  moderation?: AgentMessageModeration | null;
  phase?: MessagePhase | null;
  questions?: Array<AsyncUserInputQuestion> | null;
  text: string;
  type: "agentMessage";
} | {
  id: string;
  name: string;
  namespace?: string | null;
  output: FunctionCallOutputBody;
  type: "functionCallOutput";
} | {
  id: string;
  text: string;
  type: "plan";
} | {
  content?: Array<string>;
  id: string;
  summary?: Array<string>;
  type: "reasoning";
} | {
  /**
   * The command's output, aggregated from stdout and stderr.
   */
  aggregatedOutput?: string | null;
  /**
   * The command to be executed.
   */
  command: string;
  /**
   * A best-effort parsing of the command to understand the action(s) it will perform. This returns a list of CommandAction objects because a single shell command may be composed of many commands piped together.
   */
  commandActions: Array<CommandAction>;
  /**
   * The command's working directory.
   */
  cwd: LegacyAppPathString;
  /**
   * The duration of the command execution in milliseconds.
   */
  durationMs?: number | null;
  /**
   * The command's exit code.
   */
  exitCode?: number | null;
  id: string;
  /**
   * Trusted first-party plugin id when this command resolves to one plugin script.
   */
  pluginId?: string | null;
  /**
   * Identifier for the underlying PTY process (when available).
   */
  processId?: string | null;
  /**
   * Safe plugin-relative path when this command resolves to one plugin script.
   */
  scriptPath?: string | null;
  source?: CommandExecutionSource;
  status: CommandExecutionStatus;
  type: "commandExecution";
} | {
  changes: Array<FileUpdateChange>;
  id: string;
  status: PatchApplyStatus;
  type: "fileChange";
} | {
  appContext?: McpToolCallAppContext | null;
  arguments: unknown;
  /**
   * The duration of the MCP tool call in milliseconds.
   */
  durationMs?: number | null;
  error?: McpToolCallError | null;
  id: string;
  /**
   * Legacy compatibility field; prefer `mcpAppUi.resourceUri` when available.
   */
  mcpAppResourceUri?: string | null;
  /**
   * Presentation captured from the invoked descriptor; absent in older history.
   */
  mcpAppUi?: McpAppUi | null;
  pluginId?: string | null;
  readOnlyHint?: boolean | null;
  result?: McpToolCallResult | null;
  server: string;
  status: McpToolCallStatus;
  tool: string;
  type: "mcpToolCall";
} | {
  arguments: unknown;
  contentItems?: Array<DynamicToolCallOutputContentItem> | null;
  /**
   * The duration of the dynamic tool call in milliseconds.
   */
  durationMs?: number | null;
  id: string;
  namespace?: string | null;
  status: DynamicToolCallStatus;
  success?: boolean | null;
  tool: string;
  type: "dynamicToolCall";
} | {
  /**
   * Last known status of the target agents, when available.
   */
  agentsStates: { [key: string]: CollabAgentState };
  /**
   * Unique identifier for this collab tool call.
   */
  id: string;
  /**
   * Model requested for the spawned agent, when applicable.
   */
  model?: string | null;
  /**
   * Prompt text sent as part of the collab tool call, when available.
   */
  prompt?: string | null;
  /**
   * Reasoning effort requested for the spawned agent, when applicable.
   */
  reasoningEffort?: ReasoningEffort | null;
  /**
   * Thread ID of the receiving agent, when applicable. In case of spawn operation, this corresponds to the newly spawned agent.
   */
  receiverThreadIds: Array<string>;
  /**
   * Thread ID of the agent issuing the collab request.
   */
  senderThreadId: string;
  /**
   * Current status of the collab tool call.
   */
  status: CollabAgentToolCallStatus;
  /**
   * Name of the collab tool that was invoked.
   */
  tool: CollabAgentTool;
  type: "collabAgentToolCall";
} | {
  agentPath: string;
  agentThreadId: string;
  id: string;
  kind: SubAgentActivityKind;
  /**
   * Resolved model at sub-agent creation; absent from older records and other activities.
   */
  model?: string | null;
  /**
   * Resolved reasoning effort at sub-agent creation, when known.
   */
  reasoningEffort?: ReasoningEffort | null;
  type: "subAgentActivity";
} | {
  action?: WebSearchAction | null;
  id: string;
  query: string;
  /**
   * Structured search results returned out-of-band by standalone web search.
   *
   * These stay as opaque JSON at the extension/app-server boundary so new result fields and result types can pass through without a Codex release.
   */
  results?: Array<unknown> | null;
  type: "webSearch";
} | {
  id: string;
  path: LegacyAppPathString;
  type: "imageView";
} | {
  durationMs: number;
  id: string;
  type: "sleep";
} | ({
  failure?: ImageGenerationFailure | null;
  /**
   * Image generation identifier for the generated image, when provided by the image backend.
   */
  generationId?: string | null;
  id: string;
  /**
   * Observed local inputs for a completed generation, absent on older items.
   */
  inputImages?: Array<ImageGenerationInputImage>;
  revisedPrompt?: string | null;
  savedPath?: AbsolutePathBuf | null;
  status: string;
  transparentBackground?: boolean | null;
  type: "imageGeneration";
}) & ({
  fileId: string;
} | {
  result: string;
}) | {
  id: string;
  review: string;
  type: "enteredReviewMode";
} | {
  id: string;
  review: string;
  type: "exitedReviewMode";
} | {
  id: string;
  type: "contextCompaction";
});

export type ThreadItemEntry = {
  /**
   * Unix timestamp (milliseconds) when the item completed, if recorded by the producer.
   */
  completedAtMs?: number | null;
  item: ThreadItem;
  /**
   * The saved output was omitted. Fetch the complete item with `thread/items/read`.
   */
  outputDeferred?: boolean;
  /**
   * Unix timestamp (milliseconds) when the item started, if recorded by the producer.
   */
  startedAtMs?: number | null;
  /**
   * Turn containing this item.
   */
  turnId: string;
};

export type ThreadItemOutputDeferral = {
  /**
   * Defer nonempty output from successful commands.
   */
  commandExecution?: boolean;
  /**
   * Defer nonempty plain-text results from successful MCP tool calls.
   */
  mcpToolCall?: boolean;
};

/**
 * An exclusive item position within the requested visible turn.
 */
export type ThreadItemsListAnchor = {
  itemId: string;
  type: "item";
};

/**
 * Starting position for an item-history page.
 */
export type ThreadItemsListCursor = string | ThreadItemsListAnchor;

export type ThreadItemsListParams = {
  /**
   * Opaque continuation cursor or an exclusive item anchor in the requested visible turn. An item anchor requires a non-empty `turnId`; ascending (the default) returns items after it, and descending returns items before it. Continue with the returned string cursor.
   */
  cursor?: ThreadItemsListCursor | null;
  /**
   * For a single turn, choose which saved outputs to fetch separately by item ID.
   */
  deferOutput?: ThreadItemOutputDeferral | null;
  /**
   * Optional item page size.
   */
  limit?: number | null;
  /**
   * Optional item pagination direction; defaults to ascending.
   */
  sortDirection?: SortDirection | null;
  threadId: string;
  /**
   * Optional turn id to filter by. When omitted, returns items across the thread.
   */
  turnId?: string | null;
};

export type ThreadItemsListResponse = {
  /**
   * Opaque cursor to pass as `cursor` when reversing `sortDirection`. This is only populated when the page contains at least one item.
   */
  backwardsCursor?: string | null;
  data: Array<ThreadItemEntry>;
  /**
   * Opaque cursor to pass to the next call to continue after the last item. if None, there are no more items to return.
   */
  nextCursor?: string | null;
};

/**
 * EXPERIMENTAL - retrieve a bounded set of persisted items from one turn.
 */
export type ThreadItemsReadParams = {
  /**
   * Item IDs to retrieve. Supply 1 to 100 IDs.
   */
  itemIds: Array<string>;
  threadId: string;
  turnId: string;
};

/**
 * EXPERIMENTAL - persisted items returned in canonical stored order.
 */
export type ThreadItemsReadResponse = {
  data: Array<ThreadItemEntry>;
};

export type ThreadListCwdFilter = string | Array<string>;

export type ThreadListParams = {
  /**
   * Optional ancestor thread filter. Returns spawned descendants at any depth, excluding the ancestor itself. Mutually exclusive with `parentThreadId`.
   */
  ancestorThreadId?: string | null;
  /**
   * Optional archived filter; when set to true, only archived threads are returned. If false or null, only non-archived threads are returned.
   */
  archived?: boolean | null;
  /**
   * Return only persistent threads attached to this thread, including empty threads. Mutually exclusive with parentThreadId and ancestorThreadId. Omitting this filter keeps attached threads hidden from ordinary listings.
   */
  attachedToThreadId?: string | null;
  /**
   * Show local history visible to the current ChatGPT account. Defaults to false.
   */
  currentAccountOnly?: boolean;
  /**
   * Opaque pagination cursor returned by a previous call.
   */
  cursor?: string | null;
  /**
   * Optional cwd filter or filters; when set, only threads whose session cwd exactly matches one of these paths are returned.
   */
  cwd?: ThreadListCwdFilter | null;
  /**
   * Thread IDs to exclude before applying the result limit. Up to 100 entries; invalid IDs or a larger list are rejected, never truncated. Send the same exclusions on each page. Omitted, null, or empty means no exclusions.
   */
  excludedThreadIds?: Array<string> | null;
  /**
   * Include persistent threads attached to a parent when searching by title.
   */
  includeAttachedThreads?: boolean;
  /**
   * Optional page size; defaults to a reasonable server-side value.
   */
  limit?: number | null;
  /**
   * Optional provider filter; when set, only sessions recorded under these providers are returned. When present but empty, includes all providers.
   */
  modelProviders?: Array<string> | null;
  /**
   * Optional originator allowlist, matching any supplied value exactly. Supported by hosted backends only; the local app-server rejects a nonempty list. Omitted or empty lists leave originators unrestricted.
   */
  originators?: Array<string> | null;
  /**
   * Optional direct parent thread filter. Mutually exclusive with `ancestorThreadId`.
   */
  parentThreadId?: string | null;
  /**
   * Omit to include every project, set to null for unassigned threads, or provide a project ID to return only threads in that project.
   */
  projectId?: string | null;
  /**
   * Optional substring filter for the extracted thread title.
   */
  searchTerm?: string | null;
  /**
   * Omit to include every section, set to `null` for unsectioned threads, or provide a section ID to return only threads in that section.
   */
  sectionId?: string | null;
  /**
   * Optional sort direction; defaults to descending (newest first).
   */
  sortDirection?: SortDirection | null;
  /**
   * Optional sort key; defaults to created_at.
   */
  sortKey?: ThreadSortKey | null;
  /**
   * Optional source filter; when set, only sessions from these source kinds are returned. When omitted or empty, defaults to interactive sources.
   */
  sourceKinds?: Array<ThreadSourceKind> | null;
  /**
   * If true, return from the state DB without scanning JSONL rollouts to repair thread metadata. Omitted or false preserves scan-and-repair behavior.
   */
  useStateDbOnly?: boolean;
};

export type ThreadListResponse = {
  /**
   * Opaque cursor to pass as `cursor` when reversing `sortDirection`. This is only populated when the page contains at least one thread. Use it with the opposite `sortDirection`; for timestamp sorts it anchors at the start of the page timestamp so same-second updates are not skipped.
   */
  backwardsCursor?: string | null;
  data: Array<Thread>;
  /**
   * Opaque cursor to pass to the next call to continue after the last item. if None, there are no more items to return.
   */
  nextCursor?: string | null;
  /**
   * Local receipts for eligible threads on this page, keyed by thread ID. Null means durable read state is unavailable; an absent key means that row is ineligible.
   */
  readStates?: { [key: string]: ThreadReadState } | null;
};

export type ThreadLoadedListParams = {
  /**
   * Opaque pagination cursor returned by a previous call.
   */
  cursor?: string | null;
  /**
   * Optional page size; defaults to no limit.
   */
  limit?: number | null;
};

export type ThreadLoadedListResponse = {
  /**
   * Thread ids for sessions currently loaded in memory.
   */
  data: Array<string>;
  /**
   * Opaque cursor to pass to the next call to continue after the last item. if None, there are no more items to return.
   */
  nextCursor?: string | null;
};

export type ThreadMemoryMode = "enabled" | "disabled";

export type ThreadMemoryModeSetParams = {
  mode: ThreadMemoryMode;
  threadId: string;
};

export type ThreadMemoryModeSetResponse = { [key: string]: unknown };

export type ThreadMemoryReadParams = {
  /**
   * The thread must already be started or resumed.
   */
  threadId: string;
};

export type ThreadMemoryReadResponse = {
  /**
   * Summary from the thread's selected memory version. Null when memory use is disabled or the selected summary is missing, unreadable, or blank.
   */
  summary?: string | null;
};

export type ThreadMetadataGitInfoUpdateParams = {
  /**
   * Omit to leave the stored branch unchanged, set to `null` to clear it, or provide a non-empty string to replace it.
   */
  branch?: string | null;
  /**
   * Omit to leave the stored origin URL unchanged, set to `null` to clear it, or provide a non-empty string to replace it.
   */
  originUrl?: string | null;
  /**
   * Omit to leave the stored commit unchanged, set to `null` to clear it, or provide a non-empty string to replace it.
   */
  sha?: string | null;
};

export type ThreadMetadataUpdateParams = {
  /**
   * Save the client's Daybreak choice for this persistent thread. Omitted or null leaves it unchanged. This does not select a turn's `cyberAccessProgram` or grant access.
   */
  daybreakEnabled?: boolean | null;
  /**
   * Patch the stored Git metadata for this thread. Omit a field to leave it unchanged, set it to `null` to clear it, or provide a string to replace the stored value.
   */
  gitInfo?: ThreadMetadataGitInfoUpdateParams | null;
  /**
   * Omit to leave the project unchanged, use an empty string to clear it, or provide an existing project ID to assign it.
   */
  projectId?: string | null;
  threadId: string;
};

export type ThreadMetadataUpdateResponse = {
  thread: Thread;
};

export type ThreadNameUpdatedNotification = {
  threadId: string;
  threadName?: string | null;
};

export type ThreadPredictionRequestParams = {
  sourceTurnId: string;
  threadId: string;
};

export type ThreadPredictionRequestResponse = { [key: string]: unknown };

export type ThreadPredictionResult = {
  text?: string | null;
  type: "completed";
} | {
  type: "failed";
};

export type ThreadPredictionUpdatedNotification = {
  result: ThreadPredictionResult;
  sourceTurnId: string;
  threadId: string;
};

/**
 * Prepare an approved plan for the first turn of a fresh thread.
 */
export type ThreadPrepareApprovedPlanParams = {
  /**
   * Absolute path to the optional app-server copy of the plan.
   */
  attachmentPath?: string | null;
  markdown: string;
  threadId: string;
};

export type ThreadPrepareApprovedPlanResponse = {
  /**
   * Initial user prompt. If no attachment is readable, the plan is already in the thread's context.
   */
  prompt: string;
};

export type ThreadProjectUpdatedNotification = {
  projectId: string | null;
  threadId: string;
};

export type ThreadQueueAddParams = {
  clientUserMessageId: string;
  input: Array<UserInput>;
  /**
   * ResponsesAPI metadata captured from the client submitting this input.
   */
  responsesapiClientMetadata?: { [key: string]: string } | null;
  threadId: string;
};

export type ThreadQueueAddResponse = {
  queuedSubmission: QueuedSubmission;
};

export type ThreadQueueChangedNotification = {
  threadId: string;
};

export type ThreadQueueDeleteParams = {
  queuedSubmissionId: string;
  threadId: string;
};

export type ThreadQueueDeleteResponse = {
  deleted: boolean;
};

export type ThreadQueueListParams = {
  /**
   * Opaque pagination cursor returned by a previous call.
   */
  cursor?: string | null;
  /**
   * Optional page size; defaults to the standard thread-list page size.
   */
  limit?: number | null;
  threadId: string;
};

export type ThreadQueueListResponse = {
  data: Array<QueuedSubmission>;
  /**
   * Opaque cursor for the next page, or `null` when no submissions remain.
   */
  nextCursor?: string | null;
};

export type ThreadQueueReorderParams = {
  queuedSubmissionIds: Array<string>;
  threadId: string;
};

export type ThreadQueueReorderResponse = { [key: string]: unknown };

export type ThreadQueueStartParams = {
  queuedSubmissionId?: string | null;
  threadId: string;
};

export type ThreadQueueStartResponse = {
  turn: Turn;
};

export type ThreadQueueUpdateParams = {
  input: Array<UserInput>;
  queuedSubmissionId: string;
  /**
   * Non-empty metadata replaces the input's metadata; omission or an empty map preserves it.
   */
  responsesapiClientMetadata?: { [key: string]: string } | null;
  threadId: string;
};

export type ThreadQueueUpdateResponse = {
  queuedSubmission: QueuedSubmission;
};

export type ThreadReadParams = {
  /**
   * When true, include turns and their items from rollout history. Full-history hydration is deprecated for paginated threads; prefer a metadata-only read and page with `thread/turns/list` and `thread/items/list`.
   */
  includeTurns?: boolean;
  threadId: string;
};

export type ThreadReadResponse = {
  /**
   * Local receipt. Null means this thread's durable read state is unavailable.
   */
  readState?: ThreadReadState | null;
  thread: Thread;
};

/**
 * The first unread position in a durable local thread. A null position means read. The opaque revision guards edits against activity or marks the caller has not seen.
 */
export type ThreadReadState = {
  firstUnread?: ThreadUnreadPosition | null;
  revision: string;
};

export type ThreadReadStateChangedNotification = {
  readState: ThreadReadState;
  threadId: string;
};

export type ThreadReadStateOperation = {
  type: "read";
} | {
  type: "unread";
};

export type ThreadReadStateUpdateParams = {
  /**
   * Revision of the row or transcript actually seen. Conflicts require a fresh user action.
   */
  expectedRevision: string;
  operation: ThreadReadStateOperation;
  threadId: string;
};

export type ThreadReadStateUpdateResponse = {
  readState: ThreadReadState;
};

/**
 * EXPERIMENTAL - append audio input to thread realtime.
 */
export type ThreadRealtimeAppendAudioParams = {
  audio: ThreadRealtimeAudioChunk;
  threadId: string;
};

/**
 * EXPERIMENTAL - response for appending realtime audio input.
 */
export type ThreadRealtimeAppendAudioResponse = { [key: string]: unknown };

/**
 * EXPERIMENTAL - append speakable text to thread realtime.
 */
export type ThreadRealtimeAppendSpeechParams = {
  text: string;
  threadId: string;
};

/**
 * EXPERIMENTAL - response for appending realtime speech.
 */
export type ThreadRealtimeAppendSpeechResponse = { [key: string]: unknown };

/**
 * EXPERIMENTAL - append text input to thread realtime.
 */
export type ThreadRealtimeAppendTextParams = {
  role?: ConversationTextRole;
  text: string;
  threadId: string;
};

/**
 * EXPERIMENTAL - response for appending realtime text input.
 */
export type ThreadRealtimeAppendTextResponse = { [key: string]: unknown };

/**
 * EXPERIMENTAL - thread realtime audio chunk.
 */
export type ThreadRealtimeAudioChunk = {
  data: string;
  itemId?: string | null;
  numChannels: number;
  sampleRate: number;
  samplesPerChannel?: number | null;
};

/**
 * EXPERIMENTAL - how an existing agent item appears in a realtime conversation.
 */
export type ThreadRealtimeBemItemPresentation = {
  type: "wholeItem";
} | {
  type: "inlineMarkdown";
} | {
  index: number;
  type: "inlineVisualization";
};

/**
 * EXPERIMENTAL - emitted when thread realtime transport closes.
 */
export type ThreadRealtimeClosedNotification = {
  reason?: string | null;
  threadId: string;
};

/**
 * EXPERIMENTAL - emitted when thread realtime encounters an error.
 */
export type ThreadRealtimeErrorNotification = {
  message: string;
  threadId: string;
};

/**
 * EXPERIMENTAL - role-bearing text item included when a realtime V3 session starts.
 */
export type ThreadRealtimeInitialItem = {
  role: ConversationTextRole;
  text: string;
};

/**
 * EXPERIMENTAL - a thread-scoped realtime item in the canonical timeline.
 */
export type ThreadRealtimeItem = ({
  id: string;
  realtimeSessionId: string;
}) & ({
  type: "realtimeSessionStarted";
} | {
  role: ThreadRealtimeTranscriptRole;
  text: string;
  type: "transcriptSegment";
} | {
  item_id: string;
  presentation: ThreadRealtimeBemItemPresentation;
  turn_id: string;
  type: "bemItemPromoted";
} | {
  outcome: ThreadRealtimeSessionOutcome;
  type: "realtimeSessionClosed";
});

/**
 * EXPERIMENTAL - raw non-audio thread realtime item emitted by the backend.
 */
export type ThreadRealtimeItemAddedNotification = {
  item: unknown;
  threadId: string;
};

/**
 * EXPERIMENTAL - a realtime timeline item published after canonical commit.
 */
export type ThreadRealtimeItemCompletedNotification = {
  item: ThreadRealtimeItem;
  threadId: string;
};

/**
 * EXPERIMENTAL - a realtime timeline item started before its content streams.
 */
export type ThreadRealtimeItemStartedNotification = {
  item: ThreadRealtimeItem;
  threadId: string;
};

/**
 * EXPERIMENTAL - text appended to an active realtime transcript item.
 */
export type ThreadRealtimeItemTranscriptDeltaNotification = {
  delta: string;
  itemId: string;
  threadId: string;
};

/**
 * EXPERIMENTAL - list voices supported by thread realtime.
 */
export type ThreadRealtimeListVoicesParams = { [key: string]: unknown };

/**
 * EXPERIMENTAL - response for listing supported realtime voices.
 */
export type ThreadRealtimeListVoicesResponse = {
  voices: RealtimeVoicesList;
};

/**
 * EXPERIMENTAL - streamed output audio emitted by thread realtime.
 */
export type ThreadRealtimeOutputAudioDeltaNotification = {
  audio: ThreadRealtimeAudioChunk;
  threadId: string;
};

/**
 * EXPERIMENTAL - emitted with the remote SDP for a WebRTC realtime session.
 */
export type ThreadRealtimeSdpNotification = {
  sdp: string;
  threadId: string;
};

export type ThreadRealtimeSessionOutcome = "ended" | "failed";

/**
 * EXPERIMENTAL - start a thread-scoped realtime session.
 */
export type ThreadRealtimeStartParams = {
  /**
   * Relays public reasoning summaries as quiet context for realtime V3 delegations. Defaults to false.
   */
  backendReasoningStatus?: boolean;
  /**
   * Leaves Codex response handoffs to the client's explicit append calls instead of forwarding them automatically. Defaults to false.
   */
  clientManagedHandoffs?: boolean | null;
  /**
   * Overrides BEM channel prefixes by `analysis`, `commentary`, or `final`. Omitted channels retain their default uppercase bracketed prefixes.
   */
  codexResponseHandoffChannelPrefixes?: { [key: string]: Array<string> } | null;
  /**
   * Selects how automatic Codex responses are routed in Frameless Bidi sessions. Omitted values default to `thinking`. Realtime V1 and V2 ignore this setting.
   */
  codexResponseHandoffMode?: CodexResponseHandoffMode | null;
  /**
   * Optional prefix added to automatic Codex response items when `codexResponsesAsItems` is true.
   */
  codexResponseItemPrefix?: string | null;
  /**
   * Sends automatic Codex responses as realtime conversation items instead of handoff appends.
   */
  codexResponsesAsItems?: boolean | null;
  /**
   * Controls whether a realtime V3 delegation produces an acknowledgement filler. Omitted values preserve the Realtime API's default behavior.
   */
  delegationAckFiller?: boolean | null;
  /**
   * Routes any transcript tail remaining at session end through Codex. Defaults to false. TODO: Remove this rollout knob once transcript-tail flushing is always enabled.
   */
  flushTranscriptTailOnSessionEnd?: boolean | null;
  /**
   * Set to false to start without Codex's startup context. Omitted or null includes it.
   */
  includeStartupContext?: boolean | null;
  /**
   * Adds complete role-bearing text items to the initial Frameless Bidi session history. This is only supported by realtime V3 and is sent during session startup. Requests are limited to 128 items and 8,192 estimated text tokens in total.
   */
  initialItems?: Array<ThreadRealtimeInitialItem> | null;
  /**
   * Overrides the configured realtime model for this session only.
   */
  model?: string | null;
  /**
   * Selects text or audio output for the realtime session. Transport and voice stay independent so clients can choose how they connect separately from what the model emits.
   */
  outputModality: RealtimeOutputModality;
  prompt?: string | null;
  /**
   * Developer instructions given to the backing Codex model when this realtime session ends.
   */
  realtimeEndInstructions?: string | null;
  realtimeSessionId?: string | null;
  /**
   * Developer instructions given to the backing Codex model when this realtime session starts.
   */
  realtimeStartInstructions?: string | null;
  threadId: string;
  transport?: ThreadRealtimeStartTransport | null;
  /**
   * Overrides the configured realtime protocol version for this session only.
   */
  version?: RealtimeConversationVersion | null;
  voice?: RealtimeVoice | null;
  /**
   * Client-generated identifier for the product voice session. This is distinct from `realtimeSessionId`.
   */
  voiceSessionId?: string | null;
};

/**
 * EXPERIMENTAL - response for starting thread realtime.
 */
export type ThreadRealtimeStartResponse = { [key: string]: unknown };

/**
 * EXPERIMENTAL - transport used by thread realtime.
 */
export type ThreadRealtimeStartTransport = {
  type: "websocket";
} | {
  /**
   * SDP offer generated by a WebRTC RTCPeerConnection after configuring audio and the realtime events data channel.
   */
  sdp: string;
  type: "webrtc";
} | {
  /**
   * Identifier of a realtime call already created and negotiated by the client.
   */
  callId: string;
  type: "existingCall";
};

/**
 * EXPERIMENTAL - emitted when thread realtime startup is accepted.
 */
export type ThreadRealtimeStartedNotification = {
  realtimeSessionId?: string | null;
  threadId: string;
  version: RealtimeConversationVersion;
};

/**
 * EXPERIMENTAL - stop thread realtime.
 */
export type ThreadRealtimeStopParams = {
  threadId: string;
};

/**
 * EXPERIMENTAL - response for stopping thread realtime.
 */
export type ThreadRealtimeStopResponse = { [key: string]: unknown };

/**
 * EXPERIMENTAL - flat transcript delta emitted whenever realtime transcript text changes.
 */
export type ThreadRealtimeTranscriptDeltaNotification = {
  /**
   * Live transcript delta from the realtime event.
   */
  delta: string;
  role: string;
  threadId: string;
};

/**
 * EXPERIMENTAL - final transcript text emitted when realtime completes a transcript part.
 */
export type ThreadRealtimeTranscriptDoneNotification = {
  role: string;
  /**
   * Final complete text for the transcript part.
   */
  text: string;
  threadId: string;
};

export type ThreadRealtimeTranscriptRole = "user" | "assistant";

export type ThreadResumeInitialTurnsPageParams = {
  /**
   * How much item detail to include for each returned turn; defaults to summary.
   */
  itemsView?: TurnItemsView | null;
  /**
   * Optional turn page size.
   */
  limit?: number | null;
  /**
   * Optional turn pagination direction; defaults to descending.
   */
  sortDirection?: SortDirection | null;
};

/**
 * There are three ways to resume a thread: 1. By thread_id: load the thread from disk by thread_id and resume it. 2. By history: instantiate the thread from memory and resume it. 3. By path: load the thread from disk by path and resume it.
 *
 * For non-running threads, the precedence is: history > non-empty path > thread_id. If using history or a non-empty path for a non-running thread, the thread_id param will be ignored.
 *
 * If thread_id identifies a running thread, app-server rejoins that thread and treats a non-empty path as a consistency check against the active rollout path. Empty string path values are treated as absent.
 *
 * Prefer using thread_id whenever possible.
 */
export type ThreadResumeParams = {
  approvalPolicy?: AskForApproval | null;
  /**
   * Override where approval requests are routed for review on this thread and subsequent turns.
   */
  approvalsReviewer?: ApprovalsReviewer | null;
  baseInstructions?: string | null;
  config?: { [key: string]: unknown } | null;
  cwd?: string | null;
  developerInstructions?: string | null;
  /**
   * When true, return only thread metadata and live-resume state without populating `thread.turns`. This is useful when the client plans to call `thread/turns/list` immediately after resuming. Full-history hydration is deprecated for paginated threads; use this with `thread/turns/list` and `thread/items/list` instead.
   */
  excludeTurns?: boolean;
  /**
   * [UNSTABLE] FOR CODEX CLOUD - DO NOT USE. If specified, the thread will be resumed with the provided history instead of loaded from disk.
   */
  history?: Array<ResponseItem> | null;
  /**
   * When present, include a `thread/turns/list` page in the resume response so clients can bootstrap recent turns without a second request.
   */
  initialTurnsPage?: ThreadResumeInitialTurnsPageParams | null;
  /**
   * Configuration overrides for the resumed thread, if any.
   */
  model?: string | null;
  modelProvider?: string | null;
  /**
   * [UNSTABLE] Specify the rollout path to resume from. If specified for a non-running thread, the thread_id param will be ignored. If thread_id identifies a running thread, the path must match the active rollout path.
   */
  path?: string | null;
  /**
   * Named profile id for the resumed thread. Cannot be combined with `sandbox`.
   */
  permissions?: string | null;
  /**
   * @deprecated `friendly` and `pragmatic` no longer select a style. Changing this does not rewrite the thread's existing instructions.
   */
  personality?: Personality | null;
  /**
   * Replace the thread's runtime workspace roots. Paths must be absolute.
   */
  runtimeWorkspaceRoots?: Array<AbsolutePathBuf> | null;
  sandbox?: SandboxMode | null;
  serviceTier?: string | null;
  threadId: string;
};

export type ThreadResumeResponse = {
  /**
   * Named or implicit built-in profile that produced the active permissions, when known.
   */
  activePermissionProfile?: ActivePermissionProfile | null;
  approvalPolicy: AskForApproval;
  /**
   * Reviewer currently used for approval requests on this thread.
   */
  approvalsReviewer: ApprovalsReviewer;
  /**
   * Effective collaboration mode. Absent when resuming from an older server.
   */
  collaborationMode?: CollaborationMode | null;
  cwd: AbsolutePathBuf;
  /**
   * Saved list of disabled plugin IDs. Does not yet filter plugin capabilities.
   */
  disabledPluginIds?: Array<string>;
  /**
   * `thread/turns/list` page returned when requested by `initialTurnsPage`.
   */
  initialTurnsPage?: TurnsPage | null;
  /**
   * Environment-native paths to instruction source files currently loaded for this thread.
   */
  instructionSources?: Array<LegacyAppPathString>;
  /**
   * Opaque cursor for hydrating paginated items backwards.
   *
   * Pass this as `cursor` to `thread/items/list` with `sortDirection: "desc"`. The first page includes the item identified by the cursor.
   */
  itemsBackwardsCursor?: string | null;
  model: string;
  modelProvider: string;
  /**
   * @deprecated Always `explicitRequestOnly`. Use `reasoningEffort` for Ultra behavior.
   */
  multiAgentMode?: MultiAgentMode;
  reasoningEffort?: ReasoningEffort | null;
  /**
   * Thread-scoped runtime workspace roots used to materialize `:workspace_roots`.
   */
  runtimeWorkspaceRoots?: Array<AbsolutePathBuf>;
  /**
   * Legacy sandbox policy retained for compatibility. Experimental clients should prefer `activePermissionProfile` for profile provenance.
   */
  sandbox: SandboxPolicy;
  serviceTier?: string | null;
  thread: Thread;
  /**
   * Opaque cursor for hydrating paginated turns backwards.
   *
   * Pass this as `cursor` to `thread/turns/list` with `sortDirection: "desc"`. The first page includes the turn identified by the cursor.
   */
  turnsBackwardsCursor?: string | null;
};

/**
 * Replace a paginated thread's durable history with the prefix before one turn.
 *
 * This only changes persisted conversation history. It does not revert local file changes.
 */
export type ThreadRevertParams = {
  /**
   * Turn excluded from the replacement history, together with every later turn.
   */
  beforeTurnId: string;
  threadId: string;
};

export type ThreadRevertResponse = {
  /**
   * Opaque cursor for hydrating paginated items backwards.
   *
   * Pass this as `cursor` to `thread/items/list` with `sortDirection: "desc"`. The first page includes the item identified by the cursor.
   */
  itemsBackwardsCursor?: string | null;
  /**
   * Updated loaded thread metadata. `turns` is always empty; hydrate retained history through `thread/turns/list`.
   */
  thread: Thread;
  /**
   * Opaque cursor for hydrating paginated turns backwards.
   *
   * Pass this as `cursor` to `thread/turns/list` with `sortDirection: "desc"`. The first page includes the turn identified by the cursor.
   */
  turnsBackwardsCursor?: string | null;
};

export type ThreadRevertedNotification = {
  threadId: string;
};

export type ThreadSampleCancelParams = {
  requestId: RequestId;
};

export type ThreadSampleCancelResponse = { [key: string]: unknown };

export type ThreadSampleParams = {
  /**
   * Allow sampling the latest turn before it finishes.
   */
  allowInProgressTurn?: boolean;
  /**
   * Disable MCP servers when the inherited window uses incremental tools on Responses Lite.
   */
  disableMcp?: boolean;
  /**
   * Applied only when the provider and model support cache-preserving reasoning-effort updates.
   */
  effort?: ReasoningEffort | null;
  /**
   * The loaded source's latest turn, which must be finished (completed, failed, or interrupted) unless `allowInProgressTurn` is true.
   */
  expectedTurnId: string;
  /**
   * Override upstream interruption on cancellation for this sample; otherwise inherit the parent.
   */
  interruptOnCancel?: boolean | null;
  prompt: string;
  /**
   * Optional metadata to enrich Codex's ResponsesAPI turn metadata.
   */
  responsesapiClientMetadata?: { [key: string]: string } | null;
  threadId: string;
  threadSource?: ThreadSource | null;
  turnTrigger?: string | null;
};

export type ThreadSampleResponse = {
  cachedInputTokens?: number | null;
  inputTokens?: number | null;
  outputTokens?: number | null;
  responseId: string;
  sourceTurnId: string;
  /**
   * Assistant text from the response, or null if it attempted a tool call or completed without text.
   */
  text?: string | null;
};

/**
 * One visible message occurrence returned by [`ThreadSearchOccurrencesResponse`].
 */
export type ThreadSearchOccurrence = {
  itemId: string;
  snippet: string;
  /**
   * Match range within `snippet`, in UTF-16 code units.
   */
  snippetMatchRange: ThreadSearchTextRange;
  /**
   * Opaque inclusive cursor accepted by `thread/turns/list` for this turn.
   */
  turnCursor: string;
  turnId: string;
};

/**
 * Parameters for searching visible message occurrences within one paginated thread.
 */
export type ThreadSearchOccurrencesParams = {
  /**
   * Opaque cursor returned by a previous call for the same thread and search term.
   */
  cursor?: string | null;
  /**
   * Optional occurrence page size.
   */
  limit?: number | null;
  /**
   * Case-insensitive literal substring to find in visible user messages and both partial and final assistant answers.
   */
  searchTerm: string;
  threadId: string;
};

export type ThreadSearchOccurrencesResponse = {
  /**
   * Occurrences in chronological message order.
   */
  data: Array<ThreadSearchOccurrence>;
  /**
   * Opaque cursor to continue after the last returned occurrence.
   */
  nextCursor?: string | null;
};

export type ThreadSearchParams = {
  /**
   * Optional archived filter; when set to true, only archived threads are returned. If false or null, only non-archived threads are returned.
   */
  archived?: boolean | null;
  /**
   * Show local history visible to the current ChatGPT account. Defaults to false.
   */
  currentAccountOnly?: boolean;
  /**
   * Opaque pagination cursor returned by a previous call.
   */
  cursor?: string | null;
  /**
   * Include persistent threads attached to a parent in search results.
   */
  includeAttachedThreads?: boolean;
  /**
   * Optional page size; defaults to a reasonable server-side value.
   */
  limit?: number | null;
  /**
   * Required substring/full-text query for thread search.
   */
  searchTerm: string;
  /**
   * Optional sort direction; defaults to descending (newest first).
   */
  sortDirection?: SortDirection | null;
  /**
   * Optional sort key; defaults to created_at.
   */
  sortKey?: ThreadSearchSortKey | null;
  /**
   * Optional source filter; when set, only sessions from these source kinds are returned. When omitted or empty, defaults to interactive sources.
   */
  sourceKinds?: Array<ThreadSourceKind> | null;
};

export type ThreadSearchResponse = {
  /**
   * Opaque cursor to pass as `cursor` when reversing `sortDirection`. This is only populated when the page contains at least one thread. Use it with the opposite `sortDirection`; for timestamp sorts it anchors at the start of the page timestamp so same-second updates are not skipped.
   */
  backwardsCursor?: string | null;
  data: Array<ThreadSearchResult>;
  /**
   * Opaque cursor to pass to the next call to continue after the last item. if None, there are no more items to return.
   */
  nextCursor?: string | null;
};

export type ThreadSearchResult = {
  snippet: string;
  thread: Thread;
};

export type ThreadSearchSortKey = "created_at" | "updated_at" | "recency_at";

/**
 * UTF-16 code-unit range within `snippet`.
 */
export type ThreadSearchTextRange = {
  /**
   * Exclusive UTF-16 code-unit offset.
   */
  end: number;
  /**
   * Inclusive UTF-16 code-unit offset.
   */
  start: number;
};

/**
 * An independently persisted, user-visible thread section.
 */
export type ThreadSection = {
  /**
   * Optional appearance synchronized across clients.
   */
  appearance?: ThreadSectionAppearance | null;
  /**
   * Opaque UUIDv7 identity that remains stable when the section is renamed.
   */
  id: string;
  /**
   * The current user-visible section name.
   */
  name: string;
};

/**
 * Extensible visual presentation for a custom thread section.
 */
export type ThreadSectionAppearance = {
  color?: string | null;
  icon?: string | null;
};

/**
 * Broadcast after a successful move into, within, or out of a section.
 */
export type ThreadSectionChangedNotification = {
  /**
   * Destination section, or `null` when the thread was removed from its section.
   */
  sectionId: string | null;
  threadId: string;
};

/**
 * Parameters for creating an independently persisted thread section.
 */
export type ThreadSectionCreateParams = {
  appearance?: ThreadSectionAppearance | null;
  /**
   * The user-visible name of the section.
   */
  name: string;
};

/**
 * The independently persisted section created by the server.
 */
export type ThreadSectionCreateResponse = {
  section: ThreadSection;
};

/**
 * Parameters for deleting an independently persisted thread section.
 */
export type ThreadSectionDeleteParams = {
  /**
   * The stable, server-generated identity of the section to delete.
   */
  sectionId: string;
};

/**
 * Successful deletion does not return additional section data.
 */
export type ThreadSectionDeleteResponse = { [key: string]: unknown };

/**
 * Parameters for listing independently persisted thread sections.
 */
export type ThreadSectionListParams = {
  /**
   * Opaque pagination cursor returned by a previous call.
   */
  cursor?: string | null;
  /**
   * Maximum number of sections to return.
   */
  limit?: number | null;
};

/**
 * One page of independently persisted thread sections.
 */
export type ThreadSectionListResponse = {
  data: Array<ThreadSection>;
  /**
   * Opaque cursor for the next page, or `null` when no sections remain.
   */
  nextCursor?: string | null;
};

/**
 * Parameters for moving a thread within a server-owned section ordering.
 */
export type ThreadSectionMoveParams = {
  /**
   * Existing thread to insert before; omission or null appends to the section.
   */
  beforeThreadId?: string | null;
  /**
   * Destination section, or `null` to remove the thread from its section.
   */
  sectionId: string | null;
  /**
   * Thread to move into, within, or out of a section.
   */
  threadId: string;
};

export type ThreadSectionMoveResponse = { [key: string]: unknown };

/**
 * Parameters for updating an independently persisted thread section.
 */
export type ThreadSectionUpdateParams = {
  /**
   * Omit to preserve appearance, use `null` to clear it, or provide a replacement.
   */
  appearance?: ThreadSectionAppearance | null;
  /**
   * The updated user-visible name of the section.
   */
  name: string;
  /**
   * The stable, server-generated identity of the section to update.
   */
  sectionId: string;
};

/**
 * The independently persisted section after its name is updated.
 */
export type ThreadSectionUpdateResponse = {
  section: ThreadSection;
};

export type ThreadSetNameParams = {
  name: string;
  threadId: string;
};

export type ThreadSetNameResponse = { [key: string]: unknown };

export type ThreadSettings = {
  activePermissionProfile?: ActivePermissionProfile | null;
  approvalPolicy: AskForApproval;
  approvalsReviewer: ApprovalsReviewer;
  collaborationMode: CollaborationMode;
  cwd: AbsolutePathBuf;
  /**
   * Saved list of disabled plugin IDs. Does not yet filter plugin capabilities.
   */
  disabledPluginIds?: Array<string>;
  effort?: ReasoningEffort | null;
  /**
   * Environments configured for future turns, in priority order, primary first. `null` means the server does not expose the selection; [] means none are selected.
   */
  environments?: Array<ThreadEnvironment> | null;
  model: string;
  modelProvider: string;
  /**
   * @deprecated Always `explicitRequestOnly`. Use `effort` for Ultra behavior.
   */
  multiAgentMode?: MultiAgentMode;
  /**
   * @deprecated Reports the saved setting; `friendly` and `pragmatic` no longer select a style.
   */
  personality?: Personality | null;
  sandboxPolicy: SandboxPolicy;
  serviceTier?: string | null;
  summary?: ReasoningSummary | null;
};

export type ThreadSettingsUpdateParams = {
  /**
   * Override the approval policy for subsequent turns.
   */
  approvalPolicy?: AskForApproval | null;
  /**
   * Override where approval requests are routed for subsequent turns.
   */
  approvalsReviewer?: ApprovalsReviewer | null;
  /**
   * EXPERIMENTAL - Set a pre-set collaboration mode for subsequent turns.
   *
   * For `collaboration_mode.settings.developer_instructions`, `null` means "use the built-in instructions for the selected mode".
   */
  collaborationMode?: CollaborationMode | null;
  /**
   * Override the working directory for subsequent turns.
   */
  cwd?: string | null;
  /**
   * Replace this thread's disabled plugin IDs. Omitted/null preserves the list; [] clears it.
   */
  disabledPluginIds?: Array<string> | null;
  /**
   * Override the reasoning effort for subsequent turns.
   */
  effort?: ReasoningEffort | null;
  /**
   * Replace the environments for future turns without changing the running turn. Omitted/null preserves the selection unless `cwd` is also provided, which selects the default environments for that directory. [] clears the selection.
   */
  environments?: Array<TurnEnvironmentParams> | null;
  /**
   * Override the model for subsequent turns.
   */
  model?: string | null;
  /**
   * @deprecated Ignored. Use `effort: "ultra"` for proactive multi-agent behavior.
   */
  multiAgentMode?: MultiAgentMode | null;
  /**
   * Select a named permissions profile id for subsequent turns. Cannot be combined with `sandboxPolicy`.
   */
  permissions?: string | null;
  /**
   * @deprecated `friendly` and `pragmatic` no longer select a style. Changing this does not rewrite the thread's existing instructions.
   */
  personality?: Personality | null;
  /**
   * Override the sandbox policy for subsequent turns.
   */
  sandboxPolicy?: SandboxPolicy | null;
  /**
   * Override the service tier for subsequent turns. `null` clears the current service tier; omission leaves it unchanged.
   */
  serviceTier?: string | null;
  /**
   * Override the reasoning summary for subsequent turns.
   */
  summary?: ReasoningSummary | null;
  threadId: string;
};

export type ThreadSettingsUpdateResponse = { [key: string]: unknown };

export type ThreadSettingsUpdatedNotification = {
  threadId: string;
  threadSettings: ThreadSettings;
};

export type ThreadShellCommandParams = {
  /**
   * Shell command string evaluated by the thread's configured shell. Unlike `command/exec`, this intentionally preserves shell syntax such as pipes, redirects, and quoting. This runs unsandboxed with full access rather than inheriting the thread sandbox policy.
   */
  command: string;
  threadId: string;
  /**
   * Maximum execution time in milliseconds. Defaults to one hour when omitted or null. Must be non-negative; zero requests an immediate timeout, not unlimited execution. Does not affect the immediate RPC acknowledgement.
   */
  timeoutMs?: number | null;
};

export type ThreadShellCommandResponse = { [key: string]: unknown };

export type ThreadSortKey = "created_at" | "updated_at" | "recency_at" | "section_position";

export type ThreadSource = string;

export type ThreadSourceKind = "cli" | "vscode" | "exec" | "appServer" | "subAgent" | "subAgentReview" | "subAgentCompact" | "subAgentThreadSpawn" | "subAgentOther" | "unknown";

export type ThreadStartParams = {
  /**
   * Allow a provider with an authoritative static model catalog to replace an unavailable requested model with its default.
   */
  allowProviderModelFallback?: boolean;
  approvalPolicy?: AskForApproval | null;
  /**
   * Override where approval requests are routed for review on this thread and subsequent turns.
   */
  approvalsReviewer?: ApprovalsReviewer | null;
  baseInstructions?: string | null;
  config?: { [key: string]: unknown } | null;
  cwd?: string | null;
  /**
   * Initial Daybreak choice for this persistent thread. Omitted or null leaves it unset. This does not select a turn's `cyberAccessProgram` or grant access. Not supported for ephemeral threads.
   */
  daybreakEnabled?: boolean | null;
  developerInstructions?: string | null;
  dynamicTools?: Array<DynamicToolSpec> | null;
  /**
   * Optional sticky environments for this thread.
   *
   * Omitted selects the default environment when environment access is enabled. Empty disables environment access for turns that do not provide a turn override. Non-empty selects the first environment as the current turn environment.
   */
  environments?: Array<TurnEnvironmentParams> | null;
  ephemeral?: boolean | null;
  /**
   * If true, opt into emitting raw Responses API items on the event stream. This is for internal use only (e.g. Codex Cloud).
   */
  experimentalRawEvents?: boolean;
  /**
   * Persisted thread history contract to use for this new thread.
   */
  historyMode?: ThreadHistoryMode | null;
  /**
   * Test-only experimental field used to validate experimental gating and schema filtering behavior in a stable way.
   */
  mockExperimentalField?: string | null;
  model?: string | null;
  modelProvider?: string | null;
  /**
   * @deprecated Ignored. Use Ultra reasoning effort for proactive multi-agent behavior.
   */
  multiAgentMode?: MultiAgentMode | null;
  /**
   * Named profile id for this thread. Cannot be combined with `sandbox`.
   */
  permissions?: string | null;
  /**
   * @deprecated `friendly` and `pragmatic` no longer select a style.
   */
  personality?: Personality | null;
  /**
   * Optional project identity for this new thread. Durable threads persist the assignment; ephemeral threads expose it only in live responses.
   */
  projectId?: string | null;
  /**
   * Replace the thread's runtime workspace roots. Paths must be absolute.
   */
  runtimeWorkspaceRoots?: Array<AbsolutePathBuf> | null;
  sandbox?: SandboxMode | null;
  /**
   * Capability roots selected for this thread by the hosting platform.
   */
  selectedCapabilityRoots?: Array<SelectedCapabilityRoot> | null;
  serviceName?: string | null;
  serviceTier?: string | null;
  sessionStartSource?: ThreadStartSource | null;
  /**
   * Optional client-supplied analytics source classification for this thread.
   */
  threadSource?: ThreadSource | null;
};

export type ThreadStartResponse = {
  /**
   * Named or implicit built-in profile that produced the active permissions, when known.
   */
  activePermissionProfile?: ActivePermissionProfile | null;
  approvalPolicy: AskForApproval;
  /**
   * Reviewer currently used for approval requests on this thread.
   */
  approvalsReviewer: ApprovalsReviewer;
  cwd: AbsolutePathBuf;
  /**
   * Saved list of disabled plugin IDs. Does not yet filter plugin capabilities.
   */
  disabledPluginIds?: Array<string>;
  /**
   * Environment-native paths to instruction source files currently loaded for this thread.
   */
  instructionSources?: Array<LegacyAppPathString>;
  model: string;
  modelProvider: string;
  /**
   * @deprecated Always `explicitRequestOnly`. Use `reasoningEffort` for Ultra behavior.
   */
  multiAgentMode?: MultiAgentMode;
  reasoningEffort?: ReasoningEffort | null;
  /**
   * Thread-scoped runtime workspace roots used to materialize `:workspace_roots`.
   */
  runtimeWorkspaceRoots?: Array<AbsolutePathBuf>;
  /**
   * Legacy sandbox policy retained for compatibility. Experimental clients should prefer `activePermissionProfile` for profile provenance.
   */
  sandbox: SandboxPolicy;
  serviceTier?: string | null;
  thread: Thread;
};

export type ThreadStartSource = "startup" | "clear";

export type ThreadStartedNotification = {
  thread: Thread;
};

export type ThreadStatus = {
  type: "notLoaded";
} | {
  type: "idle";
} | {
  type: "systemError";
} | {
  activeFlags: Array<ThreadActiveFlag>;
  type: "active";
};

export type ThreadStatusChangedNotification = {
  status: ThreadStatus;
  threadId: string;
};

/**
 * EXPERIMENTAL - one item or turn boundary in canonical rollout order.
 */
export type ThreadTimelineEntry = {
  item: ThreadItem;
  position: number;
  turnId: string;
  type: "item";
} | {
  item: ThreadRealtimeItem;
  position: number;
  type: "realtime";
} | {
  position: number;
  started_at?: number | null;
  turn_id: string;
  type: "turnStarted";
} | {
  completed_at?: number | null;
  duration_ms?: number | null;
  error?: TurnError | null;
  position: number;
  started_at?: number | null;
  status: TurnStatus;
  turn_id: string;
  type: "turnCompleted";
};

/**
 * EXPERIMENTAL - list ordinary and realtime thread history in rollout order.
 */
export type ThreadTimelineListParams = {
  cursor?: string | null;
  limit?: number | null;
  threadId: string;
};

/**
 * EXPERIMENTAL - a bounded timeline page with its resolved opening voice state.
 */
export type ThreadTimelineListResponse = {
  activeRealtimeSessionAtPageStart?: string | null;
  data: Array<ThreadTimelineEntry>;
  nextCursor?: string | null;
};

export type ThreadTokenUsage = {
  last: TokenUsageBreakdown;
  modelContextWindow?: number | null;
  total: TokenUsageBreakdown;
};

export type ThreadTokenUsageUpdatedNotification = {
  threadId: string;
  tokenUsage: ThreadTokenUsage;
  turnId: string;
};

export type ThreadTurnsListParams = {
  /**
   * Opaque cursor to pass to the next call to continue after the last turn.
   */
  cursor?: string | null;
  /**
   * How much item detail to include for each returned turn; defaults to summary.
   */
  itemsView?: TurnItemsView | null;
  /**
   * Optional turn page size.
   */
  limit?: number | null;
  /**
   * Optional turn pagination direction; defaults to descending.
   */
  sortDirection?: SortDirection | null;
  threadId: string;
};

export type ThreadTurnsListResponse = {
  /**
   * Opaque cursor to pass as `cursor` when reversing `sortDirection`. This is only populated when the page contains at least one turn. Use it with the opposite `sortDirection` to include the anchor turn again and catch updates to that turn.
   */
  backwardsCursor?: string | null;
  data: Array<Turn>;
  /**
   * Opaque cursor to pass to the next call to continue after the last turn. if None, there are no more turns to return.
   */
  nextCursor?: string | null;
};

export type ThreadUnarchiveParams = {
  threadId: string;
};

export type ThreadUnarchiveResponse = {
  thread: Thread;
};

export type ThreadUnarchivedNotification = {
  threadId: string;
};

export type ThreadUnreadPosition = {
  type: "threadStart";
} | {
  turnId: string;
  type: "turn";
};

export type ThreadUnsubscribeParams = {
  threadId: string;
};

export type ThreadUnsubscribeResponse = {
  status: ThreadUnsubscribeStatus;
};

export type ThreadUnsubscribeStatus = "notLoaded" | "notSubscribed" | "unsubscribed";

export type ThreadUsage = {
  estimatedUsageCreditsMicros: number;
  estimatedUsageUsdMicros?: number | null;
  groups: Array<ThreadUsageBreakdownGroup>;
  /**
   * Native dollar usage, independent of credit estimates. None means unknown, not zero.
   */
  nativeUsageUsdMicros?: number | null;
  threadId: string;
};

export type ThreadUsageBreakdownGroup = {
  cachedInputTokens?: number | null;
  estimatedUsageCreditsMicros: number;
  inputTokens?: number | null;
  model?: string | null;
  netNewInputTokens?: number | null;
  outputTokens?: number | null;
  reasoningEffort?: string | null;
  speed?: string | null;
  totalTokens?: number | null;
};

export type TokenUsageBreakdown = {
  cacheWriteInputTokens?: number;
  cachedInputTokens: number;
  inputTokens: number;
  outputTokens: number;
  reasoningOutputTokens: number;
  totalTokens: number;
};

/**
 * Definition for a tool the client can call.
 */
export type Tool = {
  _meta?: unknown;
  annotations?: unknown;
  description?: string | null;
  icons?: Array<unknown> | null;
  inputSchema: unknown;
  name: string;
  outputSchema?: unknown;
  title?: string | null;
};

/**
 * A model-facing surface on which a tool can be exposed.
 */
export type ToolExposureSurface = "code_mode" | "deferred" | "direct";

/**
 * EXPERIMENTAL. Captures a user's answer to a request_user_input question.
 */
export type ToolRequestUserInputAnswer = {
  answers: Array<string>;
};

/**
 * EXPERIMENTAL. Defines a single selectable option for request_user_input.
 */
export type ToolRequestUserInputOption = {
  description: string;
  label: string;
};

/**
 * EXPERIMENTAL. Params sent with a request_user_input event.
 */
export type ToolRequestUserInputParams = {
  /**
   * @deprecated Use `isBlocking` to decide whether the request should block.
   */
  autoResolutionMs?: number | null;
  isBlocking: boolean;
  itemId: string;
  questions: Array<ToolRequestUserInputQuestion>;
  threadId: string;
  turnId: string;
};

/**
 * EXPERIMENTAL. Represents one request_user_input question and its required options.
 */
export type ToolRequestUserInputQuestion = {
  header: string;
  id: string;
  isOther?: boolean;
  isSecret?: boolean;
  options?: Array<ToolRequestUserInputOption> | null;
  question: string;
};

/**
 * EXPERIMENTAL. Response payload mapping question ids to answers.
 */
export type ToolRequestUserInputResponse = {
  answers: { [key: string]: ToolRequestUserInputAnswer };
};

export type ToolsV2 = {
  web_search?: WebSearchToolConfig | null;
};

export type Turn = {
  /**
   * Unix timestamp (in seconds) when the turn completed.
   */
  completedAt?: number | null;
  /**
   * Duration between turn start and completion in milliseconds, if known.
   */
  durationMs?: number | null;
  /**
   * Error associated with a failed or interrupted turn.
   */
  error?: TurnError | null;
  /**
   * Identifier for this turn. Codex-generated turn IDs are UUIDv7.
   */
  id: string;
  /**
   * Thread items currently included in this turn payload.
   */
  items: Array<ThreadItem>;
  /**
   * Describes how much of `items` has been loaded for this turn.
   */
  itemsView?: TurnItemsView;
  /**
   * ID of the first turn in the chain of work that led to this turn. Pass this as `rootTurnId` when starting work on behalf of this turn. May be null in older history or a `review/start` response.
   */
  rootTurnId?: string | null;
  /**
   * Unix timestamp (in seconds) when the turn started.
   */
  startedAt?: number | null;
  status: TurnStatus;
};

export type TurnCompletedNotification = {
  threadId: string;
  turn: Turn;
};

/**
 * Notification that the turn-level unified diff has changed. Contains the latest aggregated diff across all file changes in the turn.
 */
export type TurnDiffUpdatedNotification = {
  diff: string;
  threadId: string;
  turnId: string;
};

export type TurnEnvironmentParams = {
  cwd: LegacyAppPathString;
  environmentId: string;
  /**
   * Environment-native runtime workspace roots. Omitted defaults to `cwd`.
   */
  runtimeWorkspaceRoots?: Array<LegacyAppPathString> | null;
};

export type TurnError = {
  additionalDetails?: string | null;
  codexErrorInfo?: CodexErrorInfo | null;
  message: string;
  /**
   * Optional public explanation and continuation instruction for a misalignment block.
   */
  misalignment?: MisalignmentErrorDetails | null;
};

export type TurnInterruptParams = {
  threadId: string;
  turnId: string;
};

export type TurnInterruptResponse = { [key: string]: unknown };

export type TurnItemsView = "notLoaded" | "summary" | "full";

export type TurnModerationMetadataNotification = {
  metadata: unknown;
  threadId: string;
  turnId: string;
};

export type TurnPlanStep = {
  status: TurnPlanStepStatus;
  step: string;
};

export type TurnPlanStepStatus = "pending" | "inProgress" | "completed";

export type TurnPlanUpdatedNotification = {
  explanation?: string | null;
  plan: Array<TurnPlanStep>;
  threadId: string;
  turnId: string;
};

/**
 * Experimental settings changes for one running turn, not future turns. Unsupported fields are rejected rather than silently ignored. Any live task kind may accept publication. Child sessions and consumers of frozen initial settings are unchanged.
 */
export type TurnSettingsUpdateParams = {
  /**
   * Changes the active turn's reviewer without changing future thread settings. Already captured steps and pending approvals retain their original reviewer.
   */
  approvalsReviewer?: ApprovalsReviewer | null;
  /**
   * Omission or `null` leaves the effort unchanged.
   */
  effort?: ReasoningEffort | null;
  /**
   * Replace the environments for subsequent steps of this turn, not future turns. Omitted/null preserves the selection; [] clears it. An already-started step is unchanged.
   */
  environments?: Array<TurnEnvironmentParams> | null;
  /**
   * Omission or `null` leaves the model unchanged.
   */
  model?: string | null;
  /**
   * `null` clears the requested tier; omission leaves it unchanged.
   */
  serviceTier?: string | null;
  /**
   * Omission or `null` leaves the summary preference unchanged.
   */
  summary?: ReasoningSummary | null;
  threadId: string;
  turnId: string;
};

export type TurnSettingsUpdateResponse = {
  status: TurnSettingsUpdateStatus;
};

export type TurnSettingsUpdateStatus = "applied" | "targetUnavailable";

export type TurnStartParams = {
  /**
   * Optional client-provided context fragments keyed by an opaque source identifier.
   */
  additionalContext?: { [key: string]: AdditionalContextEntry } | null;
  /**
   * Override the approval policy for this turn and subsequent turns.
   */
  approvalPolicy?: AskForApproval | null;
  /**
   * Override where approval requests are routed for review on this turn and subsequent turns.
   */
  approvalsReviewer?: ApprovalsReviewer | null;
  clientUserMessageId?: string | null;
  /**
   * EXPERIMENTAL - Set a pre-set collaboration mode. Takes precedence over model, reasoning_effort, and developer instructions if set.
   *
   * For `collaboration_mode.settings.developer_instructions`, `null` means "use the built-in instructions for the selected mode".
   */
  collaborationMode?: CollaborationMode | null;
  /**
   * Override the working directory for this turn and subsequent turns.
   */
  cwd?: string | null;
  /**
   * EXPERIMENTAL - Request an authorized cyber program for this turn. Omission preserves automatic behavior. This does not grant access.
   */
  cyberAccessProgram?: CyberAccessProgram | null;
  /**
   * Replace this thread's disabled plugin IDs. Omitted/null preserves the list; [] clears it.
   */
  disabledPluginIds?: Array<string> | null;
  /**
   * Override the reasoning effort for this turn and subsequent turns.
   */
  effort?: ReasoningEffort | null;
  /**
   * Optional environments for this turn and subsequent turns.
   *
   * Omitted uses the thread sticky environments. Empty disables environment access for this turn. Non-empty selects the first environment as the current turn environment for this turn.
   */
  environments?: Array<TurnEnvironmentParams> | null;
  input: Array<UserInput>;
  /**
   * Override the model for this turn and subsequent turns.
   */
  model?: string | null;
  /**
   * @deprecated Ignored. Use `effort: "ultra"` for proactive multi-agent behavior.
   */
  multiAgentMode?: MultiAgentMode | null;
  /**
   * Optional JSON Schema used to constrain the final assistant message for this turn.
   */
  outputSchema?: unknown;
  /**
   * ID of the turn that caused this new turn to start.
   *
   * Set this when starting work on behalf of another turn, such as delegated work in a different thread. Leave unset for work started directly by the user. Ignored when this request adds input to an active turn.
   */
  parentTurnId?: string | null;
  /**
   * Select a named permissions profile id for this turn and subsequent turns. Cannot be combined with `sandboxPolicy`.
   */
  permissions?: string | null;
  /**
   * @deprecated `friendly` and `pragmatic` no longer select a style. Changing this does not rewrite the thread's existing instructions.
   */
  personality?: Personality | null;
  /**
   * Optional metadata to enrich Codex's ResponsesAPI turn metadata. Replaces unprotected client-provided entries when supplied; an empty map clears them.
   *
   * Entries are flattened into the JSON string sent as `client_metadata["x-codex-turn-metadata"]` on ResponsesAPI HTTP and websocket requests.
   *
   * They are not sent as top-level ResponsesAPI `client_metadata` keys, and reserved keys such as `session_id`, `thread_id`, `turn_id`, and `window_id` cannot be overridden.
   */
  responsesapiClientMetadata?: { [key: string]: string } | null;
  /**
   * Merge entries into the ResponsesAPI turn metadata without removing existing entries. Applied after `responsesapiClientMetadata` if both are provided; reserved keys remain protected.
   */
  responsesapiClientMetadataPatch?: { [key: string]: string } | null;
  /**
   * ID of the first turn in the chain of work that led to this new turn.
   *
   * When setting `parentTurnId`, set this to the parent turn's `rootTurnId` when known. This keeps descendant work attributed to the original turn. If omitted, the new turn becomes its own root. Ignored when this request adds input to an active turn.
   */
  rootTurnId?: string | null;
  /**
   * Replace the thread's runtime workspace roots for this turn and subsequent turns. Paths must be absolute.
   */
  runtimeWorkspaceRoots?: Array<AbsolutePathBuf> | null;
  /**
   * Override the sandbox policy for this turn and subsequent turns.
   */
  sandboxPolicy?: SandboxPolicy | null;
  /**
   * Override the service tier for this turn and subsequent turns.
   */
  serviceTier?: string | null;
  /**
   * Override the service tier only when this request starts a new turn. Use "default" for standard speed. Omitted or null inherits the thread's tier. Does not change the thread's tier or a turn being steered.
   */
  serviceTierForTurn?: string | null;
  /**
   * Override the reasoning summary for this turn and subsequent turns.
   */
  summary?: ReasoningSummary | null;
  threadId: string;
  toolOutput?: TurnToolOutput | null;
  /**
   * Optional source classification for the caller that starts this turn. Ignored when this request steers an already-active turn.
   */
  turnTrigger?: string | null;
};

export type TurnStartResponse = {
  turn: Turn;
};

export type TurnStartedNotification = {
  threadId: string;
  turn: Turn;
};

export type TurnStatus = "completed" | "interrupted" | "failed" | "inProgress";

export type TurnSteerParams = {
  /**
   * Optional client-provided context fragments keyed by an opaque source identifier.
   */
  additionalContext?: { [key: string]: AdditionalContextEntry } | null;
  clientUserMessageId?: string | null;
  /**
   * Required active turn id precondition. The request fails when it does not match the currently active turn.
   */
  expectedTurnId: string;
  input: Array<UserInput>;
  /**
   * Optional metadata to enrich Codex's ResponsesAPI turn metadata. Replaces unprotected client-provided entries when supplied; an empty map clears them.
   *
   * Entries are flattened into the JSON string sent as `client_metadata["x-codex-turn-metadata"]` on ResponsesAPI HTTP and websocket requests.
   *
   * They are not sent as top-level ResponsesAPI `client_metadata` keys, and reserved keys such as `session_id`, `thread_id`, `turn_id`, and `window_id` cannot be overridden.
   */
  responsesapiClientMetadata?: { [key: string]: string } | null;
  /**
   * Merge entries into the ResponsesAPI turn metadata without removing existing entries. Applied after `responsesapiClientMetadata` if both are provided; reserved keys remain protected.
   */
  responsesapiClientMetadataPatch?: { [key: string]: string } | null;
  threadId: string;
};

export type TurnSteerResponse = {
  turnId: string;
};

export type TurnToolOutput = {
  name: string;
  namespace?: string | null;
  output: FunctionCallOutputBody;
  /**
   * Requests retention of this output in the thread's model history.
   */
  retain?: boolean;
};

export type TurnsPage = {
  backwardsCursor?: string | null;
  data: Array<Turn>;
  nextCursor?: string | null;
};

export type UserInput = {
  text: string;
  /**
   * UI-defined spans within `text` used to render or persist special elements.
   */
  text_elements?: Array<TextElement>;
  type: "text";
} | ({
  detail?: ImageDetail | null;
  type: "image";
}) & ({
  url: string;
} | {
  fileId: string;
}) | {
  detail?: ImageDetail | null;
  path: string;
  type: "localImage";
} | ({
  type: "audio";
}) & ({
  url: string;
} | {
  fileId: string;
}) | {
  path: string;
  type: "localAudio";
} | {
  name: string;
  path: string;
  type: "skill";
} | {
  name: string;
  path: string;
  type: "mention";
};

/**
 * Cancels a native verification RPC issued on this connection, not an elicitation. Use a fresh request ID for each operation and a distinct ID for this cancellation RPC.
 */
export type UserVerificationCancelParams = {
  requestId: RequestId;
};

/**
 * Acknowledges the cancellation signal; native work may still be finishing. Unknown or finished requests are a no-op, and completed effects are not rolled back.
 */
export type UserVerificationCancelResponse = { [key: string]: unknown };

export type UserVerificationCancellationReason = "userCancelled" | "interrupted";

export type UserVerificationDeleteParams = { [key: string]: unknown };

export type UserVerificationDeleteResponse = { [key: string]: unknown };

export type UserVerificationEnrollParams = { [key: string]: unknown };

/**
 * Public metadata for a created or reused local credential. The caller completes backend registration; this response does not establish server enrollment. Older app-servers omit the metadata fields; callers must check both before registration.
 */
export type UserVerificationEnrollResponse = {
  algorithm?: string | null;
  credentialId: string;
  /**
   * Unpadded base64url of the SubjectPublicKeyInfo DER encoding.
   */
  publicKey?: string | null;
};

/**
 * Closed error categories; native diagnostic payloads must not cross this boundary.
 */
export type UserVerificationErrorDetails = {
  reason: UserVerificationInvalidRequestReason;
  type: "invalidRequest";
} | {
  reason: UserVerificationUnavailableReason;
  type: "unavailable";
} | {
  reason: UserVerificationCancellationReason;
  type: "cancelled";
} | {
  reason: UserVerificationFailureReason;
  type: "failed";
};

export type UserVerificationFailureReason = "authenticationFailed" | "timeout" | "providerError" | "serviceError";

export type UserVerificationInvalidRequestReason = "invalidParams";

/**
 * A signature over the exact decoded challenge. The verifier validates and consumes it.
 */
export type UserVerificationProof = {
  credentialId: string;
  /**
   * Unpadded base64url DER ECDSA signature using P-256 and SHA-256.
   */
  signature: string;
};

/**
 * The error object inside the normal JSON-RPC envelope.
 */
export type UserVerificationRpcError = {
  code: number;
  data: UserVerificationErrorDetails;
  message: string;
};

export type UserVerificationStatusParams = { [key: string]: unknown };

/**
 * Local readiness only; this neither prompts nor queries server registration.
 */
export type UserVerificationStatusResponse = {
  credentialId?: string | null;
  unavailableMessage?: string | null;
  unavailableReason?: UserVerificationUnavailableReason | null;
};

export type UserVerificationUnavailableReason = "credentialMissing" | "biometricsUnavailable" | "providerUnavailable";

/**
 * Local signing primitive, independent of any pending elicitation.
 */
export type UserVerificationVerifyParams = {
  /**
   * Unpadded base64url encoding of 1–4096 challenge bytes.
   */
  challenge: string;
  /**
   * Additional display context; at most 4096 UTF-8 bytes.
   */
  description: string;
  /**
   * Display context already approved by the UI; 1–256 UTF-8 bytes.
   */
  title: string;
};

export type UserVerificationVerifyResponse = {
  proof: UserVerificationProof;
};

/**
 * Controls output length/detail on GPT-5 models via the Responses API. Serialized with lowercase values to match the OpenAI API.
 */
export type Verbosity = "low" | "medium" | "high";

export type W3cTraceContext = {
  traceparent?: string | null;
  tracestate?: string | null;
};

export type WarningNotification = {
  /**
   * Concise warning message for the user.
   */
  message: string;
  /**
   * Optional thread target when the warning applies to a specific thread.
   */
  threadId?: string | null;
};

export type WebSearchAction = {
  queries?: Array<string> | null;
  query?: string | null;
  type: "search";
} | {
  type: "openPage";
  url?: string | null;
} | {
  pattern?: string | null;
  type: "findInPage";
  url?: string | null;
} | {
  type: "other";
};

export type WebSearchContextSize = "low" | "medium" | "high";

export type WebSearchLocation = {
  city?: string | null;
  country?: string | null;
  region?: string | null;
  timezone?: string | null;
};

export type WebSearchMode = "disabled" | "cached" | "indexed" | "live";

/**
 * Provider preference selected by the resolved model catalog entry.
 */
export type WebSearchProvider = "standalone" | "search_mcp";

export type WebSearchToolConfig = {
  allowed_domains?: Array<string> | null;
  context_size?: WebSearchContextSize | null;
  location?: WebSearchLocation | null;
};

export type WindowsSandboxImplementation = "elevated" | "unelevated" | "mxc";

export type WindowsSandboxReadiness = "ready" | "notConfigured" | "updateRequired";

export type WindowsSandboxReadinessResponse = {
  status: WindowsSandboxReadiness;
};

export type WindowsSandboxSetupCompletedNotification = {
  error?: string | null;
  mode: WindowsSandboxSetupMode;
  success: boolean;
};

export type WindowsSandboxSetupMode = "elevated" | "unelevated";

export type WindowsSandboxSetupStartParams = {
  cwd?: AbsolutePathBuf | null;
  mode: WindowsSandboxSetupMode;
};

export type WindowsSandboxSetupStartResponse = {
  started: boolean;
};

export type WindowsWorldWritableWarningNotification = {
  extraCount: number;
  failedScan: boolean;
  samplePaths: Array<string>;
};

export type WorkspaceMessage = {
  /**
   * Unix timestamp (in seconds) when the message was archived.
   */
  archivedAt?: number | null;
  /**
   * Unix timestamp (in seconds) when the message was created.
   */
  createdAt?: number | null;
  messageBody: string;
  messageId: string;
  messageType: WorkspaceMessageType;
};

export type WorkspaceMessageType = "headline" | "announcement" | "unknown";

export type WorkspaceRouting = {
  accountRoutingOverride: AccountRoutingOverride;
  backendOrigin: string;
  chatgptAccountId: string;
};

export type WriteStatus = "ok" | "okOverridden";
