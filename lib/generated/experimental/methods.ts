// GENERATED FILE: do not edit by hand.
// Method tables: each JSON-RPC method with its params and result types and schemas. EXPERIMENTAL set: only for a client started with `experimentalApi: true`.
// Made by scripts/generate-protocol.ts from `codex app-server generate-json-schema --experimental` of @openai/codex 0.169.0.
// Regenerate with `npm run generate`; `npm run generate -- --check` fails when this file is stale.
/* eslint-disable */

import type * as T from './types.js';
import type { ProtocolSchemas } from './schemas.js';

/** Client → server requests: params and result of each method. */
export interface ClientRequestMap {
  "initialize": { params: T.InitializeParams; result: T.InitializeResponse };
  /**
   * Read content-free, process-local diagnostics.
   */
  "server/diagnostics": { params: T.ServerDiagnosticsParams; result: T.ServerDiagnosticsResponse };
  "userVerification/status": { params: T.UserVerificationStatusParams; result: T.UserVerificationStatusResponse };
  "userVerification/enroll": { params: T.UserVerificationEnrollParams; result: T.UserVerificationEnrollResponse };
  "userVerification/delete": { params: T.UserVerificationDeleteParams; result: T.UserVerificationDeleteResponse };
  "userVerification/verify": { params: T.UserVerificationVerifyParams; result: T.UserVerificationVerifyResponse };
  "userVerification/cancel": { params: T.UserVerificationCancelParams; result: T.UserVerificationCancelResponse };
  /**
   * NEW APIs
   */
  "thread/start": { params: T.ThreadStartParams; result: T.ThreadStartResponse };
  "thread/resume": { params: T.ThreadResumeParams; result: T.ThreadResumeResponse };
  "thread/fork": { params: T.ThreadForkParams; result: T.ThreadForkResponse };
  "thread/sample": { params: T.ThreadSampleParams; result: T.ThreadSampleResponse };
  "thread/sample/cancel": { params: T.ThreadSampleCancelParams; result: T.ThreadSampleCancelResponse };
  "thread/archive": { params: T.ThreadArchiveParams; result: T.ThreadArchiveResponse };
  "thread/delete": { params: T.ThreadDeleteParams; result: T.ThreadDeleteResponse };
  "thread/unsubscribe": { params: T.ThreadUnsubscribeParams; result: T.ThreadUnsubscribeResponse };
  /**
   * Increment the thread-local out-of-band elicitation counter.
   *
   * This is used by external helpers to pause timeout accounting while a user approval or other elicitation is pending outside the app-server request flow.
   */
  "thread/increment_elicitation": { params: T.ThreadIncrementElicitationParams; result: T.ThreadIncrementElicitationResponse };
  /**
   * Decrement the thread-local out-of-band elicitation counter.
   *
   * When the count reaches zero, timeout accounting resumes for the thread.
   */
  "thread/decrement_elicitation": { params: T.ThreadDecrementElicitationParams; result: T.ThreadDecrementElicitationResponse };
  "thread/name/set": { params: T.ThreadSetNameParams; result: T.ThreadSetNameResponse };
  "thread/prediction/request": { params: T.ThreadPredictionRequestParams; result: T.ThreadPredictionRequestResponse };
  "thread/goal/set": { params: T.ThreadGoalSetParams; result: T.ThreadGoalSetResponse };
  "thread/goal/get": { params: T.ThreadGoalGetParams; result: T.ThreadGoalGetResponse };
  "thread/goal/clear": { params: T.ThreadGoalClearParams; result: T.ThreadGoalClearResponse };
  "thread/queue/add": { params: T.ThreadQueueAddParams; result: T.ThreadQueueAddResponse };
  "thread/queue/list": { params: T.ThreadQueueListParams; result: T.ThreadQueueListResponse };
  "thread/queue/update": { params: T.ThreadQueueUpdateParams; result: T.ThreadQueueUpdateResponse };
  "thread/queue/delete": { params: T.ThreadQueueDeleteParams; result: T.ThreadQueueDeleteResponse };
  "thread/queue/reorder": { params: T.ThreadQueueReorderParams; result: T.ThreadQueueReorderResponse };
  "thread/queue/start": { params: T.ThreadQueueStartParams; result: T.ThreadQueueStartResponse };
  "thread/metadata/update": { params: T.ThreadMetadataUpdateParams; result: T.ThreadMetadataUpdateResponse };
  "thread/attachment/add": { params: T.ThreadAttachmentAddParams; result: T.ThreadAttachmentAddResponse };
  "thread/attachment/list": { params: T.ThreadAttachmentListParams; result: T.ThreadAttachmentListResponse };
  "thread/attachmentOwner/list": { params: T.ThreadAttachmentOwnerListParams; result: T.ThreadAttachmentOwnerListResponse };
  "thread/attachment/remove": { params: T.ThreadAttachmentRemoveParams; result: T.ThreadAttachmentRemoveResponse };
  "thread/section/move": { params: T.ThreadSectionMoveParams; result: T.ThreadSectionMoveResponse };
  "thread/settings/update": { params: T.ThreadSettingsUpdateParams; result: T.ThreadSettingsUpdateResponse };
  "thread/memoryMode/set": { params: T.ThreadMemoryModeSetParams; result: T.ThreadMemoryModeSetResponse };
  "thread/memory/read": { params: T.ThreadMemoryReadParams; result: T.ThreadMemoryReadResponse };
  "memory/status": { params: T.MemoryStatusParams; result: T.MemoryStatusResponse };
  "memory/reset": { params: Record<string, never> | undefined; result: T.MemoryResetResponse };
  /**
   * Start a best-effort background compression pass for cold local rollouts.
   */
  "rollout/compress": { params: Record<string, never> | undefined; result: T.RolloutCompressResponse };
  "thread/unarchive": { params: T.ThreadUnarchiveParams; result: T.ThreadUnarchiveResponse };
  "thread/compact/start": { params: T.ThreadCompactStartParams; result: T.ThreadCompactStartResponse };
  "thread/shellCommand": { params: T.ThreadShellCommandParams; result: T.ThreadShellCommandResponse };
  "thread/approveGuardianDeniedAction": { params: T.ThreadApproveGuardianDeniedActionParams; result: T.ThreadApproveGuardianDeniedActionResponse };
  "thread/backgroundTerminals/clean": { params: T.ThreadBackgroundTerminalsCleanParams; result: T.ThreadBackgroundTerminalsCleanResponse };
  "thread/backgroundTerminals/list": { params: T.ThreadBackgroundTerminalsListParams; result: T.ThreadBackgroundTerminalsListResponse };
  "thread/backgroundTerminals/terminate": { params: T.ThreadBackgroundTerminalsTerminateParams; result: T.ThreadBackgroundTerminalsTerminateResponse };
  "thread/revert": { params: T.ThreadRevertParams; result: T.ThreadRevertResponse };
  "thread/list": { params: T.ThreadListParams; result: T.ThreadListResponse };
  "project/list": { params: T.ProjectListParams; result: T.ProjectListResponse };
  "project/read": { params: T.ProjectReadParams; result: T.ProjectReadResponse };
  "project/create": { params: T.ProjectCreateParams; result: T.ProjectCreateResponse };
  "project/import": { params: T.ProjectImportParams; result: T.ProjectImportResponse };
  "project/update": { params: T.ProjectUpdateParams; result: T.ProjectUpdateResponse };
  "project/move": { params: T.ProjectMoveParams; result: T.ProjectMoveResponse };
  "project/delete": { params: T.ProjectDeleteParams; result: T.ProjectDeleteResponse };
  "threadSection/list": { params: T.ThreadSectionListParams; result: T.ThreadSectionListResponse };
  "threadSection/create": { params: T.ThreadSectionCreateParams; result: T.ThreadSectionCreateResponse };
  "threadSection/update": { params: T.ThreadSectionUpdateParams; result: T.ThreadSectionUpdateResponse };
  "threadSection/delete": { params: T.ThreadSectionDeleteParams; result: T.ThreadSectionDeleteResponse };
  "thread/search": { params: T.ThreadSearchParams; result: T.ThreadSearchResponse };
  "thread/searchOccurrences": { params: T.ThreadSearchOccurrencesParams; result: T.ThreadSearchOccurrencesResponse };
  "thread/loaded/list": { params: T.ThreadLoadedListParams; result: T.ThreadLoadedListResponse };
  "thread/read": { params: T.ThreadReadParams; result: T.ThreadReadResponse };
  "thread/readState/update": { params: T.ThreadReadStateUpdateParams; result: T.ThreadReadStateUpdateResponse };
  "thread/turns/list": { params: T.ThreadTurnsListParams; result: T.ThreadTurnsListResponse };
  "thread/items/list": { params: T.ThreadItemsListParams; result: T.ThreadItemsListResponse };
  "thread/items/read": { params: T.ThreadItemsReadParams; result: T.ThreadItemsReadResponse };
  /**
   * Review the idle thread's final injected exec_command without executing it.
   */
  "thread/guardianReview": { params: T.ThreadGuardianReviewParams; result: T.ThreadGuardianReviewResponse };
  /**
   * Append raw Responses API items to the thread history without starting a user turn.
   */
  "thread/inject_items": { params: T.ThreadInjectItemsParams; result: T.ThreadInjectItemsResponse };
  "thread/prepareApprovedPlan": { params: T.ThreadPrepareApprovedPlanParams; result: T.ThreadPrepareApprovedPlanResponse };
  "skills/list": { params: T.SkillsListParams; result: T.SkillsListResponse };
  "skills/extraRoots/set": { params: T.SkillsExtraRootsSetParams; result: T.SkillsExtraRootsSetResponse };
  "hooks/list": { params: T.HooksListParams; result: T.HooksListResponse };
  "marketplace/add": { params: T.MarketplaceAddParams; result: T.MarketplaceAddResponse };
  "marketplace/remove": { params: T.MarketplaceRemoveParams; result: T.MarketplaceRemoveResponse };
  "marketplace/upgrade": { params: T.MarketplaceUpgradeParams; result: T.MarketplaceUpgradeResponse };
  "plugin/list": { params: T.PluginListParams; result: T.PluginListResponse };
  "plugin/search": { params: T.PluginSearchParams; result: T.PluginSearchResponse };
  "plugin/installed": { params: T.PluginInstalledParams; result: T.PluginInstalledResponse };
  "plugin/reconcile": { params: T.PluginReconcileParams; result: T.PluginReconcileResponse };
  "plugin/read": { params: T.PluginReadParams; result: T.PluginReadResponse };
  "plugin/skill/read": { params: T.PluginSkillReadParams; result: T.PluginSkillReadResponse };
  "plugin/share/save": { params: T.PluginShareSaveParams; result: T.PluginShareSaveResponse };
  "plugin/share/updateTargets": { params: T.PluginShareUpdateTargetsParams; result: T.PluginShareUpdateTargetsResponse };
  "plugin/share/list": { params: T.PluginShareListParams; result: T.PluginShareListResponse };
  "plugin/share/checkout": { params: T.PluginShareCheckoutParams; result: T.PluginShareCheckoutResponse };
  "plugin/share/delete": { params: T.PluginShareDeleteParams; result: T.PluginShareDeleteResponse };
  "app/read": { params: T.AppsReadParams; result: T.AppsReadResponse };
  "app/list": { params: T.AppsListParams; result: T.AppsListResponse };
  "app/installed": { params: T.AppsInstalledParams; result: T.AppsInstalledResponse };
  "fs/readFile": { params: T.FsReadFileParams; result: T.FsReadFileResponse };
  "fs/writeFile": { params: T.FsWriteFileParams; result: T.FsWriteFileResponse };
  "fs/createDirectory": { params: T.FsCreateDirectoryParams; result: T.FsCreateDirectoryResponse };
  "fs/getMetadata": { params: T.FsGetMetadataParams; result: T.FsGetMetadataResponse };
  "fs/readDirectory": { params: T.FsReadDirectoryParams; result: T.FsReadDirectoryResponse };
  "fs/remove": { params: T.FsRemoveParams; result: T.FsRemoveResponse };
  "fs/copy": { params: T.FsCopyParams; result: T.FsCopyResponse };
  "fs/watch": { params: T.FsWatchParams; result: T.FsWatchResponse };
  "fs/unwatch": { params: T.FsUnwatchParams; result: T.FsUnwatchResponse };
  "skills/config/write": { params: T.SkillsConfigWriteParams; result: T.SkillsConfigWriteResponse };
  "plugin/install": { params: T.PluginInstallParams; result: T.PluginInstallResponse };
  "plugin/uninstall": { params: T.PluginUninstallParams; result: T.PluginUninstallResponse };
  "turn/start": { params: T.TurnStartParams; result: T.TurnStartResponse };
  "turn/settings/update": { params: T.TurnSettingsUpdateParams; result: T.TurnSettingsUpdateResponse };
  "turn/steer": { params: T.TurnSteerParams; result: T.TurnSteerResponse };
  "turn/interrupt": { params: T.TurnInterruptParams; result: T.TurnInterruptResponse };
  "thread/realtime/start": { params: T.ThreadRealtimeStartParams; result: T.ThreadRealtimeStartResponse };
  "thread/realtime/appendAudio": { params: T.ThreadRealtimeAppendAudioParams; result: T.ThreadRealtimeAppendAudioResponse };
  "thread/realtime/appendText": { params: T.ThreadRealtimeAppendTextParams; result: T.ThreadRealtimeAppendTextResponse };
  "thread/realtime/appendSpeech": { params: T.ThreadRealtimeAppendSpeechParams; result: T.ThreadRealtimeAppendSpeechResponse };
  "thread/realtime/stop": { params: T.ThreadRealtimeStopParams; result: T.ThreadRealtimeStopResponse };
  "thread/timeline/list": { params: T.ThreadTimelineListParams; result: T.ThreadTimelineListResponse };
  "thread/realtime/listVoices": { params: T.ThreadRealtimeListVoicesParams; result: T.ThreadRealtimeListVoicesResponse };
  "review/start": { params: T.ReviewStartParams; result: T.ReviewStartResponse };
  "model/list": { params: T.ModelListParams; result: T.ModelListResponse };
  "account/gatewayOAuth/read": { params: T.GatewayOAuthReadParams | undefined; result: T.GatewayOAuthReadResponse };
  "account/gatewayOAuth/login": { params: T.GatewayOAuthLoginParams | undefined; result: T.GatewayOAuthLoginResponse };
  "account/gatewayOAuth/cancel": { params: Record<string, never> | undefined; result: T.GatewayOAuthCancelResponse };
  "modelProvider/list": { params: T.ModelProviderListParams; result: T.ModelProviderListResponse };
  "modelProvider/config/write": { params: T.ModelProviderConfigWriteParams; result: T.ModelProviderConfigWriteResponse };
  "modelProvider/capabilities/read": { params: T.ModelProviderCapabilitiesReadParams; result: T.ModelProviderCapabilitiesReadResponse };
  "experimentalFeature/list": { params: T.ExperimentalFeatureListParams; result: T.ExperimentalFeatureListResponse };
  "permissionProfile/list": { params: T.PermissionProfileListParams; result: T.PermissionProfileListResponse };
  "experimentalFeature/enablement/set": { params: T.ExperimentalFeatureEnablementSetParams; result: T.ExperimentalFeatureEnablementSetResponse };
  "remoteControl/enable": { params: T.RemoteControlEnableParams | undefined; result: T.RemoteControlEnableResponse };
  "remoteControl/disable": { params: T.RemoteControlDisableParams | undefined; result: T.RemoteControlDisableResponse };
  "remoteControl/status/read": { params: Record<string, never> | undefined; result: T.RemoteControlStatusReadResponse };
  "remoteControl/pairing/start": { params: T.RemoteControlPairingStartParams; result: T.RemoteControlPairingStartResponse };
  "remoteControl/pairing/status": { params: T.RemoteControlPairingStatusParams; result: T.RemoteControlPairingStatusResponse };
  "remoteControl/client/list": { params: T.RemoteControlClientsListParams; result: T.RemoteControlClientsListResponse };
  "remoteControl/client/revoke": { params: T.RemoteControlClientsRevokeParams; result: T.RemoteControlClientsRevokeResponse };
  /**
   * Lists collaboration mode presets.
   */
  "collaborationMode/list": { params: T.CollaborationModeListParams; result: T.CollaborationModeListResponse };
  /**
   * Test-only method used to validate experimental gating.
   */
  "mock/experimentalMethod": { params: T.MockExperimentalMethodParams; result: T.MockExperimentalMethodResponse };
  /**
   * Adds or replaces a remote environment by id for later selection.
   */
  "environment/add": { params: T.EnvironmentAddParams; result: T.EnvironmentAddResponse };
  /**
   * Reads information from a configured execution environment.
   */
  "environment/info": { params: T.EnvironmentInfoParams; result: T.EnvironmentInfoResponse };
  /**
   * Reads the current status of a configured execution environment.
   */
  "environment/status": { params: T.EnvironmentStatusParams; result: T.EnvironmentStatusResponse };
  "mcpServer/oauth/login": { params: T.McpServerOauthLoginParams; result: T.McpServerOauthLoginResponse };
  "config/mcpServer/reload": { params: Record<string, never> | undefined; result: T.McpServerRefreshResponse };
  "mcpServerStatus/list": { params: T.ListMcpServerStatusParams; result: T.ListMcpServerStatusResponse };
  "mcpServer/resource/read": { params: T.McpResourceReadParams; result: T.McpResourceReadResponse };
  "mcpServer/event/stream/start": { params: T.McpServerEventStreamStartParams; result: T.McpServerEventStreamStartResponse };
  "mcpServer/event/stream/stop": { params: T.McpServerEventStreamStopParams; result: T.McpServerEventStreamStopResponse };
  "mcpServer/tool/call": { params: T.McpServerToolCallParams; result: T.McpServerToolCallResponse };
  "windowsSandbox/setupStart": { params: T.WindowsSandboxSetupStartParams; result: T.WindowsSandboxSetupStartResponse };
  "windowsSandbox/readiness": { params: Record<string, never> | undefined; result: T.WindowsSandboxReadinessResponse };
  "account/login/start": { params: T.LoginAccountParams; result: T.LoginAccountResponse };
  "account/bedrock/discover": { params: T.BedrockDiscoverParams; result: T.BedrockDiscoverResponse };
  "account/bedrock/setup": { params: T.BedrockSetupParams; result: T.BedrockSetupResponse };
  "account/gcp/setup": { params: T.GcpSetupParams; result: T.GcpSetupResponse };
  "account/bedrock/checkGovCloudRequirements": { params: T.BedrockCheckGovCloudRequirementsParams; result: T.BedrockCheckGovCloudRequirementsResponse };
  "account/login/cancel": { params: T.CancelLoginAccountParams; result: T.CancelLoginAccountResponse };
  "accountSession/list": { params: T.AccountSessionsListParams; result: T.AccountSessionsResponse };
  "accountSession/switch": { params: T.AccountSessionsSwitchParams; result: T.AccountSessionsSwitchResponse };
  "account/logout": { params: Record<string, never> | undefined; result: T.LogoutAccountResponse };
  "account/securitySetup/read": { params: Record<string, never> | undefined; result: T.GetAccountSecuritySetupResponse };
  "account/rateLimits/read": { params: T.GetAccountRateLimitsParams | undefined; result: T.GetAccountRateLimitsResponse };
  "account/rateLimitResetCredit/consume": { params: T.ConsumeAccountRateLimitResetCreditParams; result: T.ConsumeAccountRateLimitResetCreditResponse };
  "account/usage/read": { params: T.GetAccountTokenUsageParams | undefined; result: T.GetAccountTokenUsageResponse };
  "account/workspaceMessages/read": { params: Record<string, never> | undefined; result: T.GetWorkspaceMessagesResponse };
  "account/sendAddCreditsNudgeEmail": { params: T.SendAddCreditsNudgeEmailParams; result: T.SendAddCreditsNudgeEmailResponse };
  "feedback/upload": { params: T.FeedbackUploadParams; result: T.FeedbackUploadResponse };
  "feedback/save": { params: T.FeedbackSaveParams; result: T.FeedbackSaveResponse };
  /**
   * Execute a standalone command (argv vector) under the server's sandbox.
   */
  "command/exec": { params: T.CommandExecParams; result: T.CommandExecResponse };
  /**
   * Write stdin bytes to a running `command/exec` session or close stdin.
   */
  "command/exec/write": { params: T.CommandExecWriteParams; result: T.CommandExecWriteResponse };
  /**
   * Terminate a running `command/exec` session by client-supplied `processId`.
   */
  "command/exec/terminate": { params: T.CommandExecTerminateParams; result: T.CommandExecTerminateResponse };
  /**
   * Resize a running PTY-backed `command/exec` session by client-supplied `processId`.
   */
  "command/exec/resize": { params: T.CommandExecResizeParams; result: T.CommandExecResizeResponse };
  /**
   * Spawn a standalone process (argv vector) without a Codex sandbox.
   */
  "process/spawn": { params: T.ProcessSpawnParams; result: T.ProcessSpawnResponse };
  /**
   * Write stdin bytes to a running `process/spawn` session or close stdin.
   */
  "process/writeStdin": { params: T.ProcessWriteStdinParams; result: T.ProcessWriteStdinResponse };
  /**
   * Terminate a running `process/spawn` session by client-supplied `processHandle`.
   */
  "process/kill": { params: T.ProcessKillParams; result: T.ProcessKillResponse };
  /**
   * Resize a running PTY-backed `process/spawn` session by client-supplied `processHandle`.
   */
  "process/resizePty": { params: T.ProcessResizePtyParams; result: T.ProcessResizePtyResponse };
  "config/read": { params: T.ConfigReadParams; result: T.ConfigReadResponse };
  "externalAgentConfig/detect": { params: T.ExternalAgentConfigDetectParams; result: T.ExternalAgentConfigDetectResponse };
  "externalAgentConfig/import": { params: T.ExternalAgentConfigImportParams; result: T.ExternalAgentConfigImportResponse };
  "externalAgentConfig/import/recordHistory": { params: T.ExternalAgentConfigImportHistoryRecordParams; result: T.ExternalAgentConfigImportHistoryRecordResponse };
  "externalAgentConfig/import/readHistories": { params: Record<string, never> | undefined; result: T.ExternalAgentConfigImportHistoriesReadResponse };
  "config/value/write": { params: T.ConfigValueWriteParams; result: T.ConfigWriteResponse };
  "config/batchWrite": { params: T.ConfigBatchWriteParams; result: T.ConfigWriteResponse };
  "configRequirements/read": { params: Record<string, never> | undefined; result: T.ConfigRequirementsReadResponse };
  "account/read": { params: T.GetAccountParams; result: T.GetAccountResponse };
  "fuzzyFileSearch": { params: T.FuzzyFileSearchParams; result: T.FuzzyFileSearchResponse };
  "fuzzyFileSearch/sessionStart": { params: T.FuzzyFileSearchSessionStartParams; result: T.FuzzyFileSearchSessionStartResponse };
  "fuzzyFileSearch/sessionUpdate": { params: T.FuzzyFileSearchSessionUpdateParams; result: T.FuzzyFileSearchSessionUpdateResponse };
  "fuzzyFileSearch/sessionStop": { params: T.FuzzyFileSearchSessionStopParams; result: T.FuzzyFileSearchSessionStopResponse };
}

/** Server → client notifications: params of each method. */
export interface ServerNotificationMap {
  /**
   * NEW NOTIFICATIONS
   */
  "error": T.ErrorNotification;
  "thread/started": T.ThreadStartedNotification;
  "thread/status/changed": T.ThreadStatusChangedNotification;
  "thread/readState/changed": T.ThreadReadStateChangedNotification;
  "thread/archived": T.ThreadArchivedNotification;
  "thread/deleted": T.ThreadDeletedNotification;
  "thread/unarchived": T.ThreadUnarchivedNotification;
  "thread/closed": T.ThreadClosedNotification;
  "thread/reverted": T.ThreadRevertedNotification;
  "skills/changed": T.SkillsChangedNotification;
  "thread/name/updated": T.ThreadNameUpdatedNotification;
  "thread/section/changed": T.ThreadSectionChangedNotification;
  "thread/attachment/updated": T.ThreadAttachmentUpdatedNotification;
  "thread/goal/updated": T.ThreadGoalUpdatedNotification;
  "thread/prediction/updated": T.ThreadPredictionUpdatedNotification;
  "thread/goal/cleared": T.ThreadGoalClearedNotification;
  "thread/queue/changed": T.ThreadQueueChangedNotification;
  "project/changed": T.ProjectChangedNotification;
  "thread/project/updated": T.ThreadProjectUpdatedNotification;
  "thread/environment/connected": T.EnvironmentConnectionNotification;
  "thread/environment/disconnected": T.EnvironmentConnectionNotification;
  "thread/settings/updated": T.ThreadSettingsUpdatedNotification;
  "thread/tokenUsage/updated": T.ThreadTokenUsageUpdatedNotification;
  "turn/started": T.TurnStartedNotification;
  "hook/started": T.HookStartedNotification;
  "turn/completed": T.TurnCompletedNotification;
  "hook/completed": T.HookCompletedNotification;
  "turn/diff/updated": T.TurnDiffUpdatedNotification;
  "turn/plan/updated": T.TurnPlanUpdatedNotification;
  "item/started": T.ItemStartedNotification;
  "item/autoApprovalReview/started": T.ItemGuardianApprovalReviewStartedNotification;
  "item/autoApprovalReview/completed": T.ItemGuardianApprovalReviewCompletedNotification;
  "autoApprovalReview/strictReviewRequired": T.StrictReviewRequiredNotification;
  "item/completed": T.ItemCompletedNotification;
  "item/agentMessage/delta": T.AgentMessageDeltaNotification;
  /**
   * EXPERIMENTAL - proposed plan streaming deltas for plan items.
   */
  "item/plan/delta": T.PlanDeltaNotification;
  /**
   * Stream base64-encoded stdout/stderr chunks for a running `command/exec` session.
   */
  "command/exec/outputDelta": T.CommandExecOutputDeltaNotification;
  /**
   * Stream base64-encoded stdout/stderr chunks for a running `process/spawn` session.
   */
  "process/outputDelta": T.ProcessOutputDeltaNotification;
  /**
   * Final exit notification for a `process/spawn` session.
   */
  "process/exited": T.ProcessExitedNotification;
  "item/commandExecution/outputDelta": T.CommandExecutionOutputDeltaNotification;
  "item/commandExecution/terminalInteraction": T.TerminalInteractionNotification;
  /**
   * Deprecated legacy apply_patch output stream notification.
   */
  "item/fileChange/outputDelta": T.FileChangeOutputDeltaNotification;
  "item/fileChange/patchUpdated": T.FileChangePatchUpdatedNotification;
  "serverRequest/resolved": T.ServerRequestResolvedNotification;
  "item/mcpToolCall/progress": T.McpToolCallProgressNotification;
  "mcpServer/oauthLogin/completed": T.McpServerOauthLoginCompletedNotification;
  "mcpServer/startupStatus/updated": T.McpServerStatusUpdatedNotification;
  "mcpServer/event/stream/notification": T.McpServerEventStreamNotification;
  "account/updated": T.AccountUpdatedNotification;
  "account/gatewayOAuth/changed": T.GatewayOAuthChangedNotification;
  "account/rateLimits/updated": T.AccountRateLimitsUpdatedNotification;
  "app/list/updated": T.AppListUpdatedNotification;
  "remoteControl/status/changed": T.RemoteControlStatusChangedNotification;
  "externalAgentConfig/import/progress": T.ExternalAgentConfigImportProgressNotification;
  "externalAgentConfig/import/completed": T.ExternalAgentConfigImportCompletedNotification;
  "fs/changed": T.FsChangedNotification;
  "item/reasoning/summaryTextDelta": T.ReasoningSummaryTextDeltaNotification;
  "item/reasoning/summaryPartAdded": T.ReasoningSummaryPartAddedNotification;
  "item/reasoning/textDelta": T.ReasoningTextDeltaNotification;
  /**
   * Deprecated: Use `ContextCompaction` item type instead.
   */
  "thread/compacted": T.ContextCompactedNotification;
  "model/rerouted": T.ModelReroutedNotification;
  "model/verification": T.ModelVerificationNotification;
  "modelProvider/authRecoveryStarted": T.AuthRecoveryNotification;
  "modelProvider/authRecoveryCompleted": T.AuthRecoveryNotification;
  "turn/moderationMetadata": T.TurnModerationMetadataNotification;
  "model/safetyBuffering/updated": T.ModelSafetyBufferingUpdatedNotification;
  "warning": T.WarningNotification;
  "guardianWarning": T.GuardianWarningNotification;
  "deprecationNotice": T.DeprecationNoticeNotification;
  "configWarning": T.ConfigWarningNotification;
  "fuzzyFileSearch/sessionUpdated": T.FuzzyFileSearchSessionUpdatedNotification;
  "fuzzyFileSearch/sessionCompleted": T.FuzzyFileSearchSessionCompletedNotification;
  "thread/realtime/started": T.ThreadRealtimeStartedNotification;
  "thread/realtime/itemAdded": T.ThreadRealtimeItemAddedNotification;
  "thread/realtime/item/started": T.ThreadRealtimeItemStartedNotification;
  "thread/realtime/item/transcript/delta": T.ThreadRealtimeItemTranscriptDeltaNotification;
  "thread/realtime/item/completed": T.ThreadRealtimeItemCompletedNotification;
  "thread/realtime/transcript/delta": T.ThreadRealtimeTranscriptDeltaNotification;
  "thread/realtime/transcript/done": T.ThreadRealtimeTranscriptDoneNotification;
  "thread/realtime/outputAudio/delta": T.ThreadRealtimeOutputAudioDeltaNotification;
  "thread/realtime/sdp": T.ThreadRealtimeSdpNotification;
  "thread/realtime/error": T.ThreadRealtimeErrorNotification;
  "thread/realtime/closed": T.ThreadRealtimeClosedNotification;
  /**
   * Notifies the user of world-writable directories on Windows, which cannot be protected by the sandbox.
   */
  "windows/worldWritableWarning": T.WindowsWorldWritableWarningNotification;
  "windowsSandbox/setupCompleted": T.WindowsSandboxSetupCompletedNotification;
  "account/login/completed": T.AccountLoginCompletedNotification;
}

/** Server → client requests (approvals and similar): params and the result the client answers. */
export interface ServerRequestMap {
  /**
   * NEW APIs Sent when approval is requested for a specific command execution. This request is used for Turns started via turn/start.
   */
  "item/commandExecution/requestApproval": { params: T.CommandExecutionRequestApprovalParams; result: T.CommandExecutionRequestApprovalResponse };
  /**
   * Sent when approval is requested for a specific file change. This request is used for Turns started via turn/start.
   */
  "item/fileChange/requestApproval": { params: T.FileChangeRequestApprovalParams; result: T.FileChangeRequestApprovalResponse };
  /**
   * EXPERIMENTAL - Request input from the user for a tool call.
   */
  "item/tool/requestUserInput": { params: T.ToolRequestUserInputParams; result: T.ToolRequestUserInputResponse };
  /**
   * Request input for an MCP server elicitation.
   */
  "mcpServer/elicitation/request": { params: T.McpServerElicitationRequestParams; result: T.McpServerElicitationRequestResponse };
  /**
   * Request approval for additional permissions from the user.
   */
  "item/permissions/requestApproval": { params: T.PermissionsRequestApprovalParams; result: T.PermissionsRequestApprovalResponse };
  /**
   * Execute a dynamic tool call on the client.
   */
  "item/tool/call": { params: T.DynamicToolCallParams; result: T.DynamicToolCallResponse };
  "account/chatgptAuthTokens/refresh": { params: T.ChatgptAuthTokensRefreshParams; result: T.ChatgptAuthTokensRefreshResponse };
  /**
   * Generate a fresh upstream attestation result on demand.
   */
  "attestation/generate": { params: T.AttestationGenerateParams; result: T.AttestationGenerateResponse };
  /**
   * Read the current time from an external clock owned by the client.
   */
  "currentTime/read": { params: T.CurrentTimeReadParams; result: T.CurrentTimeReadResponse };
  /**
   * DEPRECATED APIs below Request to approve a patch. This request is used for Turns started via the legacy APIs (i.e. SendUserTurn, SendUserMessage).
   */
  "applyPatchApproval": { params: T.ApplyPatchApprovalParams; result: T.ApplyPatchApprovalResponse };
  /**
   * Request to exec a command. This request is used for Turns started via the legacy APIs (i.e. SendUserTurn, SendUserMessage).
   */
  "execCommandApproval": { params: T.ExecCommandApprovalParams; result: T.ExecCommandApprovalResponse };
}

export type ClientRequestMethod = keyof ClientRequestMap;
export type ServerNotificationMethod = keyof ServerNotificationMap;
export type ServerRequestMethod = keyof ServerRequestMap;

export const CLIENT_REQUEST_METHODS = [
  "initialize",
  "server/diagnostics",
  "userVerification/status",
  "userVerification/enroll",
  "userVerification/delete",
  "userVerification/verify",
  "userVerification/cancel",
  "thread/start",
  "thread/resume",
  "thread/fork",
  "thread/sample",
  "thread/sample/cancel",
  "thread/archive",
  "thread/delete",
  "thread/unsubscribe",
  "thread/increment_elicitation",
  "thread/decrement_elicitation",
  "thread/name/set",
  "thread/prediction/request",
  "thread/goal/set",
  "thread/goal/get",
  "thread/goal/clear",
  "thread/queue/add",
  "thread/queue/list",
  "thread/queue/update",
  "thread/queue/delete",
  "thread/queue/reorder",
  "thread/queue/start",
  "thread/metadata/update",
  "thread/attachment/add",
  "thread/attachment/list",
  "thread/attachmentOwner/list",
  "thread/attachment/remove",
  "thread/section/move",
  "thread/settings/update",
  "thread/memoryMode/set",
  "thread/memory/read",
  "memory/status",
  "memory/reset",
  "rollout/compress",
  "thread/unarchive",
  "thread/compact/start",
  "thread/shellCommand",
  "thread/approveGuardianDeniedAction",
  "thread/backgroundTerminals/clean",
  "thread/backgroundTerminals/list",
  "thread/backgroundTerminals/terminate",
  "thread/revert",
  "thread/list",
  "project/list",
  "project/read",
  "project/create",
  "project/import",
  "project/update",
  "project/move",
  "project/delete",
  "threadSection/list",
  "threadSection/create",
  "threadSection/update",
  "threadSection/delete",
  "thread/search",
  "thread/searchOccurrences",
  "thread/loaded/list",
  "thread/read",
  "thread/readState/update",
  "thread/turns/list",
  "thread/items/list",
  "thread/items/read",
  "thread/guardianReview",
  "thread/inject_items",
  "thread/prepareApprovedPlan",
  "skills/list",
  "skills/extraRoots/set",
  "hooks/list",
  "marketplace/add",
  "marketplace/remove",
  "marketplace/upgrade",
  "plugin/list",
  "plugin/search",
  "plugin/installed",
  "plugin/reconcile",
  "plugin/read",
  "plugin/skill/read",
  "plugin/share/save",
  "plugin/share/updateTargets",
  "plugin/share/list",
  "plugin/share/checkout",
  "plugin/share/delete",
  "app/read",
  "app/list",
  "app/installed",
  "fs/readFile",
  "fs/writeFile",
  "fs/createDirectory",
  "fs/getMetadata",
  "fs/readDirectory",
  "fs/remove",
  "fs/copy",
  "fs/watch",
  "fs/unwatch",
  "skills/config/write",
  "plugin/install",
  "plugin/uninstall",
  "turn/start",
  "turn/settings/update",
  "turn/steer",
  "turn/interrupt",
  "thread/realtime/start",
  "thread/realtime/appendAudio",
  "thread/realtime/appendText",
  "thread/realtime/appendSpeech",
  "thread/realtime/stop",
  "thread/timeline/list",
  "thread/realtime/listVoices",
  "review/start",
  "model/list",
  "account/gatewayOAuth/read",
  "account/gatewayOAuth/login",
  "account/gatewayOAuth/cancel",
  "modelProvider/list",
  "modelProvider/config/write",
  "modelProvider/capabilities/read",
  "experimentalFeature/list",
  "permissionProfile/list",
  "experimentalFeature/enablement/set",
  "remoteControl/enable",
  "remoteControl/disable",
  "remoteControl/status/read",
  "remoteControl/pairing/start",
  "remoteControl/pairing/status",
  "remoteControl/client/list",
  "remoteControl/client/revoke",
  "collaborationMode/list",
  "mock/experimentalMethod",
  "environment/add",
  "environment/info",
  "environment/status",
  "mcpServer/oauth/login",
  "config/mcpServer/reload",
  "mcpServerStatus/list",
  "mcpServer/resource/read",
  "mcpServer/event/stream/start",
  "mcpServer/event/stream/stop",
  "mcpServer/tool/call",
  "windowsSandbox/setupStart",
  "windowsSandbox/readiness",
  "account/login/start",
  "account/bedrock/discover",
  "account/bedrock/setup",
  "account/gcp/setup",
  "account/bedrock/checkGovCloudRequirements",
  "account/login/cancel",
  "accountSession/list",
  "accountSession/switch",
  "account/logout",
  "account/securitySetup/read",
  "account/rateLimits/read",
  "account/rateLimitResetCredit/consume",
  "account/usage/read",
  "account/workspaceMessages/read",
  "account/sendAddCreditsNudgeEmail",
  "feedback/upload",
  "feedback/save",
  "command/exec",
  "command/exec/write",
  "command/exec/terminate",
  "command/exec/resize",
  "process/spawn",
  "process/writeStdin",
  "process/kill",
  "process/resizePty",
  "config/read",
  "externalAgentConfig/detect",
  "externalAgentConfig/import",
  "externalAgentConfig/import/recordHistory",
  "externalAgentConfig/import/readHistories",
  "config/value/write",
  "config/batchWrite",
  "configRequirements/read",
  "account/read",
  "fuzzyFileSearch",
  "fuzzyFileSearch/sessionStart",
  "fuzzyFileSearch/sessionUpdate",
  "fuzzyFileSearch/sessionStop"
] as const satisfies readonly ClientRequestMethod[];

export const SERVER_NOTIFICATION_METHODS = [
  "error",
  "thread/started",
  "thread/status/changed",
  "thread/readState/changed",
  "thread/archived",
  "thread/deleted",
  "thread/unarchived",
  "thread/closed",
  "thread/reverted",
  "skills/changed",
  "thread/name/updated",
  "thread/section/changed",
  "thread/attachment/updated",
  "thread/goal/updated",
  "thread/prediction/updated",
  "thread/goal/cleared",
  "thread/queue/changed",
  "project/changed",
  "thread/project/updated",
  "thread/environment/connected",
  "thread/environment/disconnected",
  "thread/settings/updated",
  "thread/tokenUsage/updated",
  "turn/started",
  "hook/started",
  "turn/completed",
  "hook/completed",
  "turn/diff/updated",
  "turn/plan/updated",
  "item/started",
  "item/autoApprovalReview/started",
  "item/autoApprovalReview/completed",
  "autoApprovalReview/strictReviewRequired",
  "item/completed",
  "item/agentMessage/delta",
  "item/plan/delta",
  "command/exec/outputDelta",
  "process/outputDelta",
  "process/exited",
  "item/commandExecution/outputDelta",
  "item/commandExecution/terminalInteraction",
  "item/fileChange/outputDelta",
  "item/fileChange/patchUpdated",
  "serverRequest/resolved",
  "item/mcpToolCall/progress",
  "mcpServer/oauthLogin/completed",
  "mcpServer/startupStatus/updated",
  "mcpServer/event/stream/notification",
  "account/updated",
  "account/gatewayOAuth/changed",
  "account/rateLimits/updated",
  "app/list/updated",
  "remoteControl/status/changed",
  "externalAgentConfig/import/progress",
  "externalAgentConfig/import/completed",
  "fs/changed",
  "item/reasoning/summaryTextDelta",
  "item/reasoning/summaryPartAdded",
  "item/reasoning/textDelta",
  "thread/compacted",
  "model/rerouted",
  "model/verification",
  "modelProvider/authRecoveryStarted",
  "modelProvider/authRecoveryCompleted",
  "turn/moderationMetadata",
  "model/safetyBuffering/updated",
  "warning",
  "guardianWarning",
  "deprecationNotice",
  "configWarning",
  "fuzzyFileSearch/sessionUpdated",
  "fuzzyFileSearch/sessionCompleted",
  "thread/realtime/started",
  "thread/realtime/itemAdded",
  "thread/realtime/item/started",
  "thread/realtime/item/transcript/delta",
  "thread/realtime/item/completed",
  "thread/realtime/transcript/delta",
  "thread/realtime/transcript/done",
  "thread/realtime/outputAudio/delta",
  "thread/realtime/sdp",
  "thread/realtime/error",
  "thread/realtime/closed",
  "windows/worldWritableWarning",
  "windowsSandbox/setupCompleted",
  "account/login/completed"
] as const satisfies readonly ServerNotificationMethod[];

export const SERVER_REQUEST_METHODS = [
  "item/commandExecution/requestApproval",
  "item/fileChange/requestApproval",
  "item/tool/requestUserInput",
  "mcpServer/elicitation/request",
  "item/permissions/requestApproval",
  "item/tool/call",
  "account/chatgptAuthTokens/refresh",
  "attestation/generate",
  "currentTime/read",
  "applyPatchApproval",
  "execCommandApproval"
] as const satisfies readonly ServerRequestMethod[];

/** Schema names per method, to look a schema up in a ProtocolSchemas table. */
export const CLIENT_REQUEST_SCHEMAS: { readonly [M in ClientRequestMethod]: { params: keyof ProtocolSchemas | null; result: keyof ProtocolSchemas } } = {
  "initialize": { params: "InitializeParams", result: "InitializeResponse" },
  "server/diagnostics": { params: "ServerDiagnosticsParams", result: "ServerDiagnosticsResponse" },
  "userVerification/status": { params: "UserVerificationStatusParams", result: "UserVerificationStatusResponse" },
  "userVerification/enroll": { params: "UserVerificationEnrollParams", result: "UserVerificationEnrollResponse" },
  "userVerification/delete": { params: "UserVerificationDeleteParams", result: "UserVerificationDeleteResponse" },
  "userVerification/verify": { params: "UserVerificationVerifyParams", result: "UserVerificationVerifyResponse" },
  "userVerification/cancel": { params: "UserVerificationCancelParams", result: "UserVerificationCancelResponse" },
  "thread/start": { params: "ThreadStartParams", result: "ThreadStartResponse" },
  "thread/resume": { params: "ThreadResumeParams", result: "ThreadResumeResponse" },
  "thread/fork": { params: "ThreadForkParams", result: "ThreadForkResponse" },
  "thread/sample": { params: "ThreadSampleParams", result: "ThreadSampleResponse" },
  "thread/sample/cancel": { params: "ThreadSampleCancelParams", result: "ThreadSampleCancelResponse" },
  "thread/archive": { params: "ThreadArchiveParams", result: "ThreadArchiveResponse" },
  "thread/delete": { params: "ThreadDeleteParams", result: "ThreadDeleteResponse" },
  "thread/unsubscribe": { params: "ThreadUnsubscribeParams", result: "ThreadUnsubscribeResponse" },
  "thread/increment_elicitation": { params: "ThreadIncrementElicitationParams", result: "ThreadIncrementElicitationResponse" },
  "thread/decrement_elicitation": { params: "ThreadDecrementElicitationParams", result: "ThreadDecrementElicitationResponse" },
  "thread/name/set": { params: "ThreadSetNameParams", result: "ThreadSetNameResponse" },
  "thread/prediction/request": { params: "ThreadPredictionRequestParams", result: "ThreadPredictionRequestResponse" },
  "thread/goal/set": { params: "ThreadGoalSetParams", result: "ThreadGoalSetResponse" },
  "thread/goal/get": { params: "ThreadGoalGetParams", result: "ThreadGoalGetResponse" },
  "thread/goal/clear": { params: "ThreadGoalClearParams", result: "ThreadGoalClearResponse" },
  "thread/queue/add": { params: "ThreadQueueAddParams", result: "ThreadQueueAddResponse" },
  "thread/queue/list": { params: "ThreadQueueListParams", result: "ThreadQueueListResponse" },
  "thread/queue/update": { params: "ThreadQueueUpdateParams", result: "ThreadQueueUpdateResponse" },
  "thread/queue/delete": { params: "ThreadQueueDeleteParams", result: "ThreadQueueDeleteResponse" },
  "thread/queue/reorder": { params: "ThreadQueueReorderParams", result: "ThreadQueueReorderResponse" },
  "thread/queue/start": { params: "ThreadQueueStartParams", result: "ThreadQueueStartResponse" },
  "thread/metadata/update": { params: "ThreadMetadataUpdateParams", result: "ThreadMetadataUpdateResponse" },
  "thread/attachment/add": { params: "ThreadAttachmentAddParams", result: "ThreadAttachmentAddResponse" },
  "thread/attachment/list": { params: "ThreadAttachmentListParams", result: "ThreadAttachmentListResponse" },
  "thread/attachmentOwner/list": { params: "ThreadAttachmentOwnerListParams", result: "ThreadAttachmentOwnerListResponse" },
  "thread/attachment/remove": { params: "ThreadAttachmentRemoveParams", result: "ThreadAttachmentRemoveResponse" },
  "thread/section/move": { params: "ThreadSectionMoveParams", result: "ThreadSectionMoveResponse" },
  "thread/settings/update": { params: "ThreadSettingsUpdateParams", result: "ThreadSettingsUpdateResponse" },
  "thread/memoryMode/set": { params: "ThreadMemoryModeSetParams", result: "ThreadMemoryModeSetResponse" },
  "thread/memory/read": { params: "ThreadMemoryReadParams", result: "ThreadMemoryReadResponse" },
  "memory/status": { params: "MemoryStatusParams", result: "MemoryStatusResponse" },
  "memory/reset": { params: null, result: "MemoryResetResponse" },
  "rollout/compress": { params: null, result: "RolloutCompressResponse" },
  "thread/unarchive": { params: "ThreadUnarchiveParams", result: "ThreadUnarchiveResponse" },
  "thread/compact/start": { params: "ThreadCompactStartParams", result: "ThreadCompactStartResponse" },
  "thread/shellCommand": { params: "ThreadShellCommandParams", result: "ThreadShellCommandResponse" },
  "thread/approveGuardianDeniedAction": { params: "ThreadApproveGuardianDeniedActionParams", result: "ThreadApproveGuardianDeniedActionResponse" },
  "thread/backgroundTerminals/clean": { params: "ThreadBackgroundTerminalsCleanParams", result: "ThreadBackgroundTerminalsCleanResponse" },
  "thread/backgroundTerminals/list": { params: "ThreadBackgroundTerminalsListParams", result: "ThreadBackgroundTerminalsListResponse" },
  "thread/backgroundTerminals/terminate": { params: "ThreadBackgroundTerminalsTerminateParams", result: "ThreadBackgroundTerminalsTerminateResponse" },
  "thread/revert": { params: "ThreadRevertParams", result: "ThreadRevertResponse" },
  "thread/list": { params: "ThreadListParams", result: "ThreadListResponse" },
  "project/list": { params: "ProjectListParams", result: "ProjectListResponse" },
  "project/read": { params: "ProjectReadParams", result: "ProjectReadResponse" },
  "project/create": { params: "ProjectCreateParams", result: "ProjectCreateResponse" },
  "project/import": { params: "ProjectImportParams", result: "ProjectImportResponse" },
  "project/update": { params: "ProjectUpdateParams", result: "ProjectUpdateResponse" },
  "project/move": { params: "ProjectMoveParams", result: "ProjectMoveResponse" },
  "project/delete": { params: "ProjectDeleteParams", result: "ProjectDeleteResponse" },
  "threadSection/list": { params: "ThreadSectionListParams", result: "ThreadSectionListResponse" },
  "threadSection/create": { params: "ThreadSectionCreateParams", result: "ThreadSectionCreateResponse" },
  "threadSection/update": { params: "ThreadSectionUpdateParams", result: "ThreadSectionUpdateResponse" },
  "threadSection/delete": { params: "ThreadSectionDeleteParams", result: "ThreadSectionDeleteResponse" },
  "thread/search": { params: "ThreadSearchParams", result: "ThreadSearchResponse" },
  "thread/searchOccurrences": { params: "ThreadSearchOccurrencesParams", result: "ThreadSearchOccurrencesResponse" },
  "thread/loaded/list": { params: "ThreadLoadedListParams", result: "ThreadLoadedListResponse" },
  "thread/read": { params: "ThreadReadParams", result: "ThreadReadResponse" },
  "thread/readState/update": { params: "ThreadReadStateUpdateParams", result: "ThreadReadStateUpdateResponse" },
  "thread/turns/list": { params: "ThreadTurnsListParams", result: "ThreadTurnsListResponse" },
  "thread/items/list": { params: "ThreadItemsListParams", result: "ThreadItemsListResponse" },
  "thread/items/read": { params: "ThreadItemsReadParams", result: "ThreadItemsReadResponse" },
  "thread/guardianReview": { params: "ThreadGuardianReviewParams", result: "ThreadGuardianReviewResponse" },
  "thread/inject_items": { params: "ThreadInjectItemsParams", result: "ThreadInjectItemsResponse" },
  "thread/prepareApprovedPlan": { params: "ThreadPrepareApprovedPlanParams", result: "ThreadPrepareApprovedPlanResponse" },
  "skills/list": { params: "SkillsListParams", result: "SkillsListResponse" },
  "skills/extraRoots/set": { params: "SkillsExtraRootsSetParams", result: "SkillsExtraRootsSetResponse" },
  "hooks/list": { params: "HooksListParams", result: "HooksListResponse" },
  "marketplace/add": { params: "MarketplaceAddParams", result: "MarketplaceAddResponse" },
  "marketplace/remove": { params: "MarketplaceRemoveParams", result: "MarketplaceRemoveResponse" },
  "marketplace/upgrade": { params: "MarketplaceUpgradeParams", result: "MarketplaceUpgradeResponse" },
  "plugin/list": { params: "PluginListParams", result: "PluginListResponse" },
  "plugin/search": { params: "PluginSearchParams", result: "PluginSearchResponse" },
  "plugin/installed": { params: "PluginInstalledParams", result: "PluginInstalledResponse" },
  "plugin/reconcile": { params: "PluginReconcileParams", result: "PluginReconcileResponse" },
  "plugin/read": { params: "PluginReadParams", result: "PluginReadResponse" },
  "plugin/skill/read": { params: "PluginSkillReadParams", result: "PluginSkillReadResponse" },
  "plugin/share/save": { params: "PluginShareSaveParams", result: "PluginShareSaveResponse" },
  "plugin/share/updateTargets": { params: "PluginShareUpdateTargetsParams", result: "PluginShareUpdateTargetsResponse" },
  "plugin/share/list": { params: "PluginShareListParams", result: "PluginShareListResponse" },
  "plugin/share/checkout": { params: "PluginShareCheckoutParams", result: "PluginShareCheckoutResponse" },
  "plugin/share/delete": { params: "PluginShareDeleteParams", result: "PluginShareDeleteResponse" },
  "app/read": { params: "AppsReadParams", result: "AppsReadResponse" },
  "app/list": { params: "AppsListParams", result: "AppsListResponse" },
  "app/installed": { params: "AppsInstalledParams", result: "AppsInstalledResponse" },
  "fs/readFile": { params: "FsReadFileParams", result: "FsReadFileResponse" },
  "fs/writeFile": { params: "FsWriteFileParams", result: "FsWriteFileResponse" },
  "fs/createDirectory": { params: "FsCreateDirectoryParams", result: "FsCreateDirectoryResponse" },
  "fs/getMetadata": { params: "FsGetMetadataParams", result: "FsGetMetadataResponse" },
  "fs/readDirectory": { params: "FsReadDirectoryParams", result: "FsReadDirectoryResponse" },
  "fs/remove": { params: "FsRemoveParams", result: "FsRemoveResponse" },
  "fs/copy": { params: "FsCopyParams", result: "FsCopyResponse" },
  "fs/watch": { params: "FsWatchParams", result: "FsWatchResponse" },
  "fs/unwatch": { params: "FsUnwatchParams", result: "FsUnwatchResponse" },
  "skills/config/write": { params: "SkillsConfigWriteParams", result: "SkillsConfigWriteResponse" },
  "plugin/install": { params: "PluginInstallParams", result: "PluginInstallResponse" },
  "plugin/uninstall": { params: "PluginUninstallParams", result: "PluginUninstallResponse" },
  "turn/start": { params: "TurnStartParams", result: "TurnStartResponse" },
  "turn/settings/update": { params: "TurnSettingsUpdateParams", result: "TurnSettingsUpdateResponse" },
  "turn/steer": { params: "TurnSteerParams", result: "TurnSteerResponse" },
  "turn/interrupt": { params: "TurnInterruptParams", result: "TurnInterruptResponse" },
  "thread/realtime/start": { params: "ThreadRealtimeStartParams", result: "ThreadRealtimeStartResponse" },
  "thread/realtime/appendAudio": { params: "ThreadRealtimeAppendAudioParams", result: "ThreadRealtimeAppendAudioResponse" },
  "thread/realtime/appendText": { params: "ThreadRealtimeAppendTextParams", result: "ThreadRealtimeAppendTextResponse" },
  "thread/realtime/appendSpeech": { params: "ThreadRealtimeAppendSpeechParams", result: "ThreadRealtimeAppendSpeechResponse" },
  "thread/realtime/stop": { params: "ThreadRealtimeStopParams", result: "ThreadRealtimeStopResponse" },
  "thread/timeline/list": { params: "ThreadTimelineListParams", result: "ThreadTimelineListResponse" },
  "thread/realtime/listVoices": { params: "ThreadRealtimeListVoicesParams", result: "ThreadRealtimeListVoicesResponse" },
  "review/start": { params: "ReviewStartParams", result: "ReviewStartResponse" },
  "model/list": { params: "ModelListParams", result: "ModelListResponse" },
  "account/gatewayOAuth/read": { params: "GatewayOAuthReadParams", result: "GatewayOAuthReadResponse" },
  "account/gatewayOAuth/login": { params: "GatewayOAuthLoginParams", result: "GatewayOAuthLoginResponse" },
  "account/gatewayOAuth/cancel": { params: null, result: "GatewayOAuthCancelResponse" },
  "modelProvider/list": { params: "ModelProviderListParams", result: "ModelProviderListResponse" },
  "modelProvider/config/write": { params: "ModelProviderConfigWriteParams", result: "ModelProviderConfigWriteResponse" },
  "modelProvider/capabilities/read": { params: "ModelProviderCapabilitiesReadParams", result: "ModelProviderCapabilitiesReadResponse" },
  "experimentalFeature/list": { params: "ExperimentalFeatureListParams", result: "ExperimentalFeatureListResponse" },
  "permissionProfile/list": { params: "PermissionProfileListParams", result: "PermissionProfileListResponse" },
  "experimentalFeature/enablement/set": { params: "ExperimentalFeatureEnablementSetParams", result: "ExperimentalFeatureEnablementSetResponse" },
  "remoteControl/enable": { params: "RemoteControlEnableParams", result: "RemoteControlEnableResponse" },
  "remoteControl/disable": { params: "RemoteControlDisableParams", result: "RemoteControlDisableResponse" },
  "remoteControl/status/read": { params: null, result: "RemoteControlStatusReadResponse" },
  "remoteControl/pairing/start": { params: "RemoteControlPairingStartParams", result: "RemoteControlPairingStartResponse" },
  "remoteControl/pairing/status": { params: "RemoteControlPairingStatusParams", result: "RemoteControlPairingStatusResponse" },
  "remoteControl/client/list": { params: "RemoteControlClientsListParams", result: "RemoteControlClientsListResponse" },
  "remoteControl/client/revoke": { params: "RemoteControlClientsRevokeParams", result: "RemoteControlClientsRevokeResponse" },
  "collaborationMode/list": { params: "CollaborationModeListParams", result: "CollaborationModeListResponse" },
  "mock/experimentalMethod": { params: "MockExperimentalMethodParams", result: "MockExperimentalMethodResponse" },
  "environment/add": { params: "EnvironmentAddParams", result: "EnvironmentAddResponse" },
  "environment/info": { params: "EnvironmentInfoParams", result: "EnvironmentInfoResponse" },
  "environment/status": { params: "EnvironmentStatusParams", result: "EnvironmentStatusResponse" },
  "mcpServer/oauth/login": { params: "McpServerOauthLoginParams", result: "McpServerOauthLoginResponse" },
  "config/mcpServer/reload": { params: null, result: "McpServerRefreshResponse" },
  "mcpServerStatus/list": { params: "ListMcpServerStatusParams", result: "ListMcpServerStatusResponse" },
  "mcpServer/resource/read": { params: "McpResourceReadParams", result: "McpResourceReadResponse" },
  "mcpServer/event/stream/start": { params: "McpServerEventStreamStartParams", result: "McpServerEventStreamStartResponse" },
  "mcpServer/event/stream/stop": { params: "McpServerEventStreamStopParams", result: "McpServerEventStreamStopResponse" },
  "mcpServer/tool/call": { params: "McpServerToolCallParams", result: "McpServerToolCallResponse" },
  "windowsSandbox/setupStart": { params: "WindowsSandboxSetupStartParams", result: "WindowsSandboxSetupStartResponse" },
  "windowsSandbox/readiness": { params: null, result: "WindowsSandboxReadinessResponse" },
  "account/login/start": { params: "LoginAccountParams", result: "LoginAccountResponse" },
  "account/bedrock/discover": { params: "BedrockDiscoverParams", result: "BedrockDiscoverResponse" },
  "account/bedrock/setup": { params: "BedrockSetupParams", result: "BedrockSetupResponse" },
  "account/gcp/setup": { params: "GcpSetupParams", result: "GcpSetupResponse" },
  "account/bedrock/checkGovCloudRequirements": { params: "BedrockCheckGovCloudRequirementsParams", result: "BedrockCheckGovCloudRequirementsResponse" },
  "account/login/cancel": { params: "CancelLoginAccountParams", result: "CancelLoginAccountResponse" },
  "accountSession/list": { params: "AccountSessionsListParams", result: "AccountSessionsResponse" },
  "accountSession/switch": { params: "AccountSessionsSwitchParams", result: "AccountSessionsSwitchResponse" },
  "account/logout": { params: null, result: "LogoutAccountResponse" },
  "account/securitySetup/read": { params: null, result: "GetAccountSecuritySetupResponse" },
  "account/rateLimits/read": { params: "GetAccountRateLimitsParams", result: "GetAccountRateLimitsResponse" },
  "account/rateLimitResetCredit/consume": { params: "ConsumeAccountRateLimitResetCreditParams", result: "ConsumeAccountRateLimitResetCreditResponse" },
  "account/usage/read": { params: "GetAccountTokenUsageParams", result: "GetAccountTokenUsageResponse" },
  "account/workspaceMessages/read": { params: null, result: "GetWorkspaceMessagesResponse" },
  "account/sendAddCreditsNudgeEmail": { params: "SendAddCreditsNudgeEmailParams", result: "SendAddCreditsNudgeEmailResponse" },
  "feedback/upload": { params: "FeedbackUploadParams", result: "FeedbackUploadResponse" },
  "feedback/save": { params: "FeedbackSaveParams", result: "FeedbackSaveResponse" },
  "command/exec": { params: "CommandExecParams", result: "CommandExecResponse" },
  "command/exec/write": { params: "CommandExecWriteParams", result: "CommandExecWriteResponse" },
  "command/exec/terminate": { params: "CommandExecTerminateParams", result: "CommandExecTerminateResponse" },
  "command/exec/resize": { params: "CommandExecResizeParams", result: "CommandExecResizeResponse" },
  "process/spawn": { params: "ProcessSpawnParams", result: "ProcessSpawnResponse" },
  "process/writeStdin": { params: "ProcessWriteStdinParams", result: "ProcessWriteStdinResponse" },
  "process/kill": { params: "ProcessKillParams", result: "ProcessKillResponse" },
  "process/resizePty": { params: "ProcessResizePtyParams", result: "ProcessResizePtyResponse" },
  "config/read": { params: "ConfigReadParams", result: "ConfigReadResponse" },
  "externalAgentConfig/detect": { params: "ExternalAgentConfigDetectParams", result: "ExternalAgentConfigDetectResponse" },
  "externalAgentConfig/import": { params: "ExternalAgentConfigImportParams", result: "ExternalAgentConfigImportResponse" },
  "externalAgentConfig/import/recordHistory": { params: "ExternalAgentConfigImportHistoryRecordParams", result: "ExternalAgentConfigImportHistoryRecordResponse" },
  "externalAgentConfig/import/readHistories": { params: null, result: "ExternalAgentConfigImportHistoriesReadResponse" },
  "config/value/write": { params: "ConfigValueWriteParams", result: "ConfigWriteResponse" },
  "config/batchWrite": { params: "ConfigBatchWriteParams", result: "ConfigWriteResponse" },
  "configRequirements/read": { params: null, result: "ConfigRequirementsReadResponse" },
  "account/read": { params: "GetAccountParams", result: "GetAccountResponse" },
  "fuzzyFileSearch": { params: "FuzzyFileSearchParams", result: "FuzzyFileSearchResponse" },
  "fuzzyFileSearch/sessionStart": { params: "FuzzyFileSearchSessionStartParams", result: "FuzzyFileSearchSessionStartResponse" },
  "fuzzyFileSearch/sessionUpdate": { params: "FuzzyFileSearchSessionUpdateParams", result: "FuzzyFileSearchSessionUpdateResponse" },
  "fuzzyFileSearch/sessionStop": { params: "FuzzyFileSearchSessionStopParams", result: "FuzzyFileSearchSessionStopResponse" },
};

export const SERVER_NOTIFICATION_SCHEMAS: { readonly [M in ServerNotificationMethod]: keyof ProtocolSchemas } = {
  "error": "ErrorNotification",
  "thread/started": "ThreadStartedNotification",
  "thread/status/changed": "ThreadStatusChangedNotification",
  "thread/readState/changed": "ThreadReadStateChangedNotification",
  "thread/archived": "ThreadArchivedNotification",
  "thread/deleted": "ThreadDeletedNotification",
  "thread/unarchived": "ThreadUnarchivedNotification",
  "thread/closed": "ThreadClosedNotification",
  "thread/reverted": "ThreadRevertedNotification",
  "skills/changed": "SkillsChangedNotification",
  "thread/name/updated": "ThreadNameUpdatedNotification",
  "thread/section/changed": "ThreadSectionChangedNotification",
  "thread/attachment/updated": "ThreadAttachmentUpdatedNotification",
  "thread/goal/updated": "ThreadGoalUpdatedNotification",
  "thread/prediction/updated": "ThreadPredictionUpdatedNotification",
  "thread/goal/cleared": "ThreadGoalClearedNotification",
  "thread/queue/changed": "ThreadQueueChangedNotification",
  "project/changed": "ProjectChangedNotification",
  "thread/project/updated": "ThreadProjectUpdatedNotification",
  "thread/environment/connected": "EnvironmentConnectionNotification",
  "thread/environment/disconnected": "EnvironmentConnectionNotification",
  "thread/settings/updated": "ThreadSettingsUpdatedNotification",
  "thread/tokenUsage/updated": "ThreadTokenUsageUpdatedNotification",
  "turn/started": "TurnStartedNotification",
  "hook/started": "HookStartedNotification",
  "turn/completed": "TurnCompletedNotification",
  "hook/completed": "HookCompletedNotification",
  "turn/diff/updated": "TurnDiffUpdatedNotification",
  "turn/plan/updated": "TurnPlanUpdatedNotification",
  "item/started": "ItemStartedNotification",
  "item/autoApprovalReview/started": "ItemGuardianApprovalReviewStartedNotification",
  "item/autoApprovalReview/completed": "ItemGuardianApprovalReviewCompletedNotification",
  "autoApprovalReview/strictReviewRequired": "StrictReviewRequiredNotification",
  "item/completed": "ItemCompletedNotification",
  "item/agentMessage/delta": "AgentMessageDeltaNotification",
  "item/plan/delta": "PlanDeltaNotification",
  "command/exec/outputDelta": "CommandExecOutputDeltaNotification",
  "process/outputDelta": "ProcessOutputDeltaNotification",
  "process/exited": "ProcessExitedNotification",
  "item/commandExecution/outputDelta": "CommandExecutionOutputDeltaNotification",
  "item/commandExecution/terminalInteraction": "TerminalInteractionNotification",
  "item/fileChange/outputDelta": "FileChangeOutputDeltaNotification",
  "item/fileChange/patchUpdated": "FileChangePatchUpdatedNotification",
  "serverRequest/resolved": "ServerRequestResolvedNotification",
  "item/mcpToolCall/progress": "McpToolCallProgressNotification",
  "mcpServer/oauthLogin/completed": "McpServerOauthLoginCompletedNotification",
  "mcpServer/startupStatus/updated": "McpServerStatusUpdatedNotification",
  "mcpServer/event/stream/notification": "McpServerEventStreamNotification",
  "account/updated": "AccountUpdatedNotification",
  "account/gatewayOAuth/changed": "GatewayOAuthChangedNotification",
  "account/rateLimits/updated": "AccountRateLimitsUpdatedNotification",
  "app/list/updated": "AppListUpdatedNotification",
  "remoteControl/status/changed": "RemoteControlStatusChangedNotification",
  "externalAgentConfig/import/progress": "ExternalAgentConfigImportProgressNotification",
  "externalAgentConfig/import/completed": "ExternalAgentConfigImportCompletedNotification",
  "fs/changed": "FsChangedNotification",
  "item/reasoning/summaryTextDelta": "ReasoningSummaryTextDeltaNotification",
  "item/reasoning/summaryPartAdded": "ReasoningSummaryPartAddedNotification",
  "item/reasoning/textDelta": "ReasoningTextDeltaNotification",
  "thread/compacted": "ContextCompactedNotification",
  "model/rerouted": "ModelReroutedNotification",
  "model/verification": "ModelVerificationNotification",
  "modelProvider/authRecoveryStarted": "AuthRecoveryNotification",
  "modelProvider/authRecoveryCompleted": "AuthRecoveryNotification",
  "turn/moderationMetadata": "TurnModerationMetadataNotification",
  "model/safetyBuffering/updated": "ModelSafetyBufferingUpdatedNotification",
  "warning": "WarningNotification",
  "guardianWarning": "GuardianWarningNotification",
  "deprecationNotice": "DeprecationNoticeNotification",
  "configWarning": "ConfigWarningNotification",
  "fuzzyFileSearch/sessionUpdated": "FuzzyFileSearchSessionUpdatedNotification",
  "fuzzyFileSearch/sessionCompleted": "FuzzyFileSearchSessionCompletedNotification",
  "thread/realtime/started": "ThreadRealtimeStartedNotification",
  "thread/realtime/itemAdded": "ThreadRealtimeItemAddedNotification",
  "thread/realtime/item/started": "ThreadRealtimeItemStartedNotification",
  "thread/realtime/item/transcript/delta": "ThreadRealtimeItemTranscriptDeltaNotification",
  "thread/realtime/item/completed": "ThreadRealtimeItemCompletedNotification",
  "thread/realtime/transcript/delta": "ThreadRealtimeTranscriptDeltaNotification",
  "thread/realtime/transcript/done": "ThreadRealtimeTranscriptDoneNotification",
  "thread/realtime/outputAudio/delta": "ThreadRealtimeOutputAudioDeltaNotification",
  "thread/realtime/sdp": "ThreadRealtimeSdpNotification",
  "thread/realtime/error": "ThreadRealtimeErrorNotification",
  "thread/realtime/closed": "ThreadRealtimeClosedNotification",
  "windows/worldWritableWarning": "WindowsWorldWritableWarningNotification",
  "windowsSandbox/setupCompleted": "WindowsSandboxSetupCompletedNotification",
  "account/login/completed": "AccountLoginCompletedNotification",
};

export const SERVER_REQUEST_SCHEMAS: { readonly [M in ServerRequestMethod]: { params: keyof ProtocolSchemas; result: keyof ProtocolSchemas } } = {
  "item/commandExecution/requestApproval": { params: "CommandExecutionRequestApprovalParams", result: "CommandExecutionRequestApprovalResponse" },
  "item/fileChange/requestApproval": { params: "FileChangeRequestApprovalParams", result: "FileChangeRequestApprovalResponse" },
  "item/tool/requestUserInput": { params: "ToolRequestUserInputParams", result: "ToolRequestUserInputResponse" },
  "mcpServer/elicitation/request": { params: "McpServerElicitationRequestParams", result: "McpServerElicitationRequestResponse" },
  "item/permissions/requestApproval": { params: "PermissionsRequestApprovalParams", result: "PermissionsRequestApprovalResponse" },
  "item/tool/call": { params: "DynamicToolCallParams", result: "DynamicToolCallResponse" },
  "account/chatgptAuthTokens/refresh": { params: "ChatgptAuthTokensRefreshParams", result: "ChatgptAuthTokensRefreshResponse" },
  "attestation/generate": { params: "AttestationGenerateParams", result: "AttestationGenerateResponse" },
  "currentTime/read": { params: "CurrentTimeReadParams", result: "CurrentTimeReadResponse" },
  "applyPatchApproval": { params: "ApplyPatchApprovalParams", result: "ApplyPatchApprovalResponse" },
  "execCommandApproval": { params: "ExecCommandApprovalParams", result: "ExecCommandApprovalResponse" },
};

/** The @openai/codex version these files were generated from. */
export const PROTOCOL_VERSION = "0.169.0";
