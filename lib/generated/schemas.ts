// GENERATED FILE: do not edit by hand.
// zod schemas of every protocol definition, built lazily in one closure.
// Made by scripts/generate-protocol.ts from `codex app-server generate-json-schema` of @openai/codex 0.169.0.
// Regenerate with `npm run generate`; `npm run generate -- --check` fails when this file is stale.
/* eslint-disable */

import * as z from 'zod';
import type * as T from './types.js';

/** Every protocol definition as a zod schema, keyed by type name. */
export interface ProtocolSchemas {
  AbsolutePathBuf: z.ZodType<T.AbsolutePathBuf>;
  Account: z.ZodType<T.Account>;
  AccountLoginCompletedNotification: z.ZodType<T.AccountLoginCompletedNotification>;
  AccountRateLimitsUpdatedNotification: z.ZodType<T.AccountRateLimitsUpdatedNotification>;
  AccountRoutingOverride: z.ZodType<T.AccountRoutingOverride>;
  AccountSecuritySetupAction: z.ZodType<T.AccountSecuritySetupAction>;
  AccountSecuritySetupNotice: z.ZodType<T.AccountSecuritySetupNotice>;
  AccountSession: z.ZodType<T.AccountSession>;
  AccountSessionWorkspace: z.ZodType<T.AccountSessionWorkspace>;
  AccountSessionWorkspaceKind: z.ZodType<T.AccountSessionWorkspaceKind>;
  AccountTokenUsageDailyBucket: z.ZodType<T.AccountTokenUsageDailyBucket>;
  AccountTokenUsageSummary: z.ZodType<T.AccountTokenUsageSummary>;
  AccountUpdatedNotification: z.ZodType<T.AccountUpdatedNotification>;
  ActivePermissionProfile: z.ZodType<T.ActivePermissionProfile>;
  AddCreditsNudgeCreditType: z.ZodType<T.AddCreditsNudgeCreditType>;
  AddCreditsNudgeEmailStatus: z.ZodType<T.AddCreditsNudgeEmailStatus>;
  AdditionalContextEntry: z.ZodType<T.AdditionalContextEntry>;
  AdditionalContextKind: z.ZodType<T.AdditionalContextKind>;
  AdditionalFileSystemPermissions: z.ZodType<T.AdditionalFileSystemPermissions>;
  AdditionalNetworkPermissions: z.ZodType<T.AdditionalNetworkPermissions>;
  AdditionalPermissionProfile: z.ZodType<T.AdditionalPermissionProfile>;
  AgentMessageDelivery: z.ZodType<T.AgentMessageDelivery>;
  AgentMessageDeltaNotification: z.ZodType<T.AgentMessageDeltaNotification>;
  AgentMessageDisplay: z.ZodType<T.AgentMessageDisplay>;
  AgentMessageInputContent: z.ZodType<T.AgentMessageInputContent>;
  AgentMessageModeration: z.ZodType<T.AgentMessageModeration>;
  AgentPath: z.ZodType<T.AgentPath>;
  AllowDenyRequirement: z.ZodType<T.AllowDenyRequirement>;
  AnalyticsConfig: z.ZodType<T.AnalyticsConfig>;
  AppBranding: z.ZodType<T.AppBranding>;
  AppConfig: z.ZodType<T.AppConfig>;
  AppInfo: z.ZodType<T.AppInfo>;
  AppLinkConfig: z.ZodType<T.AppLinkConfig>;
  AppLinksConfig: z.ZodType<T.AppLinksConfig>;
  AppListUpdatedNotification: z.ZodType<T.AppListUpdatedNotification>;
  AppMetadata: z.ZodType<T.AppMetadata>;
  AppReview: z.ZodType<T.AppReview>;
  AppScreenshot: z.ZodType<T.AppScreenshot>;
  AppSummary: z.ZodType<T.AppSummary>;
  AppTemplateSummary: z.ZodType<T.AppTemplateSummary>;
  AppTemplateUnavailableReason: z.ZodType<T.AppTemplateUnavailableReason>;
  AppToolApproval: z.ZodType<T.AppToolApproval>;
  AppToolConfig: z.ZodType<T.AppToolConfig>;
  AppToolSummary: z.ZodType<T.AppToolSummary>;
  AppToolsConfig: z.ZodType<T.AppToolsConfig>;
  ApplicationNetworkRequirements: z.ZodType<T.ApplicationNetworkRequirements>;
  ApplicationRequirements: z.ZodType<T.ApplicationRequirements>;
  ApplicationStorageRequirements: z.ZodType<T.ApplicationStorageRequirements>;
  ApplyPatchApprovalParams: z.ZodType<T.ApplyPatchApprovalParams>;
  ApplyPatchApprovalResponse: z.ZodType<T.ApplyPatchApprovalResponse>;
  ApprovalsReviewer: z.ZodType<T.ApprovalsReviewer>;
  AppsConfig: z.ZodType<T.AppsConfig>;
  AppsDefaultConfig: z.ZodType<T.AppsDefaultConfig>;
  AppsInstalledParams: z.ZodType<T.AppsInstalledParams>;
  AppsInstalledResponse: z.ZodType<T.AppsInstalledResponse>;
  AppsListParams: z.ZodType<T.AppsListParams>;
  AppsListResponse: z.ZodType<T.AppsListResponse>;
  AppsReadParams: z.ZodType<T.AppsReadParams>;
  AppsReadResponse: z.ZodType<T.AppsReadResponse>;
  AskForApproval: z.ZodType<T.AskForApproval>;
  AsyncUserInputQuestion: z.ZodType<T.AsyncUserInputQuestion>;
  AttestationGenerateParams: z.ZodType<T.AttestationGenerateParams>;
  AttestationGenerateResponse: z.ZodType<T.AttestationGenerateResponse>;
  AuthMode: z.ZodType<T.AuthMode>;
  AuthRecoveryNotification: z.ZodType<T.AuthRecoveryNotification>;
  AutoCompactTokenLimitScope: z.ZodType<T.AutoCompactTokenLimitScope>;
  AutoReviewDecisionSource: z.ZodType<T.AutoReviewDecisionSource>;
  AutoReviewRequirements: z.ZodType<T.AutoReviewRequirements>;
  BedrockProviderId: z.ZodType<T.BedrockProviderId>;
  BrowserUseAccessApprovalLifetime: z.ZodType<T.BrowserUseAccessApprovalLifetime>;
  BrowserUseConfig: z.ZodType<T.BrowserUseConfig>;
  BrowserUseExtensionRequirements: z.ZodType<T.BrowserUseExtensionRequirements>;
  BrowserUseOriginPolicy: z.ZodType<T.BrowserUseOriginPolicy>;
  BrowserUseOriginPolicyConfig: z.ZodType<T.BrowserUseOriginPolicyConfig>;
  BrowserUseRequirements: z.ZodType<T.BrowserUseRequirements>;
  ByteRange: z.ZodType<T.ByteRange>;
  CancelLoginAccountParams: z.ZodType<T.CancelLoginAccountParams>;
  CancelLoginAccountResponse: z.ZodType<T.CancelLoginAccountResponse>;
  CancelLoginAccountStatus: z.ZodType<T.CancelLoginAccountStatus>;
  CapabilityRootLocation: z.ZodType<T.CapabilityRootLocation>;
  ChatgptAuthTokensRefreshParams: z.ZodType<T.ChatgptAuthTokensRefreshParams>;
  ChatgptAuthTokensRefreshReason: z.ZodType<T.ChatgptAuthTokensRefreshReason>;
  ChatgptAuthTokensRefreshResponse: z.ZodType<T.ChatgptAuthTokensRefreshResponse>;
  CliAuthCredentialsStoreMode: z.ZodType<T.CliAuthCredentialsStoreMode>;
  ClientInfo: z.ZodType<T.ClientInfo>;
  CodexErrorInfo: z.ZodType<T.CodexErrorInfo>;
  CodexResponseHandoffMode: z.ZodType<T.CodexResponseHandoffMode>;
  CollabAgentState: z.ZodType<T.CollabAgentState>;
  CollabAgentStatus: z.ZodType<T.CollabAgentStatus>;
  CollabAgentTool: z.ZodType<T.CollabAgentTool>;
  CollabAgentToolCallStatus: z.ZodType<T.CollabAgentToolCallStatus>;
  CollaborationMode: z.ZodType<T.CollaborationMode>;
  CollaborationModeMask: z.ZodType<T.CollaborationModeMask>;
  CommandAction: z.ZodType<T.CommandAction>;
  CommandExecOutputDeltaNotification: z.ZodType<T.CommandExecOutputDeltaNotification>;
  CommandExecOutputStream: z.ZodType<T.CommandExecOutputStream>;
  CommandExecParams: z.ZodType<T.CommandExecParams>;
  CommandExecResizeParams: z.ZodType<T.CommandExecResizeParams>;
  CommandExecResizeResponse: z.ZodType<T.CommandExecResizeResponse>;
  CommandExecResponse: z.ZodType<T.CommandExecResponse>;
  CommandExecTerminalSize: z.ZodType<T.CommandExecTerminalSize>;
  CommandExecTerminateParams: z.ZodType<T.CommandExecTerminateParams>;
  CommandExecTerminateResponse: z.ZodType<T.CommandExecTerminateResponse>;
  CommandExecWriteParams: z.ZodType<T.CommandExecWriteParams>;
  CommandExecWriteResponse: z.ZodType<T.CommandExecWriteResponse>;
  CommandExecutionApprovalDecision: z.ZodType<T.CommandExecutionApprovalDecision>;
  CommandExecutionApprovalKind: z.ZodType<T.CommandExecutionApprovalKind>;
  CommandExecutionOutputDeltaNotification: z.ZodType<T.CommandExecutionOutputDeltaNotification>;
  CommandExecutionRequestApprovalParams: z.ZodType<T.CommandExecutionRequestApprovalParams>;
  CommandExecutionRequestApprovalResponse: z.ZodType<T.CommandExecutionRequestApprovalResponse>;
  CommandExecutionSource: z.ZodType<T.CommandExecutionSource>;
  CommandExecutionStatus: z.ZodType<T.CommandExecutionStatus>;
  CommandMigration: z.ZodType<T.CommandMigration>;
  ComputerUseConfig: z.ZodType<T.ComputerUseConfig>;
  ComputerUseMacosConfig: z.ZodType<T.ComputerUseMacosConfig>;
  ComputerUseMacosRequirements: z.ZodType<T.ComputerUseMacosRequirements>;
  ComputerUseRequirements: z.ZodType<T.ComputerUseRequirements>;
  ComputerUseWindowsConfig: z.ZodType<T.ComputerUseWindowsConfig>;
  ComputerUseWindowsExeConfig: z.ZodType<T.ComputerUseWindowsExeConfig>;
  ComputerUseWindowsExeRequirement: z.ZodType<T.ComputerUseWindowsExeRequirement>;
  ComputerUseWindowsRequirements: z.ZodType<T.ComputerUseWindowsRequirements>;
  Config: z.ZodType<T.Config>;
  ConfigBatchWriteParams: z.ZodType<T.ConfigBatchWriteParams>;
  ConfigEdit: z.ZodType<T.ConfigEdit>;
  ConfigLayer: z.ZodType<T.ConfigLayer>;
  ConfigLayerMetadata: z.ZodType<T.ConfigLayerMetadata>;
  ConfigLayerSource: z.ZodType<T.ConfigLayerSource>;
  ConfigReadParams: z.ZodType<T.ConfigReadParams>;
  ConfigReadResponse: z.ZodType<T.ConfigReadResponse>;
  ConfigRequirements: z.ZodType<T.ConfigRequirements>;
  ConfigRequirementsReadResponse: z.ZodType<T.ConfigRequirementsReadResponse>;
  ConfigValueWriteParams: z.ZodType<T.ConfigValueWriteParams>;
  ConfigWarningNotification: z.ZodType<T.ConfigWarningNotification>;
  ConfigWriteResponse: z.ZodType<T.ConfigWriteResponse>;
  ConfigurationReasoning: z.ZodType<T.ConfigurationReasoning>;
  ConfiguredHookHandler: z.ZodType<T.ConfiguredHookHandler>;
  ConfiguredHookMatcherGroup: z.ZodType<T.ConfiguredHookMatcherGroup>;
  ConnectorMetadata: z.ZodType<T.ConnectorMetadata>;
  ConsumeAccountRateLimitResetCreditOutcome: z.ZodType<T.ConsumeAccountRateLimitResetCreditOutcome>;
  ConsumeAccountRateLimitResetCreditParams: z.ZodType<T.ConsumeAccountRateLimitResetCreditParams>;
  ConsumeAccountRateLimitResetCreditResponse: z.ZodType<T.ConsumeAccountRateLimitResetCreditResponse>;
  ContentItem: z.ZodType<T.ContentItem>;
  ContextCompactedNotification: z.ZodType<T.ContextCompactedNotification>;
  ConversationTextRole: z.ZodType<T.ConversationTextRole>;
  CreditsSnapshot: z.ZodType<T.CreditsSnapshot>;
  CyberAccessProgram: z.ZodType<T.CyberAccessProgram>;
  DeprecationNoticeNotification: z.ZodType<T.DeprecationNoticeNotification>;
  DesktopOnboardingEntrypoint: z.ZodType<T.DesktopOnboardingEntrypoint>;
  DynamicToolCallOutputContentItem: z.ZodType<T.DynamicToolCallOutputContentItem>;
  DynamicToolCallParams: z.ZodType<T.DynamicToolCallParams>;
  DynamicToolCallResponse: z.ZodType<T.DynamicToolCallResponse>;
  DynamicToolCallStatus: z.ZodType<T.DynamicToolCallStatus>;
  DynamicToolNamespaceTool: z.ZodType<T.DynamicToolNamespaceTool>;
  DynamicToolSpec: z.ZodType<T.DynamicToolSpec>;
  EnvironmentConnectionNotification: z.ZodType<T.EnvironmentConnectionNotification>;
  EnvironmentSkillsParams: z.ZodType<T.EnvironmentSkillsParams>;
  ErrorNotification: z.ZodType<T.ErrorNotification>;
  ExecCommandApprovalParams: z.ZodType<T.ExecCommandApprovalParams>;
  ExecCommandApprovalResponse: z.ZodType<T.ExecCommandApprovalResponse>;
  ExperimentalFeature: z.ZodType<T.ExperimentalFeature>;
  ExperimentalFeatureEnablementSetParams: z.ZodType<T.ExperimentalFeatureEnablementSetParams>;
  ExperimentalFeatureEnablementSetResponse: z.ZodType<T.ExperimentalFeatureEnablementSetResponse>;
  ExperimentalFeatureListParams: z.ZodType<T.ExperimentalFeatureListParams>;
  ExperimentalFeatureListResponse: z.ZodType<T.ExperimentalFeatureListResponse>;
  ExperimentalFeatureStage: z.ZodType<T.ExperimentalFeatureStage>;
  ExternalAgentConfigDetectParams: z.ZodType<T.ExternalAgentConfigDetectParams>;
  ExternalAgentConfigDetectResponse: z.ZodType<T.ExternalAgentConfigDetectResponse>;
  ExternalAgentConfigImportCompletedNotification: z.ZodType<T.ExternalAgentConfigImportCompletedNotification>;
  ExternalAgentConfigImportHistoriesReadResponse: z.ZodType<T.ExternalAgentConfigImportHistoriesReadResponse>;
  ExternalAgentConfigImportHistory: z.ZodType<T.ExternalAgentConfigImportHistory>;
  ExternalAgentConfigImportHistoryRecordParams: z.ZodType<T.ExternalAgentConfigImportHistoryRecordParams>;
  ExternalAgentConfigImportHistoryRecordResponse: z.ZodType<T.ExternalAgentConfigImportHistoryRecordResponse>;
  ExternalAgentConfigImportHistoryRecordSuccessParams: z.ZodType<T.ExternalAgentConfigImportHistoryRecordSuccessParams>;
  ExternalAgentConfigImportHistoryRecordTypeResultParams: z.ZodType<T.ExternalAgentConfigImportHistoryRecordTypeResultParams>;
  ExternalAgentConfigImportItemTypeFailure: z.ZodType<T.ExternalAgentConfigImportItemTypeFailure>;
  ExternalAgentConfigImportItemTypeSuccess: z.ZodType<T.ExternalAgentConfigImportItemTypeSuccess>;
  ExternalAgentConfigImportParams: z.ZodType<T.ExternalAgentConfigImportParams>;
  ExternalAgentConfigImportProgressNotification: z.ZodType<T.ExternalAgentConfigImportProgressNotification>;
  ExternalAgentConfigImportResponse: z.ZodType<T.ExternalAgentConfigImportResponse>;
  ExternalAgentConfigImportTypeResult: z.ZodType<T.ExternalAgentConfigImportTypeResult>;
  ExternalAgentConfigMigrationItem: z.ZodType<T.ExternalAgentConfigMigrationItem>;
  ExternalAgentConfigMigrationItemType: z.ZodType<T.ExternalAgentConfigMigrationItemType>;
  ExternalAgentDetectedConnectorCandidate: z.ZodType<T.ExternalAgentDetectedConnectorCandidate>;
  ExternalAgentDetectedConnectorSource: z.ZodType<T.ExternalAgentDetectedConnectorSource>;
  ExternalAgentImportedConnectorCandidate: z.ZodType<T.ExternalAgentImportedConnectorCandidate>;
  ExternalAgentImportedConnectorSource: z.ZodType<T.ExternalAgentImportedConnectorSource>;
  FeedbackRequirements: z.ZodType<T.FeedbackRequirements>;
  FeedbackSaveParams: z.ZodType<T.FeedbackSaveParams>;
  FeedbackSaveResponse: z.ZodType<T.FeedbackSaveResponse>;
  FeedbackUploadParams: z.ZodType<T.FeedbackUploadParams>;
  FeedbackUploadResponse: z.ZodType<T.FeedbackUploadResponse>;
  FileChange: z.ZodType<T.FileChange>;
  FileChangeApprovalDecision: z.ZodType<T.FileChangeApprovalDecision>;
  FileChangeOutputDeltaNotification: z.ZodType<T.FileChangeOutputDeltaNotification>;
  FileChangePatchUpdatedNotification: z.ZodType<T.FileChangePatchUpdatedNotification>;
  FileChangeRequestApprovalParams: z.ZodType<T.FileChangeRequestApprovalParams>;
  FileChangeRequestApprovalResponse: z.ZodType<T.FileChangeRequestApprovalResponse>;
  FileSystemAccessMode: z.ZodType<T.FileSystemAccessMode>;
  FileSystemPath: z.ZodType<T.FileSystemPath>;
  FileSystemSandboxEntry: z.ZodType<T.FileSystemSandboxEntry>;
  FileSystemSpecialPath: z.ZodType<T.FileSystemSpecialPath>;
  FileUpdateChange: z.ZodType<T.FileUpdateChange>;
  ForcedChatgptWorkspaceIds: z.ZodType<T.ForcedChatgptWorkspaceIds>;
  ForcedLoginMethod: z.ZodType<T.ForcedLoginMethod>;
  FsChangedNotification: z.ZodType<T.FsChangedNotification>;
  FsCopyParams: z.ZodType<T.FsCopyParams>;
  FsCopyResponse: z.ZodType<T.FsCopyResponse>;
  FsCreateDirectoryParams: z.ZodType<T.FsCreateDirectoryParams>;
  FsCreateDirectoryResponse: z.ZodType<T.FsCreateDirectoryResponse>;
  FsGetMetadataParams: z.ZodType<T.FsGetMetadataParams>;
  FsGetMetadataResponse: z.ZodType<T.FsGetMetadataResponse>;
  FsReadDirectoryEntry: z.ZodType<T.FsReadDirectoryEntry>;
  FsReadDirectoryParams: z.ZodType<T.FsReadDirectoryParams>;
  FsReadDirectoryResponse: z.ZodType<T.FsReadDirectoryResponse>;
  FsReadFileParams: z.ZodType<T.FsReadFileParams>;
  FsReadFileResponse: z.ZodType<T.FsReadFileResponse>;
  FsRemoveParams: z.ZodType<T.FsRemoveParams>;
  FsRemoveResponse: z.ZodType<T.FsRemoveResponse>;
  FsUnwatchParams: z.ZodType<T.FsUnwatchParams>;
  FsUnwatchResponse: z.ZodType<T.FsUnwatchResponse>;
  FsWatchParams: z.ZodType<T.FsWatchParams>;
  FsWatchResponse: z.ZodType<T.FsWatchResponse>;
  FsWriteFileParams: z.ZodType<T.FsWriteFileParams>;
  FsWriteFileResponse: z.ZodType<T.FsWriteFileResponse>;
  FunctionCallOutputBody: z.ZodType<T.FunctionCallOutputBody>;
  FunctionCallOutputContentItem: z.ZodType<T.FunctionCallOutputContentItem>;
  FuzzyFileSearchMatchType: z.ZodType<T.FuzzyFileSearchMatchType>;
  FuzzyFileSearchParams: z.ZodType<T.FuzzyFileSearchParams>;
  FuzzyFileSearchResponse: z.ZodType<T.FuzzyFileSearchResponse>;
  FuzzyFileSearchResult: z.ZodType<T.FuzzyFileSearchResult>;
  FuzzyFileSearchSessionCompletedNotification: z.ZodType<T.FuzzyFileSearchSessionCompletedNotification>;
  FuzzyFileSearchSessionUpdatedNotification: z.ZodType<T.FuzzyFileSearchSessionUpdatedNotification>;
  GatewayAuth: z.ZodType<T.GatewayAuth>;
  GatewayOAuthCancelResponse: z.ZodType<T.GatewayOAuthCancelResponse>;
  GatewayOAuthChangedNotification: z.ZodType<T.GatewayOAuthChangedNotification>;
  GatewayOAuthLoginParams: z.ZodType<T.GatewayOAuthLoginParams>;
  GatewayOAuthLoginResponse: z.ZodType<T.GatewayOAuthLoginResponse>;
  GatewayOAuthPrompt: z.ZodType<T.GatewayOAuthPrompt>;
  GatewayOAuthReadParams: z.ZodType<T.GatewayOAuthReadParams>;
  GatewayOAuthReadResponse: z.ZodType<T.GatewayOAuthReadResponse>;
  GatewayOAuthStatus: z.ZodType<T.GatewayOAuthStatus>;
  GcpProviderId: z.ZodType<T.GcpProviderId>;
  GetAccountParams: z.ZodType<T.GetAccountParams>;
  GetAccountRateLimitsParams: z.ZodType<T.GetAccountRateLimitsParams>;
  GetAccountRateLimitsResponse: z.ZodType<T.GetAccountRateLimitsResponse>;
  GetAccountResponse: z.ZodType<T.GetAccountResponse>;
  GetAccountSecuritySetupResponse: z.ZodType<T.GetAccountSecuritySetupResponse>;
  GetAccountTokenUsageParams: z.ZodType<T.GetAccountTokenUsageParams>;
  GetAccountTokenUsageResponse: z.ZodType<T.GetAccountTokenUsageResponse>;
  GetWorkspaceMessagesResponse: z.ZodType<T.GetWorkspaceMessagesResponse>;
  GitInfo: z.ZodType<T.GitInfo>;
  GrantedPermissionProfile: z.ZodType<T.GrantedPermissionProfile>;
  GuardianApprovalReview: z.ZodType<T.GuardianApprovalReview>;
  GuardianApprovalReviewAction: z.ZodType<T.GuardianApprovalReviewAction>;
  GuardianApprovalReviewStatus: z.ZodType<T.GuardianApprovalReviewStatus>;
  GuardianCommandSource: z.ZodType<T.GuardianCommandSource>;
  GuardianRiskLevel: z.ZodType<T.GuardianRiskLevel>;
  GuardianUserAuthorization: z.ZodType<T.GuardianUserAuthorization>;
  GuardianWarningNotification: z.ZodType<T.GuardianWarningNotification>;
  HookCompletedNotification: z.ZodType<T.HookCompletedNotification>;
  HookErrorInfo: z.ZodType<T.HookErrorInfo>;
  HookEventName: z.ZodType<T.HookEventName>;
  HookExecutionMode: z.ZodType<T.HookExecutionMode>;
  HookHandlerType: z.ZodType<T.HookHandlerType>;
  HookMetadata: z.ZodType<T.HookMetadata>;
  HookMigration: z.ZodType<T.HookMigration>;
  HookOutputEntry: z.ZodType<T.HookOutputEntry>;
  HookOutputEntryKind: z.ZodType<T.HookOutputEntryKind>;
  HookPromptFragment: z.ZodType<T.HookPromptFragment>;
  HookRunStatus: z.ZodType<T.HookRunStatus>;
  HookRunSummary: z.ZodType<T.HookRunSummary>;
  HookScope: z.ZodType<T.HookScope>;
  HookSource: z.ZodType<T.HookSource>;
  HookStartedNotification: z.ZodType<T.HookStartedNotification>;
  HookTrustStatus: z.ZodType<T.HookTrustStatus>;
  HooksListEntry: z.ZodType<T.HooksListEntry>;
  HooksListParams: z.ZodType<T.HooksListParams>;
  HooksListResponse: z.ZodType<T.HooksListResponse>;
  ImageDetail: z.ZodType<T.ImageDetail>;
  ImageGenerationFailure: z.ZodType<T.ImageGenerationFailure>;
  ImageGenerationInputImage: z.ZodType<T.ImageGenerationInputImage>;
  InAppBrowserRequirements: z.ZodType<T.InAppBrowserRequirements>;
  InitializeCapabilities: z.ZodType<T.InitializeCapabilities>;
  InitializeParams: z.ZodType<T.InitializeParams>;
  InitializeResponse: z.ZodType<T.InitializeResponse>;
  InputModality: z.ZodType<T.InputModality>;
  InstalledApp: z.ZodType<T.InstalledApp>;
  InternalChatMessageMetadataPassthrough: z.ZodType<T.InternalChatMessageMetadataPassthrough>;
  ItemCompletedNotification: z.ZodType<T.ItemCompletedNotification>;
  ItemGuardianApprovalReviewCompletedNotification: z.ZodType<T.ItemGuardianApprovalReviewCompletedNotification>;
  ItemGuardianApprovalReviewStartedNotification: z.ZodType<T.ItemGuardianApprovalReviewStartedNotification>;
  ItemStartedNotification: z.ZodType<T.ItemStartedNotification>;
  LegacyAppPathString: z.ZodType<T.LegacyAppPathString>;
  ListMcpServerStatusParams: z.ZodType<T.ListMcpServerStatusParams>;
  ListMcpServerStatusResponse: z.ZodType<T.ListMcpServerStatusResponse>;
  LocalShellAction: z.ZodType<T.LocalShellAction>;
  LocalShellStatus: z.ZodType<T.LocalShellStatus>;
  LoginAccountParams: z.ZodType<T.LoginAccountParams>;
  LoginAccountResponse: z.ZodType<T.LoginAccountResponse>;
  LoginAppBrand: z.ZodType<T.LoginAppBrand>;
  LogoutAccountResponse: z.ZodType<T.LogoutAccountResponse>;
  ManagedHooksRequirements: z.ZodType<T.ManagedHooksRequirements>;
  MarketplaceAddParams: z.ZodType<T.MarketplaceAddParams>;
  MarketplaceAddResponse: z.ZodType<T.MarketplaceAddResponse>;
  MarketplaceInterface: z.ZodType<T.MarketplaceInterface>;
  MarketplaceLoadErrorInfo: z.ZodType<T.MarketplaceLoadErrorInfo>;
  MarketplaceRemoveParams: z.ZodType<T.MarketplaceRemoveParams>;
  MarketplaceRemoveResponse: z.ZodType<T.MarketplaceRemoveResponse>;
  MarketplaceUpgradeErrorInfo: z.ZodType<T.MarketplaceUpgradeErrorInfo>;
  MarketplaceUpgradeParams: z.ZodType<T.MarketplaceUpgradeParams>;
  MarketplaceUpgradeResponse: z.ZodType<T.MarketplaceUpgradeResponse>;
  McpAppDisplayMode: z.ZodType<T.McpAppDisplayMode>;
  McpAppUi: z.ZodType<T.McpAppUi>;
  McpAuthStatus: z.ZodType<T.McpAuthStatus>;
  McpElicitationArrayType: z.ZodType<T.McpElicitationArrayType>;
  McpElicitationBooleanSchema: z.ZodType<T.McpElicitationBooleanSchema>;
  McpElicitationBooleanType: z.ZodType<T.McpElicitationBooleanType>;
  McpElicitationConstOption: z.ZodType<T.McpElicitationConstOption>;
  McpElicitationEnumSchema: z.ZodType<T.McpElicitationEnumSchema>;
  McpElicitationLegacyTitledEnumSchema: z.ZodType<T.McpElicitationLegacyTitledEnumSchema>;
  McpElicitationMultiSelectEnumSchema: z.ZodType<T.McpElicitationMultiSelectEnumSchema>;
  McpElicitationNumberSchema: z.ZodType<T.McpElicitationNumberSchema>;
  McpElicitationNumberType: z.ZodType<T.McpElicitationNumberType>;
  McpElicitationObjectType: z.ZodType<T.McpElicitationObjectType>;
  McpElicitationPrimitiveSchema: z.ZodType<T.McpElicitationPrimitiveSchema>;
  McpElicitationSchema: z.ZodType<T.McpElicitationSchema>;
  McpElicitationSingleSelectEnumSchema: z.ZodType<T.McpElicitationSingleSelectEnumSchema>;
  McpElicitationStringFormat: z.ZodType<T.McpElicitationStringFormat>;
  McpElicitationStringSchema: z.ZodType<T.McpElicitationStringSchema>;
  McpElicitationStringType: z.ZodType<T.McpElicitationStringType>;
  McpElicitationTitledEnumItems: z.ZodType<T.McpElicitationTitledEnumItems>;
  McpElicitationTitledMultiSelectEnumSchema: z.ZodType<T.McpElicitationTitledMultiSelectEnumSchema>;
  McpElicitationTitledSingleSelectEnumSchema: z.ZodType<T.McpElicitationTitledSingleSelectEnumSchema>;
  McpElicitationUntitledEnumItems: z.ZodType<T.McpElicitationUntitledEnumItems>;
  McpElicitationUntitledMultiSelectEnumSchema: z.ZodType<T.McpElicitationUntitledMultiSelectEnumSchema>;
  McpElicitationUntitledSingleSelectEnumSchema: z.ZodType<T.McpElicitationUntitledSingleSelectEnumSchema>;
  McpResourceReadParams: z.ZodType<T.McpResourceReadParams>;
  McpResourceReadResponse: z.ZodType<T.McpResourceReadResponse>;
  McpResourceReadTarget: z.ZodType<T.McpResourceReadTarget>;
  McpServerConnectionStatus: z.ZodType<T.McpServerConnectionStatus>;
  McpServerElicitationAction: z.ZodType<T.McpServerElicitationAction>;
  McpServerElicitationRequestParams: z.ZodType<T.McpServerElicitationRequestParams>;
  McpServerElicitationRequestResponse: z.ZodType<T.McpServerElicitationRequestResponse>;
  McpServerEventNotification: z.ZodType<T.McpServerEventNotification>;
  McpServerEventStreamNotification: z.ZodType<T.McpServerEventStreamNotification>;
  McpServerInfo: z.ZodType<T.McpServerInfo>;
  McpServerMigration: z.ZodType<T.McpServerMigration>;
  McpServerOauthClientRegistration: z.ZodType<T.McpServerOauthClientRegistration>;
  McpServerOauthLoginCompletedNotification: z.ZodType<T.McpServerOauthLoginCompletedNotification>;
  McpServerOauthLoginParams: z.ZodType<T.McpServerOauthLoginParams>;
  McpServerOauthLoginResponse: z.ZodType<T.McpServerOauthLoginResponse>;
  McpServerRefreshResponse: z.ZodType<T.McpServerRefreshResponse>;
  McpServerStartupFailureReason: z.ZodType<T.McpServerStartupFailureReason>;
  McpServerStartupState: z.ZodType<T.McpServerStartupState>;
  McpServerStatus: z.ZodType<T.McpServerStatus>;
  McpServerStatusDetail: z.ZodType<T.McpServerStatusDetail>;
  McpServerStatusUpdatedNotification: z.ZodType<T.McpServerStatusUpdatedNotification>;
  McpServerToolCallParams: z.ZodType<T.McpServerToolCallParams>;
  McpServerToolCallResponse: z.ZodType<T.McpServerToolCallResponse>;
  McpToolCallAppContext: z.ZodType<T.McpToolCallAppContext>;
  McpToolCallError: z.ZodType<T.McpToolCallError>;
  McpToolCallProgressNotification: z.ZodType<T.McpToolCallProgressNotification>;
  McpToolCallResult: z.ZodType<T.McpToolCallResult>;
  McpToolCallStatus: z.ZodType<T.McpToolCallStatus>;
  MemoryCitation: z.ZodType<T.MemoryCitation>;
  MemoryCitationEntry: z.ZodType<T.MemoryCitationEntry>;
  MergeStrategy: z.ZodType<T.MergeStrategy>;
  MessagePhase: z.ZodType<T.MessagePhase>;
  MigrationDetails: z.ZodType<T.MigrationDetails>;
  MisalignmentErrorDetails: z.ZodType<T.MisalignmentErrorDetails>;
  MisalignmentSteer: z.ZodType<T.MisalignmentSteer>;
  ModeKind: z.ZodType<T.ModeKind>;
  Model: z.ZodType<T.Model>;
  ModelAccessPrograms: z.ZodType<T.ModelAccessPrograms>;
  ModelAvailabilityNux: z.ZodType<T.ModelAvailabilityNux>;
  ModelListParams: z.ZodType<T.ModelListParams>;
  ModelListResponse: z.ZodType<T.ModelListResponse>;
  ModelProviderCapabilitiesReadParams: z.ZodType<T.ModelProviderCapabilitiesReadParams>;
  ModelProviderCapabilitiesReadResponse: z.ZodType<T.ModelProviderCapabilitiesReadResponse>;
  ModelProviderConfigWriteParams: z.ZodType<T.ModelProviderConfigWriteParams>;
  ModelProviderConfigWriteResponse: z.ZodType<T.ModelProviderConfigWriteResponse>;
  ModelProviderError: z.ZodType<T.ModelProviderError>;
  ModelProviderListParams: z.ZodType<T.ModelProviderListParams>;
  ModelProviderListResponse: z.ZodType<T.ModelProviderListResponse>;
  ModelProviderSummary: z.ZodType<T.ModelProviderSummary>;
  ModelRerouteReason: z.ZodType<T.ModelRerouteReason>;
  ModelReroutedNotification: z.ZodType<T.ModelReroutedNotification>;
  ModelSafetyBufferingUpdatedNotification: z.ZodType<T.ModelSafetyBufferingUpdatedNotification>;
  ModelServiceTier: z.ZodType<T.ModelServiceTier>;
  ModelUpgradeInfo: z.ZodType<T.ModelUpgradeInfo>;
  ModelVerification: z.ZodType<T.ModelVerification>;
  ModelVerificationNotification: z.ZodType<T.ModelVerificationNotification>;
  ModelsRequirements: z.ZodType<T.ModelsRequirements>;
  MultiAgentMode: z.ZodType<T.MultiAgentMode>;
  MultiAgentVersion: z.ZodType<T.MultiAgentVersion>;
  NetworkAccess: z.ZodType<T.NetworkAccess>;
  NetworkApprovalContext: z.ZodType<T.NetworkApprovalContext>;
  NetworkApprovalProtocol: z.ZodType<T.NetworkApprovalProtocol>;
  NetworkDomainPermission: z.ZodType<T.NetworkDomainPermission>;
  NetworkPolicyAmendment: z.ZodType<T.NetworkPolicyAmendment>;
  NetworkPolicyRuleAction: z.ZodType<T.NetworkPolicyRuleAction>;
  NetworkRequirements: z.ZodType<T.NetworkRequirements>;
  NetworkUnixSocketPermission: z.ZodType<T.NetworkUnixSocketPermission>;
  NewThreadModelDefaults: z.ZodType<T.NewThreadModelDefaults>;
  NonSteerableTurnKind: z.ZodType<T.NonSteerableTurnKind>;
  NullableGatewayOAuthLoginParams: z.ZodType<T.NullableGatewayOAuthLoginParams>;
  NullableGatewayOAuthReadParams: z.ZodType<T.NullableGatewayOAuthReadParams>;
  NullableGetAccountRateLimitsParams: z.ZodType<T.NullableGetAccountRateLimitsParams>;
  NullableGetAccountTokenUsageParams: z.ZodType<T.NullableGetAccountTokenUsageParams>;
  OtelExporter: z.ZodType<T.OtelExporter>;
  OtelHttpProtocol: z.ZodType<T.OtelHttpProtocol>;
  OtelRequirements: z.ZodType<T.OtelRequirements>;
  OtelTlsConfig: z.ZodType<T.OtelTlsConfig>;
  OtelToolResultLogConfig: z.ZodType<T.OtelToolResultLogConfig>;
  OverriddenMetadata: z.ZodType<T.OverriddenMetadata>;
  ParsedCommand: z.ZodType<T.ParsedCommand>;
  PatchApplyStatus: z.ZodType<T.PatchApplyStatus>;
  PatchChangeKind: z.ZodType<T.PatchChangeKind>;
  PathUri: z.ZodType<T.PathUri>;
  PermissionGrantScope: z.ZodType<T.PermissionGrantScope>;
  PermissionProfileListParams: z.ZodType<T.PermissionProfileListParams>;
  PermissionProfileListResponse: z.ZodType<T.PermissionProfileListResponse>;
  PermissionProfileSummary: z.ZodType<T.PermissionProfileSummary>;
  PermissionsRequestApprovalParams: z.ZodType<T.PermissionsRequestApprovalParams>;
  PermissionsRequestApprovalResponse: z.ZodType<T.PermissionsRequestApprovalResponse>;
  Personality: z.ZodType<T.Personality>;
  PlanDeltaNotification: z.ZodType<T.PlanDeltaNotification>;
  PlanType: z.ZodType<T.PlanType>;
  PluginAuthPolicy: z.ZodType<T.PluginAuthPolicy>;
  PluginAvailability: z.ZodType<T.PluginAvailability>;
  PluginDetail: z.ZodType<T.PluginDetail>;
  PluginDisabledReason: z.ZodType<T.PluginDisabledReason>;
  PluginHookSummary: z.ZodType<T.PluginHookSummary>;
  PluginInstallParams: z.ZodType<T.PluginInstallParams>;
  PluginInstallPolicy: z.ZodType<T.PluginInstallPolicy>;
  PluginInstallPolicySource: z.ZodType<T.PluginInstallPolicySource>;
  PluginInstallResponse: z.ZodType<T.PluginInstallResponse>;
  PluginInstalledParams: z.ZodType<T.PluginInstalledParams>;
  PluginInstalledResponse: z.ZodType<T.PluginInstalledResponse>;
  PluginInterface: z.ZodType<T.PluginInterface>;
  PluginListMarketplaceKind: z.ZodType<T.PluginListMarketplaceKind>;
  PluginListParams: z.ZodType<T.PluginListParams>;
  PluginListResponse: z.ZodType<T.PluginListResponse>;
  PluginMarketplaceEntry: z.ZodType<T.PluginMarketplaceEntry>;
  PluginReadParams: z.ZodType<T.PluginReadParams>;
  PluginReadResponse: z.ZodType<T.PluginReadResponse>;
  PluginReconcileChangedPlugin: z.ZodType<T.PluginReconcileChangedPlugin>;
  PluginReconcileParams: z.ZodType<T.PluginReconcileParams>;
  PluginReconcileResponse: z.ZodType<T.PluginReconcileResponse>;
  PluginSearchResult: z.ZodType<T.PluginSearchResult>;
  PluginSearchScope: z.ZodType<T.PluginSearchScope>;
  PluginShareCheckoutParams: z.ZodType<T.PluginShareCheckoutParams>;
  PluginShareCheckoutResponse: z.ZodType<T.PluginShareCheckoutResponse>;
  PluginShareContext: z.ZodType<T.PluginShareContext>;
  PluginShareDeleteParams: z.ZodType<T.PluginShareDeleteParams>;
  PluginShareDeleteResponse: z.ZodType<T.PluginShareDeleteResponse>;
  PluginShareDiscoverability: z.ZodType<T.PluginShareDiscoverability>;
  PluginShareListItem: z.ZodType<T.PluginShareListItem>;
  PluginShareListParams: z.ZodType<T.PluginShareListParams>;
  PluginShareListResponse: z.ZodType<T.PluginShareListResponse>;
  PluginSharePrincipal: z.ZodType<T.PluginSharePrincipal>;
  PluginSharePrincipalRole: z.ZodType<T.PluginSharePrincipalRole>;
  PluginSharePrincipalType: z.ZodType<T.PluginSharePrincipalType>;
  PluginShareSaveParams: z.ZodType<T.PluginShareSaveParams>;
  PluginShareSaveResponse: z.ZodType<T.PluginShareSaveResponse>;
  PluginShareTarget: z.ZodType<T.PluginShareTarget>;
  PluginShareTargetRole: z.ZodType<T.PluginShareTargetRole>;
  PluginShareUpdateDiscoverability: z.ZodType<T.PluginShareUpdateDiscoverability>;
  PluginShareUpdateTargetsParams: z.ZodType<T.PluginShareUpdateTargetsParams>;
  PluginShareUpdateTargetsResponse: z.ZodType<T.PluginShareUpdateTargetsResponse>;
  PluginSkillReadParams: z.ZodType<T.PluginSkillReadParams>;
  PluginSkillReadResponse: z.ZodType<T.PluginSkillReadResponse>;
  PluginSource: z.ZodType<T.PluginSource>;
  PluginSummary: z.ZodType<T.PluginSummary>;
  PluginUninstallParams: z.ZodType<T.PluginUninstallParams>;
  PluginUninstallResponse: z.ZodType<T.PluginUninstallResponse>;
  PluginsMigration: z.ZodType<T.PluginsMigration>;
  ProcessExitedNotification: z.ZodType<T.ProcessExitedNotification>;
  ProcessOutputDeltaNotification: z.ZodType<T.ProcessOutputDeltaNotification>;
  ProcessOutputStream: z.ZodType<T.ProcessOutputStream>;
  ProcessTerminalSize: z.ZodType<T.ProcessTerminalSize>;
  Project: z.ZodType<T.Project>;
  ProjectChangeType: z.ZodType<T.ProjectChangeType>;
  ProjectChangedNotification: z.ZodType<T.ProjectChangedNotification>;
  ProjectRoot: z.ZodType<T.ProjectRoot>;
  ProjectSortKey: z.ZodType<T.ProjectSortKey>;
  ProviderSettings: z.ZodType<T.ProviderSettings>;
  ProviderSettingsPatch: z.ZodType<T.ProviderSettingsPatch>;
  QueuedSubmission: z.ZodType<T.QueuedSubmission>;
  RateLimitReachedType: z.ZodType<T.RateLimitReachedType>;
  RateLimitResetCredit: z.ZodType<T.RateLimitResetCredit>;
  RateLimitResetCreditStatus: z.ZodType<T.RateLimitResetCreditStatus>;
  RateLimitResetCreditsSummary: z.ZodType<T.RateLimitResetCreditsSummary>;
  RateLimitResetType: z.ZodType<T.RateLimitResetType>;
  RateLimitSnapshot: z.ZodType<T.RateLimitSnapshot>;
  RateLimitWindow: z.ZodType<T.RateLimitWindow>;
  RawResponseCompletedNotification: z.ZodType<T.RawResponseCompletedNotification>;
  RawResponseItemCompletedNotification: z.ZodType<T.RawResponseItemCompletedNotification>;
  RealtimeConversationVersion: z.ZodType<T.RealtimeConversationVersion>;
  RealtimeOutputModality: z.ZodType<T.RealtimeOutputModality>;
  RealtimeVoice: z.ZodType<T.RealtimeVoice>;
  RealtimeVoicesList: z.ZodType<T.RealtimeVoicesList>;
  ReasoningEffort: z.ZodType<T.ReasoningEffort>;
  ReasoningEffortOption: z.ZodType<T.ReasoningEffortOption>;
  ReasoningItemContent: z.ZodType<T.ReasoningItemContent>;
  ReasoningItemReasoningSummary: z.ZodType<T.ReasoningItemReasoningSummary>;
  ReasoningSummary: z.ZodType<T.ReasoningSummary>;
  ReasoningSummaryPartAddedNotification: z.ZodType<T.ReasoningSummaryPartAddedNotification>;
  ReasoningSummaryTextDeltaNotification: z.ZodType<T.ReasoningSummaryTextDeltaNotification>;
  ReasoningTextDeltaNotification: z.ZodType<T.ReasoningTextDeltaNotification>;
  RemoteControlConnectionStatus: z.ZodType<T.RemoteControlConnectionStatus>;
  RemoteControlDisableParams: z.ZodType<T.RemoteControlDisableParams>;
  RemoteControlEnableParams: z.ZodType<T.RemoteControlEnableParams>;
  RemoteControlStatusChangedNotification: z.ZodType<T.RemoteControlStatusChangedNotification>;
  RequestHeader: z.ZodType<T.RequestHeader>;
  RequestId: z.ZodType<T.RequestId>;
  RequestPermissionProfile: z.ZodType<T.RequestPermissionProfile>;
  ResidencyRequirement: z.ZodType<T.ResidencyRequirement>;
  Resource: z.ZodType<T.Resource>;
  ResourceContent: z.ZodType<T.ResourceContent>;
  ResourceTemplate: z.ZodType<T.ResourceTemplate>;
  ResponseItem: z.ZodType<T.ResponseItem>;
  ResponseUsageMetadata: z.ZodType<T.ResponseUsageMetadata>;
  ResponsesApiWebSearchAction: z.ZodType<T.ResponsesApiWebSearchAction>;
  ReviewDecision: z.ZodType<T.ReviewDecision>;
  ReviewDelivery: z.ZodType<T.ReviewDelivery>;
  ReviewStartParams: z.ZodType<T.ReviewStartParams>;
  ReviewStartResponse: z.ZodType<T.ReviewStartResponse>;
  ReviewTarget: z.ZodType<T.ReviewTarget>;
  SandboxMode: z.ZodType<T.SandboxMode>;
  SandboxPolicy: z.ZodType<T.SandboxPolicy>;
  SandboxWorkspaceWrite: z.ZodType<T.SandboxWorkspaceWrite>;
  ScheduledTaskSchedule: z.ZodType<T.ScheduledTaskSchedule>;
  ScheduledTaskSummary: z.ZodType<T.ScheduledTaskSummary>;
  ScheduledTaskWeekday: z.ZodType<T.ScheduledTaskWeekday>;
  SelectedCapabilityRoot: z.ZodType<T.SelectedCapabilityRoot>;
  SendAddCreditsNudgeEmailParams: z.ZodType<T.SendAddCreditsNudgeEmailParams>;
  SendAddCreditsNudgeEmailResponse: z.ZodType<T.SendAddCreditsNudgeEmailResponse>;
  ServerDiagnosticsGauge: z.ZodType<T.ServerDiagnosticsGauge>;
  ServerDiagnosticsProcess: z.ZodType<T.ServerDiagnosticsProcess>;
  ServerRequestResolvedNotification: z.ZodType<T.ServerRequestResolvedNotification>;
  SessionMigration: z.ZodType<T.SessionMigration>;
  SessionSource: z.ZodType<T.SessionSource>;
  Settings: z.ZodType<T.Settings>;
  SkillDependencies: z.ZodType<T.SkillDependencies>;
  SkillErrorInfo: z.ZodType<T.SkillErrorInfo>;
  SkillInterface: z.ZodType<T.SkillInterface>;
  SkillMetadata: z.ZodType<T.SkillMetadata>;
  SkillMigration: z.ZodType<T.SkillMigration>;
  SkillScope: z.ZodType<T.SkillScope>;
  SkillSummary: z.ZodType<T.SkillSummary>;
  SkillToolDependency: z.ZodType<T.SkillToolDependency>;
  SkillsChangedNotification: z.ZodType<T.SkillsChangedNotification>;
  SkillsConfigWriteParams: z.ZodType<T.SkillsConfigWriteParams>;
  SkillsConfigWriteResponse: z.ZodType<T.SkillsConfigWriteResponse>;
  SkillsExtraRootsSetParams: z.ZodType<T.SkillsExtraRootsSetParams>;
  SkillsExtraRootsSetResponse: z.ZodType<T.SkillsExtraRootsSetResponse>;
  SkillsListEntry: z.ZodType<T.SkillsListEntry>;
  SkillsListParams: z.ZodType<T.SkillsListParams>;
  SkillsListResponse: z.ZodType<T.SkillsListResponse>;
  SortDirection: z.ZodType<T.SortDirection>;
  SpendControlLimitSnapshot: z.ZodType<T.SpendControlLimitSnapshot>;
  StrictReviewRequiredNotification: z.ZodType<T.StrictReviewRequiredNotification>;
  SubAgentActivityKind: z.ZodType<T.SubAgentActivityKind>;
  SubAgentSource: z.ZodType<T.SubAgentSource>;
  SubagentMigration: z.ZodType<T.SubagentMigration>;
  TerminalInteractionNotification: z.ZodType<T.TerminalInteractionNotification>;
  TextElement: z.ZodType<T.TextElement>;
  TextPosition: z.ZodType<T.TextPosition>;
  TextRange: z.ZodType<T.TextRange>;
  Thread: z.ZodType<T.Thread>;
  ThreadActiveFlag: z.ZodType<T.ThreadActiveFlag>;
  ThreadApproveGuardianDeniedActionParams: z.ZodType<T.ThreadApproveGuardianDeniedActionParams>;
  ThreadApproveGuardianDeniedActionResponse: z.ZodType<T.ThreadApproveGuardianDeniedActionResponse>;
  ThreadArchiveParams: z.ZodType<T.ThreadArchiveParams>;
  ThreadArchiveResponse: z.ZodType<T.ThreadArchiveResponse>;
  ThreadArchivedNotification: z.ZodType<T.ThreadArchivedNotification>;
  ThreadAttachment: z.ZodType<T.ThreadAttachment>;
  ThreadAttachmentAddOutcome: z.ZodType<T.ThreadAttachmentAddOutcome>;
  ThreadAttachmentAddParams: z.ZodType<T.ThreadAttachmentAddParams>;
  ThreadAttachmentAddResponse: z.ZodType<T.ThreadAttachmentAddResponse>;
  ThreadAttachmentListParams: z.ZodType<T.ThreadAttachmentListParams>;
  ThreadAttachmentListResponse: z.ZodType<T.ThreadAttachmentListResponse>;
  ThreadAttachmentOperation: z.ZodType<T.ThreadAttachmentOperation>;
  ThreadAttachmentOwner: z.ZodType<T.ThreadAttachmentOwner>;
  ThreadAttachmentOwnerListParams: z.ZodType<T.ThreadAttachmentOwnerListParams>;
  ThreadAttachmentOwnerListResponse: z.ZodType<T.ThreadAttachmentOwnerListResponse>;
  ThreadAttachmentRemoveParams: z.ZodType<T.ThreadAttachmentRemoveParams>;
  ThreadAttachmentRemoveResponse: z.ZodType<T.ThreadAttachmentRemoveResponse>;
  ThreadAttachmentUpdatedNotification: z.ZodType<T.ThreadAttachmentUpdatedNotification>;
  ThreadClosedNotification: z.ZodType<T.ThreadClosedNotification>;
  ThreadCompactStartParams: z.ZodType<T.ThreadCompactStartParams>;
  ThreadCompactStartResponse: z.ZodType<T.ThreadCompactStartResponse>;
  ThreadDeleteParams: z.ZodType<T.ThreadDeleteParams>;
  ThreadDeleteResponse: z.ZodType<T.ThreadDeleteResponse>;
  ThreadDeletedNotification: z.ZodType<T.ThreadDeletedNotification>;
  ThreadEnvironment: z.ZodType<T.ThreadEnvironment>;
  ThreadExtra: z.ZodType<T.ThreadExtra>;
  ThreadForkParams: z.ZodType<T.ThreadForkParams>;
  ThreadForkResponse: z.ZodType<T.ThreadForkResponse>;
  ThreadGoal: z.ZodType<T.ThreadGoal>;
  ThreadGoalClearParams: z.ZodType<T.ThreadGoalClearParams>;
  ThreadGoalClearResponse: z.ZodType<T.ThreadGoalClearResponse>;
  ThreadGoalClearedNotification: z.ZodType<T.ThreadGoalClearedNotification>;
  ThreadGoalGetParams: z.ZodType<T.ThreadGoalGetParams>;
  ThreadGoalGetResponse: z.ZodType<T.ThreadGoalGetResponse>;
  ThreadGoalMutationOrigin: z.ZodType<T.ThreadGoalMutationOrigin>;
  ThreadGoalSetParams: z.ZodType<T.ThreadGoalSetParams>;
  ThreadGoalSetResponse: z.ZodType<T.ThreadGoalSetResponse>;
  ThreadGoalStatus: z.ZodType<T.ThreadGoalStatus>;
  ThreadGoalUpdatedNotification: z.ZodType<T.ThreadGoalUpdatedNotification>;
  ThreadHistoryMode: z.ZodType<T.ThreadHistoryMode>;
  ThreadId: z.ZodType<T.ThreadId>;
  ThreadInjectItemsParams: z.ZodType<T.ThreadInjectItemsParams>;
  ThreadInjectItemsResponse: z.ZodType<T.ThreadInjectItemsResponse>;
  ThreadItem: z.ZodType<T.ThreadItem>;
  ThreadItemEntry: z.ZodType<T.ThreadItemEntry>;
  ThreadItemOutputDeferral: z.ZodType<T.ThreadItemOutputDeferral>;
  ThreadItemsListAnchor: z.ZodType<T.ThreadItemsListAnchor>;
  ThreadItemsListCursor: z.ZodType<T.ThreadItemsListCursor>;
  ThreadItemsListParams: z.ZodType<T.ThreadItemsListParams>;
  ThreadItemsListResponse: z.ZodType<T.ThreadItemsListResponse>;
  ThreadListCwdFilter: z.ZodType<T.ThreadListCwdFilter>;
  ThreadListParams: z.ZodType<T.ThreadListParams>;
  ThreadListResponse: z.ZodType<T.ThreadListResponse>;
  ThreadLoadedListParams: z.ZodType<T.ThreadLoadedListParams>;
  ThreadLoadedListResponse: z.ZodType<T.ThreadLoadedListResponse>;
  ThreadMemoryMode: z.ZodType<T.ThreadMemoryMode>;
  ThreadMetadataGitInfoUpdateParams: z.ZodType<T.ThreadMetadataGitInfoUpdateParams>;
  ThreadMetadataUpdateParams: z.ZodType<T.ThreadMetadataUpdateParams>;
  ThreadMetadataUpdateResponse: z.ZodType<T.ThreadMetadataUpdateResponse>;
  ThreadNameUpdatedNotification: z.ZodType<T.ThreadNameUpdatedNotification>;
  ThreadPredictionResult: z.ZodType<T.ThreadPredictionResult>;
  ThreadPredictionUpdatedNotification: z.ZodType<T.ThreadPredictionUpdatedNotification>;
  ThreadProjectUpdatedNotification: z.ZodType<T.ThreadProjectUpdatedNotification>;
  ThreadQueueChangedNotification: z.ZodType<T.ThreadQueueChangedNotification>;
  ThreadReadParams: z.ZodType<T.ThreadReadParams>;
  ThreadReadResponse: z.ZodType<T.ThreadReadResponse>;
  ThreadReadState: z.ZodType<T.ThreadReadState>;
  ThreadReadStateChangedNotification: z.ZodType<T.ThreadReadStateChangedNotification>;
  ThreadReadStateOperation: z.ZodType<T.ThreadReadStateOperation>;
  ThreadRealtimeAudioChunk: z.ZodType<T.ThreadRealtimeAudioChunk>;
  ThreadRealtimeBemItemPresentation: z.ZodType<T.ThreadRealtimeBemItemPresentation>;
  ThreadRealtimeClosedNotification: z.ZodType<T.ThreadRealtimeClosedNotification>;
  ThreadRealtimeErrorNotification: z.ZodType<T.ThreadRealtimeErrorNotification>;
  ThreadRealtimeInitialItem: z.ZodType<T.ThreadRealtimeInitialItem>;
  ThreadRealtimeItem: z.ZodType<T.ThreadRealtimeItem>;
  ThreadRealtimeItemAddedNotification: z.ZodType<T.ThreadRealtimeItemAddedNotification>;
  ThreadRealtimeItemCompletedNotification: z.ZodType<T.ThreadRealtimeItemCompletedNotification>;
  ThreadRealtimeItemStartedNotification: z.ZodType<T.ThreadRealtimeItemStartedNotification>;
  ThreadRealtimeItemTranscriptDeltaNotification: z.ZodType<T.ThreadRealtimeItemTranscriptDeltaNotification>;
  ThreadRealtimeOutputAudioDeltaNotification: z.ZodType<T.ThreadRealtimeOutputAudioDeltaNotification>;
  ThreadRealtimeSdpNotification: z.ZodType<T.ThreadRealtimeSdpNotification>;
  ThreadRealtimeSessionOutcome: z.ZodType<T.ThreadRealtimeSessionOutcome>;
  ThreadRealtimeStartTransport: z.ZodType<T.ThreadRealtimeStartTransport>;
  ThreadRealtimeStartedNotification: z.ZodType<T.ThreadRealtimeStartedNotification>;
  ThreadRealtimeTranscriptDeltaNotification: z.ZodType<T.ThreadRealtimeTranscriptDeltaNotification>;
  ThreadRealtimeTranscriptDoneNotification: z.ZodType<T.ThreadRealtimeTranscriptDoneNotification>;
  ThreadRealtimeTranscriptRole: z.ZodType<T.ThreadRealtimeTranscriptRole>;
  ThreadResumeInitialTurnsPageParams: z.ZodType<T.ThreadResumeInitialTurnsPageParams>;
  ThreadResumeParams: z.ZodType<T.ThreadResumeParams>;
  ThreadResumeResponse: z.ZodType<T.ThreadResumeResponse>;
  ThreadRevertParams: z.ZodType<T.ThreadRevertParams>;
  ThreadRevertResponse: z.ZodType<T.ThreadRevertResponse>;
  ThreadRevertedNotification: z.ZodType<T.ThreadRevertedNotification>;
  ThreadSearchResult: z.ZodType<T.ThreadSearchResult>;
  ThreadSearchSortKey: z.ZodType<T.ThreadSearchSortKey>;
  ThreadSection: z.ZodType<T.ThreadSection>;
  ThreadSectionAppearance: z.ZodType<T.ThreadSectionAppearance>;
  ThreadSectionChangedNotification: z.ZodType<T.ThreadSectionChangedNotification>;
  ThreadSectionCreateParams: z.ZodType<T.ThreadSectionCreateParams>;
  ThreadSectionCreateResponse: z.ZodType<T.ThreadSectionCreateResponse>;
  ThreadSectionDeleteParams: z.ZodType<T.ThreadSectionDeleteParams>;
  ThreadSectionDeleteResponse: z.ZodType<T.ThreadSectionDeleteResponse>;
  ThreadSectionListParams: z.ZodType<T.ThreadSectionListParams>;
  ThreadSectionListResponse: z.ZodType<T.ThreadSectionListResponse>;
  ThreadSectionMoveParams: z.ZodType<T.ThreadSectionMoveParams>;
  ThreadSectionMoveResponse: z.ZodType<T.ThreadSectionMoveResponse>;
  ThreadSectionUpdateParams: z.ZodType<T.ThreadSectionUpdateParams>;
  ThreadSectionUpdateResponse: z.ZodType<T.ThreadSectionUpdateResponse>;
  ThreadSetNameParams: z.ZodType<T.ThreadSetNameParams>;
  ThreadSetNameResponse: z.ZodType<T.ThreadSetNameResponse>;
  ThreadSettings: z.ZodType<T.ThreadSettings>;
  ThreadSettingsUpdatedNotification: z.ZodType<T.ThreadSettingsUpdatedNotification>;
  ThreadShellCommandParams: z.ZodType<T.ThreadShellCommandParams>;
  ThreadShellCommandResponse: z.ZodType<T.ThreadShellCommandResponse>;
  ThreadSortKey: z.ZodType<T.ThreadSortKey>;
  ThreadSource: z.ZodType<T.ThreadSource>;
  ThreadSourceKind: z.ZodType<T.ThreadSourceKind>;
  ThreadStartParams: z.ZodType<T.ThreadStartParams>;
  ThreadStartResponse: z.ZodType<T.ThreadStartResponse>;
  ThreadStartSource: z.ZodType<T.ThreadStartSource>;
  ThreadStartedNotification: z.ZodType<T.ThreadStartedNotification>;
  ThreadStatus: z.ZodType<T.ThreadStatus>;
  ThreadStatusChangedNotification: z.ZodType<T.ThreadStatusChangedNotification>;
  ThreadTimelineEntry: z.ZodType<T.ThreadTimelineEntry>;
  ThreadTokenUsage: z.ZodType<T.ThreadTokenUsage>;
  ThreadTokenUsageUpdatedNotification: z.ZodType<T.ThreadTokenUsageUpdatedNotification>;
  ThreadTurnsListParams: z.ZodType<T.ThreadTurnsListParams>;
  ThreadTurnsListResponse: z.ZodType<T.ThreadTurnsListResponse>;
  ThreadUnarchiveParams: z.ZodType<T.ThreadUnarchiveParams>;
  ThreadUnarchiveResponse: z.ZodType<T.ThreadUnarchiveResponse>;
  ThreadUnarchivedNotification: z.ZodType<T.ThreadUnarchivedNotification>;
  ThreadUnreadPosition: z.ZodType<T.ThreadUnreadPosition>;
  ThreadUnsubscribeParams: z.ZodType<T.ThreadUnsubscribeParams>;
  ThreadUnsubscribeResponse: z.ZodType<T.ThreadUnsubscribeResponse>;
  ThreadUnsubscribeStatus: z.ZodType<T.ThreadUnsubscribeStatus>;
  ThreadUsage: z.ZodType<T.ThreadUsage>;
  ThreadUsageBreakdownGroup: z.ZodType<T.ThreadUsageBreakdownGroup>;
  TokenUsageBreakdown: z.ZodType<T.TokenUsageBreakdown>;
  Tool: z.ZodType<T.Tool>;
  ToolExposureSurface: z.ZodType<T.ToolExposureSurface>;
  ToolRequestUserInputAnswer: z.ZodType<T.ToolRequestUserInputAnswer>;
  ToolRequestUserInputOption: z.ZodType<T.ToolRequestUserInputOption>;
  ToolRequestUserInputParams: z.ZodType<T.ToolRequestUserInputParams>;
  ToolRequestUserInputQuestion: z.ZodType<T.ToolRequestUserInputQuestion>;
  ToolRequestUserInputResponse: z.ZodType<T.ToolRequestUserInputResponse>;
  ToolsV2: z.ZodType<T.ToolsV2>;
  Turn: z.ZodType<T.Turn>;
  TurnCompletedNotification: z.ZodType<T.TurnCompletedNotification>;
  TurnDiffUpdatedNotification: z.ZodType<T.TurnDiffUpdatedNotification>;
  TurnEnvironmentParams: z.ZodType<T.TurnEnvironmentParams>;
  TurnError: z.ZodType<T.TurnError>;
  TurnInterruptParams: z.ZodType<T.TurnInterruptParams>;
  TurnInterruptResponse: z.ZodType<T.TurnInterruptResponse>;
  TurnItemsView: z.ZodType<T.TurnItemsView>;
  TurnModerationMetadataNotification: z.ZodType<T.TurnModerationMetadataNotification>;
  TurnPlanStep: z.ZodType<T.TurnPlanStep>;
  TurnPlanStepStatus: z.ZodType<T.TurnPlanStepStatus>;
  TurnPlanUpdatedNotification: z.ZodType<T.TurnPlanUpdatedNotification>;
  TurnStartParams: z.ZodType<T.TurnStartParams>;
  TurnStartResponse: z.ZodType<T.TurnStartResponse>;
  TurnStartedNotification: z.ZodType<T.TurnStartedNotification>;
  TurnStatus: z.ZodType<T.TurnStatus>;
  TurnSteerParams: z.ZodType<T.TurnSteerParams>;
  TurnSteerResponse: z.ZodType<T.TurnSteerResponse>;
  TurnToolOutput: z.ZodType<T.TurnToolOutput>;
  TurnsPage: z.ZodType<T.TurnsPage>;
  UserInput: z.ZodType<T.UserInput>;
  Verbosity: z.ZodType<T.Verbosity>;
  W3cTraceContext: z.ZodType<T.W3cTraceContext>;
  WarningNotification: z.ZodType<T.WarningNotification>;
  WebSearchAction: z.ZodType<T.WebSearchAction>;
  WebSearchContextSize: z.ZodType<T.WebSearchContextSize>;
  WebSearchLocation: z.ZodType<T.WebSearchLocation>;
  WebSearchMode: z.ZodType<T.WebSearchMode>;
  WebSearchProvider: z.ZodType<T.WebSearchProvider>;
  WebSearchToolConfig: z.ZodType<T.WebSearchToolConfig>;
  WindowsSandboxImplementation: z.ZodType<T.WindowsSandboxImplementation>;
  WindowsSandboxReadiness: z.ZodType<T.WindowsSandboxReadiness>;
  WindowsSandboxReadinessResponse: z.ZodType<T.WindowsSandboxReadinessResponse>;
  WindowsSandboxSetupCompletedNotification: z.ZodType<T.WindowsSandboxSetupCompletedNotification>;
  WindowsSandboxSetupMode: z.ZodType<T.WindowsSandboxSetupMode>;
  WindowsSandboxSetupStartParams: z.ZodType<T.WindowsSandboxSetupStartParams>;
  WindowsSandboxSetupStartResponse: z.ZodType<T.WindowsSandboxSetupStartResponse>;
  WindowsWorldWritableWarningNotification: z.ZodType<T.WindowsWorldWritableWarningNotification>;
  WorkspaceMessage: z.ZodType<T.WorkspaceMessage>;
  WorkspaceMessageType: z.ZodType<T.WorkspaceMessageType>;
  WorkspaceRouting: z.ZodType<T.WorkspaceRouting>;
  WriteStatus: z.ZodType<T.WriteStatus>;
}

/** How objects are built: `z.looseObject` lets unknown fields pass, `z.strictObject` rejects them. */
export type ObjectFactory = (shape: z.ZodRawShape) => z.ZodObject<z.ZodRawShape>;

/**
 * Defines all schemas. Each is built on first use (most clients touch a few dozen of them) and
 * references between them are lazy, so order does not matter. The schemas and the types come
 * from the same JSON Schema; they are typed through the interface above rather than inferred,
 * which keeps type-checking fast.
 */
export function defineProtocolSchemas(obj: ObjectFactory): ProtocolSchemas {
  const s = {} as Record<keyof ProtocolSchemas, z.ZodType>;
  const ref = (get: () => z.ZodType): z.ZodType => z.lazy(get);
  const def = (name: keyof ProtocolSchemas, build: () => z.ZodType): void => {
    Object.defineProperty(s, name, {
      configurable: true,
      enumerable: true,
      get() {
        const schema = build();
        Object.defineProperty(s, name, { value: schema, enumerable: true });
        return schema;
      },
    });
  };
  def('AbsolutePathBuf', () => z.string());
  def('Account', () => z.discriminatedUnion("type", [obj({
    type: z.literal("apiKey"),
  }), obj({
    email: z.union([z.string(), z.null()]),
    planType: ref(() => s.PlanType),
    type: z.literal("chatgpt"),
    workspaceName: z.union([z.string(), z.null()]).optional(),
  }), obj({
    type: z.literal("amazonBedrock"),
    usesCodexManagedCredentials: z.boolean().optional(),
  }), obj({
    type: z.literal("gcp"),
  })]));
  def('AccountLoginCompletedNotification', () => obj({
    error: z.union([z.string(), z.null()]).optional(),
    loginId: z.union([z.string(), z.null()]).optional(),
    onboardingEntrypoint: z.union([ref(() => s.DesktopOnboardingEntrypoint), z.null()]).optional(),
    success: z.boolean(),
  }));
  def('AccountRateLimitsUpdatedNotification', () => obj({
    rateLimits: ref(() => s.RateLimitSnapshot),
  }));
  def('AccountRoutingOverride', () => z.union([z.literal("NO_CONSTRAINT"), z.literal("us"), z.literal("us_cr")]));
  def('AccountSecuritySetupAction', () => obj({
    label: z.string(),
    url: z.string(),
  }));
  def('AccountSecuritySetupNotice', () => obj({
    accountId: z.string(),
    action: ref(() => s.AccountSecuritySetupAction),
    description: z.string(),
    title: z.string(),
    userId: z.string(),
  }));
  def('AccountSession', () => obj({
    displayName: z.union([z.string(), z.null()]).optional(),
    email: z.union([z.string(), z.null()]).optional(),
    imageUrl: z.union([z.string(), z.null()]).optional(),
    isActive: z.boolean(),
    lastUsedAt: z.number(),
    selectedWorkspaceAccountId: z.union([z.string(), z.null()]).optional(),
    sessionId: z.string(),
    userId: z.union([z.string(), z.null()]).optional(),
    workspaces: z.array(ref(() => s.AccountSessionWorkspace)),
  }));
  def('AccountSessionWorkspace', () => obj({
    accountId: z.string(),
    imageUrl: z.union([z.string(), z.null()]).optional(),
    kind: z.union([ref(() => s.AccountSessionWorkspaceKind), z.null()]).optional(),
    name: z.union([z.string(), z.null()]).optional(),
  }));
  def('AccountSessionWorkspaceKind', () => z.union([z.literal("personal"), z.literal("workspace")]));
  def('AccountTokenUsageDailyBucket', () => obj({
    startDate: z.string(),
    tokens: z.number(),
  }));
  def('AccountTokenUsageSummary', () => obj({
    currentStreakDays: z.union([z.number(), z.null()]).optional(),
    lifetimeTokens: z.union([z.number(), z.null()]).optional(),
    longestRunningTurnSec: z.union([z.number(), z.null()]).optional(),
    longestStreakDays: z.union([z.number(), z.null()]).optional(),
    peakDailyTokens: z.union([z.number(), z.null()]).optional(),
  }));
  def('AccountUpdatedNotification', () => obj({
    authMode: z.union([ref(() => s.AuthMode), z.null()]).optional(),
    planType: z.union([ref(() => s.PlanType), z.null()]).optional(),
  }));
  def('ActivePermissionProfile', () => obj({
    extends: z.union([z.string(), z.null()]).optional(),
    id: z.string(),
  }));
  def('AddCreditsNudgeCreditType', () => z.union([z.literal("credits"), z.literal("usage_limit")]));
  def('AddCreditsNudgeEmailStatus', () => z.union([z.literal("sent"), z.literal("cooldown_active")]));
  def('AdditionalContextEntry', () => obj({
    kind: ref(() => s.AdditionalContextKind),
    name: z.union([z.string(), z.null()]).optional(),
    value: z.string(),
  }));
  def('AdditionalContextKind', () => z.union([z.literal("untrusted"), z.literal("application")]));
  def('AdditionalFileSystemPermissions', () => obj({
    entries: z.union([z.array(ref(() => s.FileSystemSandboxEntry)), z.null()]).optional(),
    globScanMaxDepth: z.union([z.number(), z.null()]).optional(),
    read: z.union([z.array(ref(() => s.LegacyAppPathString)), z.null()]).optional(),
    write: z.union([z.array(ref(() => s.LegacyAppPathString)), z.null()]).optional(),
  }));
  def('AdditionalNetworkPermissions', () => obj({
    enabled: z.union([z.boolean(), z.null()]).optional(),
  }));
  def('AdditionalPermissionProfile', () => obj({
    fileSystem: z.union([ref(() => s.AdditionalFileSystemPermissions), z.null()]).optional(),
    network: z.union([ref(() => s.AdditionalNetworkPermissions), z.null()]).optional(),
  }));
  def('AgentMessageDelivery', () => z.literal("async"));
  def('AgentMessageDeltaNotification', () => obj({
    delta: z.string(),
    itemId: z.string(),
    threadId: z.string(),
    turnId: z.string(),
  }));
  def('AgentMessageDisplay', () => obj({
    action: z.string(),
    blockType: z.union([z.string(), z.null()]).optional(),
    checkTrustedContacts: z.union([z.boolean(), z.null()]).optional(),
    cyberTrustedAccess: z.union([z.boolean(), z.null()]).optional(),
  }));
  def('AgentMessageInputContent', () => z.discriminatedUnion("type", [obj({
    text: z.string(),
    type: z.literal("input_text"),
  }), obj({
    encrypted_content: z.string(),
    type: z.literal("encrypted_content"),
  })]));
  def('AgentMessageModeration', () => obj({
    display: z.union([ref(() => s.AgentMessageDisplay), z.null()]).optional(),
    moderated: z.boolean(),
  }));
  def('AgentPath', () => z.string());
  def('AllowDenyRequirement', () => z.union([z.literal("allow"), z.literal("deny")]));
  def('AnalyticsConfig', () => obj({
    enabled: z.union([z.boolean(), z.null()]).optional(),
  }));
  def('AppBranding', () => obj({
    category: z.union([z.string(), z.null()]).optional(),
    developer: z.union([z.string(), z.null()]).optional(),
    isDiscoverableApp: z.boolean(),
    privacyPolicy: z.union([z.string(), z.null()]).optional(),
    termsOfService: z.union([z.string(), z.null()]).optional(),
    website: z.union([z.string(), z.null()]).optional(),
  }));
  def('AppConfig', () => obj({
    approvals_reviewer: z.union([ref(() => s.ApprovalsReviewer), z.null()]).optional(),
    default_tools_approval_mode: z.union([ref(() => s.AppToolApproval), z.null()]).optional(),
    default_tools_enabled: z.union([z.boolean(), z.null()]).optional(),
    destructive_enabled: z.union([z.boolean(), z.null()]).optional(),
    enabled: z.boolean().optional(),
    links: z.union([ref(() => s.AppLinksConfig), z.null()]).optional(),
    omit_tools_from: z.union([z.array(ref(() => s.ToolExposureSurface)), z.null()]).optional(),
    open_world_enabled: z.union([z.boolean(), z.null()]).optional(),
    tools: z.union([ref(() => s.AppToolsConfig), z.null()]).optional(),
  }));
  def('AppInfo', () => obj({
    appMetadata: z.union([ref(() => s.AppMetadata), z.null()]).optional(),
    branding: z.union([ref(() => s.AppBranding), z.null()]).optional(),
    description: z.union([z.string(), z.null()]).optional(),
    distributionChannel: z.union([z.string(), z.null()]).optional(),
    iconAssets: z.union([z.record(z.string(), z.string()), z.null()]).optional(),
    iconDarkAssets: z.union([z.record(z.string(), z.string()), z.null()]).optional(),
    id: z.string(),
    installUrl: z.union([z.string(), z.null()]).optional(),
    isAccessible: z.boolean().optional(),
    isEnabled: z.boolean().optional(),
    labels: z.union([z.record(z.string(), z.string()), z.null()]).optional(),
    logoUrl: z.union([z.string(), z.null()]).optional(),
    logoUrlDark: z.union([z.string(), z.null()]).optional(),
    name: z.string(),
    pluginDisplayNames: z.array(z.string()).optional(),
  }));
  def('AppLinkConfig', () => obj({
    approvals_reviewer: z.union([ref(() => s.ApprovalsReviewer), z.null()]).optional(),
    default_tools_approval_mode: z.union([ref(() => s.AppToolApproval), z.null()]).optional(),
  }));
  def('AppLinksConfig', () => obj({}));
  def('AppListUpdatedNotification', () => obj({
    data: z.array(ref(() => s.AppInfo)),
  }));
  def('AppMetadata', () => obj({
    categories: z.union([z.array(z.string()), z.null()]).optional(),
    developer: z.union([z.string(), z.null()]).optional(),
    firstPartyRequiresInstall: z.union([z.boolean(), z.null()]).optional(),
    review: z.union([ref(() => s.AppReview), z.null()]).optional(),
    screenshots: z.union([z.array(ref(() => s.AppScreenshot)), z.null()]).optional(),
    seoDescription: z.union([z.string(), z.null()]).optional(),
    showInComposerWhenUnlinked: z.union([z.boolean(), z.null()]).optional(),
    subCategories: z.union([z.array(z.string()), z.null()]).optional(),
    version: z.union([z.string(), z.null()]).optional(),
    versionId: z.union([z.string(), z.null()]).optional(),
    versionNotes: z.union([z.string(), z.null()]).optional(),
  }));
  def('AppReview', () => obj({
    status: z.string(),
  }));
  def('AppScreenshot', () => obj({
    fileId: z.union([z.string(), z.null()]).optional(),
    url: z.union([z.string(), z.null()]).optional(),
    userPrompt: z.string(),
  }));
  def('AppSummary', () => obj({
    category: z.union([z.string(), z.null()]).optional(),
    description: z.union([z.string(), z.null()]).optional(),
    id: z.string(),
    installUrl: z.union([z.string(), z.null()]).optional(),
    name: z.string(),
  }));
  def('AppTemplateSummary', () => obj({
    canonicalConnectorId: z.union([z.string(), z.null()]).optional(),
    category: z.union([z.string(), z.null()]).optional(),
    description: z.union([z.string(), z.null()]).optional(),
    logoUrl: z.union([z.string(), z.null()]).optional(),
    logoUrlDark: z.union([z.string(), z.null()]).optional(),
    materializedAppIds: z.array(z.string()),
    name: z.string(),
    reason: z.union([ref(() => s.AppTemplateUnavailableReason), z.null()]).optional(),
    templateId: z.string(),
  }));
  def('AppTemplateUnavailableReason', () => z.union([z.literal("NOT_CONFIGURED_FOR_WORKSPACE"), z.literal("NO_ACTIVE_WORKSPACE")]));
  def('AppToolApproval', () => z.union([z.literal("auto"), z.literal("prompt"), z.literal("writes"), z.literal("approve")]));
  def('AppToolConfig', () => obj({
    approval_mode: z.union([ref(() => s.AppToolApproval), z.null()]).optional(),
    enabled: z.union([z.boolean(), z.null()]).optional(),
  }));
  def('AppToolSummary', () => obj({
    description: z.string(),
    disabledReason: z.union([z.string(), z.null()]).optional(),
    isEnabled: z.boolean().optional(),
    isReadOnly: z.boolean().optional(),
    name: z.string(),
    title: z.union([z.string(), z.null()]).optional(),
  }));
  def('AppToolsConfig', () => obj({}));
  def('ApplicationNetworkRequirements', () => obj({
    domains: z.record(z.string(), ref(() => s.NetworkDomainPermission)),
    enabled: z.boolean(),
  }));
  def('ApplicationRequirements', () => obj({
    network: z.union([ref(() => s.ApplicationNetworkRequirements), z.null()]).optional(),
    storage: z.union([ref(() => s.ApplicationStorageRequirements), z.null()]).optional(),
  }));
  def('ApplicationStorageRequirements', () => obj({
    defaultProjectParent: z.union([ref(() => s.LegacyAppPathString), z.null()]).optional(),
    projectlessWorkspaceRoot: z.union([ref(() => s.LegacyAppPathString), z.null()]).optional(),
  }));
  def('ApplyPatchApprovalParams', () => obj({
    callId: z.string(),
    conversationId: ref(() => s.ThreadId),
    fileChanges: z.record(z.string(), ref(() => s.FileChange)),
    grantRoot: z.union([z.string(), z.null()]).optional(),
    reason: z.union([z.string(), z.null()]).optional(),
  }));
  def('ApplyPatchApprovalResponse', () => obj({
    decision: ref(() => s.ReviewDecision),
  }));
  def('ApprovalsReviewer', () => z.union([z.literal("user"), z.literal("auto_review"), z.literal("guardian_subagent")]));
  def('AppsConfig', () => obj({
    _default: z.union([ref(() => s.AppsDefaultConfig), z.null()]).optional(),
  }));
  def('AppsDefaultConfig', () => obj({
    approvals_reviewer: z.union([ref(() => s.ApprovalsReviewer), z.null()]).optional(),
    default_tools_approval_mode: z.union([ref(() => s.AppToolApproval), z.null()]).optional(),
    destructive_enabled: z.boolean().optional(),
    enabled: z.boolean().optional(),
    open_world_enabled: z.boolean().optional(),
  }));
  def('AppsInstalledParams', () => obj({
    forceRefresh: z.boolean().optional(),
    threadId: z.union([z.string(), z.null()]).optional(),
  }));
  def('AppsInstalledResponse', () => obj({
    apps: z.array(ref(() => s.InstalledApp)),
  }));
  def('AppsListParams', () => obj({
    cursor: z.union([z.string(), z.null()]).optional(),
    forceRefetch: z.boolean().optional(),
    limit: z.union([z.number(), z.null()]).optional(),
    threadId: z.union([z.string(), z.null()]).optional(),
  }));
  def('AppsListResponse', () => obj({
    data: z.array(ref(() => s.AppInfo)),
    nextCursor: z.union([z.string(), z.null()]).optional(),
  }));
  def('AppsReadParams', () => obj({
    appIds: z.array(z.string()),
    includeTools: z.boolean().optional(),
    threadId: z.union([z.string(), z.null()]).optional(),
  }));
  def('AppsReadResponse', () => obj({
    apps: z.array(ref(() => s.ConnectorMetadata)),
    missingAppIds: z.array(z.string()),
  }));
  def('AskForApproval', () => z.union([z.union([z.literal("untrusted"), z.literal("on-request"), z.literal("never")]), obj({
    granular: obj({
      mcp_elicitations: z.boolean(),
      request_permissions: z.boolean().optional(),
      rules: z.boolean(),
      sandbox_approval: z.boolean(),
      skill_approval: z.boolean().optional(),
    }),
  })]));
  def('AsyncUserInputQuestion', () => obj({
    options: z.union([z.array(z.string()), z.null()]).optional(),
    title: z.string(),
  }));
  def('AttestationGenerateParams', () => obj({}));
  def('AttestationGenerateResponse', () => obj({
    token: z.string(),
  }));
  def('AuthMode', () => z.union([z.literal("apikey"), z.literal("chatgpt"), z.literal("chatgptAuthTokens"), z.literal("headers"), z.literal("agentIdentity"), z.literal("personalAccessToken"), z.literal("bedrockApiKey"), z.literal("bedrockAccessKeys")]));
  def('AuthRecoveryNotification', () => obj({
    message: z.string(),
    provider: z.string(),
    threadId: z.string(),
    turnId: z.string(),
  }));
  def('AutoCompactTokenLimitScope', () => z.union([z.literal("total"), z.literal("body_after_prefix")]));
  def('AutoReviewDecisionSource', () => z.literal("agent"));
  def('AutoReviewRequirements', () => obj({
    ignoreRules: z.union([z.array(z.string()), z.null()]).optional(),
    requiredOnModels: z.union([z.array(z.string()), z.null()]).optional(),
  }));
  def('BedrockProviderId', () => z.union([z.literal("amazon-bedrock"), z.literal("amazon-bedrock-runtime")]));
  def('BrowserUseAccessApprovalLifetime', () => z.union([z.literal("turn"), z.literal("thread")]));
  def('BrowserUseConfig', () => obj({
    allow_history_access: z.union([z.boolean(), z.null()]).optional(),
    default_origin_policy: z.union([ref(() => s.BrowserUseOriginPolicyConfig), z.null()]).optional(),
    origins: z.union([z.record(z.string(), ref(() => s.BrowserUseOriginPolicyConfig)), z.null()]).optional(),
  }));
  def('BrowserUseExtensionRequirements', () => obj({
    requestHeaders: z.union([z.array(ref(() => s.RequestHeader)), z.null()]).optional(),
  }));
  def('BrowserUseOriginPolicy', () => obj({
    access: z.union([ref(() => s.AllowDenyRequirement), z.null()]).optional(),
    accessApprovalLifetime: z.union([ref(() => s.BrowserUseAccessApprovalLifetime), z.null()]).optional(),
    autoReview: z.union([ref(() => s.AllowDenyRequirement), z.null()]).optional(),
    downloads: z.union([ref(() => s.AllowDenyRequirement), z.null()]).optional(),
    fullCdpAccess: z.union([ref(() => s.AllowDenyRequirement), z.null()]).optional(),
    persistentApproval: z.union([z.boolean(), z.null()]).optional(),
    uploads: z.union([ref(() => s.AllowDenyRequirement), z.null()]).optional(),
  }));
  def('BrowserUseOriginPolicyConfig', () => obj({
    access: z.union([ref(() => s.AllowDenyRequirement), z.null()]).optional(),
    downloads: z.union([ref(() => s.AllowDenyRequirement), z.null()]).optional(),
    full_cdp_access: z.union([ref(() => s.AllowDenyRequirement), z.null()]).optional(),
    uploads: z.union([ref(() => s.AllowDenyRequirement), z.null()]).optional(),
  }));
  def('BrowserUseRequirements', () => obj({
    allowGlobalPersistentApproval: z.union([z.boolean(), z.null()]).optional(),
    allowHistoryAccess: z.union([z.boolean(), z.null()]).optional(),
    allowWebmcp: z.union([z.boolean(), z.null()]).optional(),
    defaultOriginPolicy: z.union([ref(() => s.BrowserUseOriginPolicy), z.null()]).optional(),
    disableAutoReview: z.union([z.boolean(), z.null()]).optional(),
    extension: z.union([ref(() => s.BrowserUseExtensionRequirements), z.null()]).optional(),
    origins: z.union([z.record(z.string(), ref(() => s.BrowserUseOriginPolicy)), z.null()]).optional(),
  }));
  def('ByteRange', () => obj({
    end: z.number(),
    start: z.number(),
  }));
  def('CancelLoginAccountParams', () => obj({
    loginId: z.string(),
  }));
  def('CancelLoginAccountResponse', () => obj({
    status: ref(() => s.CancelLoginAccountStatus),
  }));
  def('CancelLoginAccountStatus', () => z.union([z.literal("canceled"), z.literal("notFound")]));
  def('CapabilityRootLocation', () => obj({
    environmentId: z.string(),
    path: z.string(),
    type: z.literal("environment"),
  }));
  def('ChatgptAuthTokensRefreshParams', () => obj({
    previousAccountId: z.union([z.string(), z.null()]).optional(),
    reason: ref(() => s.ChatgptAuthTokensRefreshReason),
  }));
  def('ChatgptAuthTokensRefreshReason', () => z.literal("unauthorized"));
  def('ChatgptAuthTokensRefreshResponse', () => obj({
    accessToken: z.string(),
    chatgptAccountId: z.string(),
    chatgptPlanType: z.union([z.string(), z.null()]).optional(),
  }));
  def('CliAuthCredentialsStoreMode', () => z.union([z.literal("file"), z.literal("keyring"), z.literal("auto"), z.literal("ephemeral")]));
  def('ClientInfo', () => obj({
    name: z.string(),
    title: z.union([z.string(), z.null()]).optional(),
    version: z.string(),
  }));
  def('CodexErrorInfo', () => z.union([z.union([z.literal("contextWindowExceeded"), z.literal("sessionBudgetExceeded"), z.literal("usageLimitExceeded"), z.literal("rateLimitExceeded"), z.literal("flexUnavailable"), z.literal("serverOverloaded"), z.literal("modelNotFound"), z.literal("policyCapacityUnavailable"), z.literal("cyberPolicy"), z.literal("misalignmentPolicyViolation"), z.literal("tooManyDenials"), z.literal("internalServerError"), z.literal("unauthorized"), z.literal("badRequest"), z.literal("threadRollbackFailed"), z.literal("sandboxError"), z.literal("other")]), z.literal("inferenceHookDenied"), obj({
    httpConnectionFailed: obj({
      httpStatusCode: z.union([z.number(), z.null()]).optional(),
    }),
  }), obj({
    responseStreamConnectionFailed: obj({
      httpStatusCode: z.union([z.number(), z.null()]).optional(),
    }),
  }), obj({
    responseStreamDisconnected: obj({
      httpStatusCode: z.union([z.number(), z.null()]).optional(),
    }),
  }), obj({
    responseTooManyFailedAttempts: obj({
      httpStatusCode: z.union([z.number(), z.null()]).optional(),
    }),
  }), obj({
    activeTurnNotSteerable: obj({
      turnKind: ref(() => s.NonSteerableTurnKind),
    }),
  }), z.union([z.string(), obj({})])]));
  def('CodexResponseHandoffMode', () => z.union([z.literal("thinking"), z.literal("commentary"), z.literal("bemTags")]));
  def('CollabAgentState', () => obj({
    message: z.union([z.string(), z.null()]).optional(),
    status: ref(() => s.CollabAgentStatus),
  }));
  def('CollabAgentStatus', () => z.union([z.literal("pendingInit"), z.literal("running"), z.literal("interrupted"), z.literal("completed"), z.literal("errored"), z.literal("shutdown"), z.literal("notFound")]));
  def('CollabAgentTool', () => z.union([z.literal("spawnAgent"), z.literal("sendInput"), z.literal("resumeAgent"), z.literal("wait"), z.literal("closeAgent"), z.literal("sendMessage"), z.literal("followupTask"), z.literal("interruptAgent"), z.literal("listAgents")]));
  def('CollabAgentToolCallStatus', () => z.union([z.literal("inProgress"), z.literal("completed"), z.literal("failed"), z.literal("interrupted")]));
  def('CollaborationMode', () => obj({
    mode: ref(() => s.ModeKind),
    settings: ref(() => s.Settings),
  }));
  def('CollaborationModeMask', () => obj({
    mode: z.union([ref(() => s.ModeKind), z.null()]).optional(),
    model: z.union([z.string(), z.null()]).optional(),
    name: z.string(),
    reasoning_effort: z.union([z.union([ref(() => s.ReasoningEffort), z.null()]), z.null()]).optional(),
  }));
  def('CommandAction', () => z.discriminatedUnion("type", [obj({
    command: z.string(),
    name: z.string(),
    path: ref(() => s.LegacyAppPathString),
    type: z.literal("read"),
  }), obj({
    command: z.string(),
    path: z.union([z.string(), z.null()]).optional(),
    type: z.literal("listFiles"),
  }), obj({
    command: z.string(),
    path: z.union([z.string(), z.null()]).optional(),
    query: z.union([z.string(), z.null()]).optional(),
    type: z.literal("search"),
  }), obj({
    command: z.string(),
    type: z.literal("unknown"),
  })]));
  def('CommandExecOutputDeltaNotification', () => obj({
    capReached: z.boolean(),
    deltaBase64: z.string(),
    processId: z.string(),
    stream: ref(() => s.CommandExecOutputStream),
  }));
  def('CommandExecOutputStream', () => z.union([z.literal("stdout"), z.literal("stderr")]));
  def('CommandExecParams', () => obj({
    command: z.array(z.string()),
    cwd: z.union([z.string(), z.null()]).optional(),
    disableOutputCap: z.boolean().optional(),
    disableTimeout: z.boolean().optional(),
    env: z.union([z.record(z.string(), z.union([z.string(), z.null()])), z.null()]).optional(),
    outputBytesCap: z.union([z.number(), z.null()]).optional(),
    processId: z.union([z.string(), z.null()]).optional(),
    sandboxPolicy: z.union([ref(() => s.SandboxPolicy), z.null()]).optional(),
    size: z.union([ref(() => s.CommandExecTerminalSize), z.null()]).optional(),
    streamStdin: z.boolean().optional(),
    streamStdoutStderr: z.boolean().optional(),
    timeoutMs: z.union([z.number(), z.null()]).optional(),
    tty: z.boolean().optional(),
  }));
  def('CommandExecResizeParams', () => obj({
    processId: z.string(),
    size: ref(() => s.CommandExecTerminalSize),
  }));
  def('CommandExecResizeResponse', () => obj({}));
  def('CommandExecResponse', () => obj({
    exitCode: z.number(),
    stderr: z.string(),
    stdout: z.string(),
  }));
  def('CommandExecTerminalSize', () => obj({
    cols: z.number(),
    rows: z.number(),
  }));
  def('CommandExecTerminateParams', () => obj({
    processId: z.string(),
  }));
  def('CommandExecTerminateResponse', () => obj({}));
  def('CommandExecWriteParams', () => obj({
    closeStdin: z.boolean().optional(),
    deltaBase64: z.union([z.string(), z.null()]).optional(),
    processId: z.string(),
  }));
  def('CommandExecWriteResponse', () => obj({}));
  def('CommandExecutionApprovalDecision', () => z.union([z.literal("accept"), z.literal("acceptForSession"), obj({
    acceptWithExecpolicyAmendment: obj({
      execpolicy_amendment: z.array(z.string()),
    }),
  }), obj({
    applyNetworkPolicyAmendment: obj({
      network_policy_amendment: ref(() => s.NetworkPolicyAmendment),
    }),
  }), z.literal("decline"), z.literal("cancel")]));
  def('CommandExecutionApprovalKind', () => z.union([z.union([z.literal("command"), z.literal("writeStdin")]), z.literal("humanCommand")]));
  def('CommandExecutionOutputDeltaNotification', () => obj({
    delta: z.string(),
    itemId: z.string(),
    threadId: z.string(),
    turnId: z.string(),
  }));
  def('CommandExecutionRequestApprovalParams', () => obj({
    approvalId: z.union([z.string(), z.null()]).optional(),
    command: z.union([z.string(), z.null()]).optional(),
    commandActions: z.union([z.array(ref(() => s.CommandAction)), z.null()]).optional(),
    cwd: z.union([ref(() => s.LegacyAppPathString), z.null()]).optional(),
    environmentId: z.union([z.string(), z.null()]).optional(),
    itemId: z.string(),
    kind: ref(() => s.CommandExecutionApprovalKind).optional(),
    networkApprovalContext: z.union([ref(() => s.NetworkApprovalContext), z.null()]).optional(),
    proposedExecpolicyAmendment: z.union([z.array(z.string()), z.null()]).optional(),
    proposedNetworkPolicyAmendments: z.union([z.array(ref(() => s.NetworkPolicyAmendment)), z.null()]).optional(),
    reason: z.union([z.string(), z.null()]).optional(),
    startedAtMs: z.number(),
    threadId: z.string(),
    turnId: z.string(),
  }));
  def('CommandExecutionRequestApprovalResponse', () => obj({
    decision: ref(() => s.CommandExecutionApprovalDecision),
  }));
  def('CommandExecutionSource', () => z.union([z.literal("agent"), z.literal("userShell"), z.literal("unifiedExecStartup"), z.literal("unifiedExecInteraction")]));
  def('CommandExecutionStatus', () => z.union([z.literal("inProgress"), z.literal("completed"), z.literal("failed"), z.literal("declined")]));
  def('CommandMigration', () => obj({
    name: z.string(),
  }));
  def('ComputerUseConfig', () => obj({
    default_app_access: z.union([ref(() => s.AllowDenyRequirement), z.null()]).optional(),
    macos: z.union([ref(() => s.ComputerUseMacosConfig), z.null()]).optional(),
    windows: z.union([ref(() => s.ComputerUseWindowsConfig), z.null()]).optional(),
  }));
  def('ComputerUseMacosConfig', () => obj({
    bundle_ids: z.union([z.record(z.string(), ref(() => s.AllowDenyRequirement)), z.null()]).optional(),
  }));
  def('ComputerUseMacosRequirements', () => obj({
    bundleIds: z.union([z.record(z.string(), ref(() => s.AllowDenyRequirement)), z.null()]).optional(),
  }));
  def('ComputerUseRequirements', () => obj({
    allowLockedComputerUse: z.union([z.boolean(), z.null()]).optional(),
    allowPersistentApproval: z.union([z.boolean(), z.null()]).optional(),
    defaultAppAccess: z.union([ref(() => s.AllowDenyRequirement), z.null()]).optional(),
    macos: z.union([ref(() => s.ComputerUseMacosRequirements), z.null()]).optional(),
    windows: z.union([ref(() => s.ComputerUseWindowsRequirements), z.null()]).optional(),
  }));
  def('ComputerUseWindowsConfig', () => obj({
    aumids: z.union([z.record(z.string(), ref(() => s.AllowDenyRequirement)), z.null()]).optional(),
    exes: z.union([z.array(ref(() => s.ComputerUseWindowsExeConfig)), z.null()]).optional(),
  }));
  def('ComputerUseWindowsExeConfig', () => obj({
    access: ref(() => s.AllowDenyRequirement),
    binary_name: z.union([z.string(), z.null()]).optional(),
    product_name: z.string(),
    publisher_name: z.string(),
  }));
  def('ComputerUseWindowsExeRequirement', () => obj({
    access: ref(() => s.AllowDenyRequirement),
    binaryName: z.union([z.string(), z.null()]).optional(),
    productName: z.string(),
    publisherName: z.string(),
  }));
  def('ComputerUseWindowsRequirements', () => obj({
    aumids: z.union([z.record(z.string(), ref(() => s.AllowDenyRequirement)), z.null()]).optional(),
    exes: z.union([z.array(ref(() => s.ComputerUseWindowsExeRequirement)), z.null()]).optional(),
  }));
  def('Config', () => obj({
    analytics: z.union([ref(() => s.AnalyticsConfig), z.null()]).optional(),
    approval_policy: z.union([ref(() => s.AskForApproval), z.null()]).optional(),
    approvals_reviewer: z.union([ref(() => s.ApprovalsReviewer), z.null()]).optional(),
    browser_use: z.union([ref(() => s.BrowserUseConfig), z.null()]).optional(),
    client_search_provider: z.union([ref(() => s.WebSearchProvider), z.null()]).optional(),
    compact_prompt: z.union([z.string(), z.null()]).optional(),
    computer_use: z.union([ref(() => s.ComputerUseConfig), z.null()]).optional(),
    desktop: z.union([obj({}), z.null()]).optional(),
    developer_instructions: z.union([z.string(), z.null()]).optional(),
    forced_chatgpt_workspace_id: z.union([ref(() => s.ForcedChatgptWorkspaceIds), z.null()]).optional(),
    forced_login_method: z.union([ref(() => s.ForcedLoginMethod), z.null()]).optional(),
    instructions: z.union([z.string(), z.null()]).optional(),
    model: z.union([z.string(), z.null()]).optional(),
    model_auto_compact_token_limit: z.union([z.number(), z.null()]).optional(),
    model_auto_compact_token_limit_scope: z.union([ref(() => s.AutoCompactTokenLimitScope), z.null()]).optional(),
    model_context_window: z.union([z.number(), z.null()]).optional(),
    model_provider: z.union([z.string(), z.null()]).optional(),
    model_reasoning_effort: z.union([ref(() => s.ReasoningEffort), z.null()]).optional(),
    model_reasoning_summary: z.union([ref(() => s.ReasoningSummary), z.null()]).optional(),
    model_verbosity: z.union([ref(() => s.Verbosity), z.null()]).optional(),
    review_model: z.union([z.string(), z.null()]).optional(),
    sandbox_mode: z.union([ref(() => s.SandboxMode), z.null()]).optional(),
    sandbox_workspace_write: z.union([ref(() => s.SandboxWorkspaceWrite), z.null()]).optional(),
    service_tier: z.union([z.string(), z.null()]).optional(),
    tools: z.union([ref(() => s.ToolsV2), z.null()]).optional(),
    web_search: z.union([ref(() => s.WebSearchMode), z.null()]).optional(),
  }));
  def('ConfigBatchWriteParams', () => obj({
    edits: z.array(ref(() => s.ConfigEdit)),
    expectedVersion: z.union([z.string(), z.null()]).optional(),
    filePath: z.union([z.string(), z.null()]).optional(),
    reloadUserConfig: z.boolean().optional(),
  }));
  def('ConfigEdit', () => obj({
    keyPath: z.string(),
    mergeStrategy: ref(() => s.MergeStrategy),
    value: z.unknown(),
  }));
  def('ConfigLayer', () => obj({
    config: z.unknown(),
    disabledReason: z.union([z.string(), z.null()]).optional(),
    name: ref(() => s.ConfigLayerSource),
    version: z.string(),
  }));
  def('ConfigLayerMetadata', () => obj({
    name: ref(() => s.ConfigLayerSource),
    version: z.string(),
  }));
  def('ConfigLayerSource', () => z.discriminatedUnion("type", [obj({
    file: ref(() => s.AbsolutePathBuf),
    type: z.literal("packagedDefaults"),
  }), obj({
    domain: z.string(),
    key: z.string(),
    type: z.literal("mdm"),
  }), obj({
    file: ref(() => s.AbsolutePathBuf),
    type: z.literal("system"),
  }), obj({
    id: z.string(),
    name: z.string(),
    type: z.literal("enterpriseManaged"),
  }), obj({
    file: ref(() => s.AbsolutePathBuf),
    profile: z.union([z.string(), z.null()]).optional(),
    type: z.literal("user"),
  }), obj({
    dotCodexFolder: ref(() => s.AbsolutePathBuf),
    type: z.literal("project"),
  }), obj({
    type: z.literal("sessionFlags"),
  }), obj({
    file: ref(() => s.AbsolutePathBuf),
    type: z.literal("legacyManagedConfigTomlFromFile"),
  }), obj({
    type: z.literal("legacyManagedConfigTomlFromMdm"),
  })]));
  def('ConfigReadParams', () => obj({
    cwd: z.union([z.string(), z.null()]).optional(),
    includeLayers: z.boolean().optional(),
  }));
  def('ConfigReadResponse', () => obj({
    config: ref(() => s.Config),
    layers: z.union([z.array(ref(() => s.ConfigLayer)), z.null()]).optional(),
    origins: z.record(z.string(), ref(() => s.ConfigLayerMetadata)),
  }));
  def('ConfigRequirements', () => obj({
    additionalDeveloperInstructions: z.union([z.string(), z.null()]).optional(),
    allowAppshots: z.union([z.boolean(), z.null()]).optional(),
    allowBrowserAndComputerUse: z.union([z.boolean(), z.null()]).optional(),
    allowLoginShell: z.union([z.boolean(), z.null()]).optional(),
    allowManagedHooksOnly: z.union([z.boolean(), z.null()]).optional(),
    allowRemoteControl: z.union([z.boolean(), z.null()]).optional(),
    allowedApprovalPolicies: z.union([z.array(ref(() => s.AskForApproval)), z.null()]).optional(),
    allowedLoginMethods: z.union([z.array(ref(() => s.ForcedLoginMethod)), z.null()]).optional(),
    allowedPermissionProfiles: z.union([z.record(z.string(), z.boolean()), z.null()]).optional(),
    allowedSandboxModes: z.union([z.array(ref(() => s.SandboxMode)), z.null()]).optional(),
    allowedWebSearchModes: z.union([z.array(ref(() => s.WebSearchMode)), z.null()]).optional(),
    allowedWindowsSandboxImplementations: z.union([z.array(ref(() => s.WindowsSandboxImplementation)), z.null()]).optional(),
    autoReview: z.union([ref(() => s.AutoReviewRequirements), z.null()]).optional(),
    browserUse: z.union([ref(() => s.BrowserUseRequirements), z.null()]).optional(),
    chatgptBaseUrl: z.union([z.string(), z.null()]).optional(),
    checkForUpdateOnStartup: z.union([z.boolean(), z.null()]).optional(),
    cliAuthCredentialsStore: z.union([ref(() => s.CliAuthCredentialsStoreMode), z.null()]).optional(),
    computerUse: z.union([ref(() => s.ComputerUseRequirements), z.null()]).optional(),
    defaultPermissions: z.union([z.string(), z.null()]).optional(),
    enforceResidency: z.union([ref(() => s.ResidencyRequirement), z.null()]).optional(),
    featureRequirements: z.union([z.record(z.string(), z.boolean()), z.null()]).optional(),
    feedback: z.union([ref(() => s.FeedbackRequirements), z.null()]).optional(),
    inAppBrowser: z.union([ref(() => s.InAppBrowserRequirements), z.null()]).optional(),
    logDir: z.union([z.string(), z.null()]).optional(),
    modelCatalogJson: z.union([z.string(), z.null()]).optional(),
    modelProvider: z.union([z.string(), z.null()]).optional(),
    modelProviders: z.union([obj({}), z.null()]).optional(),
    models: z.union([ref(() => s.ModelsRequirements), z.null()]).optional(),
    otel: z.union([ref(() => s.OtelRequirements), z.null()]).optional(),
    sqliteHome: z.union([z.string(), z.null()]).optional(),
  }));
  def('ConfigRequirementsReadResponse', () => obj({
    requirements: z.union([ref(() => s.ConfigRequirements), z.null()]).optional(),
    supportsIndependentSpeedModes: z.union([z.boolean(), z.null()]).optional(),
  }));
  def('ConfigValueWriteParams', () => obj({
    expectedVersion: z.union([z.string(), z.null()]).optional(),
    filePath: z.union([z.string(), z.null()]).optional(),
    keyPath: z.string(),
    mergeStrategy: ref(() => s.MergeStrategy),
    value: z.unknown(),
  }));
  def('ConfigWarningNotification', () => obj({
    details: z.union([z.string(), z.null()]).optional(),
    path: z.union([z.string(), z.null()]).optional(),
    range: z.union([ref(() => s.TextRange), z.null()]).optional(),
    summary: z.string(),
  }));
  def('ConfigWriteResponse', () => obj({
    filePath: ref(() => s.AbsolutePathBuf),
    overriddenMetadata: z.union([ref(() => s.OverriddenMetadata), z.null()]).optional(),
    status: ref(() => s.WriteStatus),
    version: z.string(),
  }));
  def('ConfigurationReasoning', () => obj({
    effort: ref(() => s.ReasoningEffort),
  }));
  def('ConfiguredHookHandler', () => z.discriminatedUnion("type", [obj({
    additionalContextLimit: z.union([z.number(), z.null()]).optional(),
    async: z.boolean(),
    command: z.string(),
    commandWindows: z.union([z.string(), z.null()]).optional(),
    statusMessage: z.union([z.string(), z.null()]).optional(),
    timeoutSec: z.union([z.number(), z.null()]).optional(),
    type: z.literal("command"),
  }), obj({
    input: obj({}),
    server: z.string(),
    statusMessage: z.union([z.string(), z.null()]).optional(),
    timeoutSec: z.union([z.number(), z.null()]).optional(),
    tool: z.string(),
    type: z.literal("mcp_tool"),
  }), obj({
    type: z.literal("prompt"),
  }), obj({
    type: z.literal("agent"),
  })]));
  def('ConfiguredHookMatcherGroup', () => obj({
    hooks: z.array(ref(() => s.ConfiguredHookHandler)),
    matcher: z.union([z.string(), z.null()]).optional(),
  }));
  def('ConnectorMetadata', () => obj({
    description: z.union([z.string(), z.null()]).optional(),
    distributionChannel: z.union([z.string(), z.null()]).optional(),
    iconUrl: z.union([z.string(), z.null()]).optional(),
    iconUrlDark: z.union([z.string(), z.null()]).optional(),
    id: z.string(),
    installUrl: z.union([z.string(), z.null()]).optional(),
    name: z.string(),
    pluginDisplayNames: z.array(z.string()).optional(),
    toolSummaries: z.union([z.array(ref(() => s.AppToolSummary)), z.null()]).optional(),
  }));
  def('ConsumeAccountRateLimitResetCreditOutcome', () => z.union([z.literal("reset"), z.literal("nothingToReset"), z.literal("noCredit"), z.literal("alreadyRedeemed")]));
  def('ConsumeAccountRateLimitResetCreditParams', () => obj({
    creditId: z.union([z.string(), z.null()]).optional(),
    idempotencyKey: z.string(),
  }));
  def('ConsumeAccountRateLimitResetCreditResponse', () => obj({
    outcome: ref(() => s.ConsumeAccountRateLimitResetCreditOutcome),
  }));
  def('ContentItem', () => z.discriminatedUnion("type", [obj({
    text: z.string(),
    type: z.literal("input_text"),
  }), z.looseObject({ type: z.literal("input_image") }).pipe(z.intersection(obj({
    detail: z.union([ref(() => s.ImageDetail), z.null()]).optional(),
    type: z.literal("input_image"),
  }), z.union([obj({
    image_url: z.string(),
  }), obj({
    file_id: z.string(),
  })])) as z.ZodType<unknown, any>), z.looseObject({ type: z.literal("input_audio") }).pipe(z.intersection(obj({
    type: z.literal("input_audio"),
  }), z.union([obj({
    audio_url: z.string(),
  }), obj({
    file_id: z.string(),
  })])) as z.ZodType<unknown, any>), obj({
    annotations: z.union([z.array(z.unknown()), z.null()]).optional(),
    logprobs: z.union([z.array(z.unknown()), z.null()]).optional(),
    text: z.string(),
    type: z.literal("output_text"),
  })]));
  def('ContextCompactedNotification', () => obj({
    threadId: z.string(),
    turnId: z.string(),
  }));
  def('ConversationTextRole', () => z.union([z.literal("user"), z.literal("developer"), z.literal("assistant")]));
  def('CreditsSnapshot', () => obj({
    balance: z.union([z.string(), z.null()]).optional(),
    hasCredits: z.boolean(),
    unlimited: z.boolean(),
  }));
  def('CyberAccessProgram', () => z.union([z.literal("standard"), z.literal("daybreakBlue"), z.literal("daybreakRed")]));
  def('DeprecationNoticeNotification', () => obj({
    details: z.union([z.string(), z.null()]).optional(),
    summary: z.string(),
  }));
  def('DesktopOnboardingEntrypoint', () => z.literal("life_sciences"));
  def('DynamicToolCallOutputContentItem', () => z.discriminatedUnion("type", [obj({
    text: z.string(),
    type: z.literal("inputText"),
  }), obj({
    imageUrl: z.string(),
    type: z.literal("inputImage"),
  }), obj({
    audioUrl: z.string(),
    type: z.literal("inputAudio"),
  })]));
  def('DynamicToolCallParams', () => obj({
    arguments: z.unknown(),
    callId: z.string(),
    namespace: z.union([z.string(), z.null()]).optional(),
    threadId: z.string(),
    tool: z.string(),
    turnId: z.string(),
  }));
  def('DynamicToolCallResponse', () => obj({
    contentItems: z.array(ref(() => s.DynamicToolCallOutputContentItem)),
    success: z.boolean(),
  }));
  def('DynamicToolCallStatus', () => z.union([z.literal("inProgress"), z.literal("completed"), z.literal("failed")]));
  def('DynamicToolNamespaceTool', () => obj({
    deferLoading: z.boolean().optional(),
    description: z.string(),
    inputSchema: z.unknown(),
    name: z.string(),
    type: z.literal("function"),
  }));
  def('DynamicToolSpec', () => z.discriminatedUnion("type", [obj({
    deferLoading: z.boolean().optional(),
    description: z.string(),
    inputSchema: z.unknown(),
    name: z.string(),
    type: z.literal("function"),
  }), obj({
    description: z.string(),
    name: z.string(),
    tools: z.array(ref(() => s.DynamicToolNamespaceTool)),
    type: z.literal("namespace"),
  })]));
  def('EnvironmentConnectionNotification', () => obj({
    environmentId: z.string(),
    threadId: z.string(),
  }));
  def('EnvironmentSkillsParams', () => obj({
    required: z.union([z.array(z.string()), z.null()]).optional(),
  }));
  def('ErrorNotification', () => obj({
    error: ref(() => s.TurnError),
    threadId: z.string(),
    turnId: z.string(),
    willRetry: z.boolean(),
  }));
  def('ExecCommandApprovalParams', () => obj({
    approvalId: z.union([z.string(), z.null()]).optional(),
    callId: z.string(),
    command: z.array(z.string()),
    conversationId: ref(() => s.ThreadId),
    cwd: z.string(),
    parsedCmd: z.array(ref(() => s.ParsedCommand)),
    reason: z.union([z.string(), z.null()]).optional(),
  }));
  def('ExecCommandApprovalResponse', () => obj({
    decision: ref(() => s.ReviewDecision),
  }));
  def('ExperimentalFeature', () => obj({
    announcement: z.union([z.string(), z.null()]).optional(),
    defaultEnabled: z.boolean(),
    description: z.union([z.string(), z.null()]).optional(),
    displayName: z.union([z.string(), z.null()]).optional(),
    enabled: z.boolean(),
    name: z.string(),
    stage: ref(() => s.ExperimentalFeatureStage),
  }));
  def('ExperimentalFeatureEnablementSetParams', () => obj({
    enablement: z.record(z.string(), z.boolean()),
  }));
  def('ExperimentalFeatureEnablementSetResponse', () => obj({
    enablement: z.record(z.string(), z.boolean()),
  }));
  def('ExperimentalFeatureListParams', () => obj({
    cursor: z.union([z.string(), z.null()]).optional(),
    limit: z.union([z.number(), z.null()]).optional(),
    threadId: z.union([z.string(), z.null()]).optional(),
  }));
  def('ExperimentalFeatureListResponse', () => obj({
    data: z.array(ref(() => s.ExperimentalFeature)),
    nextCursor: z.union([z.string(), z.null()]).optional(),
  }));
  def('ExperimentalFeatureStage', () => z.union([z.literal("beta"), z.literal("underDevelopment"), z.literal("stable"), z.literal("deprecated"), z.literal("removed")]));
  def('ExternalAgentConfigDetectParams', () => obj({
    cwds: z.union([z.array(z.string()), z.null()]).optional(),
    includeHome: z.boolean().optional(),
    maxSessionAgeDays: z.union([z.number(), z.null()]).optional(),
    maxSessions: z.union([z.number(), z.null()]).optional(),
    migrationSource: z.union([z.string(), z.null()]).optional(),
    source: z.union([z.string(), z.null()]).optional(),
  }));
  def('ExternalAgentConfigDetectResponse', () => obj({
    connectors: z.array(ref(() => s.ExternalAgentDetectedConnectorCandidate)).optional(),
    items: z.array(ref(() => s.ExternalAgentConfigMigrationItem)),
  }));
  def('ExternalAgentConfigImportCompletedNotification', () => obj({
    importId: z.string(),
    itemTypeResults: z.array(ref(() => s.ExternalAgentConfigImportTypeResult)),
  }));
  def('ExternalAgentConfigImportHistoriesReadResponse', () => obj({
    connectors: z.array(ref(() => s.ExternalAgentImportedConnectorCandidate)),
    data: z.array(ref(() => s.ExternalAgentConfigImportHistory)),
  }));
  def('ExternalAgentConfigImportHistory', () => obj({
    completedAtMs: z.number(),
    failures: z.array(ref(() => s.ExternalAgentConfigImportItemTypeFailure)),
    importId: z.string(),
    providerId: z.union([z.string(), z.null()]).optional(),
    successes: z.array(ref(() => s.ExternalAgentConfigImportItemTypeSuccess)),
  }));
  def('ExternalAgentConfigImportHistoryRecordParams', () => obj({
    itemTypeResults: z.array(ref(() => s.ExternalAgentConfigImportHistoryRecordTypeResultParams)),
    providerId: z.string(),
  }));
  def('ExternalAgentConfigImportHistoryRecordResponse', () => obj({
    importId: z.string(),
  }));
  def('ExternalAgentConfigImportHistoryRecordSuccessParams', () => obj({
    cwd: z.union([z.string(), z.null()]).optional(),
    itemType: ref(() => s.ExternalAgentConfigMigrationItemType),
    source: z.union([z.string(), z.null()]).optional(),
    target: z.union([z.string(), z.null()]).optional(),
    title: z.union([z.string(), z.null()]).optional(),
  }));
  def('ExternalAgentConfigImportHistoryRecordTypeResultParams', () => obj({
    failures: z.array(ref(() => s.ExternalAgentConfigImportItemTypeFailure)),
    itemType: ref(() => s.ExternalAgentConfigMigrationItemType),
    successes: z.array(ref(() => s.ExternalAgentConfigImportHistoryRecordSuccessParams)),
  }));
  def('ExternalAgentConfigImportItemTypeFailure', () => obj({
    cwd: z.union([z.string(), z.null()]).optional(),
    errorType: z.union([z.string(), z.null()]).optional(),
    failureStage: z.string(),
    itemType: ref(() => s.ExternalAgentConfigMigrationItemType),
    message: z.string(),
    source: z.union([z.string(), z.null()]).optional(),
    subErrorType: z.union([z.string(), z.null()]).optional(),
  }));
  def('ExternalAgentConfigImportItemTypeSuccess', () => obj({
    cwd: z.union([z.string(), z.null()]).optional(),
    itemType: ref(() => s.ExternalAgentConfigMigrationItemType),
    source: z.union([z.string(), z.null()]).optional(),
    target: z.union([z.string(), z.null()]).optional(),
    title: z.union([z.string(), z.null()]).optional(),
  }));
  def('ExternalAgentConfigImportParams', () => obj({
    migrationItems: z.array(ref(() => s.ExternalAgentConfigMigrationItem)),
    migrationSource: z.union([z.string(), z.null()]).optional(),
    providerId: z.union([z.string(), z.null()]).optional(),
    source: z.union([z.string(), z.null()]).optional(),
  }));
  def('ExternalAgentConfigImportProgressNotification', () => obj({
    importId: z.string(),
    itemTypeResults: z.array(ref(() => s.ExternalAgentConfigImportTypeResult)),
  }));
  def('ExternalAgentConfigImportResponse', () => obj({
    importId: z.string(),
  }));
  def('ExternalAgentConfigImportTypeResult', () => obj({
    failures: z.array(ref(() => s.ExternalAgentConfigImportItemTypeFailure)),
    itemType: ref(() => s.ExternalAgentConfigMigrationItemType),
    successes: z.array(ref(() => s.ExternalAgentConfigImportItemTypeSuccess)),
  }));
  def('ExternalAgentConfigMigrationItem', () => obj({
    cwd: z.union([z.string(), z.null()]).optional(),
    description: z.string(),
    details: z.union([ref(() => s.MigrationDetails), z.null()]).optional(),
    itemType: ref(() => s.ExternalAgentConfigMigrationItemType),
  }));
  def('ExternalAgentConfigMigrationItemType', () => z.union([z.literal("AGENTS_MD"), z.literal("CONFIG"), z.literal("SKILLS"), z.literal("PLUGINS"), z.literal("MCP_SERVER_CONFIG"), z.literal("SUBAGENTS"), z.literal("HOOKS"), z.literal("COMMANDS"), z.literal("MEMORY"), z.literal("SESSIONS")]));
  def('ExternalAgentDetectedConnectorCandidate', () => obj({
    name: z.string(),
    sessionCount: z.number(),
    source: ref(() => s.ExternalAgentDetectedConnectorSource),
  }));
  def('ExternalAgentDetectedConnectorSource', () => z.union([z.literal("remoteMcpServersConfig"), z.literal("sessionToolUse")]));
  def('ExternalAgentImportedConnectorCandidate', () => obj({
    name: z.string(),
    sessionCount: z.number(),
    source: ref(() => s.ExternalAgentImportedConnectorSource),
  }));
  def('ExternalAgentImportedConnectorSource', () => z.literal("remoteMcpServersConfig"));
  def('FeedbackRequirements', () => obj({
    enabled: z.union([z.boolean(), z.null()]).optional(),
  }));
  def('FeedbackSaveParams', () => obj({
    classification: z.string(),
    extraLogFiles: z.union([z.array(z.string()), z.null()]).optional(),
    includeLogs: z.boolean().optional(),
    reason: z.union([z.string(), z.null()]).optional(),
    savePath: ref(() => s.LegacyAppPathString),
    tags: z.union([z.record(z.string(), z.string()), z.null()]).optional(),
    threadId: z.union([z.string(), z.null()]).optional(),
  }));
  def('FeedbackSaveResponse', () => obj({
    promptHash: z.union([z.string(), z.null()]).optional(),
    savedPath: ref(() => s.LegacyAppPathString),
    threadId: z.string(),
  }));
  def('FeedbackUploadParams', () => obj({
    classification: z.string(),
    extraLogFiles: z.union([z.array(z.string()), z.null()]).optional(),
    includeLogs: z.boolean().optional(),
    reason: z.union([z.string(), z.null()]).optional(),
    tags: z.union([z.record(z.string(), z.string()), z.null()]).optional(),
    threadId: z.union([z.string(), z.null()]).optional(),
  }));
  def('FeedbackUploadResponse', () => obj({
    promptHash: z.union([z.string(), z.null()]).optional(),
    threadId: z.string(),
  }));
  def('FileChange', () => z.discriminatedUnion("type", [obj({
    content: z.string(),
    type: z.literal("add"),
  }), obj({
    content: z.string(),
    type: z.literal("delete"),
  }), obj({
    move_path: z.union([z.string(), z.null()]).optional(),
    type: z.literal("update"),
    unified_diff: z.string(),
  })]));
  def('FileChangeApprovalDecision', () => z.union([z.literal("accept"), z.literal("acceptForSession"), z.literal("decline"), z.literal("cancel")]));
  def('FileChangeOutputDeltaNotification', () => obj({
    delta: z.string(),
    itemId: z.string(),
    threadId: z.string(),
    turnId: z.string(),
  }));
  def('FileChangePatchUpdatedNotification', () => obj({
    changes: z.array(ref(() => s.FileUpdateChange)),
    itemId: z.string(),
    threadId: z.string(),
    turnId: z.string(),
  }));
  def('FileChangeRequestApprovalParams', () => obj({
    grantRoot: z.union([z.string(), z.null()]).optional(),
    itemId: z.string(),
    reason: z.union([z.string(), z.null()]).optional(),
    startedAtMs: z.number(),
    threadId: z.string(),
    turnId: z.string(),
  }));
  def('FileChangeRequestApprovalResponse', () => obj({
    decision: ref(() => s.FileChangeApprovalDecision),
  }));
  def('FileSystemAccessMode', () => z.union([z.literal("read"), z.literal("write"), z.literal("deny")]));
  def('FileSystemPath', () => z.discriminatedUnion("type", [obj({
    path: ref(() => s.LegacyAppPathString),
    type: z.literal("path"),
  }), obj({
    pattern: z.string(),
    type: z.literal("glob_pattern"),
  }), obj({
    type: z.literal("special"),
    value: ref(() => s.FileSystemSpecialPath),
  })]));
  def('FileSystemSandboxEntry', () => obj({
    access: ref(() => s.FileSystemAccessMode),
    path: ref(() => s.FileSystemPath),
  }));
  def('FileSystemSpecialPath', () => z.discriminatedUnion("kind", [obj({
    kind: z.literal("root"),
  }), obj({
    kind: z.literal("minimal"),
  }), obj({
    kind: z.literal("project_roots"),
    subpath: z.union([ref(() => s.LegacyAppPathString), z.null()]).optional(),
  }), obj({
    kind: z.literal("tmpdir"),
  }), obj({
    kind: z.literal("slash_tmp"),
  }), obj({
    kind: z.literal("unknown"),
    path: z.string(),
    subpath: z.union([ref(() => s.LegacyAppPathString), z.null()]).optional(),
  })]));
  def('FileUpdateChange', () => obj({
    diff: z.string(),
    kind: ref(() => s.PatchChangeKind),
    path: z.string(),
  }));
  def('ForcedChatgptWorkspaceIds', () => z.union([z.string(), z.array(z.string())]));
  def('ForcedLoginMethod', () => z.union([z.literal("chatgpt"), z.literal("api")]));
  def('FsChangedNotification', () => obj({
    changedPaths: z.array(ref(() => s.AbsolutePathBuf)),
    watchId: z.string(),
  }));
  def('FsCopyParams', () => obj({
    destinationPath: ref(() => s.AbsolutePathBuf),
    recursive: z.boolean().optional(),
    sourcePath: ref(() => s.AbsolutePathBuf),
  }));
  def('FsCopyResponse', () => obj({}));
  def('FsCreateDirectoryParams', () => obj({
    path: ref(() => s.AbsolutePathBuf),
    recursive: z.union([z.boolean(), z.null()]).optional(),
  }));
  def('FsCreateDirectoryResponse', () => obj({}));
  def('FsGetMetadataParams', () => obj({
    path: ref(() => s.AbsolutePathBuf),
  }));
  def('FsGetMetadataResponse', () => obj({
    createdAtMs: z.number(),
    isDirectory: z.boolean(),
    isFile: z.boolean(),
    isSymlink: z.boolean(),
    modifiedAtMs: z.number(),
  }));
  def('FsReadDirectoryEntry', () => obj({
    fileName: z.string(),
    isDirectory: z.boolean(),
    isFile: z.boolean(),
  }));
  def('FsReadDirectoryParams', () => obj({
    path: ref(() => s.AbsolutePathBuf),
  }));
  def('FsReadDirectoryResponse', () => obj({
    entries: z.array(ref(() => s.FsReadDirectoryEntry)),
  }));
  def('FsReadFileParams', () => obj({
    path: ref(() => s.AbsolutePathBuf),
  }));
  def('FsReadFileResponse', () => obj({
    dataBase64: z.string(),
  }));
  def('FsRemoveParams', () => obj({
    force: z.union([z.boolean(), z.null()]).optional(),
    path: ref(() => s.AbsolutePathBuf),
    recursive: z.union([z.boolean(), z.null()]).optional(),
  }));
  def('FsRemoveResponse', () => obj({}));
  def('FsUnwatchParams', () => obj({
    watchId: z.string(),
  }));
  def('FsUnwatchResponse', () => obj({}));
  def('FsWatchParams', () => obj({
    path: ref(() => s.AbsolutePathBuf),
    watchId: z.string(),
  }));
  def('FsWatchResponse', () => obj({
    path: ref(() => s.AbsolutePathBuf),
  }));
  def('FsWriteFileParams', () => obj({
    dataBase64: z.string(),
    path: ref(() => s.AbsolutePathBuf),
  }));
  def('FsWriteFileResponse', () => obj({}));
  def('FunctionCallOutputBody', () => z.union([z.string(), z.array(ref(() => s.FunctionCallOutputContentItem))]));
  def('FunctionCallOutputContentItem', () => z.discriminatedUnion("type", [obj({
    text: z.string(),
    type: z.literal("input_text"),
  }), z.looseObject({ type: z.literal("input_image") }).pipe(z.intersection(obj({
    detail: z.union([ref(() => s.ImageDetail), z.null()]).optional(),
    type: z.literal("input_image"),
  }), z.union([obj({
    image_url: z.string(),
  }), obj({
    file_id: z.string(),
  })])) as z.ZodType<unknown, any>), z.looseObject({ type: z.literal("input_audio") }).pipe(z.intersection(obj({
    type: z.literal("input_audio"),
  }), z.union([obj({
    audio_url: z.string(),
  }), obj({
    file_id: z.string(),
  })])) as z.ZodType<unknown, any>), obj({
    encrypted_content: z.string(),
    type: z.literal("encrypted_content"),
  })]));
  def('FuzzyFileSearchMatchType', () => z.union([z.literal("file"), z.literal("directory")]));
  def('FuzzyFileSearchParams', () => obj({
    cancellationToken: z.union([z.string(), z.null()]).optional(),
    query: z.string(),
    roots: z.array(z.string()),
  }));
  def('FuzzyFileSearchResponse', () => obj({
    files: z.array(ref(() => s.FuzzyFileSearchResult)),
  }));
  def('FuzzyFileSearchResult', () => obj({
    file_name: z.string(),
    indices: z.union([z.array(z.number()), z.null()]).optional(),
    match_type: ref(() => s.FuzzyFileSearchMatchType),
    path: z.string(),
    root: z.string(),
    score: z.number(),
  }));
  def('FuzzyFileSearchSessionCompletedNotification', () => obj({
    sessionId: z.string(),
  }));
  def('FuzzyFileSearchSessionUpdatedNotification', () => obj({
    files: z.array(ref(() => s.FuzzyFileSearchResult)),
    query: z.string(),
    sessionId: z.string(),
  }));
  def('GatewayAuth', () => z.discriminatedUnion("mode", [obj({
    mode: z.literal("none"),
  }), obj({
    envKey: z.string(),
    mode: z.literal("environmentVariable"),
  }), obj({
    envKey: z.union([z.string(), z.null()]).optional(),
    mode: z.literal("externallyConfigured"),
  })]));
  def('GatewayOAuthCancelResponse', () => obj({}));
  def('GatewayOAuthChangedNotification', () => obj({
    authUrl: z.union([z.string(), z.null()]).optional(),
    error: z.union([z.string(), z.null()]).optional(),
    loginId: z.union([z.string(), z.null()]).optional(),
    providerId: z.string(),
    status: ref(() => s.GatewayOAuthStatus),
  }));
  def('GatewayOAuthLoginParams', () => obj({
    deviceAuth: z.boolean().optional(),
    modelProvider: z.union([z.string(), z.null()]).optional(),
  }));
  def('GatewayOAuthLoginResponse', () => obj({
    prompt: z.union([ref(() => s.GatewayOAuthPrompt), z.null()]).optional(),
  }));
  def('GatewayOAuthPrompt', () => obj({
    loginId: z.string(),
    userCode: z.string(),
    verificationUrl: z.string(),
  }));
  def('GatewayOAuthReadParams', () => obj({
    modelProvider: z.union([z.string(), z.null()]).optional(),
  }));
  def('GatewayOAuthReadResponse', () => obj({
    error: z.union([z.string(), z.null()]).optional(),
    providerId: z.string(),
    providerName: z.string(),
    required: z.boolean(),
    status: z.union([ref(() => s.GatewayOAuthStatus), z.null()]).optional(),
    supportsDeviceAuth: z.boolean().optional(),
  }));
  def('GatewayOAuthStatus', () => z.union([z.literal("notReady"), z.literal("started"), z.literal("succeeded"), z.literal("failed")]));
  def('GcpProviderId', () => z.literal("gcp"));
  def('GetAccountParams', () => obj({
    refreshToken: z.boolean().optional(),
  }));
  def('GetAccountRateLimitsParams', () => obj({
    excludeResetCreditDetails: z.boolean().optional(),
    supportsLunaReserve: z.boolean().optional(),
  }));
  def('GetAccountRateLimitsResponse', () => obj({
    accountId: z.union([z.string(), z.null()]).optional(),
    ordinaryUsageAllowed: z.union([z.boolean(), z.null()]).optional(),
    rateLimitResetCredits: z.union([ref(() => s.RateLimitResetCreditsSummary), z.null()]).optional(),
    rateLimitUpsell: z.unknown().optional(),
    rateLimits: ref(() => s.RateLimitSnapshot),
    rateLimitsByLimitId: z.union([z.record(z.string(), ref(() => s.RateLimitSnapshot)), z.null()]).optional(),
  }));
  def('GetAccountResponse', () => obj({
    account: z.union([ref(() => s.Account), z.null()]).optional(),
    requiresOpenaiAuth: z.boolean(),
    userId: z.union([z.string(), z.null()]).optional(),
  }));
  def('GetAccountSecuritySetupResponse', () => obj({
    notice: z.union([ref(() => s.AccountSecuritySetupNotice), z.null()]).optional(),
  }));
  def('GetAccountTokenUsageParams', () => obj({
    threadId: z.union([z.string(), z.null()]).optional(),
  }));
  def('GetAccountTokenUsageResponse', () => obj({
    dailyUsageBuckets: z.union([z.array(ref(() => s.AccountTokenUsageDailyBucket)), z.null()]).optional(),
    summary: ref(() => s.AccountTokenUsageSummary),
    threadUsage: z.union([ref(() => s.ThreadUsage), z.null()]).optional(),
  }));
  def('GetWorkspaceMessagesResponse', () => obj({
    featureEnabled: z.boolean(),
    messages: z.array(ref(() => s.WorkspaceMessage)),
  }));
  def('GitInfo', () => obj({
    branch: z.union([z.string(), z.null()]).optional(),
    originUrl: z.union([z.string(), z.null()]).optional(),
    sha: z.union([z.string(), z.null()]).optional(),
  }));
  def('GrantedPermissionProfile', () => obj({
    fileSystem: z.union([ref(() => s.AdditionalFileSystemPermissions), z.null()]).optional(),
    network: z.union([ref(() => s.AdditionalNetworkPermissions), z.null()]).optional(),
  }));
  def('GuardianApprovalReview', () => obj({
    rationale: z.union([z.string(), z.null()]).optional(),
    riskLevel: z.union([ref(() => s.GuardianRiskLevel), z.null()]).optional(),
    status: ref(() => s.GuardianApprovalReviewStatus),
    userAuthorization: z.union([ref(() => s.GuardianUserAuthorization), z.null()]).optional(),
  }));
  def('GuardianApprovalReviewAction', () => z.discriminatedUnion("type", [obj({
    command: z.string(),
    cwd: ref(() => s.LegacyAppPathString),
    source: ref(() => s.GuardianCommandSource),
    type: z.literal("command"),
  }), obj({
    argv: z.array(z.string()),
    cwd: ref(() => s.AbsolutePathBuf),
    program: z.string(),
    source: ref(() => s.GuardianCommandSource),
    type: z.literal("execve"),
  }), obj({
    approvalId: z.string(),
    cwd: ref(() => s.LegacyAppPathString),
    processId: z.string(),
    stdin: z.string(),
    type: z.literal("writeStdin"),
  }), obj({
    cwd: ref(() => s.LegacyAppPathString),
    files: z.array(ref(() => s.LegacyAppPathString)),
    type: z.literal("applyPatch"),
  }), obj({
    host: z.string(),
    port: z.number(),
    protocol: ref(() => s.NetworkApprovalProtocol),
    target: z.string(),
    type: z.literal("networkAccess"),
  }), obj({
    connectorId: z.union([z.string(), z.null()]).optional(),
    connectorName: z.union([z.string(), z.null()]).optional(),
    server: z.string(),
    toolName: z.string(),
    toolTitle: z.union([z.string(), z.null()]).optional(),
    type: z.literal("mcpToolCall"),
  }), obj({
    permissions: ref(() => s.RequestPermissionProfile),
    reason: z.union([z.string(), z.null()]).optional(),
    type: z.literal("requestPermissions"),
  })]));
  def('GuardianApprovalReviewStatus', () => z.union([z.literal("inProgress"), z.literal("approved"), z.literal("denied"), z.literal("timedOut"), z.literal("aborted")]));
  def('GuardianCommandSource', () => z.union([z.literal("shell"), z.literal("unifiedExec")]));
  def('GuardianRiskLevel', () => z.union([z.literal("low"), z.literal("medium"), z.literal("high"), z.literal("critical")]));
  def('GuardianUserAuthorization', () => z.union([z.literal("unknown"), z.literal("low"), z.literal("medium"), z.literal("high")]));
  def('GuardianWarningNotification', () => obj({
    message: z.string(),
    threadId: z.string(),
  }));
  def('HookCompletedNotification', () => obj({
    run: ref(() => s.HookRunSummary),
    threadId: z.string(),
    turnId: z.union([z.string(), z.null()]).optional(),
  }));
  def('HookErrorInfo', () => obj({
    message: z.string(),
    path: z.string(),
  }));
  def('HookEventName', () => z.union([z.literal("preModelRequest"), z.literal("postModelRequest"), z.literal("preToolUse"), z.literal("permissionRequest"), z.literal("postToolUse"), z.literal("preCompact"), z.literal("postCompact"), z.literal("sessionStart"), z.literal("sessionEnd"), z.literal("userPromptSubmit"), z.literal("subagentStart"), z.literal("subagentStop"), z.literal("stop"), z.literal("interrupt")]));
  def('HookExecutionMode', () => z.union([z.literal("sync"), z.literal("async")]));
  def('HookHandlerType', () => z.union([z.literal("command"), z.literal("mcpTool"), z.literal("prompt"), z.literal("agent")]));
  def('HookMetadata', () => z.intersection(obj({
    additionalContextLimit: z.union([z.number(), z.null()]).optional(),
    currentHash: z.string(),
    displayOrder: z.number(),
    enabled: z.boolean(),
    environmentId: z.union([z.string(), z.null()]).optional(),
    eventName: ref(() => s.HookEventName),
    isManaged: z.boolean(),
    key: z.string(),
    matcher: z.union([z.string(), z.null()]).optional(),
    pluginId: z.union([z.string(), z.null()]).optional(),
    source: ref(() => s.HookSource),
    sourcePath: ref(() => s.AbsolutePathBuf),
    statusMessage: z.union([z.string(), z.null()]).optional(),
    timeoutSec: z.number(),
    trustStatus: ref(() => s.HookTrustStatus),
  }), z.discriminatedUnion("handlerType", [obj({
    async: z.boolean().optional(),
    command: z.string(),
    handlerType: z.literal("command"),
  }), obj({
    handlerType: z.literal("mcpTool"),
    server: z.string(),
    tool: z.string(),
  }), obj({
    handlerType: z.literal("prompt"),
  }), obj({
    handlerType: z.literal("agent"),
  })])));
  def('HookMigration', () => obj({
    name: z.string(),
  }));
  def('HookOutputEntry', () => obj({
    kind: ref(() => s.HookOutputEntryKind),
    text: z.string(),
  }));
  def('HookOutputEntryKind', () => z.union([z.literal("warning"), z.literal("stop"), z.literal("feedback"), z.literal("context"), z.literal("error")]));
  def('HookPromptFragment', () => obj({
    hookRunId: z.string(),
    text: z.string(),
  }));
  def('HookRunStatus', () => z.union([z.literal("running"), z.literal("completed"), z.literal("failed"), z.literal("blocked"), z.literal("stopped")]));
  def('HookRunSummary', () => obj({
    completedAt: z.union([z.number(), z.null()]).optional(),
    displayOrder: z.number(),
    durationMs: z.union([z.number(), z.null()]).optional(),
    entries: z.array(ref(() => s.HookOutputEntry)),
    eventName: ref(() => s.HookEventName),
    executionMode: ref(() => s.HookExecutionMode),
    handlerType: ref(() => s.HookHandlerType),
    id: z.string(),
    scope: ref(() => s.HookScope),
    source: ref(() => s.HookSource).optional(),
    sourcePath: ref(() => s.LegacyAppPathString),
    startedAt: z.number(),
    status: ref(() => s.HookRunStatus),
    statusMessage: z.union([z.string(), z.null()]).optional(),
  }));
  def('HookScope', () => z.union([z.literal("thread"), z.literal("turn")]));
  def('HookSource', () => z.union([z.literal("system"), z.literal("user"), z.literal("project"), z.literal("mdm"), z.literal("sessionFlags"), z.literal("plugin"), z.literal("cloudRequirements"), z.literal("cloudManagedConfig"), z.literal("legacyManagedConfigFile"), z.literal("legacyManagedConfigMdm"), z.literal("unknown")]));
  def('HookStartedNotification', () => obj({
    run: ref(() => s.HookRunSummary),
    threadId: z.string(),
    turnId: z.union([z.string(), z.null()]).optional(),
  }));
  def('HookTrustStatus', () => z.union([z.literal("managed"), z.literal("untrusted"), z.literal("trusted"), z.literal("modified")]));
  def('HooksListEntry', () => obj({
    cwd: z.string(),
    errors: z.array(ref(() => s.HookErrorInfo)),
    hooks: z.array(ref(() => s.HookMetadata)),
    warnings: z.array(z.string()),
  }));
  def('HooksListParams', () => obj({
    cwds: z.array(z.string()).optional(),
    threadId: z.union([z.string(), z.null()]).optional(),
  }));
  def('HooksListResponse', () => obj({
    data: z.array(ref(() => s.HooksListEntry)),
  }));
  def('ImageDetail', () => z.union([z.literal("auto"), z.literal("low"), z.literal("high"), z.literal("original")]));
  def('ImageGenerationFailure', () => obj({
    limitId: z.string(),
    resetsAt: z.union([z.number(), z.null()]).optional(),
    type: z.literal("usageLimitExceeded"),
  }));
  def('ImageGenerationInputImage', () => obj({
    path: ref(() => s.AbsolutePathBuf),
    sha256: z.string(),
  }));
  def('InAppBrowserRequirements', () => obj({
    allowExternalBrowserSettingsImport: z.union([z.boolean(), z.null()]).optional(),
  }));
  def('InitializeCapabilities', () => obj({
    experimentalApi: z.boolean().optional(),
    explicitGatewayOauth: z.boolean().optional(),
    extensions: z.union([obj({}), z.null()]).optional(),
    mcpServerOpenaiFormElicitation: z.boolean().optional(),
    optOutNotificationMethods: z.union([z.array(z.string()), z.null()]).optional(),
    requestAttestation: z.boolean().optional(),
    requiredHumanApproval: z.boolean().optional(),
  }));
  def('InitializeParams', () => obj({
    capabilities: z.union([ref(() => s.InitializeCapabilities), z.null()]).optional(),
    clientInfo: ref(() => s.ClientInfo),
  }));
  def('InitializeResponse', () => obj({
    codexHome: ref(() => s.AbsolutePathBuf),
    platformFamily: z.string(),
    platformOs: z.string(),
    userAgent: z.string(),
  }));
  def('InputModality', () => z.union([z.literal("text"), z.literal("image"), z.literal("audio")]));
  def('InstalledApp', () => obj({
    callable: z.boolean(),
    enabled: z.boolean(),
    id: z.string(),
    runtimeName: z.union([z.string(), z.null()]).optional(),
  }));
  def('InternalChatMessageMetadataPassthrough', () => obj({
    turn_id: z.union([z.string(), z.null()]).optional(),
  }));
  def('ItemCompletedNotification', () => obj({
    completedAtMs: z.number(),
    contentTokenCount: z.union([z.number(), z.null()]).optional(),
    item: ref(() => s.ThreadItem),
    threadId: z.string(),
    turnId: z.string(),
  }));
  def('ItemGuardianApprovalReviewCompletedNotification', () => obj({
    action: ref(() => s.GuardianApprovalReviewAction),
    completedAtMs: z.number(),
    decisionSource: ref(() => s.AutoReviewDecisionSource),
    review: ref(() => s.GuardianApprovalReview),
    reviewId: z.string(),
    startedAtMs: z.number(),
    targetItemId: z.union([z.string(), z.null()]).optional(),
    threadId: z.string(),
    turnId: z.string(),
  }));
  def('ItemGuardianApprovalReviewStartedNotification', () => obj({
    action: ref(() => s.GuardianApprovalReviewAction),
    review: ref(() => s.GuardianApprovalReview),
    reviewId: z.string(),
    startedAtMs: z.number(),
    targetItemId: z.union([z.string(), z.null()]).optional(),
    threadId: z.string(),
    turnId: z.string(),
  }));
  def('ItemStartedNotification', () => obj({
    item: ref(() => s.ThreadItem),
    startedAtMs: z.number(),
    threadId: z.string(),
    turnId: z.string(),
  }));
  def('LegacyAppPathString', () => z.string());
  def('ListMcpServerStatusParams', () => obj({
    cursor: z.union([z.string(), z.null()]).optional(),
    detail: z.union([ref(() => s.McpServerStatusDetail), z.null()]).optional(),
    limit: z.union([z.number(), z.null()]).optional(),
    serverName: z.union([z.string(), z.null()]).optional(),
    threadId: z.union([z.string(), z.null()]).optional(),
  }));
  def('ListMcpServerStatusResponse', () => obj({
    data: z.array(ref(() => s.McpServerStatus)),
    nextCursor: z.union([z.string(), z.null()]).optional(),
  }));
  def('LocalShellAction', () => obj({
    command: z.array(z.string()),
    env: z.union([z.record(z.string(), z.string()), z.null()]).optional(),
    timeout_ms: z.union([z.number(), z.null()]).optional(),
    type: z.literal("exec"),
    user: z.union([z.string(), z.null()]).optional(),
    working_directory: z.union([z.string(), z.null()]).optional(),
  }));
  def('LocalShellStatus', () => z.union([z.literal("completed"), z.literal("in_progress"), z.literal("incomplete")]));
  def('LoginAccountParams', () => z.discriminatedUnion("type", [obj({
    apiKey: z.string(),
    type: z.literal("apiKey"),
  }), obj({
    appBrand: z.union([ref(() => s.LoginAppBrand), z.null()]).optional(),
    codexStreamlinedLogin: z.boolean().optional(),
    type: z.literal("chatgpt"),
    useHostedLoginSuccessPage: z.boolean().optional(),
  }), obj({
    type: z.literal("chatgptDeviceCode"),
  }), obj({
    accessToken: z.string(),
    chatgptAccountId: z.string(),
    chatgptPlanType: z.union([z.string(), z.null()]).optional(),
    type: z.literal("chatgptAuthTokens"),
  }), obj({
    apiKey: z.string(),
    region: z.string(),
    type: z.literal("amazonBedrock"),
  }), obj({
    accessKeyId: z.string(),
    region: z.string(),
    secretAccessKey: z.string(),
    sessionToken: z.union([z.string(), z.null()]).optional(),
    type: z.literal("amazonBedrockAccessKeys"),
  })]));
  def('LoginAccountResponse', () => z.discriminatedUnion("type", [obj({
    type: z.literal("apiKey"),
  }), obj({
    authUrl: z.string(),
    loginId: z.string(),
    type: z.literal("chatgpt"),
  }), obj({
    loginId: z.string(),
    type: z.literal("chatgptDeviceCode"),
    userCode: z.string(),
    verificationUrl: z.string(),
  }), obj({
    type: z.literal("chatgptAuthTokens"),
  }), obj({
    type: z.literal("amazonBedrock"),
  })]));
  def('LoginAppBrand', () => z.union([z.literal("codex"), z.literal("chatgpt")]));
  def('LogoutAccountResponse', () => obj({}));
  def('ManagedHooksRequirements', () => obj({
    Interrupt: z.array(ref(() => s.ConfiguredHookMatcherGroup)).optional(),
    PermissionRequest: z.array(ref(() => s.ConfiguredHookMatcherGroup)),
    PostCompact: z.array(ref(() => s.ConfiguredHookMatcherGroup)),
    PostModelRequest: z.array(ref(() => s.ConfiguredHookMatcherGroup)).optional(),
    PostToolUse: z.array(ref(() => s.ConfiguredHookMatcherGroup)),
    PreCompact: z.array(ref(() => s.ConfiguredHookMatcherGroup)),
    PreModelRequest: z.array(ref(() => s.ConfiguredHookMatcherGroup)).optional(),
    PreToolUse: z.array(ref(() => s.ConfiguredHookMatcherGroup)),
    SessionEnd: z.array(ref(() => s.ConfiguredHookMatcherGroup)).optional(),
    SessionStart: z.array(ref(() => s.ConfiguredHookMatcherGroup)),
    Stop: z.array(ref(() => s.ConfiguredHookMatcherGroup)),
    SubagentStart: z.array(ref(() => s.ConfiguredHookMatcherGroup)),
    SubagentStop: z.array(ref(() => s.ConfiguredHookMatcherGroup)),
    UserPromptSubmit: z.array(ref(() => s.ConfiguredHookMatcherGroup)),
    managedDir: z.union([z.string(), z.null()]).optional(),
    windowsManagedDir: z.union([z.string(), z.null()]).optional(),
  }));
  def('MarketplaceAddParams', () => obj({
    refName: z.union([z.string(), z.null()]).optional(),
    source: z.string(),
    sparsePaths: z.union([z.array(z.string()), z.null()]).optional(),
  }));
  def('MarketplaceAddResponse', () => obj({
    alreadyAdded: z.boolean(),
    installedRoot: ref(() => s.AbsolutePathBuf),
    marketplaceName: z.string(),
  }));
  def('MarketplaceInterface', () => obj({
    displayName: z.union([z.string(), z.null()]).optional(),
  }));
  def('MarketplaceLoadErrorInfo', () => obj({
    marketplacePath: ref(() => s.AbsolutePathBuf),
    message: z.string(),
  }));
  def('MarketplaceRemoveParams', () => obj({
    marketplaceName: z.string(),
  }));
  def('MarketplaceRemoveResponse', () => obj({
    installedRoot: z.union([ref(() => s.AbsolutePathBuf), z.null()]).optional(),
    marketplaceName: z.string(),
  }));
  def('MarketplaceUpgradeErrorInfo', () => obj({
    marketplaceName: z.string(),
    message: z.string(),
  }));
  def('MarketplaceUpgradeParams', () => obj({
    marketplaceName: z.union([z.string(), z.null()]).optional(),
  }));
  def('MarketplaceUpgradeResponse', () => obj({
    errors: z.array(ref(() => s.MarketplaceUpgradeErrorInfo)),
    selectedMarketplaces: z.array(z.string()),
    upgradedRoots: z.array(ref(() => s.AbsolutePathBuf)),
  }));
  def('McpAppDisplayMode', () => z.union([z.literal("inline"), z.literal("fullscreen")]));
  def('McpAppUi', () => obj({
    preferredModelDisplayMode: ref(() => s.McpAppDisplayMode),
    resourceUri: z.string(),
  }));
  def('McpAuthStatus', () => z.union([z.literal("unknown"), z.literal("unsupported"), z.literal("notLoggedIn"), z.literal("bearerToken"), z.literal("oAuth")]));
  def('McpElicitationArrayType', () => z.literal("array"));
  def('McpElicitationBooleanSchema', () => obj({
    default: z.union([z.boolean(), z.null()]).optional(),
    description: z.union([z.string(), z.null()]).optional(),
    title: z.union([z.string(), z.null()]).optional(),
    type: ref(() => s.McpElicitationBooleanType),
  }));
  def('McpElicitationBooleanType', () => z.literal("boolean"));
  def('McpElicitationConstOption', () => obj({
    const: z.string(),
    title: z.string(),
  }));
  def('McpElicitationEnumSchema', () => z.union([ref(() => s.McpElicitationSingleSelectEnumSchema), ref(() => s.McpElicitationMultiSelectEnumSchema), ref(() => s.McpElicitationLegacyTitledEnumSchema)]));
  def('McpElicitationLegacyTitledEnumSchema', () => obj({
    default: z.union([z.string(), z.null()]).optional(),
    description: z.union([z.string(), z.null()]).optional(),
    enum: z.array(z.string()),
    enumNames: z.union([z.array(z.string()), z.null()]).optional(),
    title: z.union([z.string(), z.null()]).optional(),
    type: ref(() => s.McpElicitationStringType),
  }));
  def('McpElicitationMultiSelectEnumSchema', () => z.union([ref(() => s.McpElicitationUntitledMultiSelectEnumSchema), ref(() => s.McpElicitationTitledMultiSelectEnumSchema)]));
  def('McpElicitationNumberSchema', () => obj({
    default: z.union([z.number(), z.null()]).optional(),
    description: z.union([z.string(), z.null()]).optional(),
    maximum: z.union([z.number(), z.null()]).optional(),
    minimum: z.union([z.number(), z.null()]).optional(),
    title: z.union([z.string(), z.null()]).optional(),
    type: ref(() => s.McpElicitationNumberType),
  }));
  def('McpElicitationNumberType', () => z.union([z.literal("number"), z.literal("integer")]));
  def('McpElicitationObjectType', () => z.literal("object"));
  def('McpElicitationPrimitiveSchema', () => z.union([ref(() => s.McpElicitationEnumSchema), ref(() => s.McpElicitationStringSchema), ref(() => s.McpElicitationNumberSchema), ref(() => s.McpElicitationBooleanSchema)]));
  def('McpElicitationSchema', () => obj({
    $schema: z.union([z.string(), z.null()]).optional(),
    properties: z.record(z.string(), ref(() => s.McpElicitationPrimitiveSchema)),
    required: z.union([z.array(z.string()), z.null()]).optional(),
    type: ref(() => s.McpElicitationObjectType),
  }));
  def('McpElicitationSingleSelectEnumSchema', () => z.union([ref(() => s.McpElicitationUntitledSingleSelectEnumSchema), ref(() => s.McpElicitationTitledSingleSelectEnumSchema)]));
  def('McpElicitationStringFormat', () => z.union([z.literal("email"), z.literal("uri"), z.literal("date"), z.literal("date-time")]));
  def('McpElicitationStringSchema', () => obj({
    default: z.union([z.string(), z.null()]).optional(),
    description: z.union([z.string(), z.null()]).optional(),
    format: z.union([ref(() => s.McpElicitationStringFormat), z.null()]).optional(),
    maxLength: z.union([z.number(), z.null()]).optional(),
    minLength: z.union([z.number(), z.null()]).optional(),
    title: z.union([z.string(), z.null()]).optional(),
    type: ref(() => s.McpElicitationStringType),
  }));
  def('McpElicitationStringType', () => z.literal("string"));
  def('McpElicitationTitledEnumItems', () => obj({
    anyOf: z.array(ref(() => s.McpElicitationConstOption)),
  }));
  def('McpElicitationTitledMultiSelectEnumSchema', () => obj({
    default: z.union([z.array(z.string()), z.null()]).optional(),
    description: z.union([z.string(), z.null()]).optional(),
    items: ref(() => s.McpElicitationTitledEnumItems),
    maxItems: z.union([z.number(), z.null()]).optional(),
    minItems: z.union([z.number(), z.null()]).optional(),
    title: z.union([z.string(), z.null()]).optional(),
    type: ref(() => s.McpElicitationArrayType),
  }));
  def('McpElicitationTitledSingleSelectEnumSchema', () => obj({
    default: z.union([z.string(), z.null()]).optional(),
    description: z.union([z.string(), z.null()]).optional(),
    oneOf: z.array(ref(() => s.McpElicitationConstOption)),
    title: z.union([z.string(), z.null()]).optional(),
    type: ref(() => s.McpElicitationStringType),
  }));
  def('McpElicitationUntitledEnumItems', () => obj({
    enum: z.array(z.string()),
    type: ref(() => s.McpElicitationStringType),
  }));
  def('McpElicitationUntitledMultiSelectEnumSchema', () => obj({
    default: z.union([z.array(z.string()), z.null()]).optional(),
    description: z.union([z.string(), z.null()]).optional(),
    items: ref(() => s.McpElicitationUntitledEnumItems),
    maxItems: z.union([z.number(), z.null()]).optional(),
    minItems: z.union([z.number(), z.null()]).optional(),
    title: z.union([z.string(), z.null()]).optional(),
    type: ref(() => s.McpElicitationArrayType),
  }));
  def('McpElicitationUntitledSingleSelectEnumSchema', () => obj({
    default: z.union([z.string(), z.null()]).optional(),
    description: z.union([z.string(), z.null()]).optional(),
    enum: z.array(z.string()),
    title: z.union([z.string(), z.null()]).optional(),
    type: ref(() => s.McpElicitationStringType),
  }));
  def('McpResourceReadParams', () => obj({
    _meta: z.union([obj({}), z.null()]).optional(),
    connectorId: z.union([z.string(), z.null()]).optional(),
    originCallId: z.union([z.string(), z.null()]).optional(),
    server: z.string(),
    target: z.union([ref(() => s.McpResourceReadTarget), z.null()]).optional(),
    threadId: z.union([z.string(), z.null()]).optional(),
    uri: z.string(),
  }));
  def('McpResourceReadResponse', () => obj({
    contents: z.array(ref(() => s.ResourceContent)),
    originCallId: z.union([z.string(), z.null()]).optional(),
  }));
  def('McpResourceReadTarget', () => obj({
    connectorId: z.string(),
    linkId: z.union([z.string(), z.null()]),
  }));
  def('McpServerConnectionStatus', () => z.union([z.literal("notStarted"), z.literal("starting"), z.literal("connected"), z.literal("authenticationRequired"), z.literal("failed"), z.literal("cancelled"), z.literal("disabled")]));
  def('McpServerElicitationAction', () => z.union([z.literal("accept"), z.literal("decline"), z.literal("cancel")]));
  def('McpServerElicitationRequestParams', () => z.intersection(obj({
    serverName: z.string(),
    threadId: z.string(),
    turnId: z.union([z.string(), z.null()]).optional(),
  }), z.discriminatedUnion("mode", [obj({
    _meta: z.unknown().optional(),
    message: z.string(),
    mode: z.literal("form"),
    requestedSchema: ref(() => s.McpElicitationSchema),
  }), obj({
    _meta: z.unknown().optional(),
    message: z.string(),
    mode: z.literal("openai/form"),
    requestedSchema: z.unknown(),
  }), obj({
    _meta: z.unknown().optional(),
    message: z.string(),
    mode: z.literal("openaiForm"),
    requestedSchema: z.unknown(),
  }), obj({
    _meta: z.unknown().optional(),
    elicitationId: z.string(),
    message: z.string(),
    mode: z.literal("url"),
    url: z.string(),
  })])));
  def('McpServerElicitationRequestResponse', () => obj({
    _meta: z.unknown().optional(),
    action: ref(() => s.McpServerElicitationAction),
    content: z.unknown().optional(),
  }));
  def('McpServerEventNotification', () => obj({
    method: z.string(),
    params: z.unknown(),
  }));
  def('McpServerEventStreamNotification', () => obj({
    notification: ref(() => s.McpServerEventNotification),
    subscriptionId: z.string(),
  }));
  def('McpServerInfo', () => obj({
    description: z.union([z.string(), z.null()]).optional(),
    icons: z.union([z.array(z.unknown()), z.null()]).optional(),
    name: z.string(),
    title: z.union([z.string(), z.null()]).optional(),
    version: z.string(),
    websiteUrl: z.union([z.string(), z.null()]).optional(),
  }));
  def('McpServerMigration', () => obj({
    name: z.string(),
  }));
  def('McpServerOauthClientRegistration', () => z.union([z.literal("auto"), z.literal("cimd"), z.literal("dcr")]));
  def('McpServerOauthLoginCompletedNotification', () => obj({
    error: z.union([z.string(), z.null()]).optional(),
    loginId: z.union([z.string(), z.null()]).optional(),
    name: z.string(),
    success: z.boolean(),
    threadId: z.union([z.string(), z.null()]).optional(),
  }));
  def('McpServerOauthLoginParams', () => obj({
    clientRegistration: z.union([ref(() => s.McpServerOauthClientRegistration), z.null()]).optional(),
    name: z.string(),
    scopes: z.union([z.array(z.string()), z.null()]).optional(),
    threadId: z.union([z.string(), z.null()]).optional(),
    timeoutSecs: z.union([z.number(), z.null()]).optional(),
  }));
  def('McpServerOauthLoginResponse', () => obj({
    authorizationUrl: z.string(),
    loginId: z.union([z.string(), z.null()]).optional(),
  }));
  def('McpServerRefreshResponse', () => obj({}));
  def('McpServerStartupFailureReason', () => z.literal("reauthenticationRequired"));
  def('McpServerStartupState', () => z.union([z.literal("starting"), z.literal("ready"), z.literal("failed"), z.literal("cancelled")]));
  def('McpServerStatus', () => obj({
    authStatus: ref(() => s.McpAuthStatus),
    httpOrigin: z.union([z.string(), z.null()]).optional(),
    name: z.string(),
    pluginId: z.union([z.string(), z.null()]).optional(),
    resourceTemplates: z.array(ref(() => s.ResourceTemplate)),
    resources: z.array(ref(() => s.Resource)),
    runtimeStatus: z.union([ref(() => s.McpServerConnectionStatus), z.null()]).optional(),
    serverCapabilities: z.unknown().optional(),
    serverInfo: z.union([ref(() => s.McpServerInfo), z.null()]).optional(),
    toolListMeta: z.unknown().optional(),
    tools: z.record(z.string(), ref(() => s.Tool)),
    toolsError: z.union([z.string(), z.null()]).optional(),
  }));
  def('McpServerStatusDetail', () => z.union([z.literal("full"), z.literal("toolsAndAuthOnly")]));
  def('McpServerStatusUpdatedNotification', () => obj({
    error: z.union([z.string(), z.null()]).optional(),
    failureReason: z.union([ref(() => s.McpServerStartupFailureReason), z.null()]).optional(),
    name: z.string(),
    status: ref(() => s.McpServerStartupState),
    threadId: z.union([z.string(), z.null()]).optional(),
  }));
  def('McpServerToolCallParams', () => obj({
    _meta: z.unknown().optional(),
    arguments: z.unknown().optional(),
    server: z.string(),
    threadId: z.string(),
    tool: z.string(),
  }));
  def('McpServerToolCallResponse', () => obj({
    _meta: z.unknown().optional(),
    content: z.array(z.unknown()),
    isError: z.union([z.boolean(), z.null()]).optional(),
    structuredContent: z.unknown().optional(),
  }));
  def('McpToolCallAppContext', () => obj({
    actionName: z.union([z.string(), z.null()]).optional(),
    appName: z.union([z.string(), z.null()]).optional(),
    connectorId: z.string(),
    linkId: z.union([z.string(), z.null()]).optional(),
    resourceUri: z.union([z.string(), z.null()]).optional(),
  }));
  def('McpToolCallError', () => obj({
    message: z.string(),
  }));
  def('McpToolCallProgressNotification', () => obj({
    itemId: z.string(),
    message: z.string(),
    threadId: z.string(),
    turnId: z.string(),
  }));
  def('McpToolCallResult', () => obj({
    _meta: z.unknown().optional(),
    content: z.array(z.unknown()),
    structuredContent: z.unknown().optional(),
  }));
  def('McpToolCallStatus', () => z.union([z.literal("inProgress"), z.literal("completed"), z.literal("failed")]));
  def('MemoryCitation', () => obj({
    entries: z.array(ref(() => s.MemoryCitationEntry)),
    threadIds: z.array(z.string()),
  }));
  def('MemoryCitationEntry', () => obj({
    lineEnd: z.number(),
    lineStart: z.number(),
    note: z.string(),
    path: z.string(),
  }));
  def('MergeStrategy', () => z.union([z.literal("replace"), z.literal("upsert")]));
  def('MessagePhase', () => z.union([z.literal("commentary"), z.literal("partial_answer"), z.literal("final_answer")]));
  def('MigrationDetails', () => obj({
    commands: z.array(ref(() => s.CommandMigration)).optional(),
    hooks: z.array(ref(() => s.HookMigration)).optional(),
    mcpServers: z.array(ref(() => s.McpServerMigration)).optional(),
    memory: z.array(z.string()).optional(),
    plugins: z.array(ref(() => s.PluginsMigration)).optional(),
    sessions: z.array(ref(() => s.SessionMigration)).optional(),
    skills: z.array(ref(() => s.SkillMigration)).optional(),
    subagents: z.array(ref(() => s.SubagentMigration)).optional(),
  }));
  def('MisalignmentErrorDetails', () => obj({
    detailedExplanation: z.union([z.string(), z.null()]).optional(),
    errorType: z.union([z.string(), z.null()]).optional(),
    reviewTarget: z.union([z.string(), z.null()]).optional(),
    steer: z.union([ref(() => s.MisalignmentSteer), z.null()]).optional(),
  }));
  def('MisalignmentSteer', () => obj({
    message: z.string(),
  }));
  def('ModeKind', () => z.union([z.literal("plan"), z.literal("default")]));
  def('Model', () => obj({
    additionalSpeedTiers: z.array(z.string()).optional(),
    availabilityNux: z.union([ref(() => s.ModelAvailabilityNux), z.null()]).optional(),
    availableAccessPrograms: z.union([ref(() => s.ModelAccessPrograms), z.null()]).optional(),
    defaultReasoningEffort: ref(() => s.ReasoningEffort),
    defaultServiceTier: z.union([z.string(), z.null()]).optional(),
    description: z.string(),
    displayName: z.string(),
    hidden: z.boolean(),
    id: z.string(),
    inputModalities: z.array(ref(() => s.InputModality)).optional(),
    isDefault: z.boolean(),
    model: z.string(),
    modelSpecialty: z.union([z.string(), z.null()]).optional(),
    multiAgentVersion: z.union([ref(() => s.MultiAgentVersion), z.null()]).optional(),
    serviceTiers: z.array(ref(() => s.ModelServiceTier)).optional(),
    supportedReasoningEfforts: z.array(ref(() => s.ReasoningEffortOption)),
    supportsPersonality: z.boolean().optional(),
    upgrade: z.union([z.string(), z.null()]).optional(),
    upgradeInfo: z.union([ref(() => s.ModelUpgradeInfo), z.null()]).optional(),
  }));
  def('ModelAccessPrograms', () => obj({
    cyber: z.array(ref(() => s.CyberAccessProgram)),
  }));
  def('ModelAvailabilityNux', () => obj({
    message: z.string(),
  }));
  def('ModelListParams', () => obj({
    cursor: z.union([z.string(), z.null()]).optional(),
    includeHidden: z.union([z.boolean(), z.null()]).optional(),
    limit: z.union([z.number(), z.null()]).optional(),
    modelProvider: z.union([z.string(), z.null()]).optional(),
  }));
  def('ModelListResponse', () => obj({
    data: z.array(ref(() => s.Model)),
    nextCursor: z.union([z.string(), z.null()]).optional(),
  }));
  def('ModelProviderCapabilitiesReadParams', () => obj({}));
  def('ModelProviderCapabilitiesReadResponse', () => obj({
    imageGeneration: z.boolean(),
    webSearch: z.boolean(),
  }));
  def('ModelProviderConfigWriteParams', () => obj({
    settings: ref(() => s.ProviderSettingsPatch),
  }));
  def('ModelProviderConfigWriteResponse', () => obj({
    provider: ref(() => s.ModelProviderSummary),
  }));
  def('ModelProviderError', () => z.discriminatedUnion("type", [obj({
    currentModelProvider: z.string(),
    modelProvider: z.string(),
    type: z.literal("modelProviderMismatch"),
  }), obj({
    modelProvider: z.string(),
    type: z.literal("modelProviderNotConfigured"),
  }), obj({
    modelProvider: z.string(),
    requiredModelProvider: z.string(),
    type: z.literal("modelProviderPolicyConflict"),
  })]));
  def('ModelProviderListParams', () => obj({}));
  def('ModelProviderListResponse', () => obj({
    canChangeDefault: z.boolean(),
    data: z.array(ref(() => s.ModelProviderSummary)),
    defaultProviderId: z.string(),
  }));
  def('ModelProviderSummary', () => obj({
    baseUrl: z.union([z.string(), z.null()]).optional(),
    canEdit: z.boolean(),
    id: z.string(),
    name: z.string(),
    settings: ref(() => s.ProviderSettings),
  }));
  def('ModelRerouteReason', () => z.literal("highRiskCyberActivity"));
  def('ModelReroutedNotification', () => obj({
    fromModel: z.string(),
    reason: ref(() => s.ModelRerouteReason),
    threadId: z.string(),
    toModel: z.string(),
    turnId: z.string(),
  }));
  def('ModelSafetyBufferingUpdatedNotification', () => obj({
    fasterModel: z.union([z.string(), z.null()]).optional(),
    model: z.string(),
    reasons: z.array(z.string()),
    showBufferingUi: z.boolean(),
    threadId: z.string(),
    turnId: z.string(),
    useCases: z.array(z.string()),
  }));
  def('ModelServiceTier', () => obj({
    description: z.string(),
    id: z.string(),
    name: z.string(),
  }));
  def('ModelUpgradeInfo', () => obj({
    migrationMarkdown: z.union([z.string(), z.null()]).optional(),
    model: z.string(),
    modelLink: z.union([z.string(), z.null()]).optional(),
    retirementAt: z.union([z.number(), z.null()]).optional(),
    upgradeCopy: z.union([z.string(), z.null()]).optional(),
  }));
  def('ModelVerification', () => z.literal("trustedAccessForCyber"));
  def('ModelVerificationNotification', () => obj({
    threadId: z.string(),
    turnId: z.string(),
    verifications: z.array(ref(() => s.ModelVerification)),
  }));
  def('ModelsRequirements', () => obj({
    newThread: z.union([ref(() => s.NewThreadModelDefaults), z.null()]).optional(),
  }));
  def('MultiAgentMode', () => z.union([z.union([z.literal("explicitRequestOnly"), z.literal("proactive")]), obj({
    custom: z.string(),
  })]));
  def('MultiAgentVersion', () => z.union([z.literal("disabled"), z.literal("v1"), z.literal("v2")]));
  def('NetworkAccess', () => z.union([z.literal("restricted"), z.literal("enabled")]));
  def('NetworkApprovalContext', () => obj({
    host: z.string(),
    protocol: ref(() => s.NetworkApprovalProtocol),
  }));
  def('NetworkApprovalProtocol', () => z.union([z.literal("http"), z.literal("https"), z.literal("socks5Tcp"), z.literal("socks5Udp")]));
  def('NetworkDomainPermission', () => z.union([z.literal("allow"), z.literal("deny")]));
  def('NetworkPolicyAmendment', () => obj({
    action: ref(() => s.NetworkPolicyRuleAction),
    host: z.string(),
  }));
  def('NetworkPolicyRuleAction', () => z.union([z.literal("allow"), z.literal("deny")]));
  def('NetworkRequirements', () => obj({
    allowLocalBinding: z.union([z.boolean(), z.null()]).optional(),
    allowUnixSockets: z.union([z.array(z.string()), z.null()]).optional(),
    allowUpstreamProxy: z.union([z.boolean(), z.null()]).optional(),
    allowedDomains: z.union([z.array(z.string()), z.null()]).optional(),
    dangerouslyAllowAllUnixSockets: z.union([z.boolean(), z.null()]).optional(),
    dangerouslyAllowNonLoopbackProxy: z.union([z.boolean(), z.null()]).optional(),
    deniedDomains: z.union([z.array(z.string()), z.null()]).optional(),
    domains: z.union([z.record(z.string(), ref(() => s.NetworkDomainPermission)), z.null()]).optional(),
    enabled: z.union([z.boolean(), z.null()]).optional(),
    httpPort: z.union([z.number(), z.null()]).optional(),
    managedAllowedDomainsOnly: z.union([z.boolean(), z.null()]).optional(),
    reviewDomains: z.union([z.array(z.string()), z.null()]).optional(),
    socksPort: z.union([z.number(), z.null()]).optional(),
    unixSockets: z.union([z.record(z.string(), ref(() => s.NetworkUnixSocketPermission)), z.null()]).optional(),
  }));
  def('NetworkUnixSocketPermission', () => z.union([z.literal("allow"), z.literal("deny")]));
  def('NewThreadModelDefaults', () => obj({
    model: z.union([z.string(), z.null()]).optional(),
    modelReasoningEffort: z.union([ref(() => s.ReasoningEffort), z.null()]).optional(),
    serviceTier: z.union([z.string(), z.null()]).optional(),
  }));
  def('NonSteerableTurnKind', () => z.union([z.literal("review"), z.literal("compact")]));
  def('NullableGatewayOAuthLoginParams', () => z.union([ref(() => s.GatewayOAuthLoginParams), z.null()]));
  def('NullableGatewayOAuthReadParams', () => z.union([ref(() => s.GatewayOAuthReadParams), z.null()]));
  def('NullableGetAccountRateLimitsParams', () => z.union([ref(() => s.GetAccountRateLimitsParams), z.null()]));
  def('NullableGetAccountTokenUsageParams', () => z.union([ref(() => s.GetAccountTokenUsageParams), z.null()]));
  def('OtelExporter', () => z.union([z.union([z.literal("none"), z.literal("statsig")]), obj({
    "otlp-http": obj({
      endpoint: z.string(),
      headers: z.record(z.string(), z.string()),
      protocol: ref(() => s.OtelHttpProtocol),
      tls: z.union([ref(() => s.OtelTlsConfig), z.null()]).optional(),
    }),
  }), obj({
    "otlp-grpc": obj({
      endpoint: z.string(),
      headers: z.record(z.string(), z.string()),
      tls: z.union([ref(() => s.OtelTlsConfig), z.null()]).optional(),
    }),
  })]));
  def('OtelHttpProtocol', () => z.union([z.literal("binary"), z.literal("json")]));
  def('OtelRequirements', () => obj({
    environment: z.union([z.string(), z.null()]).optional(),
    exporter: z.union([ref(() => s.OtelExporter), z.null()]).optional(),
    log_agent_responses: z.union([z.boolean(), z.null()]).optional(),
    log_guardian_assessments: z.union([z.boolean(), z.null()]).optional(),
    log_sse_deltas: z.union([z.boolean(), z.null()]).optional(),
    log_user_prompt: z.union([z.boolean(), z.null()]).optional(),
    metrics_exporter: z.union([ref(() => s.OtelExporter), z.null()]).optional(),
    span_attributes: z.union([z.record(z.string(), z.string()), z.null()]).optional(),
    tool_result: z.union([ref(() => s.OtelToolResultLogConfig), z.null()]).optional(),
    trace_exporter: z.union([ref(() => s.OtelExporter), z.null()]).optional(),
    tracestate: z.union([z.record(z.string(), z.record(z.string(), z.string())), z.null()]).optional(),
  }));
  def('OtelTlsConfig', () => obj({
    "ca-certificate": z.union([z.string(), z.null()]).optional(),
    "client-certificate": z.union([z.string(), z.null()]).optional(),
    "client-private-key": z.union([z.string(), z.null()]).optional(),
  }));
  def('OtelToolResultLogConfig', () => obj({
    max_bytes: z.number(),
  }));
  def('OverriddenMetadata', () => obj({
    effectiveValue: z.unknown(),
    message: z.string(),
    overridingLayer: ref(() => s.ConfigLayerMetadata),
  }));
  def('ParsedCommand', () => z.discriminatedUnion("type", [obj({
    cmd: z.string(),
    name: z.string(),
    path: z.string(),
    type: z.literal("read"),
  }), obj({
    cmd: z.string(),
    path: z.union([z.string(), z.null()]).optional(),
    type: z.literal("list_files"),
  }), obj({
    cmd: z.string(),
    path: z.union([z.string(), z.null()]).optional(),
    query: z.union([z.string(), z.null()]).optional(),
    type: z.literal("search"),
  }), obj({
    cmd: z.string(),
    type: z.literal("unknown"),
  })]));
  def('PatchApplyStatus', () => z.union([z.literal("inProgress"), z.literal("completed"), z.literal("failed"), z.literal("declined")]));
  def('PatchChangeKind', () => z.discriminatedUnion("type", [obj({
    type: z.literal("add"),
  }), obj({
    type: z.literal("delete"),
  }), obj({
    move_path: z.union([z.string(), z.null()]).optional(),
    type: z.literal("update"),
  })]));
  def('PathUri', () => z.string());
  def('PermissionGrantScope', () => z.union([z.literal("turn"), z.literal("session")]));
  def('PermissionProfileListParams', () => obj({
    cursor: z.union([z.string(), z.null()]).optional(),
    cwd: z.union([z.string(), z.null()]).optional(),
    limit: z.union([z.number(), z.null()]).optional(),
  }));
  def('PermissionProfileListResponse', () => obj({
    data: z.array(ref(() => s.PermissionProfileSummary)),
    nextCursor: z.union([z.string(), z.null()]).optional(),
  }));
  def('PermissionProfileSummary', () => obj({
    allowed: z.boolean(),
    description: z.union([z.string(), z.null()]).optional(),
    id: z.string(),
  }));
  def('PermissionsRequestApprovalParams', () => obj({
    cwd: ref(() => s.LegacyAppPathString),
    environmentId: z.union([z.string(), z.null()]).optional(),
    itemId: z.string(),
    permissions: ref(() => s.RequestPermissionProfile),
    reason: z.union([z.string(), z.null()]).optional(),
    startedAtMs: z.number(),
    threadId: z.string(),
    turnId: z.string(),
  }));
  def('PermissionsRequestApprovalResponse', () => obj({
    permissions: ref(() => s.GrantedPermissionProfile),
    scope: ref(() => s.PermissionGrantScope).optional(),
    strictAutoReview: z.union([z.boolean(), z.null()]).optional(),
  }));
  def('Personality', () => z.union([z.literal("none"), z.literal("friendly"), z.literal("pragmatic")]));
  def('PlanDeltaNotification', () => obj({
    delta: z.string(),
    itemId: z.string(),
    threadId: z.string(),
    turnId: z.string(),
  }));
  def('PlanType', () => z.union([z.literal("free"), z.literal("go"), z.literal("plus"), z.literal("pro"), z.literal("prolite"), z.literal("promax"), z.literal("team"), z.literal("self_serve_business_prolite"), z.literal("self_serve_business_usage_based"), z.literal("business"), z.literal("ent26"), z.literal("enterprise_cbp_automation"), z.literal("enterprise_cbp_usage_based"), z.literal("enterprise"), z.literal("edu"), z.literal("edu_plus"), z.literal("edu_pro"), z.literal("sci"), z.literal("sci_plus"), z.literal("unknown")]));
  def('PluginAuthPolicy', () => z.union([z.literal("ON_INSTALL"), z.literal("ON_USE")]));
  def('PluginAvailability', () => z.union([z.literal("DISABLED_BY_ADMIN"), z.literal("AVAILABLE")]));
  def('PluginDetail', () => obj({
    appTemplates: z.array(ref(() => s.AppTemplateSummary)),
    apps: z.array(ref(() => s.AppSummary)),
    description: z.union([z.string(), z.null()]).optional(),
    hooks: z.array(ref(() => s.PluginHookSummary)),
    marketplaceName: z.string(),
    marketplacePath: z.union([ref(() => s.AbsolutePathBuf), z.null()]).optional(),
    mcpServers: z.array(z.string()),
    onboardingSkill: z.union([ref(() => s.SkillSummary), z.null()]).optional(),
    scheduledTasks: z.union([z.array(ref(() => s.ScheduledTaskSummary)), z.null()]).optional(),
    shareUrl: z.union([z.string(), z.null()]).optional(),
    skills: z.array(ref(() => s.SkillSummary)),
    summary: ref(() => s.PluginSummary),
  }));
  def('PluginDisabledReason', () => z.union([z.literal("disabled_by_admin"), z.literal("plan_not_eligible"), z.literal("required_app_unavailable"), z.literal("unknown")]));
  def('PluginHookSummary', () => obj({
    eventName: ref(() => s.HookEventName),
    key: z.string(),
  }));
  def('PluginInstallParams', () => obj({
    installAttemptId: z.union([z.string(), z.null()]).optional(),
    marketplacePath: z.union([ref(() => s.AbsolutePathBuf), z.null()]).optional(),
    pluginName: z.string(),
    remoteMarketplaceName: z.union([z.string(), z.null()]).optional(),
  }));
  def('PluginInstallPolicy', () => z.union([z.literal("NOT_AVAILABLE"), z.literal("AVAILABLE"), z.literal("INSTALLED_BY_DEFAULT")]));
  def('PluginInstallPolicySource', () => z.union([z.literal("WORKSPACE_SETTING"), z.literal("IMPLICIT_CANONICAL_APP")]));
  def('PluginInstallResponse', () => obj({
    appsNeedingAuth: z.array(ref(() => s.AppSummary)),
    authPolicy: ref(() => s.PluginAuthPolicy),
  }));
  def('PluginInstalledParams', () => obj({
    cwds: z.union([z.array(ref(() => s.AbsolutePathBuf)), z.null()]).optional(),
    installSuggestionPluginNames: z.union([z.array(z.string()), z.null()]).optional(),
  }));
  def('PluginInstalledResponse', () => obj({
    marketplaceLoadErrors: z.array(ref(() => s.MarketplaceLoadErrorInfo)).optional(),
    marketplaces: z.array(ref(() => s.PluginMarketplaceEntry)),
  }));
  def('PluginInterface', () => obj({
    brandColor: z.union([z.string(), z.null()]).optional(),
    capabilities: z.array(z.string()),
    category: z.union([z.string(), z.null()]).optional(),
    composerIcon: z.union([ref(() => s.AbsolutePathBuf), z.null()]).optional(),
    composerIconUrl: z.union([z.string(), z.null()]).optional(),
    defaultPrompt: z.union([z.array(z.string()), z.null()]).optional(),
    developerName: z.union([z.string(), z.null()]).optional(),
    displayName: z.union([z.string(), z.null()]).optional(),
    logo: z.union([ref(() => s.AbsolutePathBuf), z.null()]).optional(),
    logoDark: z.union([ref(() => s.AbsolutePathBuf), z.null()]).optional(),
    logoUrl: z.union([z.string(), z.null()]).optional(),
    logoUrlDark: z.union([z.string(), z.null()]).optional(),
    longDescription: z.union([z.string(), z.null()]).optional(),
    privacyPolicyUrl: z.union([z.string(), z.null()]).optional(),
    screenshotUrls: z.array(z.string()),
    screenshots: z.array(ref(() => s.AbsolutePathBuf)),
    shortDescription: z.union([z.string(), z.null()]).optional(),
    termsOfServiceUrl: z.union([z.string(), z.null()]).optional(),
    websiteUrl: z.union([z.string(), z.null()]).optional(),
  }));
  def('PluginListMarketplaceKind', () => z.union([z.literal("local"), z.literal("vertical"), z.literal("workspace-directory"), z.literal("shared-with-me"), z.literal("created-by-me-remote")]));
  def('PluginListParams', () => obj({
    cwds: z.union([z.array(ref(() => s.AbsolutePathBuf)), z.null()]).optional(),
    forceRefetch: z.boolean().optional(),
    marketplaceKinds: z.union([z.array(ref(() => s.PluginListMarketplaceKind)), z.null()]).optional(),
  }));
  def('PluginListResponse', () => obj({
    featuredPluginIds: z.array(z.string()).optional(),
    marketplaceLoadErrors: z.array(ref(() => s.MarketplaceLoadErrorInfo)).optional(),
    marketplaces: z.array(ref(() => s.PluginMarketplaceEntry)),
  }));
  def('PluginMarketplaceEntry', () => obj({
    interface: z.union([ref(() => s.MarketplaceInterface), z.null()]).optional(),
    name: z.string(),
    path: z.union([ref(() => s.AbsolutePathBuf), z.null()]).optional(),
    plugins: z.array(ref(() => s.PluginSummary)),
  }));
  def('PluginReadParams', () => obj({
    marketplacePath: z.union([ref(() => s.AbsolutePathBuf), z.null()]).optional(),
    pluginName: z.string(),
    remoteMarketplaceName: z.union([z.string(), z.null()]).optional(),
  }));
  def('PluginReadResponse', () => obj({
    plugin: ref(() => s.PluginDetail),
  }));
  def('PluginReconcileChangedPlugin', () => obj({
    hasApps: z.boolean(),
    hasHooks: z.boolean(),
    hasMcps: z.boolean(),
    hasSkills: z.boolean(),
    id: z.string(),
  }));
  def('PluginReconcileParams', () => obj({
    reason: z.union([z.string(), z.null()]).optional(),
  }));
  def('PluginReconcileResponse', () => obj({
    changedPlugins: z.array(ref(() => s.PluginReconcileChangedPlugin)),
    failedMaterializationRemotePluginIds: z.array(z.string()),
    failedRemotePluginIds: z.array(z.string()),
  }));
  def('PluginSearchResult', () => obj({
    marketplaceName: z.string(),
    marketplacePath: z.union([ref(() => s.AbsolutePathBuf), z.null()]).optional(),
    plugin: ref(() => s.PluginSummary),
  }));
  def('PluginSearchScope', () => z.union([z.literal("global"), z.literal("workspace"), z.literal("personal")]));
  def('PluginShareCheckoutParams', () => obj({
    remotePluginId: z.string(),
  }));
  def('PluginShareCheckoutResponse', () => obj({
    marketplaceName: z.string(),
    marketplacePath: ref(() => s.AbsolutePathBuf),
    pluginId: z.string(),
    pluginName: z.string(),
    pluginPath: ref(() => s.AbsolutePathBuf),
    remotePluginId: z.string(),
    remoteVersion: z.union([z.string(), z.null()]).optional(),
  }));
  def('PluginShareContext', () => obj({
    canPublishToWorkspace: z.union([z.boolean(), z.null()]).optional(),
    creatorAccountUserId: z.union([z.string(), z.null()]).optional(),
    creatorName: z.union([z.string(), z.null()]).optional(),
    discoverability: z.union([ref(() => s.PluginShareDiscoverability), z.null()]).optional(),
    remotePluginId: z.string(),
    remoteVersion: z.union([z.string(), z.null()]).optional(),
    sharePrincipals: z.union([z.array(ref(() => s.PluginSharePrincipal)), z.null()]).optional(),
    shareUrl: z.union([z.string(), z.null()]).optional(),
  }));
  def('PluginShareDeleteParams', () => obj({
    remotePluginId: z.string(),
  }));
  def('PluginShareDeleteResponse', () => obj({}));
  def('PluginShareDiscoverability', () => z.union([z.literal("LISTED"), z.literal("UNLISTED"), z.literal("PRIVATE")]));
  def('PluginShareListItem', () => obj({
    localPluginPath: z.union([ref(() => s.AbsolutePathBuf), z.null()]).optional(),
    plugin: ref(() => s.PluginSummary),
  }));
  def('PluginShareListParams', () => obj({}));
  def('PluginShareListResponse', () => obj({
    data: z.array(ref(() => s.PluginShareListItem)),
  }));
  def('PluginSharePrincipal', () => obj({
    name: z.string(),
    principalId: z.string(),
    principalType: ref(() => s.PluginSharePrincipalType),
    role: ref(() => s.PluginSharePrincipalRole),
  }));
  def('PluginSharePrincipalRole', () => z.union([z.literal("reader"), z.literal("editor"), z.literal("owner")]));
  def('PluginSharePrincipalType', () => z.union([z.literal("user"), z.literal("group"), z.literal("workspace")]));
  def('PluginShareSaveParams', () => obj({
    discoverability: z.union([ref(() => s.PluginShareDiscoverability), z.null()]).optional(),
    pluginPath: ref(() => s.AbsolutePathBuf),
    remotePluginId: z.union([z.string(), z.null()]).optional(),
    shareTargets: z.union([z.array(ref(() => s.PluginShareTarget)), z.null()]).optional(),
  }));
  def('PluginShareSaveResponse', () => obj({
    canPublishToWorkspace: z.union([z.boolean(), z.null()]).optional(),
    remotePluginId: z.string(),
    shareUrl: z.string(),
  }));
  def('PluginShareTarget', () => obj({
    principalId: z.string(),
    principalType: ref(() => s.PluginSharePrincipalType),
    role: ref(() => s.PluginShareTargetRole),
  }));
  def('PluginShareTargetRole', () => z.union([z.literal("reader"), z.literal("editor")]));
  def('PluginShareUpdateDiscoverability', () => z.union([z.literal("UNLISTED"), z.literal("PRIVATE"), z.literal("LISTED")]));
  def('PluginShareUpdateTargetsParams', () => obj({
    discoverability: ref(() => s.PluginShareUpdateDiscoverability),
    remotePluginId: z.string(),
    shareTargets: z.array(ref(() => s.PluginShareTarget)),
  }));
  def('PluginShareUpdateTargetsResponse', () => obj({
    discoverability: ref(() => s.PluginShareDiscoverability),
    principals: z.array(ref(() => s.PluginSharePrincipal)),
  }));
  def('PluginSkillReadParams', () => obj({
    remoteMarketplaceName: z.string(),
    remotePluginId: z.string(),
    skillName: z.string(),
  }));
  def('PluginSkillReadResponse', () => obj({
    contents: z.union([z.string(), z.null()]).optional(),
  }));
  def('PluginSource', () => z.discriminatedUnion("type", [obj({
    path: ref(() => s.AbsolutePathBuf),
    type: z.literal("local"),
  }), obj({
    path: z.union([z.string(), z.null()]).optional(),
    refName: z.union([z.string(), z.null()]).optional(),
    sha: z.union([z.string(), z.null()]).optional(),
    type: z.literal("git"),
    url: z.string(),
  }), obj({
    package: z.string(),
    registry: z.union([z.string(), z.null()]).optional(),
    type: z.literal("npm"),
    version: z.union([z.string(), z.null()]).optional(),
  }), obj({
    type: z.literal("remote"),
  })]));
  def('PluginSummary', () => obj({
    authPolicy: ref(() => s.PluginAuthPolicy),
    availability: ref(() => s.PluginAvailability).optional(),
    disabledReason: z.union([ref(() => s.PluginDisabledReason), z.null()]).optional(),
    eligiblePlanTypes: z.union([z.array(z.string()), z.null()]).optional(),
    enabled: z.boolean(),
    id: z.string(),
    installPolicy: ref(() => s.PluginInstallPolicy),
    installPolicySource: z.union([ref(() => s.PluginInstallPolicySource), z.null()]).optional(),
    installed: z.boolean(),
    installedAt: z.union([z.number(), z.null()]).optional(),
    interface: z.union([ref(() => s.PluginInterface), z.null()]).optional(),
    keywords: z.array(z.string()).optional(),
    localVersion: z.union([z.string(), z.null()]).optional(),
    mustShowInstallationInterstitial: z.union([z.boolean(), z.null()]).optional(),
    name: z.string(),
    remotePluginId: z.union([z.string(), z.null()]).optional(),
    shareContext: z.union([ref(() => s.PluginShareContext), z.null()]).optional(),
    source: ref(() => s.PluginSource),
    version: z.union([z.string(), z.null()]).optional(),
  }));
  def('PluginUninstallParams', () => obj({
    pluginId: z.string(),
  }));
  def('PluginUninstallResponse', () => obj({}));
  def('PluginsMigration', () => obj({
    marketplaceName: z.string(),
    pluginNames: z.array(z.string()),
  }));
  def('ProcessExitedNotification', () => obj({
    exitCode: z.number(),
    outputDrainTimedOut: z.union([z.boolean(), z.null()]).optional(),
    processHandle: z.string(),
    stderr: z.string(),
    stderrCapReached: z.boolean(),
    stdout: z.string(),
    stdoutCapReached: z.boolean(),
  }));
  def('ProcessOutputDeltaNotification', () => obj({
    capReached: z.boolean(),
    deltaBase64: z.string(),
    processHandle: z.string(),
    stream: ref(() => s.ProcessOutputStream),
  }));
  def('ProcessOutputStream', () => z.union([z.literal("stdout"), z.literal("stderr")]));
  def('ProcessTerminalSize', () => obj({
    cols: z.number(),
    rows: z.number(),
  }));
  def('Project', () => obj({
    createdAt: z.number(),
    id: z.string(),
    metadata: z.record(z.string(), z.string()),
    name: z.string(),
    position: z.number(),
    recencyAt: z.union([z.number(), z.null()]).optional(),
    roots: z.array(ref(() => s.ProjectRoot)),
    updatedAt: z.number(),
  }));
  def('ProjectChangeType', () => z.union([z.literal("created"), z.literal("updated"), z.literal("deleted")]));
  def('ProjectChangedNotification', () => obj({
    changeType: ref(() => s.ProjectChangeType),
    projectId: z.string(),
  }));
  def('ProjectRoot', () => obj({
    path: ref(() => s.AbsolutePathBuf),
  }));
  def('ProjectSortKey', () => z.union([z.literal("position"), z.literal("recencyAt")]));
  def('ProviderSettings', () => z.discriminatedUnion("type", [obj({
    type: z.literal("openai"),
  }), obj({
    auth: ref(() => s.GatewayAuth),
    type: z.literal("customGateway"),
  }), obj({
    profile: z.union([z.string(), z.null()]).optional(),
    region: z.union([z.string(), z.null()]).optional(),
    type: z.literal("bedrock"),
  }), obj({
    credentialFile: z.union([z.string(), z.null()]).optional(),
    location: z.union([z.string(), z.null()]).optional(),
    projectId: z.union([z.string(), z.null()]).optional(),
    type: z.literal("gcp"),
  })]));
  def('ProviderSettingsPatch', () => z.discriminatedUnion("type", [obj({
    baseUrl: z.union([z.string(), z.null()]).optional(),
    envKey: z.union([z.string(), z.null()]).optional(),
    name: z.string().optional(),
    providerId: z.union([z.string(), z.null()]).optional(),
    type: z.literal("customGateway"),
  }), obj({
    profile: z.union([z.string(), z.null()]).optional(),
    providerId: ref(() => s.BedrockProviderId),
    region: z.union([z.string(), z.null()]).optional(),
    type: z.literal("bedrock"),
  }), obj({
    credentialFile: z.union([z.string(), z.null()]).optional(),
    location: z.union([z.string(), z.null()]).optional(),
    projectId: z.union([z.string(), z.null()]).optional(),
    providerId: ref(() => s.GcpProviderId),
    type: z.literal("gcp"),
  })]));
  def('QueuedSubmission', () => obj({
    clientUserMessageId: z.string(),
    id: z.string(),
    input: z.array(ref(() => s.UserInput)),
    responsesapiClientMetadata: z.union([z.record(z.string(), z.string()), z.null()]).optional(),
  }));
  def('RateLimitReachedType', () => z.union([z.literal("rate_limit_reached"), z.literal("workspace_owner_credits_depleted"), z.literal("workspace_member_credits_depleted"), z.literal("workspace_owner_usage_limit_reached"), z.literal("workspace_member_usage_limit_reached")]));
  def('RateLimitResetCredit', () => obj({
    description: z.union([z.string(), z.null()]).optional(),
    expiresAt: z.union([z.number(), z.null()]).optional(),
    grantedAt: z.number(),
    id: z.string(),
    resetType: ref(() => s.RateLimitResetType),
    status: ref(() => s.RateLimitResetCreditStatus),
    title: z.union([z.string(), z.null()]).optional(),
  }));
  def('RateLimitResetCreditStatus', () => z.union([z.literal("available"), z.literal("redeeming"), z.literal("redeemed"), z.literal("unknown")]));
  def('RateLimitResetCreditsSummary', () => obj({
    availableCount: z.number(),
    credits: z.union([z.array(ref(() => s.RateLimitResetCredit)), z.null()]).optional(),
  }));
  def('RateLimitResetType', () => z.union([z.literal("codexRateLimits"), z.literal("unknown")]));
  def('RateLimitSnapshot', () => obj({
    credits: z.union([ref(() => s.CreditsSnapshot), z.null()]).optional(),
    individualLimit: z.union([ref(() => s.SpendControlLimitSnapshot), z.null()]).optional(),
    limitId: z.union([z.string(), z.null()]).optional(),
    limitName: z.union([z.string(), z.null()]).optional(),
    normalModelSlug: z.union([z.string(), z.null()]).optional(),
    planType: z.union([ref(() => s.PlanType), z.null()]).optional(),
    primary: z.union([ref(() => s.RateLimitWindow), z.null()]).optional(),
    rateLimitReachedType: z.union([ref(() => s.RateLimitReachedType), z.null()]).optional(),
    secondary: z.union([ref(() => s.RateLimitWindow), z.null()]).optional(),
    spendControlReached: z.union([z.boolean(), z.null()]).optional(),
  }));
  def('RateLimitWindow', () => obj({
    resetsAt: z.union([z.number(), z.null()]).optional(),
    usedPercent: z.number(),
    windowDurationMins: z.union([z.number(), z.null()]).optional(),
  }));
  def('RawResponseCompletedNotification', () => obj({
    responseId: z.string(),
    threadId: z.string(),
    turnId: z.string(),
    usage: z.union([ref(() => s.TokenUsageBreakdown), z.null()]).optional(),
    usageMetadata: z.union([ref(() => s.ResponseUsageMetadata), z.null()]).optional(),
  }));
  def('RawResponseItemCompletedNotification', () => obj({
    item: ref(() => s.ResponseItem),
    threadId: z.string(),
    turnId: z.string(),
  }));
  def('RealtimeConversationVersion', () => z.union([z.literal("v1"), z.literal("v2"), z.literal("v3")]));
  def('RealtimeOutputModality', () => z.union([z.literal("text"), z.literal("audio")]));
  def('RealtimeVoice', () => z.union([z.literal("alloy"), z.literal("arbor"), z.literal("ash"), z.literal("aube"), z.literal("ballad"), z.literal("breeze"), z.literal("bubbie"), z.literal("cedar"), z.literal("coral"), z.literal("cove"), z.literal("echo"), z.literal("ember"), z.literal("haetsal"), z.literal("hanul"), z.literal("himari"), z.literal("juniper"), z.literal("leher"), z.literal("maple"), z.literal("marin"), z.literal("miko"), z.literal("neer"), z.literal("porto"), z.literal("rindo"), z.literal("rio"), z.literal("rivage"), z.literal("sage"), z.literal("selva"), z.literal("shimmer"), z.literal("sol"), z.literal("sonna"), z.literal("spruce"), z.literal("tinta"), z.literal("vale"), z.literal("verse"), z.literal("viola")]));
  def('RealtimeVoicesList', () => obj({
    defaultV1: ref(() => s.RealtimeVoice),
    defaultV2: ref(() => s.RealtimeVoice),
    v1: z.array(ref(() => s.RealtimeVoice)),
    v2: z.array(ref(() => s.RealtimeVoice)),
    v3: z.array(ref(() => s.RealtimeVoice)).optional(),
  }));
  def('ReasoningEffort', () => z.string());
  def('ReasoningEffortOption', () => obj({
    description: z.string(),
    reasoningEffort: ref(() => s.ReasoningEffort),
  }));
  def('ReasoningItemContent', () => z.discriminatedUnion("type", [obj({
    text: z.string(),
    type: z.literal("reasoning_text"),
  }), obj({
    text: z.string(),
    type: z.literal("text"),
  })]));
  def('ReasoningItemReasoningSummary', () => obj({
    text: z.string(),
    type: z.literal("summary_text"),
  }));
  def('ReasoningSummary', () => z.union([z.union([z.literal("auto"), z.literal("concise"), z.literal("detailed")]), z.literal("none")]));
  def('ReasoningSummaryPartAddedNotification', () => obj({
    itemId: z.string(),
    summaryIndex: z.number(),
    threadId: z.string(),
    turnId: z.string(),
  }));
  def('ReasoningSummaryTextDeltaNotification', () => obj({
    delta: z.string(),
    itemId: z.string(),
    summaryIndex: z.number(),
    threadId: z.string(),
    turnId: z.string(),
  }));
  def('ReasoningTextDeltaNotification', () => obj({
    contentIndex: z.number(),
    delta: z.string(),
    itemId: z.string(),
    threadId: z.string(),
    turnId: z.string(),
  }));
  def('RemoteControlConnectionStatus', () => z.union([z.literal("disabled"), z.literal("connecting"), z.literal("connected"), z.literal("errored")]));
  def('RemoteControlDisableParams', () => obj({
    ephemeral: z.boolean().optional(),
  }));
  def('RemoteControlEnableParams', () => obj({
    ephemeral: z.boolean().optional(),
  }));
  def('RemoteControlStatusChangedNotification', () => obj({
    environmentId: z.union([z.string(), z.null()]).optional(),
    installationId: z.string(),
    serverName: z.string(),
    status: ref(() => s.RemoteControlConnectionStatus),
  }));
  def('RequestHeader', () => obj({
    name: z.string(),
    value: z.string(),
  }));
  def('RequestId', () => z.union([z.string(), z.number()]));
  def('RequestPermissionProfile', () => obj({
    fileSystem: z.union([ref(() => s.AdditionalFileSystemPermissions), z.null()]).optional(),
    network: z.union([ref(() => s.AdditionalNetworkPermissions), z.null()]).optional(),
  }));
  def('ResidencyRequirement', () => z.literal("us"));
  def('Resource', () => obj({
    _meta: z.unknown().optional(),
    annotations: z.unknown().optional(),
    description: z.union([z.string(), z.null()]).optional(),
    icons: z.union([z.array(z.unknown()), z.null()]).optional(),
    mimeType: z.union([z.string(), z.null()]).optional(),
    name: z.string(),
    size: z.union([z.number(), z.null()]).optional(),
    title: z.union([z.string(), z.null()]).optional(),
    uri: z.string(),
  }));
  def('ResourceContent', () => z.union([obj({
    _meta: z.unknown().optional(),
    mimeType: z.union([z.string(), z.null()]).optional(),
    text: z.string(),
    uri: z.string(),
  }), obj({
    _meta: z.unknown().optional(),
    blob: z.string(),
    mimeType: z.union([z.string(), z.null()]).optional(),
    uri: z.string(),
  })]));
  def('ResourceTemplate', () => obj({
    annotations: z.unknown().optional(),
    description: z.union([z.string(), z.null()]).optional(),
    mimeType: z.union([z.string(), z.null()]).optional(),
    name: z.string(),
    title: z.union([z.string(), z.null()]).optional(),
    uriTemplate: z.string(),
  }));
  def('ResponseItem', () => z.discriminatedUnion("type", [obj({
    id: z.union([z.string(), z.null()]).optional(),
    role: z.string(),
    tools: z.array(z.unknown()),
    type: z.literal("additional_tools"),
  }), obj({
    content: z.array(ref(() => s.ContentItem)),
    encrypted_content: z.union([z.string(), z.null()]).optional(),
    id: z.union([z.string(), z.null()]).optional(),
    internal_chat_message_metadata_passthrough: z.union([ref(() => s.InternalChatMessageMetadataPassthrough), z.null()]).optional(),
    phase: z.union([ref(() => s.MessagePhase), z.null()]).optional(),
    role: z.string(),
    status: z.union([z.string(), z.null()]).optional(),
    type: z.literal("message"),
  }), obj({
    author: z.string(),
    content: z.array(ref(() => s.AgentMessageInputContent)),
    id: z.union([z.string(), z.null()]).optional(),
    internal_chat_message_metadata_passthrough: z.union([ref(() => s.InternalChatMessageMetadataPassthrough), z.null()]).optional(),
    recipient: z.string(),
    type: z.literal("agent_message"),
  }), obj({
    content: z.union([z.array(ref(() => s.ReasoningItemContent)), z.null()]).optional(),
    encrypted_content: z.union([z.string(), z.null()]).optional(),
    id: z.union([z.string(), z.null()]).optional(),
    internal_chat_message_metadata_passthrough: z.union([ref(() => s.InternalChatMessageMetadataPassthrough), z.null()]).optional(),
    summary: z.array(ref(() => s.ReasoningItemReasoningSummary)),
    type: z.literal("reasoning"),
  }), obj({
    action: ref(() => s.LocalShellAction),
    call_id: z.union([z.string(), z.null()]).optional(),
    encrypted_content: z.union([z.string(), z.null()]).optional(),
    id: z.union([z.string(), z.null()]).optional(),
    internal_chat_message_metadata_passthrough: z.union([ref(() => s.InternalChatMessageMetadataPassthrough), z.null()]).optional(),
    status: ref(() => s.LocalShellStatus),
    type: z.literal("local_shell_call"),
  }), obj({
    arguments: z.string(),
    call_id: z.string(),
    encrypted_content: z.union([z.string(), z.null()]).optional(),
    encrypted_function_args: z.union([z.array(z.string()), z.null()]).optional(),
    id: z.union([z.string(), z.null()]).optional(),
    internal_chat_message_metadata_passthrough: z.union([ref(() => s.InternalChatMessageMetadataPassthrough), z.null()]).optional(),
    name: z.string(),
    namespace: z.union([z.string(), z.null()]).optional(),
    status: z.union([z.string(), z.null()]).optional(),
    type: z.literal("function_call"),
  }), obj({
    arguments: z.unknown(),
    call_id: z.union([z.string(), z.null()]).optional(),
    encrypted_content: z.union([z.string(), z.null()]).optional(),
    execution: z.string(),
    id: z.union([z.string(), z.null()]).optional(),
    internal_chat_message_metadata_passthrough: z.union([ref(() => s.InternalChatMessageMetadataPassthrough), z.null()]).optional(),
    status: z.union([z.string(), z.null()]).optional(),
    type: z.literal("tool_search_call"),
  }), obj({
    call_id: z.union([z.string(), z.null()]).optional(),
    id: z.union([z.string(), z.null()]).optional(),
    internal_chat_message_metadata_passthrough: z.union([ref(() => s.InternalChatMessageMetadataPassthrough), z.null()]).optional(),
    name: z.union([z.string(), z.null()]).optional(),
    namespace: z.union([z.string(), z.null()]).optional(),
    output: ref(() => s.FunctionCallOutputBody),
    type: z.literal("function_call_output"),
  }), obj({
    call_id: z.string(),
    encrypted_content: z.union([z.string(), z.null()]).optional(),
    id: z.union([z.string(), z.null()]).optional(),
    input: z.string(),
    internal_chat_message_metadata_passthrough: z.union([ref(() => s.InternalChatMessageMetadataPassthrough), z.null()]).optional(),
    name: z.string(),
    namespace: z.union([z.string(), z.null()]).optional(),
    status: z.union([z.string(), z.null()]).optional(),
    type: z.literal("custom_tool_call"),
  }), obj({
    call_id: z.string(),
    id: z.union([z.string(), z.null()]).optional(),
    internal_chat_message_metadata_passthrough: z.union([ref(() => s.InternalChatMessageMetadataPassthrough), z.null()]).optional(),
    name: z.union([z.string(), z.null()]).optional(),
    output: ref(() => s.FunctionCallOutputBody),
    type: z.literal("custom_tool_call_output"),
  }), obj({
    call_id: z.union([z.string(), z.null()]).optional(),
    execution: z.string(),
    id: z.union([z.string(), z.null()]).optional(),
    internal_chat_message_metadata_passthrough: z.union([ref(() => s.InternalChatMessageMetadataPassthrough), z.null()]).optional(),
    status: z.string(),
    tools: z.array(z.unknown()),
    type: z.literal("tool_search_output"),
  }), obj({
    action: z.union([ref(() => s.ResponsesApiWebSearchAction), z.null()]).optional(),
    encrypted_content: z.union([z.string(), z.null()]).optional(),
    id: z.union([z.string(), z.null()]).optional(),
    internal_chat_message_metadata_passthrough: z.union([ref(() => s.InternalChatMessageMetadataPassthrough), z.null()]).optional(),
    status: z.union([z.string(), z.null()]).optional(),
    type: z.literal("web_search_call"),
  }), obj({
    encrypted_content: z.union([z.string(), z.null()]).optional(),
    id: z.union([z.string(), z.null()]).optional(),
    internal_chat_message_metadata_passthrough: z.union([ref(() => s.InternalChatMessageMetadataPassthrough), z.null()]).optional(),
    result: z.string(),
    revised_prompt: z.union([z.string(), z.null()]).optional(),
    status: z.string(),
    type: z.literal("image_generation_call"),
  }), obj({
    encrypted_content: z.string(),
    id: z.union([z.string(), z.null()]).optional(),
    internal_chat_message_metadata_passthrough: z.union([ref(() => s.InternalChatMessageMetadataPassthrough), z.null()]).optional(),
    type: z.literal("compaction"),
  }), obj({
    reasoning: ref(() => s.ConfigurationReasoning),
    type: z.literal("configuration_update"),
  }), obj({
    type: z.literal("compaction_trigger"),
  }), obj({
    encrypted_content: z.union([z.string(), z.null()]).optional(),
    id: z.union([z.string(), z.null()]).optional(),
    internal_chat_message_metadata_passthrough: z.union([ref(() => s.InternalChatMessageMetadataPassthrough), z.null()]).optional(),
    type: z.literal("context_compaction"),
  }), obj({
    type: z.literal("other"),
  })]));
  def('ResponseUsageMetadata', () => obj({
    amount: z.union([z.string(), z.null()]).optional(),
    metadata: z.unknown().optional(),
  }));
  def('ResponsesApiWebSearchAction', () => z.discriminatedUnion("type", [obj({
    queries: z.union([z.array(z.string()), z.null()]).optional(),
    query: z.union([z.string(), z.null()]).optional(),
    type: z.literal("search"),
  }), obj({
    type: z.literal("open_page"),
    url: z.union([z.string(), z.null()]).optional(),
  }), obj({
    pattern: z.union([z.string(), z.null()]).optional(),
    type: z.literal("find_in_page"),
    url: z.union([z.string(), z.null()]).optional(),
  }), obj({
    type: z.literal("other"),
  })]));
  def('ReviewDecision', () => z.union([z.literal("approved"), obj({
    approved_execpolicy_amendment: obj({
      proposed_execpolicy_amendment: z.array(z.string()),
    }),
  }), z.literal("approved_for_session"), z.literal("approved_mcp_policy_amendment"), obj({
    network_policy_amendment: obj({
      network_policy_amendment: ref(() => s.NetworkPolicyAmendment),
    }),
  }), obj({
    denied: obj({
      rejection: z.string(),
    }),
  }), z.literal("timed_out"), z.literal("abort")]));
  def('ReviewDelivery', () => z.literal("inline"));
  def('ReviewStartParams', () => obj({
    delivery: z.union([ref(() => s.ReviewDelivery), z.null()]).optional(),
    target: ref(() => s.ReviewTarget),
    threadId: z.string(),
  }));
  def('ReviewStartResponse', () => obj({
    reviewThreadId: z.string(),
    turn: ref(() => s.Turn),
  }));
  def('ReviewTarget', () => z.discriminatedUnion("type", [obj({
    type: z.literal("uncommittedChanges"),
  }), obj({
    branch: z.string(),
    type: z.literal("baseBranch"),
  }), obj({
    sha: z.string(),
    title: z.union([z.string(), z.null()]).optional(),
    type: z.literal("commit"),
  }), obj({
    instructions: z.string(),
    type: z.literal("custom"),
  })]));
  def('SandboxMode', () => z.union([z.literal("read-only"), z.literal("workspace-write"), z.literal("danger-full-access")]));
  def('SandboxPolicy', () => z.discriminatedUnion("type", [obj({
    type: z.literal("dangerFullAccess"),
  }), obj({
    networkAccess: z.boolean().optional(),
    type: z.literal("readOnly"),
  }), obj({
    networkAccess: ref(() => s.NetworkAccess).optional(),
    type: z.literal("externalSandbox"),
  }), obj({
    excludeSlashTmp: z.boolean().optional(),
    excludeTmpdirEnvVar: z.boolean().optional(),
    networkAccess: z.boolean().optional(),
    type: z.literal("workspaceWrite"),
    writableRoots: z.array(ref(() => s.AbsolutePathBuf)).optional(),
  })]));
  def('SandboxWorkspaceWrite', () => obj({
    exclude_slash_tmp: z.boolean().optional(),
    exclude_tmpdir_env_var: z.boolean().optional(),
    network_access: z.boolean().optional(),
    writable_roots: z.array(z.string()).optional(),
  }));
  def('ScheduledTaskSchedule', () => z.discriminatedUnion("type", [obj({
    days: z.union([z.array(ref(() => s.ScheduledTaskWeekday)), z.null()]).optional(),
    intervalHours: z.number(),
    type: z.literal("hourly"),
  }), obj({
    time: z.string(),
    type: z.literal("daily"),
  }), obj({
    time: z.string(),
    type: z.literal("weekdays"),
  }), obj({
    days: z.array(ref(() => s.ScheduledTaskWeekday)),
    time: z.string(),
    type: z.literal("weekly"),
  })]));
  def('ScheduledTaskSummary', () => obj({
    key: z.string(),
    name: z.string(),
    prompt: z.string(),
    schedule: ref(() => s.ScheduledTaskSchedule),
  }));
  def('ScheduledTaskWeekday', () => z.union([z.literal("MO"), z.literal("TU"), z.literal("WE"), z.literal("TH"), z.literal("FR"), z.literal("SA"), z.literal("SU")]));
  def('SelectedCapabilityRoot', () => obj({
    id: z.string(),
    location: ref(() => s.CapabilityRootLocation),
  }));
  def('SendAddCreditsNudgeEmailParams', () => obj({
    creditType: ref(() => s.AddCreditsNudgeCreditType),
  }));
  def('SendAddCreditsNudgeEmailResponse', () => obj({
    status: ref(() => s.AddCreditsNudgeEmailStatus),
  }));
  def('ServerDiagnosticsGauge', () => obj({
    name: z.string(),
    value: z.number(),
  }));
  def('ServerDiagnosticsProcess', () => obj({
    id: z.number(),
    physicalFootprintBytes: z.union([z.number(), z.null()]).optional(),
    residentMemoryBytes: z.union([z.number(), z.null()]).optional(),
  }));
  def('ServerRequestResolvedNotification', () => obj({
    requestId: ref(() => s.RequestId),
    threadId: z.string(),
  }));
  def('SessionMigration', () => obj({
    cwd: z.string(),
    path: z.string(),
    title: z.union([z.string(), z.null()]).optional(),
  }));
  def('SessionSource', () => z.union([z.union([z.literal("cli"), z.literal("vscode"), z.literal("exec"), z.literal("appServer"), z.literal("unknown")]), obj({
    custom: z.string(),
  }), obj({
    subAgent: ref(() => s.SubAgentSource),
  })]));
  def('Settings', () => obj({
    developer_instructions: z.union([z.string(), z.null()]).optional(),
    model: z.string(),
    reasoning_effort: z.union([ref(() => s.ReasoningEffort), z.null()]).optional(),
  }));
  def('SkillDependencies', () => obj({
    tools: z.array(ref(() => s.SkillToolDependency)),
  }));
  def('SkillErrorInfo', () => obj({
    message: z.string(),
    path: z.string(),
  }));
  def('SkillInterface', () => obj({
    brandColor: z.union([z.string(), z.null()]).optional(),
    defaultPrompt: z.union([z.string(), z.null()]).optional(),
    displayName: z.union([z.string(), z.null()]).optional(),
    iconLarge: z.union([ref(() => s.AbsolutePathBuf), z.null()]).optional(),
    iconLargeUrl: z.union([z.string(), z.null()]).optional(),
    iconSmall: z.union([ref(() => s.AbsolutePathBuf), z.null()]).optional(),
    iconSmallUrl: z.union([z.string(), z.null()]).optional(),
    shortDescription: z.union([z.string(), z.null()]).optional(),
  }));
  def('SkillMetadata', () => obj({
    dependencies: z.union([ref(() => s.SkillDependencies), z.null()]).optional(),
    description: z.string(),
    enabled: z.boolean(),
    interface: z.union([ref(() => s.SkillInterface), z.null()]).optional(),
    name: z.string(),
    path: ref(() => s.LegacyAppPathString),
    pluginId: z.union([z.string(), z.null()]).optional(),
    scope: ref(() => s.SkillScope),
    shortDescription: z.union([z.string(), z.null()]).optional(),
  }));
  def('SkillMigration', () => obj({
    name: z.string(),
  }));
  def('SkillScope', () => z.union([z.literal("user"), z.literal("repo"), z.literal("system"), z.literal("admin")]));
  def('SkillSummary', () => obj({
    description: z.string(),
    enabled: z.boolean(),
    interface: z.union([ref(() => s.SkillInterface), z.null()]).optional(),
    name: z.string(),
    path: z.union([ref(() => s.LegacyAppPathString), z.null()]).optional(),
    shortDescription: z.union([z.string(), z.null()]).optional(),
  }));
  def('SkillToolDependency', () => obj({
    command: z.union([z.string(), z.null()]).optional(),
    description: z.union([z.string(), z.null()]).optional(),
    transport: z.union([z.string(), z.null()]).optional(),
    type: z.string(),
    url: z.union([z.string(), z.null()]).optional(),
    value: z.string(),
  }));
  def('SkillsChangedNotification', () => obj({}));
  def('SkillsConfigWriteParams', () => obj({
    enabled: z.boolean(),
    name: z.union([z.string(), z.null()]).optional(),
    path: z.union([ref(() => s.AbsolutePathBuf), z.null()]).optional(),
  }));
  def('SkillsConfigWriteResponse', () => obj({
    effectiveEnabled: z.boolean(),
  }));
  def('SkillsExtraRootsSetParams', () => obj({
    extraRoots: z.array(ref(() => s.AbsolutePathBuf)),
  }));
  def('SkillsExtraRootsSetResponse', () => obj({}));
  def('SkillsListEntry', () => obj({
    cwd: z.string(),
    errors: z.array(ref(() => s.SkillErrorInfo)),
    skills: z.array(ref(() => s.SkillMetadata)),
  }));
  def('SkillsListParams', () => obj({
    cwds: z.array(z.string()).optional(),
    forceReload: z.boolean().optional(),
  }));
  def('SkillsListResponse', () => obj({
    data: z.array(ref(() => s.SkillsListEntry)),
  }));
  def('SortDirection', () => z.union([z.literal("asc"), z.literal("desc")]));
  def('SpendControlLimitSnapshot', () => obj({
    limit: z.string(),
    remainingPercent: z.number(),
    resetsAt: z.number(),
    used: z.string(),
  }));
  def('StrictReviewRequiredNotification', () => obj({
    startedAtMs: z.number(),
    threadId: z.string(),
    turnId: z.string(),
  }));
  def('SubAgentActivityKind', () => z.union([z.literal("started"), z.literal("interacted"), z.literal("interrupted"), z.literal("completed")]));
  def('SubAgentSource', () => z.union([z.union([z.literal("review"), z.literal("compact"), z.literal("memory_consolidation")]), obj({
    thread_spawn: obj({
      agent_nickname: z.union([z.string(), z.null()]).optional(),
      agent_path: z.union([ref(() => s.AgentPath), z.null()]).optional(),
      agent_role: z.union([z.string(), z.null()]).optional(),
      depth: z.number(),
      parent_thread_id: ref(() => s.ThreadId),
    }),
  }), obj({
    other: z.string(),
  })]));
  def('SubagentMigration', () => obj({
    name: z.string(),
  }));
  def('TerminalInteractionNotification', () => obj({
    itemId: z.string(),
    processId: z.string(),
    stdin: z.string(),
    threadId: z.string(),
    turnId: z.string(),
  }));
  def('TextElement', () => obj({
    byteRange: ref(() => s.ByteRange),
    placeholder: z.union([z.string(), z.null()]).optional(),
  }));
  def('TextPosition', () => obj({
    column: z.number(),
    line: z.number(),
  }));
  def('TextRange', () => obj({
    end: ref(() => s.TextPosition),
    start: ref(() => s.TextPosition),
  }));
  def('Thread', () => obj({
    agentNickname: z.union([z.string(), z.null()]).optional(),
    agentRole: z.union([z.string(), z.null()]).optional(),
    cliVersion: z.string(),
    createdAt: z.number(),
    cwd: ref(() => s.AbsolutePathBuf),
    ephemeral: z.boolean(),
    forkedFromId: z.union([z.string(), z.null()]).optional(),
    gitInfo: z.union([ref(() => s.GitInfo), z.null()]).optional(),
    historyMode: ref(() => s.ThreadHistoryMode).optional(),
    id: z.string(),
    model: z.union([z.string(), z.null()]).optional(),
    modelProvider: z.string(),
    name: z.union([z.string(), z.null()]).optional(),
    originator: z.union([z.string(), z.null()]).optional(),
    parentThreadId: z.union([z.string(), z.null()]).optional(),
    path: z.union([z.string(), z.null()]).optional(),
    preview: z.string(),
    projectId: z.union([z.string(), z.null()]),
    reasoningEffort: z.union([ref(() => s.ReasoningEffort), z.null()]).optional(),
    recencyAt: z.union([z.number(), z.null()]).optional(),
    section: z.union([ref(() => s.ThreadSection), z.null()]).optional(),
    sectionEnteredAt: z.union([z.number(), z.null()]).optional(),
    sessionId: z.string(),
    source: ref(() => s.SessionSource),
    status: ref(() => s.ThreadStatus),
    threadSource: z.union([ref(() => s.ThreadSource), z.null()]).optional(),
    turns: z.array(ref(() => s.Turn)),
    updatedAt: z.number(),
  }));
  def('ThreadActiveFlag', () => z.union([z.literal("waitingOnApproval"), z.literal("waitingOnUserInput")]));
  def('ThreadApproveGuardianDeniedActionParams', () => obj({
    event: z.unknown(),
    threadId: z.string(),
  }));
  def('ThreadApproveGuardianDeniedActionResponse', () => obj({}));
  def('ThreadArchiveParams', () => obj({
    threadId: z.string(),
  }));
  def('ThreadArchiveResponse', () => obj({}));
  def('ThreadArchivedNotification', () => obj({
    threadId: z.string(),
  }));
  def('ThreadAttachment', () => obj({
    attachmentType: z.string(),
    createdAt: z.number(),
    id: z.string(),
    identityKey: z.string(),
    payload: z.unknown(),
  }));
  def('ThreadAttachmentAddOutcome', () => z.union([z.literal("created"), z.literal("existing")]));
  def('ThreadAttachmentAddParams', () => obj({
    attachmentType: z.string(),
    identityKey: z.string(),
    payload: z.unknown(),
    threadId: z.string(),
  }));
  def('ThreadAttachmentAddResponse', () => obj({
    attachment: ref(() => s.ThreadAttachment),
    outcome: ref(() => s.ThreadAttachmentAddOutcome),
  }));
  def('ThreadAttachmentListParams', () => obj({
    cursor: z.union([z.string(), z.null()]).optional(),
    limit: z.union([z.number(), z.null()]).optional(),
    threadId: z.string(),
  }));
  def('ThreadAttachmentListResponse', () => obj({
    data: z.array(ref(() => s.ThreadAttachment)),
    nextCursor: z.union([z.string(), z.null()]).optional(),
  }));
  def('ThreadAttachmentOperation', () => z.union([z.literal("created"), z.literal("deleted")]));
  def('ThreadAttachmentOwner', () => obj({
    archived: z.boolean(),
    threadId: z.string(),
  }));
  def('ThreadAttachmentOwnerListParams', () => obj({
    archived: z.union([z.boolean(), z.null()]).optional(),
    attachmentType: z.string(),
    cursor: z.union([z.string(), z.null()]).optional(),
    identityKey: z.string(),
    limit: z.union([z.number(), z.null()]).optional(),
  }));
  def('ThreadAttachmentOwnerListResponse', () => obj({
    data: z.array(ref(() => s.ThreadAttachmentOwner)),
    nextCursor: z.union([z.string(), z.null()]).optional(),
  }));
  def('ThreadAttachmentRemoveParams', () => obj({
    attachmentType: z.string(),
    identityKey: z.string(),
    threadId: z.string(),
  }));
  def('ThreadAttachmentRemoveResponse', () => obj({}));
  def('ThreadAttachmentUpdatedNotification', () => obj({
    attachmentId: z.string(),
    attachmentType: z.string(),
    identityKey: z.string(),
    operation: ref(() => s.ThreadAttachmentOperation),
    threadId: z.string(),
  }));
  def('ThreadClosedNotification', () => obj({
    threadId: z.string(),
  }));
  def('ThreadCompactStartParams', () => obj({
    threadId: z.string(),
  }));
  def('ThreadCompactStartResponse', () => obj({}));
  def('ThreadDeleteParams', () => obj({
    threadId: z.string(),
  }));
  def('ThreadDeleteResponse', () => obj({}));
  def('ThreadDeletedNotification', () => obj({
    threadId: z.string(),
  }));
  def('ThreadEnvironment', () => obj({
    cwd: ref(() => s.LegacyAppPathString),
    environmentId: z.string(),
    runtimeWorkspaceRoots: z.array(ref(() => s.LegacyAppPathString)),
  }));
  def('ThreadExtra', () => obj({}));
  def('ThreadForkParams', () => obj({
    approvalPolicy: z.union([ref(() => s.AskForApproval), z.null()]).optional(),
    approvalsReviewer: z.union([ref(() => s.ApprovalsReviewer), z.null()]).optional(),
    baseInstructions: z.union([z.string(), z.null()]).optional(),
    config: z.union([obj({}), z.null()]).optional(),
    cwd: z.union([z.string(), z.null()]).optional(),
    developerInstructions: z.union([z.string(), z.null()]).optional(),
    ephemeral: z.boolean().optional(),
    excludeTurns: z.boolean().optional(),
    lastTurnId: z.union([z.string(), z.null()]).optional(),
    model: z.union([z.string(), z.null()]).optional(),
    modelProvider: z.union([z.string(), z.null()]).optional(),
    sandbox: z.union([ref(() => s.SandboxMode), z.null()]).optional(),
    serviceTier: z.union([z.string(), z.null()]).optional(),
    threadId: z.string(),
    threadSource: z.union([ref(() => s.ThreadSource), z.null()]).optional(),
  }));
  def('ThreadForkResponse', () => obj({
    approvalPolicy: ref(() => s.AskForApproval),
    approvalsReviewer: ref(() => s.ApprovalsReviewer),
    cwd: ref(() => s.AbsolutePathBuf),
    disabledPluginIds: z.array(z.string()).optional(),
    instructionSources: z.array(ref(() => s.LegacyAppPathString)).optional(),
    model: z.string(),
    modelProvider: z.string(),
    reasoningEffort: z.union([ref(() => s.ReasoningEffort), z.null()]).optional(),
    sandbox: ref(() => s.SandboxPolicy),
    serviceTier: z.union([z.string(), z.null()]).optional(),
    thread: ref(() => s.Thread),
  }));
  def('ThreadGoal', () => obj({
    createdAt: z.number(),
    objective: z.string(),
    status: ref(() => s.ThreadGoalStatus),
    threadId: z.string(),
    timeUsedSeconds: z.number(),
    tokenBudget: z.union([z.number(), z.null()]).optional(),
    tokensUsed: z.number(),
    updatedAt: z.number(),
  }));
  def('ThreadGoalClearParams', () => obj({
    origin: z.union([ref(() => s.ThreadGoalMutationOrigin), z.null()]).optional(),
    threadId: z.string(),
  }));
  def('ThreadGoalClearResponse', () => obj({
    cleared: z.boolean(),
  }));
  def('ThreadGoalClearedNotification', () => obj({
    threadId: z.string(),
  }));
  def('ThreadGoalGetParams', () => obj({
    threadId: z.string(),
  }));
  def('ThreadGoalGetResponse', () => obj({
    goal: z.union([ref(() => s.ThreadGoal), z.null()]).optional(),
  }));
  def('ThreadGoalMutationOrigin', () => z.union([z.literal("user"), z.literal("automatic")]));
  def('ThreadGoalSetParams', () => obj({
    objective: z.union([z.string(), z.null()]).optional(),
    origin: z.union([ref(() => s.ThreadGoalMutationOrigin), z.null()]).optional(),
    status: z.union([ref(() => s.ThreadGoalStatus), z.null()]).optional(),
    threadId: z.string(),
    tokenBudget: z.union([z.number(), z.null()]).optional(),
  }));
  def('ThreadGoalSetResponse', () => obj({
    goal: ref(() => s.ThreadGoal),
  }));
  def('ThreadGoalStatus', () => z.union([z.literal("active"), z.literal("paused"), z.literal("blocked"), z.literal("usageLimited"), z.literal("budgetLimited"), z.literal("complete")]));
  def('ThreadGoalUpdatedNotification', () => obj({
    goal: ref(() => s.ThreadGoal),
    threadId: z.string(),
    turnId: z.union([z.string(), z.null()]).optional(),
  }));
  def('ThreadHistoryMode', () => z.union([z.literal("legacy"), z.literal("paginated")]));
  def('ThreadId', () => z.string());
  def('ThreadInjectItemsParams', () => obj({
    items: z.array(z.unknown()),
    threadId: z.string(),
  }));
  def('ThreadInjectItemsResponse', () => obj({}));
  def('ThreadItem', () => z.intersection(obj({
    completedAtMs: z.union([z.number(), z.null()]).optional(),
    startedAtMs: z.union([z.number(), z.null()]).optional(),
  }), z.discriminatedUnion("type", [obj({
    clientId: z.union([z.string(), z.null()]).optional(),
    content: z.array(ref(() => s.UserInput)),
    id: z.string(),
    type: z.literal("userMessage"),
  }), obj({
    fragments: z.array(ref(() => s.HookPromptFragment)),
    id: z.string(),
    type: z.literal("hookPrompt"),
  }), obj({
    delivery: z.union([ref(() => s.AgentMessageDelivery), z.null()]).optional(),
    id: z.string(),
    memoryCitation: z.union([ref(() => s.MemoryCitation), z.null()]).optional(),
    moderation: z.union([ref(() => s.AgentMessageModeration), z.null()]).optional(),
    phase: z.union([ref(() => s.MessagePhase), z.null()]).optional(),
    questions: z.union([z.array(ref(() => s.AsyncUserInputQuestion)), z.null()]).optional(),
    text: z.string(),
    type: z.literal("agentMessage"),
  }), obj({
    id: z.string(),
    name: z.string(),
    namespace: z.union([z.string(), z.null()]).optional(),
    output: ref(() => s.FunctionCallOutputBody),
    type: z.literal("functionCallOutput"),
  }), obj({
    id: z.string(),
    text: z.string(),
    type: z.literal("plan"),
  }), obj({
    content: z.array(z.string()).optional(),
    id: z.string(),
    summary: z.array(z.string()).optional(),
    type: z.literal("reasoning"),
  }), obj({
    aggregatedOutput: z.union([z.string(), z.null()]).optional(),
    command: z.string(),
    commandActions: z.array(ref(() => s.CommandAction)),
    cwd: ref(() => s.LegacyAppPathString),
    durationMs: z.union([z.number(), z.null()]).optional(),
    exitCode: z.union([z.number(), z.null()]).optional(),
    id: z.string(),
    pluginId: z.union([z.string(), z.null()]).optional(),
    processId: z.union([z.string(), z.null()]).optional(),
    scriptPath: z.union([z.string(), z.null()]).optional(),
    source: ref(() => s.CommandExecutionSource).optional(),
    status: ref(() => s.CommandExecutionStatus),
    type: z.literal("commandExecution"),
  }), obj({
    changes: z.array(ref(() => s.FileUpdateChange)),
    id: z.string(),
    status: ref(() => s.PatchApplyStatus),
    type: z.literal("fileChange"),
  }), obj({
    appContext: z.union([ref(() => s.McpToolCallAppContext), z.null()]).optional(),
    arguments: z.unknown(),
    durationMs: z.union([z.number(), z.null()]).optional(),
    error: z.union([ref(() => s.McpToolCallError), z.null()]).optional(),
    id: z.string(),
    mcpAppResourceUri: z.union([z.string(), z.null()]).optional(),
    mcpAppUi: z.union([ref(() => s.McpAppUi), z.null()]).optional(),
    pluginId: z.union([z.string(), z.null()]).optional(),
    readOnlyHint: z.union([z.boolean(), z.null()]).optional(),
    result: z.union([ref(() => s.McpToolCallResult), z.null()]).optional(),
    server: z.string(),
    status: ref(() => s.McpToolCallStatus),
    tool: z.string(),
    type: z.literal("mcpToolCall"),
  }), obj({
    arguments: z.unknown(),
    contentItems: z.union([z.array(ref(() => s.DynamicToolCallOutputContentItem)), z.null()]).optional(),
    durationMs: z.union([z.number(), z.null()]).optional(),
    id: z.string(),
    namespace: z.union([z.string(), z.null()]).optional(),
    status: ref(() => s.DynamicToolCallStatus),
    success: z.union([z.boolean(), z.null()]).optional(),
    tool: z.string(),
    type: z.literal("dynamicToolCall"),
  }), obj({
    agentsStates: z.record(z.string(), ref(() => s.CollabAgentState)),
    id: z.string(),
    model: z.union([z.string(), z.null()]).optional(),
    prompt: z.union([z.string(), z.null()]).optional(),
    reasoningEffort: z.union([ref(() => s.ReasoningEffort), z.null()]).optional(),
    receiverThreadIds: z.array(z.string()),
    senderThreadId: z.string(),
    status: ref(() => s.CollabAgentToolCallStatus),
    tool: ref(() => s.CollabAgentTool),
    type: z.literal("collabAgentToolCall"),
  }), obj({
    agentPath: z.string(),
    agentThreadId: z.string(),
    id: z.string(),
    kind: ref(() => s.SubAgentActivityKind),
    model: z.union([z.string(), z.null()]).optional(),
    reasoningEffort: z.union([ref(() => s.ReasoningEffort), z.null()]).optional(),
    type: z.literal("subAgentActivity"),
  }), obj({
    action: z.union([ref(() => s.WebSearchAction), z.null()]).optional(),
    id: z.string(),
    query: z.string(),
    results: z.union([z.array(z.unknown()), z.null()]).optional(),
    type: z.literal("webSearch"),
  }), obj({
    id: z.string(),
    path: ref(() => s.LegacyAppPathString),
    type: z.literal("imageView"),
  }), obj({
    durationMs: z.number(),
    id: z.string(),
    type: z.literal("sleep"),
  }), z.looseObject({ type: z.literal("imageGeneration") }).pipe(z.intersection(obj({
    failure: z.union([ref(() => s.ImageGenerationFailure), z.null()]).optional(),
    generationId: z.union([z.string(), z.null()]).optional(),
    id: z.string(),
    inputImages: z.array(ref(() => s.ImageGenerationInputImage)).optional(),
    revisedPrompt: z.union([z.string(), z.null()]).optional(),
    savedPath: z.union([ref(() => s.AbsolutePathBuf), z.null()]).optional(),
    status: z.string(),
    transparentBackground: z.union([z.boolean(), z.null()]).optional(),
    type: z.literal("imageGeneration"),
  }), z.union([obj({
    fileId: z.string(),
  }), obj({
    result: z.string(),
  })])) as z.ZodType<unknown, any>), obj({
    id: z.string(),
    review: z.string(),
    type: z.literal("enteredReviewMode"),
  }), obj({
    id: z.string(),
    review: z.string(),
    type: z.literal("exitedReviewMode"),
  }), obj({
    id: z.string(),
    type: z.literal("contextCompaction"),
  })])));
  def('ThreadItemEntry', () => obj({
    completedAtMs: z.union([z.number(), z.null()]).optional(),
    item: ref(() => s.ThreadItem),
    startedAtMs: z.union([z.number(), z.null()]).optional(),
    turnId: z.string(),
  }));
  def('ThreadItemOutputDeferral', () => obj({}));
  def('ThreadItemsListAnchor', () => obj({
    itemId: z.string(),
    type: z.literal("item"),
  }));
  def('ThreadItemsListCursor', () => z.union([z.string(), ref(() => s.ThreadItemsListAnchor)]));
  def('ThreadItemsListParams', () => obj({
    cursor: z.union([ref(() => s.ThreadItemsListCursor), z.null()]).optional(),
    deferOutput: z.union([ref(() => s.ThreadItemOutputDeferral), z.null()]).optional(),
    limit: z.union([z.number(), z.null()]).optional(),
    sortDirection: z.union([ref(() => s.SortDirection), z.null()]).optional(),
    threadId: z.string(),
    turnId: z.union([z.string(), z.null()]).optional(),
  }));
  def('ThreadItemsListResponse', () => obj({
    backwardsCursor: z.union([z.string(), z.null()]).optional(),
    data: z.array(ref(() => s.ThreadItemEntry)),
    nextCursor: z.union([z.string(), z.null()]).optional(),
  }));
  def('ThreadListCwdFilter', () => z.union([z.string(), z.array(z.string())]));
  def('ThreadListParams', () => obj({
    archived: z.union([z.boolean(), z.null()]).optional(),
    currentAccountOnly: z.boolean().optional(),
    cursor: z.union([z.string(), z.null()]).optional(),
    cwd: z.union([ref(() => s.ThreadListCwdFilter), z.null()]).optional(),
    excludedThreadIds: z.union([z.array(z.string()), z.null()]).optional(),
    limit: z.union([z.number(), z.null()]).optional(),
    modelProviders: z.union([z.array(z.string()), z.null()]).optional(),
    originators: z.union([z.array(z.string()), z.null()]).optional(),
    searchTerm: z.union([z.string(), z.null()]).optional(),
    sectionId: z.union([z.string(), z.null()]).optional(),
    sortDirection: z.union([ref(() => s.SortDirection), z.null()]).optional(),
    sortKey: z.union([ref(() => s.ThreadSortKey), z.null()]).optional(),
    sourceKinds: z.union([z.array(ref(() => s.ThreadSourceKind)), z.null()]).optional(),
    useStateDbOnly: z.boolean().optional(),
  }));
  def('ThreadListResponse', () => obj({
    backwardsCursor: z.union([z.string(), z.null()]).optional(),
    data: z.array(ref(() => s.Thread)),
    nextCursor: z.union([z.string(), z.null()]).optional(),
  }));
  def('ThreadLoadedListParams', () => obj({
    cursor: z.union([z.string(), z.null()]).optional(),
    limit: z.union([z.number(), z.null()]).optional(),
  }));
  def('ThreadLoadedListResponse', () => obj({
    data: z.array(z.string()),
    nextCursor: z.union([z.string(), z.null()]).optional(),
  }));
  def('ThreadMemoryMode', () => z.union([z.literal("enabled"), z.literal("disabled")]));
  def('ThreadMetadataGitInfoUpdateParams', () => obj({
    branch: z.union([z.string(), z.null()]).optional(),
    originUrl: z.union([z.string(), z.null()]).optional(),
    sha: z.union([z.string(), z.null()]).optional(),
  }));
  def('ThreadMetadataUpdateParams', () => obj({
    gitInfo: z.union([ref(() => s.ThreadMetadataGitInfoUpdateParams), z.null()]).optional(),
    threadId: z.string(),
  }));
  def('ThreadMetadataUpdateResponse', () => obj({
    thread: ref(() => s.Thread),
  }));
  def('ThreadNameUpdatedNotification', () => obj({
    threadId: z.string(),
    threadName: z.union([z.string(), z.null()]).optional(),
  }));
  def('ThreadPredictionResult', () => z.discriminatedUnion("type", [obj({
    text: z.union([z.string(), z.null()]).optional(),
    type: z.literal("completed"),
  }), obj({
    type: z.literal("failed"),
  })]));
  def('ThreadPredictionUpdatedNotification', () => obj({
    result: ref(() => s.ThreadPredictionResult),
    sourceTurnId: z.string(),
    threadId: z.string(),
  }));
  def('ThreadProjectUpdatedNotification', () => obj({
    projectId: z.union([z.string(), z.null()]),
    threadId: z.string(),
  }));
  def('ThreadQueueChangedNotification', () => obj({
    threadId: z.string(),
  }));
  def('ThreadReadParams', () => obj({
    includeTurns: z.boolean().optional(),
    threadId: z.string(),
  }));
  def('ThreadReadResponse', () => obj({
    thread: ref(() => s.Thread),
  }));
  def('ThreadReadState', () => obj({
    firstUnread: z.union([ref(() => s.ThreadUnreadPosition), z.null()]).optional(),
    revision: z.string(),
  }));
  def('ThreadReadStateChangedNotification', () => obj({
    readState: ref(() => s.ThreadReadState),
    threadId: z.string(),
  }));
  def('ThreadReadStateOperation', () => z.discriminatedUnion("type", [obj({
    type: z.literal("read"),
  }), obj({
    type: z.literal("unread"),
  })]));
  def('ThreadRealtimeAudioChunk', () => obj({
    data: z.string(),
    itemId: z.union([z.string(), z.null()]).optional(),
    numChannels: z.number(),
    sampleRate: z.number(),
    samplesPerChannel: z.union([z.number(), z.null()]).optional(),
  }));
  def('ThreadRealtimeBemItemPresentation', () => z.discriminatedUnion("type", [obj({
    type: z.literal("wholeItem"),
  }), obj({
    type: z.literal("inlineMarkdown"),
  }), obj({
    index: z.number(),
    type: z.literal("inlineVisualization"),
  })]));
  def('ThreadRealtimeClosedNotification', () => obj({
    reason: z.union([z.string(), z.null()]).optional(),
    threadId: z.string(),
  }));
  def('ThreadRealtimeErrorNotification', () => obj({
    message: z.string(),
    threadId: z.string(),
  }));
  def('ThreadRealtimeInitialItem', () => obj({
    role: ref(() => s.ConversationTextRole),
    text: z.string(),
  }));
  def('ThreadRealtimeItem', () => z.intersection(obj({
    id: z.string(),
    realtimeSessionId: z.string(),
  }), z.discriminatedUnion("type", [obj({
    type: z.literal("realtimeSessionStarted"),
  }), obj({
    role: ref(() => s.ThreadRealtimeTranscriptRole),
    text: z.string(),
    type: z.literal("transcriptSegment"),
  }), obj({
    item_id: z.string(),
    presentation: ref(() => s.ThreadRealtimeBemItemPresentation),
    turn_id: z.string(),
    type: z.literal("bemItemPromoted"),
  }), obj({
    outcome: ref(() => s.ThreadRealtimeSessionOutcome),
    type: z.literal("realtimeSessionClosed"),
  })])));
  def('ThreadRealtimeItemAddedNotification', () => obj({
    item: z.unknown(),
    threadId: z.string(),
  }));
  def('ThreadRealtimeItemCompletedNotification', () => obj({
    item: ref(() => s.ThreadRealtimeItem),
    threadId: z.string(),
  }));
  def('ThreadRealtimeItemStartedNotification', () => obj({
    item: ref(() => s.ThreadRealtimeItem),
    threadId: z.string(),
  }));
  def('ThreadRealtimeItemTranscriptDeltaNotification', () => obj({
    delta: z.string(),
    itemId: z.string(),
    threadId: z.string(),
  }));
  def('ThreadRealtimeOutputAudioDeltaNotification', () => obj({
    audio: ref(() => s.ThreadRealtimeAudioChunk),
    threadId: z.string(),
  }));
  def('ThreadRealtimeSdpNotification', () => obj({
    sdp: z.string(),
    threadId: z.string(),
  }));
  def('ThreadRealtimeSessionOutcome', () => z.union([z.literal("ended"), z.literal("failed")]));
  def('ThreadRealtimeStartTransport', () => z.discriminatedUnion("type", [obj({
    type: z.literal("websocket"),
  }), obj({
    sdp: z.string(),
    type: z.literal("webrtc"),
  }), obj({
    callId: z.string(),
    type: z.literal("existingCall"),
  })]));
  def('ThreadRealtimeStartedNotification', () => obj({
    realtimeSessionId: z.union([z.string(), z.null()]).optional(),
    threadId: z.string(),
    version: ref(() => s.RealtimeConversationVersion),
  }));
  def('ThreadRealtimeTranscriptDeltaNotification', () => obj({
    delta: z.string(),
    role: z.string(),
    threadId: z.string(),
  }));
  def('ThreadRealtimeTranscriptDoneNotification', () => obj({
    role: z.string(),
    text: z.string(),
    threadId: z.string(),
  }));
  def('ThreadRealtimeTranscriptRole', () => z.union([z.literal("user"), z.literal("assistant")]));
  def('ThreadResumeInitialTurnsPageParams', () => obj({
    itemsView: z.union([ref(() => s.TurnItemsView), z.null()]).optional(),
    limit: z.union([z.number(), z.null()]).optional(),
    sortDirection: z.union([ref(() => s.SortDirection), z.null()]).optional(),
  }));
  def('ThreadResumeParams', () => obj({
    approvalPolicy: z.union([ref(() => s.AskForApproval), z.null()]).optional(),
    approvalsReviewer: z.union([ref(() => s.ApprovalsReviewer), z.null()]).optional(),
    baseInstructions: z.union([z.string(), z.null()]).optional(),
    config: z.union([obj({}), z.null()]).optional(),
    cwd: z.union([z.string(), z.null()]).optional(),
    developerInstructions: z.union([z.string(), z.null()]).optional(),
    excludeTurns: z.boolean().optional(),
    model: z.union([z.string(), z.null()]).optional(),
    modelProvider: z.union([z.string(), z.null()]).optional(),
    personality: z.union([ref(() => s.Personality), z.null()]).optional(),
    sandbox: z.union([ref(() => s.SandboxMode), z.null()]).optional(),
    serviceTier: z.union([z.string(), z.null()]).optional(),
    threadId: z.string(),
  }));
  def('ThreadResumeResponse', () => obj({
    approvalPolicy: ref(() => s.AskForApproval),
    approvalsReviewer: ref(() => s.ApprovalsReviewer),
    collaborationMode: z.union([ref(() => s.CollaborationMode), z.null()]).optional(),
    cwd: ref(() => s.AbsolutePathBuf),
    disabledPluginIds: z.array(z.string()).optional(),
    instructionSources: z.array(ref(() => s.LegacyAppPathString)).optional(),
    itemsBackwardsCursor: z.union([z.string(), z.null()]).optional(),
    model: z.string(),
    modelProvider: z.string(),
    reasoningEffort: z.union([ref(() => s.ReasoningEffort), z.null()]).optional(),
    sandbox: ref(() => s.SandboxPolicy),
    serviceTier: z.union([z.string(), z.null()]).optional(),
    thread: ref(() => s.Thread),
    turnsBackwardsCursor: z.union([z.string(), z.null()]).optional(),
  }));
  def('ThreadRevertParams', () => obj({
    beforeTurnId: z.string(),
    threadId: z.string(),
  }));
  def('ThreadRevertResponse', () => obj({
    itemsBackwardsCursor: z.union([z.string(), z.null()]).optional(),
    thread: ref(() => s.Thread),
    turnsBackwardsCursor: z.union([z.string(), z.null()]).optional(),
  }));
  def('ThreadRevertedNotification', () => obj({
    threadId: z.string(),
  }));
  def('ThreadSearchResult', () => obj({
    snippet: z.string(),
    thread: ref(() => s.Thread),
  }));
  def('ThreadSearchSortKey', () => z.union([z.literal("created_at"), z.literal("updated_at"), z.literal("recency_at")]));
  def('ThreadSection', () => obj({
    appearance: z.union([ref(() => s.ThreadSectionAppearance), z.null()]).optional(),
    id: z.string(),
    name: z.string(),
  }));
  def('ThreadSectionAppearance', () => obj({
    color: z.union([z.string(), z.null()]).optional(),
    icon: z.union([z.string(), z.null()]).optional(),
  }));
  def('ThreadSectionChangedNotification', () => obj({
    sectionId: z.union([z.string(), z.null()]),
    threadId: z.string(),
  }));
  def('ThreadSectionCreateParams', () => obj({
    appearance: z.union([ref(() => s.ThreadSectionAppearance), z.null()]).optional(),
    name: z.string(),
  }));
  def('ThreadSectionCreateResponse', () => obj({
    section: ref(() => s.ThreadSection),
  }));
  def('ThreadSectionDeleteParams', () => obj({
    sectionId: z.string(),
  }));
  def('ThreadSectionDeleteResponse', () => obj({}));
  def('ThreadSectionListParams', () => obj({
    cursor: z.union([z.string(), z.null()]).optional(),
    limit: z.union([z.number(), z.null()]).optional(),
  }));
  def('ThreadSectionListResponse', () => obj({
    data: z.array(ref(() => s.ThreadSection)),
    nextCursor: z.union([z.string(), z.null()]).optional(),
  }));
  def('ThreadSectionMoveParams', () => obj({
    beforeThreadId: z.union([z.string(), z.null()]).optional(),
    sectionId: z.union([z.string(), z.null()]),
    threadId: z.string(),
  }));
  def('ThreadSectionMoveResponse', () => obj({}));
  def('ThreadSectionUpdateParams', () => obj({
    appearance: z.union([ref(() => s.ThreadSectionAppearance), z.null()]).optional(),
    name: z.string(),
    sectionId: z.string(),
  }));
  def('ThreadSectionUpdateResponse', () => obj({
    section: ref(() => s.ThreadSection),
  }));
  def('ThreadSetNameParams', () => obj({
    name: z.string(),
    threadId: z.string(),
  }));
  def('ThreadSetNameResponse', () => obj({}));
  def('ThreadSettings', () => obj({
    activePermissionProfile: z.union([ref(() => s.ActivePermissionProfile), z.null()]).optional(),
    approvalPolicy: ref(() => s.AskForApproval),
    approvalsReviewer: ref(() => s.ApprovalsReviewer),
    collaborationMode: ref(() => s.CollaborationMode),
    cwd: ref(() => s.AbsolutePathBuf),
    disabledPluginIds: z.array(z.string()).optional(),
    effort: z.union([ref(() => s.ReasoningEffort), z.null()]).optional(),
    model: z.string(),
    modelProvider: z.string(),
    personality: z.union([ref(() => s.Personality), z.null()]).optional(),
    sandboxPolicy: ref(() => s.SandboxPolicy),
    serviceTier: z.union([z.string(), z.null()]).optional(),
    summary: z.union([ref(() => s.ReasoningSummary), z.null()]).optional(),
  }));
  def('ThreadSettingsUpdatedNotification', () => obj({
    threadId: z.string(),
    threadSettings: ref(() => s.ThreadSettings),
  }));
  def('ThreadShellCommandParams', () => obj({
    command: z.string(),
    threadId: z.string(),
    timeoutMs: z.union([z.number(), z.null()]).optional(),
  }));
  def('ThreadShellCommandResponse', () => obj({}));
  def('ThreadSortKey', () => z.union([z.literal("created_at"), z.literal("updated_at"), z.literal("recency_at"), z.literal("section_position")]));
  def('ThreadSource', () => z.string());
  def('ThreadSourceKind', () => z.union([z.literal("cli"), z.literal("vscode"), z.literal("exec"), z.literal("appServer"), z.literal("subAgent"), z.literal("subAgentReview"), z.literal("subAgentCompact"), z.literal("subAgentThreadSpawn"), z.literal("subAgentOther"), z.literal("unknown")]));
  def('ThreadStartParams', () => obj({
    approvalPolicy: z.union([ref(() => s.AskForApproval), z.null()]).optional(),
    approvalsReviewer: z.union([ref(() => s.ApprovalsReviewer), z.null()]).optional(),
    baseInstructions: z.union([z.string(), z.null()]).optional(),
    config: z.union([obj({}), z.null()]).optional(),
    cwd: z.union([z.string(), z.null()]).optional(),
    developerInstructions: z.union([z.string(), z.null()]).optional(),
    ephemeral: z.union([z.boolean(), z.null()]).optional(),
    model: z.union([z.string(), z.null()]).optional(),
    modelProvider: z.union([z.string(), z.null()]).optional(),
    personality: z.union([ref(() => s.Personality), z.null()]).optional(),
    sandbox: z.union([ref(() => s.SandboxMode), z.null()]).optional(),
    serviceName: z.union([z.string(), z.null()]).optional(),
    serviceTier: z.union([z.string(), z.null()]).optional(),
    sessionStartSource: z.union([ref(() => s.ThreadStartSource), z.null()]).optional(),
    threadSource: z.union([ref(() => s.ThreadSource), z.null()]).optional(),
  }));
  def('ThreadStartResponse', () => obj({
    approvalPolicy: ref(() => s.AskForApproval),
    approvalsReviewer: ref(() => s.ApprovalsReviewer),
    cwd: ref(() => s.AbsolutePathBuf),
    disabledPluginIds: z.array(z.string()).optional(),
    instructionSources: z.array(ref(() => s.LegacyAppPathString)).optional(),
    model: z.string(),
    modelProvider: z.string(),
    reasoningEffort: z.union([ref(() => s.ReasoningEffort), z.null()]).optional(),
    sandbox: ref(() => s.SandboxPolicy),
    serviceTier: z.union([z.string(), z.null()]).optional(),
    thread: ref(() => s.Thread),
  }));
  def('ThreadStartSource', () => z.union([z.literal("startup"), z.literal("clear")]));
  def('ThreadStartedNotification', () => obj({
    thread: ref(() => s.Thread),
  }));
  def('ThreadStatus', () => z.discriminatedUnion("type", [obj({
    type: z.literal("notLoaded"),
  }), obj({
    type: z.literal("idle"),
  }), obj({
    type: z.literal("systemError"),
  }), obj({
    activeFlags: z.array(ref(() => s.ThreadActiveFlag)),
    type: z.literal("active"),
  })]));
  def('ThreadStatusChangedNotification', () => obj({
    status: ref(() => s.ThreadStatus),
    threadId: z.string(),
  }));
  def('ThreadTimelineEntry', () => z.discriminatedUnion("type", [obj({
    item: ref(() => s.ThreadItem),
    position: z.number(),
    turnId: z.string(),
    type: z.literal("item"),
  }), obj({
    item: ref(() => s.ThreadRealtimeItem),
    position: z.number(),
    type: z.literal("realtime"),
  }), obj({
    position: z.number(),
    started_at: z.union([z.number(), z.null()]).optional(),
    turn_id: z.string(),
    type: z.literal("turnStarted"),
  }), obj({
    completed_at: z.union([z.number(), z.null()]).optional(),
    duration_ms: z.union([z.number(), z.null()]).optional(),
    error: z.union([ref(() => s.TurnError), z.null()]).optional(),
    position: z.number(),
    started_at: z.union([z.number(), z.null()]).optional(),
    status: ref(() => s.TurnStatus),
    turn_id: z.string(),
    type: z.literal("turnCompleted"),
  })]));
  def('ThreadTokenUsage', () => obj({
    last: ref(() => s.TokenUsageBreakdown),
    modelContextWindow: z.union([z.number(), z.null()]).optional(),
    total: ref(() => s.TokenUsageBreakdown),
  }));
  def('ThreadTokenUsageUpdatedNotification', () => obj({
    threadId: z.string(),
    tokenUsage: ref(() => s.ThreadTokenUsage),
    turnId: z.string(),
  }));
  def('ThreadTurnsListParams', () => obj({
    cursor: z.union([z.string(), z.null()]).optional(),
    itemsView: z.union([ref(() => s.TurnItemsView), z.null()]).optional(),
    limit: z.union([z.number(), z.null()]).optional(),
    sortDirection: z.union([ref(() => s.SortDirection), z.null()]).optional(),
    threadId: z.string(),
  }));
  def('ThreadTurnsListResponse', () => obj({
    backwardsCursor: z.union([z.string(), z.null()]).optional(),
    data: z.array(ref(() => s.Turn)),
    nextCursor: z.union([z.string(), z.null()]).optional(),
  }));
  def('ThreadUnarchiveParams', () => obj({
    threadId: z.string(),
  }));
  def('ThreadUnarchiveResponse', () => obj({
    thread: ref(() => s.Thread),
  }));
  def('ThreadUnarchivedNotification', () => obj({
    threadId: z.string(),
  }));
  def('ThreadUnreadPosition', () => z.discriminatedUnion("type", [obj({
    type: z.literal("threadStart"),
  }), obj({
    turnId: z.string(),
    type: z.literal("turn"),
  })]));
  def('ThreadUnsubscribeParams', () => obj({
    threadId: z.string(),
  }));
  def('ThreadUnsubscribeResponse', () => obj({
    status: ref(() => s.ThreadUnsubscribeStatus),
  }));
  def('ThreadUnsubscribeStatus', () => z.union([z.literal("notLoaded"), z.literal("notSubscribed"), z.literal("unsubscribed")]));
  def('ThreadUsage', () => obj({
    estimatedUsageCreditsMicros: z.number(),
    estimatedUsageUsdMicros: z.union([z.number(), z.null()]).optional(),
    groups: z.array(ref(() => s.ThreadUsageBreakdownGroup)),
    nativeUsageUsdMicros: z.union([z.number(), z.null()]).optional(),
    threadId: z.string(),
  }));
  def('ThreadUsageBreakdownGroup', () => obj({
    cachedInputTokens: z.union([z.number(), z.null()]).optional(),
    estimatedUsageCreditsMicros: z.number(),
    inputTokens: z.union([z.number(), z.null()]).optional(),
    model: z.union([z.string(), z.null()]).optional(),
    netNewInputTokens: z.union([z.number(), z.null()]).optional(),
    outputTokens: z.union([z.number(), z.null()]).optional(),
    reasoningEffort: z.union([z.string(), z.null()]).optional(),
    speed: z.union([z.string(), z.null()]).optional(),
    totalTokens: z.union([z.number(), z.null()]).optional(),
  }));
  def('TokenUsageBreakdown', () => obj({
    cacheWriteInputTokens: z.number().optional(),
    cachedInputTokens: z.number(),
    inputTokens: z.number(),
    outputTokens: z.number(),
    reasoningOutputTokens: z.number(),
    totalTokens: z.number(),
  }));
  def('Tool', () => obj({
    _meta: z.unknown().optional(),
    annotations: z.unknown().optional(),
    description: z.union([z.string(), z.null()]).optional(),
    icons: z.union([z.array(z.unknown()), z.null()]).optional(),
    inputSchema: z.unknown(),
    name: z.string(),
    outputSchema: z.unknown().optional(),
    title: z.union([z.string(), z.null()]).optional(),
  }));
  def('ToolExposureSurface', () => z.union([z.literal("code_mode"), z.literal("deferred"), z.literal("direct")]));
  def('ToolRequestUserInputAnswer', () => obj({
    answers: z.array(z.string()),
  }));
  def('ToolRequestUserInputOption', () => obj({
    description: z.string(),
    label: z.string(),
  }));
  def('ToolRequestUserInputParams', () => obj({
    autoResolutionMs: z.union([z.number(), z.null()]).optional(),
    isBlocking: z.boolean(),
    itemId: z.string(),
    questions: z.array(ref(() => s.ToolRequestUserInputQuestion)),
    threadId: z.string(),
    turnId: z.string(),
  }));
  def('ToolRequestUserInputQuestion', () => obj({
    header: z.string(),
    id: z.string(),
    isOther: z.boolean().optional(),
    isSecret: z.boolean().optional(),
    options: z.union([z.array(ref(() => s.ToolRequestUserInputOption)), z.null()]).optional(),
    question: z.string(),
  }));
  def('ToolRequestUserInputResponse', () => obj({
    answers: z.record(z.string(), ref(() => s.ToolRequestUserInputAnswer)),
  }));
  def('ToolsV2', () => obj({
    web_search: z.union([ref(() => s.WebSearchToolConfig), z.null()]).optional(),
  }));
  def('Turn', () => obj({
    completedAt: z.union([z.number(), z.null()]).optional(),
    durationMs: z.union([z.number(), z.null()]).optional(),
    error: z.union([ref(() => s.TurnError), z.null()]).optional(),
    id: z.string(),
    items: z.array(ref(() => s.ThreadItem)),
    itemsView: ref(() => s.TurnItemsView).optional(),
    rootTurnId: z.union([z.string(), z.null()]).optional(),
    startedAt: z.union([z.number(), z.null()]).optional(),
    status: ref(() => s.TurnStatus),
  }));
  def('TurnCompletedNotification', () => obj({
    threadId: z.string(),
    turn: ref(() => s.Turn),
  }));
  def('TurnDiffUpdatedNotification', () => obj({
    diff: z.string(),
    threadId: z.string(),
    turnId: z.string(),
  }));
  def('TurnEnvironmentParams', () => obj({
    cwd: ref(() => s.LegacyAppPathString),
    environmentId: z.string(),
    runtimeWorkspaceRoots: z.union([z.array(ref(() => s.LegacyAppPathString)), z.null()]).optional(),
  }));
  def('TurnError', () => obj({
    additionalDetails: z.union([z.string(), z.null()]).optional(),
    codexErrorInfo: z.union([ref(() => s.CodexErrorInfo), z.null()]).optional(),
    message: z.string(),
    misalignment: z.union([ref(() => s.MisalignmentErrorDetails), z.null()]).optional(),
  }));
  def('TurnInterruptParams', () => obj({
    threadId: z.string(),
    turnId: z.string(),
  }));
  def('TurnInterruptResponse', () => obj({}));
  def('TurnItemsView', () => z.union([z.literal("notLoaded"), z.literal("summary"), z.literal("full")]));
  def('TurnModerationMetadataNotification', () => obj({
    metadata: z.unknown(),
    threadId: z.string(),
    turnId: z.string(),
  }));
  def('TurnPlanStep', () => obj({
    status: ref(() => s.TurnPlanStepStatus),
    step: z.string(),
  }));
  def('TurnPlanStepStatus', () => z.union([z.literal("pending"), z.literal("inProgress"), z.literal("completed")]));
  def('TurnPlanUpdatedNotification', () => obj({
    explanation: z.union([z.string(), z.null()]).optional(),
    plan: z.array(ref(() => s.TurnPlanStep)),
    threadId: z.string(),
    turnId: z.string(),
  }));
  def('TurnStartParams', () => obj({
    approvalPolicy: z.union([ref(() => s.AskForApproval), z.null()]).optional(),
    approvalsReviewer: z.union([ref(() => s.ApprovalsReviewer), z.null()]).optional(),
    clientUserMessageId: z.union([z.string(), z.null()]).optional(),
    cwd: z.union([z.string(), z.null()]).optional(),
    disabledPluginIds: z.union([z.array(z.string()), z.null()]).optional(),
    effort: z.union([ref(() => s.ReasoningEffort), z.null()]).optional(),
    input: z.array(ref(() => s.UserInput)),
    model: z.union([z.string(), z.null()]).optional(),
    outputSchema: z.unknown().optional(),
    parentTurnId: z.union([z.string(), z.null()]).optional(),
    personality: z.union([ref(() => s.Personality), z.null()]).optional(),
    rootTurnId: z.union([z.string(), z.null()]).optional(),
    sandboxPolicy: z.union([ref(() => s.SandboxPolicy), z.null()]).optional(),
    serviceTier: z.union([z.string(), z.null()]).optional(),
    serviceTierForTurn: z.union([z.string(), z.null()]).optional(),
    summary: z.union([ref(() => s.ReasoningSummary), z.null()]).optional(),
    threadId: z.string(),
    toolOutput: z.union([ref(() => s.TurnToolOutput), z.null()]).optional(),
    turnTrigger: z.union([z.string(), z.null()]).optional(),
  }));
  def('TurnStartResponse', () => obj({
    turn: ref(() => s.Turn),
  }));
  def('TurnStartedNotification', () => obj({
    threadId: z.string(),
    turn: ref(() => s.Turn),
  }));
  def('TurnStatus', () => z.union([z.literal("completed"), z.literal("interrupted"), z.literal("failed"), z.literal("inProgress")]));
  def('TurnSteerParams', () => obj({
    clientUserMessageId: z.union([z.string(), z.null()]).optional(),
    expectedTurnId: z.string(),
    input: z.array(ref(() => s.UserInput)),
    threadId: z.string(),
  }));
  def('TurnSteerResponse', () => obj({
    turnId: z.string(),
  }));
  def('TurnToolOutput', () => obj({
    name: z.string(),
    namespace: z.union([z.string(), z.null()]).optional(),
    output: ref(() => s.FunctionCallOutputBody),
    retain: z.boolean().optional(),
  }));
  def('TurnsPage', () => obj({
    backwardsCursor: z.union([z.string(), z.null()]).optional(),
    data: z.array(ref(() => s.Turn)),
    nextCursor: z.union([z.string(), z.null()]).optional(),
  }));
  def('UserInput', () => z.discriminatedUnion("type", [obj({
    text: z.string(),
    text_elements: z.array(ref(() => s.TextElement)).optional(),
    type: z.literal("text"),
  }), z.looseObject({ type: z.literal("image") }).pipe(z.intersection(obj({
    detail: z.union([ref(() => s.ImageDetail), z.null()]).optional(),
    type: z.literal("image"),
  }), z.union([obj({
    url: z.string(),
  }), obj({
    fileId: z.string(),
  })])) as z.ZodType<unknown, any>), obj({
    detail: z.union([ref(() => s.ImageDetail), z.null()]).optional(),
    path: z.string(),
    type: z.literal("localImage"),
  }), z.looseObject({ type: z.literal("audio") }).pipe(z.intersection(obj({
    type: z.literal("audio"),
  }), z.union([obj({
    url: z.string(),
  }), obj({
    fileId: z.string(),
  })])) as z.ZodType<unknown, any>), obj({
    path: z.string(),
    type: z.literal("localAudio"),
  }), obj({
    name: z.string(),
    path: z.string(),
    type: z.literal("skill"),
  }), obj({
    name: z.string(),
    path: z.string(),
    type: z.literal("mention"),
  })]));
  def('Verbosity', () => z.union([z.literal("low"), z.literal("medium"), z.literal("high")]));
  def('W3cTraceContext', () => obj({
    traceparent: z.union([z.string(), z.null()]).optional(),
    tracestate: z.union([z.string(), z.null()]).optional(),
  }));
  def('WarningNotification', () => obj({
    message: z.string(),
    threadId: z.union([z.string(), z.null()]).optional(),
  }));
  def('WebSearchAction', () => z.discriminatedUnion("type", [obj({
    queries: z.union([z.array(z.string()), z.null()]).optional(),
    query: z.union([z.string(), z.null()]).optional(),
    type: z.literal("search"),
  }), obj({
    type: z.literal("openPage"),
    url: z.union([z.string(), z.null()]).optional(),
  }), obj({
    pattern: z.union([z.string(), z.null()]).optional(),
    type: z.literal("findInPage"),
    url: z.union([z.string(), z.null()]).optional(),
  }), obj({
    type: z.literal("other"),
  })]));
  def('WebSearchContextSize', () => z.union([z.literal("low"), z.literal("medium"), z.literal("high")]));
  def('WebSearchLocation', () => obj({
    city: z.union([z.string(), z.null()]).optional(),
    country: z.union([z.string(), z.null()]).optional(),
    region: z.union([z.string(), z.null()]).optional(),
    timezone: z.union([z.string(), z.null()]).optional(),
  }));
  def('WebSearchMode', () => z.union([z.literal("disabled"), z.literal("cached"), z.literal("indexed"), z.literal("live")]));
  def('WebSearchProvider', () => z.union([z.literal("standalone"), z.literal("search_mcp")]));
  def('WebSearchToolConfig', () => obj({
    allowed_domains: z.union([z.array(z.string()), z.null()]).optional(),
    context_size: z.union([ref(() => s.WebSearchContextSize), z.null()]).optional(),
    location: z.union([ref(() => s.WebSearchLocation), z.null()]).optional(),
  }));
  def('WindowsSandboxImplementation', () => z.union([z.literal("elevated"), z.literal("unelevated"), z.literal("mxc")]));
  def('WindowsSandboxReadiness', () => z.union([z.literal("ready"), z.literal("notConfigured"), z.literal("updateRequired")]));
  def('WindowsSandboxReadinessResponse', () => obj({
    status: ref(() => s.WindowsSandboxReadiness),
  }));
  def('WindowsSandboxSetupCompletedNotification', () => obj({
    error: z.union([z.string(), z.null()]).optional(),
    mode: ref(() => s.WindowsSandboxSetupMode),
    success: z.boolean(),
  }));
  def('WindowsSandboxSetupMode', () => z.union([z.literal("elevated"), z.literal("unelevated")]));
  def('WindowsSandboxSetupStartParams', () => obj({
    cwd: z.union([ref(() => s.AbsolutePathBuf), z.null()]).optional(),
    mode: ref(() => s.WindowsSandboxSetupMode),
  }));
  def('WindowsSandboxSetupStartResponse', () => obj({
    started: z.boolean(),
  }));
  def('WindowsWorldWritableWarningNotification', () => obj({
    extraCount: z.number(),
    failedScan: z.boolean(),
    samplePaths: z.array(z.string()),
  }));
  def('WorkspaceMessage', () => obj({
    archivedAt: z.union([z.number(), z.null()]).optional(),
    createdAt: z.union([z.number(), z.null()]).optional(),
    messageBody: z.string(),
    messageId: z.string(),
    messageType: ref(() => s.WorkspaceMessageType),
  }));
  def('WorkspaceMessageType', () => z.union([z.literal("headline"), z.literal("announcement"), z.literal("unknown")]));
  def('WorkspaceRouting', () => obj({
    accountRoutingOverride: ref(() => s.AccountRoutingOverride),
    backendOrigin: z.string(),
    chatgptAccountId: z.string(),
  }));
  def('WriteStatus', () => z.union([z.literal("ok"), z.literal("okOverridden")]));
  return s as unknown as ProtocolSchemas;
}
