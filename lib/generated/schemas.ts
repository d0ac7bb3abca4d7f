// GENERATED FILE: do not edit by hand.
// zod schemas of every protocol definition, built lazily in one closure.
// Made by scripts/generate-protocol.ts from `codex app-server generate-json-schema` of @openai/codex 0.169.0.
// Regenerate with `npm run generate`; `npm run generate -- --check` fails when this file is stale.
/* eslint-disable */

import { z } from 'zod';
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
 * Builds all schemas; references between them are lazy, so order does not matter. The schemas
 * and the types come from the same JSON Schema; they are typed through the interface above
 * rather than inferred, which keeps type-checking fast.
 */
export function defineProtocolSchemas(obj: ObjectFactory): ProtocolSchemas {
  const s = {} as Record<keyof ProtocolSchemas, z.ZodType>;
  const ref = (get: () => z.ZodType): z.ZodType => z.lazy(get);
  s.AbsolutePathBuf = z.string();
  s.Account = z.union([obj({
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
  })]);
  s.AccountLoginCompletedNotification = obj({
    error: z.union([z.string(), z.null()]).optional(),
    loginId: z.union([z.string(), z.null()]).optional(),
    onboardingEntrypoint: z.union([ref(() => s.DesktopOnboardingEntrypoint), z.null()]).optional(),
    success: z.boolean(),
  });
  s.AccountRateLimitsUpdatedNotification = obj({
    rateLimits: ref(() => s.RateLimitSnapshot),
  });
  s.AccountRoutingOverride = z.union([z.literal("NO_CONSTRAINT"), z.literal("us"), z.literal("us_cr")]);
  s.AccountSecuritySetupAction = obj({
    label: z.string(),
    url: z.string(),
  });
  s.AccountSecuritySetupNotice = obj({
    accountId: z.string(),
    action: ref(() => s.AccountSecuritySetupAction),
    description: z.string(),
    title: z.string(),
    userId: z.string(),
  });
  s.AccountSession = obj({
    displayName: z.union([z.string(), z.null()]).optional(),
    email: z.union([z.string(), z.null()]).optional(),
    imageUrl: z.union([z.string(), z.null()]).optional(),
    isActive: z.boolean(),
    lastUsedAt: z.number(),
    selectedWorkspaceAccountId: z.union([z.string(), z.null()]).optional(),
    sessionId: z.string(),
    userId: z.union([z.string(), z.null()]).optional(),
    workspaces: z.array(ref(() => s.AccountSessionWorkspace)),
  });
  s.AccountSessionWorkspace = obj({
    accountId: z.string(),
    imageUrl: z.union([z.string(), z.null()]).optional(),
    kind: z.union([ref(() => s.AccountSessionWorkspaceKind), z.null()]).optional(),
    name: z.union([z.string(), z.null()]).optional(),
  });
  s.AccountSessionWorkspaceKind = z.union([z.literal("personal"), z.literal("workspace")]);
  s.AccountTokenUsageDailyBucket = obj({
    startDate: z.string(),
    tokens: z.number(),
  });
  s.AccountTokenUsageSummary = obj({
    currentStreakDays: z.union([z.number(), z.null()]).optional(),
    lifetimeTokens: z.union([z.number(), z.null()]).optional(),
    longestRunningTurnSec: z.union([z.number(), z.null()]).optional(),
    longestStreakDays: z.union([z.number(), z.null()]).optional(),
    peakDailyTokens: z.union([z.number(), z.null()]).optional(),
  });
  s.AccountUpdatedNotification = obj({
    authMode: z.union([ref(() => s.AuthMode), z.null()]).optional(),
    planType: z.union([ref(() => s.PlanType), z.null()]).optional(),
  });
  s.ActivePermissionProfile = obj({
    extends: z.union([z.string(), z.null()]).optional(),
    id: z.string(),
  });
  s.AddCreditsNudgeCreditType = z.union([z.literal("credits"), z.literal("usage_limit")]);
  s.AddCreditsNudgeEmailStatus = z.union([z.literal("sent"), z.literal("cooldown_active")]);
  s.AdditionalContextEntry = obj({
    kind: ref(() => s.AdditionalContextKind),
    name: z.union([z.string(), z.null()]).optional(),
    value: z.string(),
  });
  s.AdditionalContextKind = z.union([z.literal("untrusted"), z.literal("application")]);
  s.AdditionalFileSystemPermissions = obj({
    entries: z.union([z.array(ref(() => s.FileSystemSandboxEntry)), z.null()]).optional(),
    globScanMaxDepth: z.union([z.number(), z.null()]).optional(),
    read: z.union([z.array(ref(() => s.LegacyAppPathString)), z.null()]).optional(),
    write: z.union([z.array(ref(() => s.LegacyAppPathString)), z.null()]).optional(),
  });
  s.AdditionalNetworkPermissions = obj({
    enabled: z.union([z.boolean(), z.null()]).optional(),
  });
  s.AdditionalPermissionProfile = obj({
    fileSystem: z.union([ref(() => s.AdditionalFileSystemPermissions), z.null()]).optional(),
    network: z.union([ref(() => s.AdditionalNetworkPermissions), z.null()]).optional(),
  });
  s.AgentMessageDelivery = z.literal("async");
  s.AgentMessageDeltaNotification = obj({
    delta: z.string(),
    itemId: z.string(),
    threadId: z.string(),
    turnId: z.string(),
  });
  s.AgentMessageDisplay = obj({
    action: z.string(),
    blockType: z.union([z.string(), z.null()]).optional(),
    checkTrustedContacts: z.union([z.boolean(), z.null()]).optional(),
    cyberTrustedAccess: z.union([z.boolean(), z.null()]).optional(),
  });
  s.AgentMessageInputContent = z.union([obj({
    text: z.string(),
    type: z.literal("input_text"),
  }), obj({
    encrypted_content: z.string(),
    type: z.literal("encrypted_content"),
  })]);
  s.AgentMessageModeration = obj({
    display: z.union([ref(() => s.AgentMessageDisplay), z.null()]).optional(),
    moderated: z.boolean(),
  });
  s.AgentPath = z.string();
  s.AllowDenyRequirement = z.union([z.literal("allow"), z.literal("deny")]);
  s.AnalyticsConfig = obj({
    enabled: z.union([z.boolean(), z.null()]).optional(),
  });
  s.AppBranding = obj({
    category: z.union([z.string(), z.null()]).optional(),
    developer: z.union([z.string(), z.null()]).optional(),
    isDiscoverableApp: z.boolean(),
    privacyPolicy: z.union([z.string(), z.null()]).optional(),
    termsOfService: z.union([z.string(), z.null()]).optional(),
    website: z.union([z.string(), z.null()]).optional(),
  });
  s.AppConfig = obj({
    approvals_reviewer: z.union([ref(() => s.ApprovalsReviewer), z.null()]).optional(),
    default_tools_approval_mode: z.union([ref(() => s.AppToolApproval), z.null()]).optional(),
    default_tools_enabled: z.union([z.boolean(), z.null()]).optional(),
    destructive_enabled: z.union([z.boolean(), z.null()]).optional(),
    enabled: z.boolean().optional(),
    links: z.union([ref(() => s.AppLinksConfig), z.null()]).optional(),
    omit_tools_from: z.union([z.array(ref(() => s.ToolExposureSurface)), z.null()]).optional(),
    open_world_enabled: z.union([z.boolean(), z.null()]).optional(),
    tools: z.union([ref(() => s.AppToolsConfig), z.null()]).optional(),
  });
  s.AppInfo = obj({
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
  });
  s.AppLinkConfig = obj({
    approvals_reviewer: z.union([ref(() => s.ApprovalsReviewer), z.null()]).optional(),
    default_tools_approval_mode: z.union([ref(() => s.AppToolApproval), z.null()]).optional(),
  });
  s.AppLinksConfig = obj({});
  s.AppListUpdatedNotification = obj({
    data: z.array(ref(() => s.AppInfo)),
  });
  s.AppMetadata = obj({
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
  });
  s.AppReview = obj({
    status: z.string(),
  });
  s.AppScreenshot = obj({
    fileId: z.union([z.string(), z.null()]).optional(),
    url: z.union([z.string(), z.null()]).optional(),
    userPrompt: z.string(),
  });
  s.AppSummary = obj({
    category: z.union([z.string(), z.null()]).optional(),
    description: z.union([z.string(), z.null()]).optional(),
    id: z.string(),
    installUrl: z.union([z.string(), z.null()]).optional(),
    name: z.string(),
  });
  s.AppTemplateSummary = obj({
    canonicalConnectorId: z.union([z.string(), z.null()]).optional(),
    category: z.union([z.string(), z.null()]).optional(),
    description: z.union([z.string(), z.null()]).optional(),
    logoUrl: z.union([z.string(), z.null()]).optional(),
    logoUrlDark: z.union([z.string(), z.null()]).optional(),
    materializedAppIds: z.array(z.string()),
    name: z.string(),
    reason: z.union([ref(() => s.AppTemplateUnavailableReason), z.null()]).optional(),
    templateId: z.string(),
  });
  s.AppTemplateUnavailableReason = z.union([z.literal("NOT_CONFIGURED_FOR_WORKSPACE"), z.literal("NO_ACTIVE_WORKSPACE")]);
  s.AppToolApproval = z.union([z.literal("auto"), z.literal("prompt"), z.literal("writes"), z.literal("approve")]);
  s.AppToolConfig = obj({
    approval_mode: z.union([ref(() => s.AppToolApproval), z.null()]).optional(),
    enabled: z.union([z.boolean(), z.null()]).optional(),
  });
  s.AppToolSummary = obj({
    description: z.string(),
    disabledReason: z.union([z.string(), z.null()]).optional(),
    isEnabled: z.boolean().optional(),
    isReadOnly: z.boolean().optional(),
    name: z.string(),
    title: z.union([z.string(), z.null()]).optional(),
  });
  s.AppToolsConfig = obj({});
  s.ApplicationNetworkRequirements = obj({
    domains: z.record(z.string(), ref(() => s.NetworkDomainPermission)),
    enabled: z.boolean(),
  });
  s.ApplicationRequirements = obj({
    network: z.union([ref(() => s.ApplicationNetworkRequirements), z.null()]).optional(),
    storage: z.union([ref(() => s.ApplicationStorageRequirements), z.null()]).optional(),
  });
  s.ApplicationStorageRequirements = obj({
    defaultProjectParent: z.union([ref(() => s.LegacyAppPathString), z.null()]).optional(),
    projectlessWorkspaceRoot: z.union([ref(() => s.LegacyAppPathString), z.null()]).optional(),
  });
  s.ApplyPatchApprovalParams = obj({
    callId: z.string(),
    conversationId: ref(() => s.ThreadId),
    fileChanges: z.record(z.string(), ref(() => s.FileChange)),
    grantRoot: z.union([z.string(), z.null()]).optional(),
    reason: z.union([z.string(), z.null()]).optional(),
  });
  s.ApplyPatchApprovalResponse = obj({
    decision: ref(() => s.ReviewDecision),
  });
  s.ApprovalsReviewer = z.union([z.literal("user"), z.literal("auto_review"), z.literal("guardian_subagent")]);
  s.AppsConfig = obj({
    _default: z.union([ref(() => s.AppsDefaultConfig), z.null()]).optional(),
  });
  s.AppsDefaultConfig = obj({
    approvals_reviewer: z.union([ref(() => s.ApprovalsReviewer), z.null()]).optional(),
    default_tools_approval_mode: z.union([ref(() => s.AppToolApproval), z.null()]).optional(),
    destructive_enabled: z.boolean().optional(),
    enabled: z.boolean().optional(),
    open_world_enabled: z.boolean().optional(),
  });
  s.AppsInstalledParams = obj({
    forceRefresh: z.boolean().optional(),
    threadId: z.union([z.string(), z.null()]).optional(),
  });
  s.AppsInstalledResponse = obj({
    apps: z.array(ref(() => s.InstalledApp)),
  });
  s.AppsListParams = obj({
    cursor: z.union([z.string(), z.null()]).optional(),
    forceRefetch: z.boolean().optional(),
    limit: z.union([z.number(), z.null()]).optional(),
    threadId: z.union([z.string(), z.null()]).optional(),
  });
  s.AppsListResponse = obj({
    data: z.array(ref(() => s.AppInfo)),
    nextCursor: z.union([z.string(), z.null()]).optional(),
  });
  s.AppsReadParams = obj({
    appIds: z.array(z.string()),
    includeTools: z.boolean().optional(),
    threadId: z.union([z.string(), z.null()]).optional(),
  });
  s.AppsReadResponse = obj({
    apps: z.array(ref(() => s.ConnectorMetadata)),
    missingAppIds: z.array(z.string()),
  });
  s.AskForApproval = z.union([z.union([z.literal("untrusted"), z.literal("on-request"), z.literal("never")]), obj({
    granular: obj({
      mcp_elicitations: z.boolean(),
      request_permissions: z.boolean().optional(),
      rules: z.boolean(),
      sandbox_approval: z.boolean(),
      skill_approval: z.boolean().optional(),
    }),
  })]);
  s.AsyncUserInputQuestion = obj({
    options: z.union([z.array(z.string()), z.null()]).optional(),
    title: z.string(),
  });
  s.AttestationGenerateParams = obj({});
  s.AttestationGenerateResponse = obj({
    token: z.string(),
  });
  s.AuthMode = z.union([z.literal("apikey"), z.literal("chatgpt"), z.literal("chatgptAuthTokens"), z.literal("headers"), z.literal("agentIdentity"), z.literal("personalAccessToken"), z.literal("bedrockApiKey"), z.literal("bedrockAccessKeys")]);
  s.AuthRecoveryNotification = obj({
    message: z.string(),
    provider: z.string(),
    threadId: z.string(),
    turnId: z.string(),
  });
  s.AutoCompactTokenLimitScope = z.union([z.literal("total"), z.literal("body_after_prefix")]);
  s.AutoReviewDecisionSource = z.literal("agent");
  s.AutoReviewRequirements = obj({
    ignoreRules: z.union([z.array(z.string()), z.null()]).optional(),
    requiredOnModels: z.union([z.array(z.string()), z.null()]).optional(),
  });
  s.BedrockProviderId = z.union([z.literal("amazon-bedrock"), z.literal("amazon-bedrock-runtime")]);
  s.BrowserUseAccessApprovalLifetime = z.union([z.literal("turn"), z.literal("thread")]);
  s.BrowserUseConfig = obj({
    allow_history_access: z.union([z.boolean(), z.null()]).optional(),
    default_origin_policy: z.union([ref(() => s.BrowserUseOriginPolicyConfig), z.null()]).optional(),
    origins: z.union([z.record(z.string(), ref(() => s.BrowserUseOriginPolicyConfig)), z.null()]).optional(),
  });
  s.BrowserUseExtensionRequirements = obj({
    requestHeaders: z.union([z.array(ref(() => s.RequestHeader)), z.null()]).optional(),
  });
  s.BrowserUseOriginPolicy = obj({
    access: z.union([ref(() => s.AllowDenyRequirement), z.null()]).optional(),
    accessApprovalLifetime: z.union([ref(() => s.BrowserUseAccessApprovalLifetime), z.null()]).optional(),
    autoReview: z.union([ref(() => s.AllowDenyRequirement), z.null()]).optional(),
    downloads: z.union([ref(() => s.AllowDenyRequirement), z.null()]).optional(),
    fullCdpAccess: z.union([ref(() => s.AllowDenyRequirement), z.null()]).optional(),
    persistentApproval: z.union([z.boolean(), z.null()]).optional(),
    uploads: z.union([ref(() => s.AllowDenyRequirement), z.null()]).optional(),
  });
  s.BrowserUseOriginPolicyConfig = obj({
    access: z.union([ref(() => s.AllowDenyRequirement), z.null()]).optional(),
    downloads: z.union([ref(() => s.AllowDenyRequirement), z.null()]).optional(),
    full_cdp_access: z.union([ref(() => s.AllowDenyRequirement), z.null()]).optional(),
    uploads: z.union([ref(() => s.AllowDenyRequirement), z.null()]).optional(),
  });
  s.BrowserUseRequirements = obj({
    allowGlobalPersistentApproval: z.union([z.boolean(), z.null()]).optional(),
    allowHistoryAccess: z.union([z.boolean(), z.null()]).optional(),
    allowWebmcp: z.union([z.boolean(), z.null()]).optional(),
    defaultOriginPolicy: z.union([ref(() => s.BrowserUseOriginPolicy), z.null()]).optional(),
    disableAutoReview: z.union([z.boolean(), z.null()]).optional(),
    extension: z.union([ref(() => s.BrowserUseExtensionRequirements), z.null()]).optional(),
    origins: z.union([z.record(z.string(), ref(() => s.BrowserUseOriginPolicy)), z.null()]).optional(),
  });
  s.ByteRange = obj({
    end: z.number(),
    start: z.number(),
  });
  s.CancelLoginAccountParams = obj({
    loginId: z.string(),
  });
  s.CancelLoginAccountResponse = obj({
    status: ref(() => s.CancelLoginAccountStatus),
  });
  s.CancelLoginAccountStatus = z.union([z.literal("canceled"), z.literal("notFound")]);
  s.CapabilityRootLocation = obj({
    environmentId: z.string(),
    path: z.string(),
    type: z.literal("environment"),
  });
  s.ChatgptAuthTokensRefreshParams = obj({
    previousAccountId: z.union([z.string(), z.null()]).optional(),
    reason: ref(() => s.ChatgptAuthTokensRefreshReason),
  });
  s.ChatgptAuthTokensRefreshReason = z.literal("unauthorized");
  s.ChatgptAuthTokensRefreshResponse = obj({
    accessToken: z.string(),
    chatgptAccountId: z.string(),
    chatgptPlanType: z.union([z.string(), z.null()]).optional(),
  });
  s.CliAuthCredentialsStoreMode = z.union([z.literal("file"), z.literal("keyring"), z.literal("auto"), z.literal("ephemeral")]);
  s.ClientInfo = obj({
    name: z.string(),
    title: z.union([z.string(), z.null()]).optional(),
    version: z.string(),
  });
  s.CodexErrorInfo = z.union([z.union([z.literal("contextWindowExceeded"), z.literal("sessionBudgetExceeded"), z.literal("usageLimitExceeded"), z.literal("rateLimitExceeded"), z.literal("flexUnavailable"), z.literal("serverOverloaded"), z.literal("modelNotFound"), z.literal("policyCapacityUnavailable"), z.literal("cyberPolicy"), z.literal("misalignmentPolicyViolation"), z.literal("tooManyDenials"), z.literal("internalServerError"), z.literal("unauthorized"), z.literal("badRequest"), z.literal("threadRollbackFailed"), z.literal("sandboxError"), z.literal("other")]), z.literal("inferenceHookDenied"), obj({
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
  }), z.union([z.string(), obj({})])]);
  s.CodexResponseHandoffMode = z.union([z.literal("thinking"), z.literal("commentary"), z.literal("bemTags")]);
  s.CollabAgentState = obj({
    message: z.union([z.string(), z.null()]).optional(),
    status: ref(() => s.CollabAgentStatus),
  });
  s.CollabAgentStatus = z.union([z.literal("pendingInit"), z.literal("running"), z.literal("interrupted"), z.literal("completed"), z.literal("errored"), z.literal("shutdown"), z.literal("notFound")]);
  s.CollabAgentTool = z.union([z.literal("spawnAgent"), z.literal("sendInput"), z.literal("resumeAgent"), z.literal("wait"), z.literal("closeAgent"), z.literal("sendMessage"), z.literal("followupTask"), z.literal("interruptAgent"), z.literal("listAgents")]);
  s.CollabAgentToolCallStatus = z.union([z.literal("inProgress"), z.literal("completed"), z.literal("failed"), z.literal("interrupted")]);
  s.CollaborationMode = obj({
    mode: ref(() => s.ModeKind),
    settings: ref(() => s.Settings),
  });
  s.CollaborationModeMask = obj({
    mode: z.union([ref(() => s.ModeKind), z.null()]).optional(),
    model: z.union([z.string(), z.null()]).optional(),
    name: z.string(),
    reasoning_effort: z.union([z.union([ref(() => s.ReasoningEffort), z.null()]), z.null()]).optional(),
  });
  s.CommandAction = z.union([obj({
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
  })]);
  s.CommandExecOutputDeltaNotification = obj({
    capReached: z.boolean(),
    deltaBase64: z.string(),
    processId: z.string(),
    stream: ref(() => s.CommandExecOutputStream),
  });
  s.CommandExecOutputStream = z.union([z.literal("stdout"), z.literal("stderr")]);
  s.CommandExecParams = obj({
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
  });
  s.CommandExecResizeParams = obj({
    processId: z.string(),
    size: ref(() => s.CommandExecTerminalSize),
  });
  s.CommandExecResizeResponse = obj({});
  s.CommandExecResponse = obj({
    exitCode: z.number(),
    stderr: z.string(),
    stdout: z.string(),
  });
  s.CommandExecTerminalSize = obj({
    cols: z.number(),
    rows: z.number(),
  });
  s.CommandExecTerminateParams = obj({
    processId: z.string(),
  });
  s.CommandExecTerminateResponse = obj({});
  s.CommandExecWriteParams = obj({
    closeStdin: z.boolean().optional(),
    deltaBase64: z.union([z.string(), z.null()]).optional(),
    processId: z.string(),
  });
  s.CommandExecWriteResponse = obj({});
  s.CommandExecutionApprovalDecision = z.union([z.literal("accept"), z.literal("acceptForSession"), obj({
    acceptWithExecpolicyAmendment: obj({
      execpolicy_amendment: z.array(z.string()),
    }),
  }), obj({
    applyNetworkPolicyAmendment: obj({
      network_policy_amendment: ref(() => s.NetworkPolicyAmendment),
    }),
  }), z.literal("decline"), z.literal("cancel")]);
  s.CommandExecutionApprovalKind = z.union([z.union([z.literal("command"), z.literal("writeStdin")]), z.literal("humanCommand")]);
  s.CommandExecutionOutputDeltaNotification = obj({
    delta: z.string(),
    itemId: z.string(),
    threadId: z.string(),
    turnId: z.string(),
  });
  s.CommandExecutionRequestApprovalParams = obj({
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
  });
  s.CommandExecutionRequestApprovalResponse = obj({
    decision: ref(() => s.CommandExecutionApprovalDecision),
  });
  s.CommandExecutionSource = z.union([z.literal("agent"), z.literal("userShell"), z.literal("unifiedExecStartup"), z.literal("unifiedExecInteraction")]);
  s.CommandExecutionStatus = z.union([z.literal("inProgress"), z.literal("completed"), z.literal("failed"), z.literal("declined")]);
  s.CommandMigration = obj({
    name: z.string(),
  });
  s.ComputerUseConfig = obj({
    default_app_access: z.union([ref(() => s.AllowDenyRequirement), z.null()]).optional(),
    macos: z.union([ref(() => s.ComputerUseMacosConfig), z.null()]).optional(),
    windows: z.union([ref(() => s.ComputerUseWindowsConfig), z.null()]).optional(),
  });
  s.ComputerUseMacosConfig = obj({
    bundle_ids: z.union([z.record(z.string(), ref(() => s.AllowDenyRequirement)), z.null()]).optional(),
  });
  s.ComputerUseMacosRequirements = obj({
    bundleIds: z.union([z.record(z.string(), ref(() => s.AllowDenyRequirement)), z.null()]).optional(),
  });
  s.ComputerUseRequirements = obj({
    allowLockedComputerUse: z.union([z.boolean(), z.null()]).optional(),
    allowPersistentApproval: z.union([z.boolean(), z.null()]).optional(),
    defaultAppAccess: z.union([ref(() => s.AllowDenyRequirement), z.null()]).optional(),
    macos: z.union([ref(() => s.ComputerUseMacosRequirements), z.null()]).optional(),
    windows: z.union([ref(() => s.ComputerUseWindowsRequirements), z.null()]).optional(),
  });
  s.ComputerUseWindowsConfig = obj({
    aumids: z.union([z.record(z.string(), ref(() => s.AllowDenyRequirement)), z.null()]).optional(),
    exes: z.union([z.array(ref(() => s.ComputerUseWindowsExeConfig)), z.null()]).optional(),
  });
  s.ComputerUseWindowsExeConfig = obj({
    access: ref(() => s.AllowDenyRequirement),
    binary_name: z.union([z.string(), z.null()]).optional(),
    product_name: z.string(),
    publisher_name: z.string(),
  });
  s.ComputerUseWindowsExeRequirement = obj({
    access: ref(() => s.AllowDenyRequirement),
    binaryName: z.union([z.string(), z.null()]).optional(),
    productName: z.string(),
    publisherName: z.string(),
  });
  s.ComputerUseWindowsRequirements = obj({
    aumids: z.union([z.record(z.string(), ref(() => s.AllowDenyRequirement)), z.null()]).optional(),
    exes: z.union([z.array(ref(() => s.ComputerUseWindowsExeRequirement)), z.null()]).optional(),
  });
  s.Config = obj({
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
  });
  s.ConfigBatchWriteParams = obj({
    edits: z.array(ref(() => s.ConfigEdit)),
    expectedVersion: z.union([z.string(), z.null()]).optional(),
    filePath: z.union([z.string(), z.null()]).optional(),
    reloadUserConfig: z.boolean().optional(),
  });
  s.ConfigEdit = obj({
    keyPath: z.string(),
    mergeStrategy: ref(() => s.MergeStrategy),
    value: z.unknown(),
  });
  s.ConfigLayer = obj({
    config: z.unknown(),
    disabledReason: z.union([z.string(), z.null()]).optional(),
    name: ref(() => s.ConfigLayerSource),
    version: z.string(),
  });
  s.ConfigLayerMetadata = obj({
    name: ref(() => s.ConfigLayerSource),
    version: z.string(),
  });
  s.ConfigLayerSource = z.union([obj({
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
  })]);
  s.ConfigReadParams = obj({
    cwd: z.union([z.string(), z.null()]).optional(),
    includeLayers: z.boolean().optional(),
  });
  s.ConfigReadResponse = obj({
    config: ref(() => s.Config),
    layers: z.union([z.array(ref(() => s.ConfigLayer)), z.null()]).optional(),
    origins: z.record(z.string(), ref(() => s.ConfigLayerMetadata)),
  });
  s.ConfigRequirements = obj({
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
  });
  s.ConfigRequirementsReadResponse = obj({
    requirements: z.union([ref(() => s.ConfigRequirements), z.null()]).optional(),
    supportsIndependentSpeedModes: z.union([z.boolean(), z.null()]).optional(),
  });
  s.ConfigValueWriteParams = obj({
    expectedVersion: z.union([z.string(), z.null()]).optional(),
    filePath: z.union([z.string(), z.null()]).optional(),
    keyPath: z.string(),
    mergeStrategy: ref(() => s.MergeStrategy),
    value: z.unknown(),
  });
  s.ConfigWarningNotification = obj({
    details: z.union([z.string(), z.null()]).optional(),
    path: z.union([z.string(), z.null()]).optional(),
    range: z.union([ref(() => s.TextRange), z.null()]).optional(),
    summary: z.string(),
  });
  s.ConfigWriteResponse = obj({
    filePath: ref(() => s.AbsolutePathBuf),
    overriddenMetadata: z.union([ref(() => s.OverriddenMetadata), z.null()]).optional(),
    status: ref(() => s.WriteStatus),
    version: z.string(),
  });
  s.ConfigurationReasoning = obj({
    effort: ref(() => s.ReasoningEffort),
  });
  s.ConfiguredHookHandler = z.union([obj({
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
  })]);
  s.ConfiguredHookMatcherGroup = obj({
    hooks: z.array(ref(() => s.ConfiguredHookHandler)),
    matcher: z.union([z.string(), z.null()]).optional(),
  });
  s.ConnectorMetadata = obj({
    description: z.union([z.string(), z.null()]).optional(),
    distributionChannel: z.union([z.string(), z.null()]).optional(),
    iconUrl: z.union([z.string(), z.null()]).optional(),
    iconUrlDark: z.union([z.string(), z.null()]).optional(),
    id: z.string(),
    installUrl: z.union([z.string(), z.null()]).optional(),
    name: z.string(),
    pluginDisplayNames: z.array(z.string()).optional(),
    toolSummaries: z.union([z.array(ref(() => s.AppToolSummary)), z.null()]).optional(),
  });
  s.ConsumeAccountRateLimitResetCreditOutcome = z.union([z.literal("reset"), z.literal("nothingToReset"), z.literal("noCredit"), z.literal("alreadyRedeemed")]);
  s.ConsumeAccountRateLimitResetCreditParams = obj({
    creditId: z.union([z.string(), z.null()]).optional(),
    idempotencyKey: z.string(),
  });
  s.ConsumeAccountRateLimitResetCreditResponse = obj({
    outcome: ref(() => s.ConsumeAccountRateLimitResetCreditOutcome),
  });
  s.ContentItem = z.union([obj({
    text: z.string(),
    type: z.literal("input_text"),
  }), z.intersection(obj({
    detail: z.union([ref(() => s.ImageDetail), z.null()]).optional(),
    type: z.literal("input_image"),
  }), z.union([obj({
    image_url: z.string(),
  }), obj({
    file_id: z.string(),
  })])), z.intersection(obj({
    type: z.literal("input_audio"),
  }), z.union([obj({
    audio_url: z.string(),
  }), obj({
    file_id: z.string(),
  })])), obj({
    annotations: z.union([z.array(z.unknown()), z.null()]).optional(),
    logprobs: z.union([z.array(z.unknown()), z.null()]).optional(),
    text: z.string(),
    type: z.literal("output_text"),
  })]);
  s.ContextCompactedNotification = obj({
    threadId: z.string(),
    turnId: z.string(),
  });
  s.ConversationTextRole = z.union([z.literal("user"), z.literal("developer"), z.literal("assistant")]);
  s.CreditsSnapshot = obj({
    balance: z.union([z.string(), z.null()]).optional(),
    hasCredits: z.boolean(),
    unlimited: z.boolean(),
  });
  s.CyberAccessProgram = z.union([z.literal("standard"), z.literal("daybreakBlue"), z.literal("daybreakRed")]);
  s.DeprecationNoticeNotification = obj({
    details: z.union([z.string(), z.null()]).optional(),
    summary: z.string(),
  });
  s.DesktopOnboardingEntrypoint = z.literal("life_sciences");
  s.DynamicToolCallOutputContentItem = z.union([obj({
    text: z.string(),
    type: z.literal("inputText"),
  }), obj({
    imageUrl: z.string(),
    type: z.literal("inputImage"),
  }), obj({
    audioUrl: z.string(),
    type: z.literal("inputAudio"),
  })]);
  s.DynamicToolCallParams = obj({
    arguments: z.unknown(),
    callId: z.string(),
    namespace: z.union([z.string(), z.null()]).optional(),
    threadId: z.string(),
    tool: z.string(),
    turnId: z.string(),
  });
  s.DynamicToolCallResponse = obj({
    contentItems: z.array(ref(() => s.DynamicToolCallOutputContentItem)),
    success: z.boolean(),
  });
  s.DynamicToolCallStatus = z.union([z.literal("inProgress"), z.literal("completed"), z.literal("failed")]);
  s.DynamicToolNamespaceTool = obj({
    deferLoading: z.boolean().optional(),
    description: z.string(),
    inputSchema: z.unknown(),
    name: z.string(),
    type: z.literal("function"),
  });
  s.DynamicToolSpec = z.union([obj({
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
  })]);
  s.EnvironmentConnectionNotification = obj({
    environmentId: z.string(),
    threadId: z.string(),
  });
  s.EnvironmentSkillsParams = obj({
    required: z.union([z.array(z.string()), z.null()]).optional(),
  });
  s.ErrorNotification = obj({
    error: ref(() => s.TurnError),
    threadId: z.string(),
    turnId: z.string(),
    willRetry: z.boolean(),
  });
  s.ExecCommandApprovalParams = obj({
    approvalId: z.union([z.string(), z.null()]).optional(),
    callId: z.string(),
    command: z.array(z.string()),
    conversationId: ref(() => s.ThreadId),
    cwd: z.string(),
    parsedCmd: z.array(ref(() => s.ParsedCommand)),
    reason: z.union([z.string(), z.null()]).optional(),
  });
  s.ExecCommandApprovalResponse = obj({
    decision: ref(() => s.ReviewDecision),
  });
  s.ExperimentalFeature = obj({
    announcement: z.union([z.string(), z.null()]).optional(),
    defaultEnabled: z.boolean(),
    description: z.union([z.string(), z.null()]).optional(),
    displayName: z.union([z.string(), z.null()]).optional(),
    enabled: z.boolean(),
    name: z.string(),
    stage: ref(() => s.ExperimentalFeatureStage),
  });
  s.ExperimentalFeatureEnablementSetParams = obj({
    enablement: z.record(z.string(), z.boolean()),
  });
  s.ExperimentalFeatureEnablementSetResponse = obj({
    enablement: z.record(z.string(), z.boolean()),
  });
  s.ExperimentalFeatureListParams = obj({
    cursor: z.union([z.string(), z.null()]).optional(),
    limit: z.union([z.number(), z.null()]).optional(),
    threadId: z.union([z.string(), z.null()]).optional(),
  });
  s.ExperimentalFeatureListResponse = obj({
    data: z.array(ref(() => s.ExperimentalFeature)),
    nextCursor: z.union([z.string(), z.null()]).optional(),
  });
  s.ExperimentalFeatureStage = z.union([z.literal("beta"), z.literal("underDevelopment"), z.literal("stable"), z.literal("deprecated"), z.literal("removed")]);
  s.ExternalAgentConfigDetectParams = obj({
    cwds: z.union([z.array(z.string()), z.null()]).optional(),
    includeHome: z.boolean().optional(),
    maxSessionAgeDays: z.union([z.number(), z.null()]).optional(),
    maxSessions: z.union([z.number(), z.null()]).optional(),
    migrationSource: z.union([z.string(), z.null()]).optional(),
    source: z.union([z.string(), z.null()]).optional(),
  });
  s.ExternalAgentConfigDetectResponse = obj({
    connectors: z.array(ref(() => s.ExternalAgentDetectedConnectorCandidate)).optional(),
    items: z.array(ref(() => s.ExternalAgentConfigMigrationItem)),
  });
  s.ExternalAgentConfigImportCompletedNotification = obj({
    importId: z.string(),
    itemTypeResults: z.array(ref(() => s.ExternalAgentConfigImportTypeResult)),
  });
  s.ExternalAgentConfigImportHistoriesReadResponse = obj({
    connectors: z.array(ref(() => s.ExternalAgentImportedConnectorCandidate)),
    data: z.array(ref(() => s.ExternalAgentConfigImportHistory)),
  });
  s.ExternalAgentConfigImportHistory = obj({
    completedAtMs: z.number(),
    failures: z.array(ref(() => s.ExternalAgentConfigImportItemTypeFailure)),
    importId: z.string(),
    providerId: z.union([z.string(), z.null()]).optional(),
    successes: z.array(ref(() => s.ExternalAgentConfigImportItemTypeSuccess)),
  });
  s.ExternalAgentConfigImportHistoryRecordParams = obj({
    itemTypeResults: z.array(ref(() => s.ExternalAgentConfigImportHistoryRecordTypeResultParams)),
    providerId: z.string(),
  });
  s.ExternalAgentConfigImportHistoryRecordResponse = obj({
    importId: z.string(),
  });
  s.ExternalAgentConfigImportHistoryRecordSuccessParams = obj({
    cwd: z.union([z.string(), z.null()]).optional(),
    itemType: ref(() => s.ExternalAgentConfigMigrationItemType),
    source: z.union([z.string(), z.null()]).optional(),
    target: z.union([z.string(), z.null()]).optional(),
    title: z.union([z.string(), z.null()]).optional(),
  });
  s.ExternalAgentConfigImportHistoryRecordTypeResultParams = obj({
    failures: z.array(ref(() => s.ExternalAgentConfigImportItemTypeFailure)),
    itemType: ref(() => s.ExternalAgentConfigMigrationItemType),
    successes: z.array(ref(() => s.ExternalAgentConfigImportHistoryRecordSuccessParams)),
  });
  s.ExternalAgentConfigImportItemTypeFailure = obj({
    cwd: z.union([z.string(), z.null()]).optional(),
    errorType: z.union([z.string(), z.null()]).optional(),
    failureStage: z.string(),
    itemType: ref(() => s.ExternalAgentConfigMigrationItemType),
    message: z.string(),
    source: z.union([z.string(), z.null()]).optional(),
    subErrorType: z.union([z.string(), z.null()]).optional(),
  });
  s.ExternalAgentConfigImportItemTypeSuccess = obj({
    cwd: z.union([z.string(), z.null()]).optional(),
    itemType: ref(() => s.ExternalAgentConfigMigrationItemType),
    source: z.union([z.string(), z.null()]).optional(),
    target: z.union([z.string(), z.null()]).optional(),
    title: z.union([z.string(), z.null()]).optional(),
  });
  s.ExternalAgentConfigImportParams = obj({
    migrationItems: z.array(ref(() => s.ExternalAgentConfigMigrationItem)),
    migrationSource: z.union([z.string(), z.null()]).optional(),
    providerId: z.union([z.string(), z.null()]).optional(),
    source: z.union([z.string(), z.null()]).optional(),
  });
  s.ExternalAgentConfigImportProgressNotification = obj({
    importId: z.string(),
    itemTypeResults: z.array(ref(() => s.ExternalAgentConfigImportTypeResult)),
  });
  s.ExternalAgentConfigImportResponse = obj({
    importId: z.string(),
  });
  s.ExternalAgentConfigImportTypeResult = obj({
    failures: z.array(ref(() => s.ExternalAgentConfigImportItemTypeFailure)),
    itemType: ref(() => s.ExternalAgentConfigMigrationItemType),
    successes: z.array(ref(() => s.ExternalAgentConfigImportItemTypeSuccess)),
  });
  s.ExternalAgentConfigMigrationItem = obj({
    cwd: z.union([z.string(), z.null()]).optional(),
    description: z.string(),
    details: z.union([ref(() => s.MigrationDetails), z.null()]).optional(),
    itemType: ref(() => s.ExternalAgentConfigMigrationItemType),
  });
  s.ExternalAgentConfigMigrationItemType = z.union([z.literal("AGENTS_MD"), z.literal("CONFIG"), z.literal("SKILLS"), z.literal("PLUGINS"), z.literal("MCP_SERVER_CONFIG"), z.literal("SUBAGENTS"), z.literal("HOOKS"), z.literal("COMMANDS"), z.literal("MEMORY"), z.literal("SESSIONS")]);
  s.ExternalAgentDetectedConnectorCandidate = obj({
    name: z.string(),
    sessionCount: z.number(),
    source: ref(() => s.ExternalAgentDetectedConnectorSource),
  });
  s.ExternalAgentDetectedConnectorSource = z.union([z.literal("remoteMcpServersConfig"), z.literal("sessionToolUse")]);
  s.ExternalAgentImportedConnectorCandidate = obj({
    name: z.string(),
    sessionCount: z.number(),
    source: ref(() => s.ExternalAgentImportedConnectorSource),
  });
  s.ExternalAgentImportedConnectorSource = z.literal("remoteMcpServersConfig");
  s.FeedbackRequirements = obj({
    enabled: z.union([z.boolean(), z.null()]).optional(),
  });
  s.FeedbackSaveParams = obj({
    classification: z.string(),
    extraLogFiles: z.union([z.array(z.string()), z.null()]).optional(),
    includeLogs: z.boolean().optional(),
    reason: z.union([z.string(), z.null()]).optional(),
    savePath: ref(() => s.LegacyAppPathString),
    tags: z.union([z.record(z.string(), z.string()), z.null()]).optional(),
    threadId: z.union([z.string(), z.null()]).optional(),
  });
  s.FeedbackSaveResponse = obj({
    promptHash: z.union([z.string(), z.null()]).optional(),
    savedPath: ref(() => s.LegacyAppPathString),
    threadId: z.string(),
  });
  s.FeedbackUploadParams = obj({
    classification: z.string(),
    extraLogFiles: z.union([z.array(z.string()), z.null()]).optional(),
    includeLogs: z.boolean().optional(),
    reason: z.union([z.string(), z.null()]).optional(),
    tags: z.union([z.record(z.string(), z.string()), z.null()]).optional(),
    threadId: z.union([z.string(), z.null()]).optional(),
  });
  s.FeedbackUploadResponse = obj({
    promptHash: z.union([z.string(), z.null()]).optional(),
    threadId: z.string(),
  });
  s.FileChange = z.union([obj({
    content: z.string(),
    type: z.literal("add"),
  }), obj({
    content: z.string(),
    type: z.literal("delete"),
  }), obj({
    move_path: z.union([z.string(), z.null()]).optional(),
    type: z.literal("update"),
    unified_diff: z.string(),
  })]);
  s.FileChangeApprovalDecision = z.union([z.literal("accept"), z.literal("acceptForSession"), z.literal("decline"), z.literal("cancel")]);
  s.FileChangeOutputDeltaNotification = obj({
    delta: z.string(),
    itemId: z.string(),
    threadId: z.string(),
    turnId: z.string(),
  });
  s.FileChangePatchUpdatedNotification = obj({
    changes: z.array(ref(() => s.FileUpdateChange)),
    itemId: z.string(),
    threadId: z.string(),
    turnId: z.string(),
  });
  s.FileChangeRequestApprovalParams = obj({
    grantRoot: z.union([z.string(), z.null()]).optional(),
    itemId: z.string(),
    reason: z.union([z.string(), z.null()]).optional(),
    startedAtMs: z.number(),
    threadId: z.string(),
    turnId: z.string(),
  });
  s.FileChangeRequestApprovalResponse = obj({
    decision: ref(() => s.FileChangeApprovalDecision),
  });
  s.FileSystemAccessMode = z.union([z.literal("read"), z.literal("write"), z.literal("deny")]);
  s.FileSystemPath = z.union([obj({
    path: ref(() => s.LegacyAppPathString),
    type: z.literal("path"),
  }), obj({
    pattern: z.string(),
    type: z.literal("glob_pattern"),
  }), obj({
    type: z.literal("special"),
    value: ref(() => s.FileSystemSpecialPath),
  })]);
  s.FileSystemSandboxEntry = obj({
    access: ref(() => s.FileSystemAccessMode),
    path: ref(() => s.FileSystemPath),
  });
  s.FileSystemSpecialPath = z.union([obj({
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
  })]);
  s.FileUpdateChange = obj({
    diff: z.string(),
    kind: ref(() => s.PatchChangeKind),
    path: z.string(),
  });
  s.ForcedChatgptWorkspaceIds = z.union([z.string(), z.array(z.string())]);
  s.ForcedLoginMethod = z.union([z.literal("chatgpt"), z.literal("api")]);
  s.FsChangedNotification = obj({
    changedPaths: z.array(ref(() => s.AbsolutePathBuf)),
    watchId: z.string(),
  });
  s.FsCopyParams = obj({
    destinationPath: ref(() => s.AbsolutePathBuf),
    recursive: z.boolean().optional(),
    sourcePath: ref(() => s.AbsolutePathBuf),
  });
  s.FsCopyResponse = obj({});
  s.FsCreateDirectoryParams = obj({
    path: ref(() => s.AbsolutePathBuf),
    recursive: z.union([z.boolean(), z.null()]).optional(),
  });
  s.FsCreateDirectoryResponse = obj({});
  s.FsGetMetadataParams = obj({
    path: ref(() => s.AbsolutePathBuf),
  });
  s.FsGetMetadataResponse = obj({
    createdAtMs: z.number(),
    isDirectory: z.boolean(),
    isFile: z.boolean(),
    isSymlink: z.boolean(),
    modifiedAtMs: z.number(),
  });
  s.FsReadDirectoryEntry = obj({
    fileName: z.string(),
    isDirectory: z.boolean(),
    isFile: z.boolean(),
  });
  s.FsReadDirectoryParams = obj({
    path: ref(() => s.AbsolutePathBuf),
  });
  s.FsReadDirectoryResponse = obj({
    entries: z.array(ref(() => s.FsReadDirectoryEntry)),
  });
  s.FsReadFileParams = obj({
    path: ref(() => s.AbsolutePathBuf),
  });
  s.FsReadFileResponse = obj({
    dataBase64: z.string(),
  });
  s.FsRemoveParams = obj({
    force: z.union([z.boolean(), z.null()]).optional(),
    path: ref(() => s.AbsolutePathBuf),
    recursive: z.union([z.boolean(), z.null()]).optional(),
  });
  s.FsRemoveResponse = obj({});
  s.FsUnwatchParams = obj({
    watchId: z.string(),
  });
  s.FsUnwatchResponse = obj({});
  s.FsWatchParams = obj({
    path: ref(() => s.AbsolutePathBuf),
    watchId: z.string(),
  });
  s.FsWatchResponse = obj({
    path: ref(() => s.AbsolutePathBuf),
  });
  s.FsWriteFileParams = obj({
    dataBase64: z.string(),
    path: ref(() => s.AbsolutePathBuf),
  });
  s.FsWriteFileResponse = obj({});
  s.FunctionCallOutputBody = z.union([z.string(), z.array(ref(() => s.FunctionCallOutputContentItem))]);
  s.FunctionCallOutputContentItem = z.union([obj({
    text: z.string(),
    type: z.literal("input_text"),
  }), z.intersection(obj({
    detail: z.union([ref(() => s.ImageDetail), z.null()]).optional(),
    type: z.literal("input_image"),
  }), z.union([obj({
    image_url: z.string(),
  }), obj({
    file_id: z.string(),
  })])), z.intersection(obj({
    type: z.literal("input_audio"),
  }), z.union([obj({
    audio_url: z.string(),
  }), obj({
    file_id: z.string(),
  })])), obj({
    encrypted_content: z.string(),
    type: z.literal("encrypted_content"),
  })]);
  s.FuzzyFileSearchMatchType = z.union([z.literal("file"), z.literal("directory")]);
  s.FuzzyFileSearchParams = obj({
    cancellationToken: z.union([z.string(), z.null()]).optional(),
    query: z.string(),
    roots: z.array(z.string()),
  });
  s.FuzzyFileSearchResponse = obj({
    files: z.array(ref(() => s.FuzzyFileSearchResult)),
  });
  s.FuzzyFileSearchResult = obj({
    file_name: z.string(),
    indices: z.union([z.array(z.number()), z.null()]).optional(),
    match_type: ref(() => s.FuzzyFileSearchMatchType),
    path: z.string(),
    root: z.string(),
    score: z.number(),
  });
  s.FuzzyFileSearchSessionCompletedNotification = obj({
    sessionId: z.string(),
  });
  s.FuzzyFileSearchSessionUpdatedNotification = obj({
    files: z.array(ref(() => s.FuzzyFileSearchResult)),
    query: z.string(),
    sessionId: z.string(),
  });
  s.GatewayAuth = z.union([obj({
    mode: z.literal("none"),
  }), obj({
    envKey: z.string(),
    mode: z.literal("environmentVariable"),
  }), obj({
    envKey: z.union([z.string(), z.null()]).optional(),
    mode: z.literal("externallyConfigured"),
  })]);
  s.GatewayOAuthCancelResponse = obj({});
  s.GatewayOAuthChangedNotification = obj({
    authUrl: z.union([z.string(), z.null()]).optional(),
    error: z.union([z.string(), z.null()]).optional(),
    loginId: z.union([z.string(), z.null()]).optional(),
    providerId: z.string(),
    status: ref(() => s.GatewayOAuthStatus),
  });
  s.GatewayOAuthLoginParams = obj({
    deviceAuth: z.boolean().optional(),
    modelProvider: z.union([z.string(), z.null()]).optional(),
  });
  s.GatewayOAuthLoginResponse = obj({
    prompt: z.union([ref(() => s.GatewayOAuthPrompt), z.null()]).optional(),
  });
  s.GatewayOAuthPrompt = obj({
    loginId: z.string(),
    userCode: z.string(),
    verificationUrl: z.string(),
  });
  s.GatewayOAuthReadParams = obj({
    modelProvider: z.union([z.string(), z.null()]).optional(),
  });
  s.GatewayOAuthReadResponse = obj({
    error: z.union([z.string(), z.null()]).optional(),
    providerId: z.string(),
    providerName: z.string(),
    required: z.boolean(),
    status: z.union([ref(() => s.GatewayOAuthStatus), z.null()]).optional(),
    supportsDeviceAuth: z.boolean().optional(),
  });
  s.GatewayOAuthStatus = z.union([z.literal("notReady"), z.literal("started"), z.literal("succeeded"), z.literal("failed")]);
  s.GcpProviderId = z.literal("gcp");
  s.GetAccountParams = obj({
    refreshToken: z.boolean().optional(),
  });
  s.GetAccountRateLimitsParams = obj({
    excludeResetCreditDetails: z.boolean().optional(),
    supportsLunaReserve: z.boolean().optional(),
  });
  s.GetAccountRateLimitsResponse = obj({
    accountId: z.union([z.string(), z.null()]).optional(),
    ordinaryUsageAllowed: z.union([z.boolean(), z.null()]).optional(),
    rateLimitResetCredits: z.union([ref(() => s.RateLimitResetCreditsSummary), z.null()]).optional(),
    rateLimitUpsell: z.unknown().optional(),
    rateLimits: ref(() => s.RateLimitSnapshot),
    rateLimitsByLimitId: z.union([z.record(z.string(), ref(() => s.RateLimitSnapshot)), z.null()]).optional(),
  });
  s.GetAccountResponse = obj({
    account: z.union([ref(() => s.Account), z.null()]).optional(),
    requiresOpenaiAuth: z.boolean(),
    userId: z.union([z.string(), z.null()]).optional(),
  });
  s.GetAccountSecuritySetupResponse = obj({
    notice: z.union([ref(() => s.AccountSecuritySetupNotice), z.null()]).optional(),
  });
  s.GetAccountTokenUsageParams = obj({
    threadId: z.union([z.string(), z.null()]).optional(),
  });
  s.GetAccountTokenUsageResponse = obj({
    dailyUsageBuckets: z.union([z.array(ref(() => s.AccountTokenUsageDailyBucket)), z.null()]).optional(),
    summary: ref(() => s.AccountTokenUsageSummary),
    threadUsage: z.union([ref(() => s.ThreadUsage), z.null()]).optional(),
  });
  s.GetWorkspaceMessagesResponse = obj({
    featureEnabled: z.boolean(),
    messages: z.array(ref(() => s.WorkspaceMessage)),
  });
  s.GitInfo = obj({
    branch: z.union([z.string(), z.null()]).optional(),
    originUrl: z.union([z.string(), z.null()]).optional(),
    sha: z.union([z.string(), z.null()]).optional(),
  });
  s.GrantedPermissionProfile = obj({
    fileSystem: z.union([ref(() => s.AdditionalFileSystemPermissions), z.null()]).optional(),
    network: z.union([ref(() => s.AdditionalNetworkPermissions), z.null()]).optional(),
  });
  s.GuardianApprovalReview = obj({
    rationale: z.union([z.string(), z.null()]).optional(),
    riskLevel: z.union([ref(() => s.GuardianRiskLevel), z.null()]).optional(),
    status: ref(() => s.GuardianApprovalReviewStatus),
    userAuthorization: z.union([ref(() => s.GuardianUserAuthorization), z.null()]).optional(),
  });
  s.GuardianApprovalReviewAction = z.union([obj({
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
  })]);
  s.GuardianApprovalReviewStatus = z.union([z.literal("inProgress"), z.literal("approved"), z.literal("denied"), z.literal("timedOut"), z.literal("aborted")]);
  s.GuardianCommandSource = z.union([z.literal("shell"), z.literal("unifiedExec")]);
  s.GuardianRiskLevel = z.union([z.literal("low"), z.literal("medium"), z.literal("high"), z.literal("critical")]);
  s.GuardianUserAuthorization = z.union([z.literal("unknown"), z.literal("low"), z.literal("medium"), z.literal("high")]);
  s.GuardianWarningNotification = obj({
    message: z.string(),
    threadId: z.string(),
  });
  s.HookCompletedNotification = obj({
    run: ref(() => s.HookRunSummary),
    threadId: z.string(),
    turnId: z.union([z.string(), z.null()]).optional(),
  });
  s.HookErrorInfo = obj({
    message: z.string(),
    path: z.string(),
  });
  s.HookEventName = z.union([z.literal("preModelRequest"), z.literal("postModelRequest"), z.literal("preToolUse"), z.literal("permissionRequest"), z.literal("postToolUse"), z.literal("preCompact"), z.literal("postCompact"), z.literal("sessionStart"), z.literal("sessionEnd"), z.literal("userPromptSubmit"), z.literal("subagentStart"), z.literal("subagentStop"), z.literal("stop"), z.literal("interrupt")]);
  s.HookExecutionMode = z.union([z.literal("sync"), z.literal("async")]);
  s.HookHandlerType = z.union([z.literal("command"), z.literal("mcpTool"), z.literal("prompt"), z.literal("agent")]);
  s.HookMetadata = z.intersection(obj({
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
  }), z.union([obj({
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
  })]));
  s.HookMigration = obj({
    name: z.string(),
  });
  s.HookOutputEntry = obj({
    kind: ref(() => s.HookOutputEntryKind),
    text: z.string(),
  });
  s.HookOutputEntryKind = z.union([z.literal("warning"), z.literal("stop"), z.literal("feedback"), z.literal("context"), z.literal("error")]);
  s.HookPromptFragment = obj({
    hookRunId: z.string(),
    text: z.string(),
  });
  s.HookRunStatus = z.union([z.literal("running"), z.literal("completed"), z.literal("failed"), z.literal("blocked"), z.literal("stopped")]);
  s.HookRunSummary = obj({
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
  });
  s.HookScope = z.union([z.literal("thread"), z.literal("turn")]);
  s.HookSource = z.union([z.literal("system"), z.literal("user"), z.literal("project"), z.literal("mdm"), z.literal("sessionFlags"), z.literal("plugin"), z.literal("cloudRequirements"), z.literal("cloudManagedConfig"), z.literal("legacyManagedConfigFile"), z.literal("legacyManagedConfigMdm"), z.literal("unknown")]);
  s.HookStartedNotification = obj({
    run: ref(() => s.HookRunSummary),
    threadId: z.string(),
    turnId: z.union([z.string(), z.null()]).optional(),
  });
  s.HookTrustStatus = z.union([z.literal("managed"), z.literal("untrusted"), z.literal("trusted"), z.literal("modified")]);
  s.HooksListEntry = obj({
    cwd: z.string(),
    errors: z.array(ref(() => s.HookErrorInfo)),
    hooks: z.array(ref(() => s.HookMetadata)),
    warnings: z.array(z.string()),
  });
  s.HooksListParams = obj({
    cwds: z.array(z.string()).optional(),
    threadId: z.union([z.string(), z.null()]).optional(),
  });
  s.HooksListResponse = obj({
    data: z.array(ref(() => s.HooksListEntry)),
  });
  s.ImageDetail = z.union([z.literal("auto"), z.literal("low"), z.literal("high"), z.literal("original")]);
  s.ImageGenerationFailure = obj({
    limitId: z.string(),
    resetsAt: z.union([z.number(), z.null()]).optional(),
    type: z.literal("usageLimitExceeded"),
  });
  s.ImageGenerationInputImage = obj({
    path: ref(() => s.AbsolutePathBuf),
    sha256: z.string(),
  });
  s.InAppBrowserRequirements = obj({
    allowExternalBrowserSettingsImport: z.union([z.boolean(), z.null()]).optional(),
  });
  s.InitializeCapabilities = obj({
    experimentalApi: z.boolean().optional(),
    explicitGatewayOauth: z.boolean().optional(),
    extensions: z.union([obj({}), z.null()]).optional(),
    mcpServerOpenaiFormElicitation: z.boolean().optional(),
    optOutNotificationMethods: z.union([z.array(z.string()), z.null()]).optional(),
    requestAttestation: z.boolean().optional(),
    requiredHumanApproval: z.boolean().optional(),
  });
  s.InitializeParams = obj({
    capabilities: z.union([ref(() => s.InitializeCapabilities), z.null()]).optional(),
    clientInfo: ref(() => s.ClientInfo),
  });
  s.InitializeResponse = obj({
    codexHome: ref(() => s.AbsolutePathBuf),
    platformFamily: z.string(),
    platformOs: z.string(),
    userAgent: z.string(),
  });
  s.InputModality = z.union([z.literal("text"), z.literal("image"), z.literal("audio")]);
  s.InstalledApp = obj({
    callable: z.boolean(),
    enabled: z.boolean(),
    id: z.string(),
    runtimeName: z.union([z.string(), z.null()]).optional(),
  });
  s.InternalChatMessageMetadataPassthrough = obj({
    turn_id: z.union([z.string(), z.null()]).optional(),
  });
  s.ItemCompletedNotification = obj({
    completedAtMs: z.number(),
    contentTokenCount: z.union([z.number(), z.null()]).optional(),
    item: ref(() => s.ThreadItem),
    threadId: z.string(),
    turnId: z.string(),
  });
  s.ItemGuardianApprovalReviewCompletedNotification = obj({
    action: ref(() => s.GuardianApprovalReviewAction),
    completedAtMs: z.number(),
    decisionSource: ref(() => s.AutoReviewDecisionSource),
    review: ref(() => s.GuardianApprovalReview),
    reviewId: z.string(),
    startedAtMs: z.number(),
    targetItemId: z.union([z.string(), z.null()]).optional(),
    threadId: z.string(),
    turnId: z.string(),
  });
  s.ItemGuardianApprovalReviewStartedNotification = obj({
    action: ref(() => s.GuardianApprovalReviewAction),
    review: ref(() => s.GuardianApprovalReview),
    reviewId: z.string(),
    startedAtMs: z.number(),
    targetItemId: z.union([z.string(), z.null()]).optional(),
    threadId: z.string(),
    turnId: z.string(),
  });
  s.ItemStartedNotification = obj({
    item: ref(() => s.ThreadItem),
    startedAtMs: z.number(),
    threadId: z.string(),
    turnId: z.string(),
  });
  s.LegacyAppPathString = z.string();
  s.ListMcpServerStatusParams = obj({
    cursor: z.union([z.string(), z.null()]).optional(),
    detail: z.union([ref(() => s.McpServerStatusDetail), z.null()]).optional(),
    limit: z.union([z.number(), z.null()]).optional(),
    serverName: z.union([z.string(), z.null()]).optional(),
    threadId: z.union([z.string(), z.null()]).optional(),
  });
  s.ListMcpServerStatusResponse = obj({
    data: z.array(ref(() => s.McpServerStatus)),
    nextCursor: z.union([z.string(), z.null()]).optional(),
  });
  s.LocalShellAction = obj({
    command: z.array(z.string()),
    env: z.union([z.record(z.string(), z.string()), z.null()]).optional(),
    timeout_ms: z.union([z.number(), z.null()]).optional(),
    type: z.literal("exec"),
    user: z.union([z.string(), z.null()]).optional(),
    working_directory: z.union([z.string(), z.null()]).optional(),
  });
  s.LocalShellStatus = z.union([z.literal("completed"), z.literal("in_progress"), z.literal("incomplete")]);
  s.LoginAccountParams = z.union([obj({
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
  })]);
  s.LoginAccountResponse = z.union([obj({
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
  })]);
  s.LoginAppBrand = z.union([z.literal("codex"), z.literal("chatgpt")]);
  s.LogoutAccountResponse = obj({});
  s.ManagedHooksRequirements = obj({
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
  });
  s.MarketplaceAddParams = obj({
    refName: z.union([z.string(), z.null()]).optional(),
    source: z.string(),
    sparsePaths: z.union([z.array(z.string()), z.null()]).optional(),
  });
  s.MarketplaceAddResponse = obj({
    alreadyAdded: z.boolean(),
    installedRoot: ref(() => s.AbsolutePathBuf),
    marketplaceName: z.string(),
  });
  s.MarketplaceInterface = obj({
    displayName: z.union([z.string(), z.null()]).optional(),
  });
  s.MarketplaceLoadErrorInfo = obj({
    marketplacePath: ref(() => s.AbsolutePathBuf),
    message: z.string(),
  });
  s.MarketplaceRemoveParams = obj({
    marketplaceName: z.string(),
  });
  s.MarketplaceRemoveResponse = obj({
    installedRoot: z.union([ref(() => s.AbsolutePathBuf), z.null()]).optional(),
    marketplaceName: z.string(),
  });
  s.MarketplaceUpgradeErrorInfo = obj({
    marketplaceName: z.string(),
    message: z.string(),
  });
  s.MarketplaceUpgradeParams = obj({
    marketplaceName: z.union([z.string(), z.null()]).optional(),
  });
  s.MarketplaceUpgradeResponse = obj({
    errors: z.array(ref(() => s.MarketplaceUpgradeErrorInfo)),
    selectedMarketplaces: z.array(z.string()),
    upgradedRoots: z.array(ref(() => s.AbsolutePathBuf)),
  });
  s.McpAppDisplayMode = z.union([z.literal("inline"), z.literal("fullscreen")]);
  s.McpAppUi = obj({
    preferredModelDisplayMode: ref(() => s.McpAppDisplayMode),
    resourceUri: z.string(),
  });
  s.McpAuthStatus = z.union([z.literal("unknown"), z.literal("unsupported"), z.literal("notLoggedIn"), z.literal("bearerToken"), z.literal("oAuth")]);
  s.McpElicitationArrayType = z.literal("array");
  s.McpElicitationBooleanSchema = obj({
    default: z.union([z.boolean(), z.null()]).optional(),
    description: z.union([z.string(), z.null()]).optional(),
    title: z.union([z.string(), z.null()]).optional(),
    type: ref(() => s.McpElicitationBooleanType),
  });
  s.McpElicitationBooleanType = z.literal("boolean");
  s.McpElicitationConstOption = obj({
    const: z.string(),
    title: z.string(),
  });
  s.McpElicitationEnumSchema = z.union([ref(() => s.McpElicitationSingleSelectEnumSchema), ref(() => s.McpElicitationMultiSelectEnumSchema), ref(() => s.McpElicitationLegacyTitledEnumSchema)]);
  s.McpElicitationLegacyTitledEnumSchema = obj({
    default: z.union([z.string(), z.null()]).optional(),
    description: z.union([z.string(), z.null()]).optional(),
    enum: z.array(z.string()),
    enumNames: z.union([z.array(z.string()), z.null()]).optional(),
    title: z.union([z.string(), z.null()]).optional(),
    type: ref(() => s.McpElicitationStringType),
  });
  s.McpElicitationMultiSelectEnumSchema = z.union([ref(() => s.McpElicitationUntitledMultiSelectEnumSchema), ref(() => s.McpElicitationTitledMultiSelectEnumSchema)]);
  s.McpElicitationNumberSchema = obj({
    default: z.union([z.number(), z.null()]).optional(),
    description: z.union([z.string(), z.null()]).optional(),
    maximum: z.union([z.number(), z.null()]).optional(),
    minimum: z.union([z.number(), z.null()]).optional(),
    title: z.union([z.string(), z.null()]).optional(),
    type: ref(() => s.McpElicitationNumberType),
  });
  s.McpElicitationNumberType = z.union([z.literal("number"), z.literal("integer")]);
  s.McpElicitationObjectType = z.literal("object");
  s.McpElicitationPrimitiveSchema = z.union([ref(() => s.McpElicitationEnumSchema), ref(() => s.McpElicitationStringSchema), ref(() => s.McpElicitationNumberSchema), ref(() => s.McpElicitationBooleanSchema)]);
  s.McpElicitationSchema = obj({
    $schema: z.union([z.string(), z.null()]).optional(),
    properties: z.record(z.string(), ref(() => s.McpElicitationPrimitiveSchema)),
    required: z.union([z.array(z.string()), z.null()]).optional(),
    type: ref(() => s.McpElicitationObjectType),
  });
  s.McpElicitationSingleSelectEnumSchema = z.union([ref(() => s.McpElicitationUntitledSingleSelectEnumSchema), ref(() => s.McpElicitationTitledSingleSelectEnumSchema)]);
  s.McpElicitationStringFormat = z.union([z.literal("email"), z.literal("uri"), z.literal("date"), z.literal("date-time")]);
  s.McpElicitationStringSchema = obj({
    default: z.union([z.string(), z.null()]).optional(),
    description: z.union([z.string(), z.null()]).optional(),
    format: z.union([ref(() => s.McpElicitationStringFormat), z.null()]).optional(),
    maxLength: z.union([z.number(), z.null()]).optional(),
    minLength: z.union([z.number(), z.null()]).optional(),
    title: z.union([z.string(), z.null()]).optional(),
    type: ref(() => s.McpElicitationStringType),
  });
  s.McpElicitationStringType = z.literal("string");
  s.McpElicitationTitledEnumItems = obj({
    anyOf: z.array(ref(() => s.McpElicitationConstOption)),
  });
  s.McpElicitationTitledMultiSelectEnumSchema = obj({
    default: z.union([z.array(z.string()), z.null()]).optional(),
    description: z.union([z.string(), z.null()]).optional(),
    items: ref(() => s.McpElicitationTitledEnumItems),
    maxItems: z.union([z.number(), z.null()]).optional(),
    minItems: z.union([z.number(), z.null()]).optional(),
    title: z.union([z.string(), z.null()]).optional(),
    type: ref(() => s.McpElicitationArrayType),
  });
  s.McpElicitationTitledSingleSelectEnumSchema = obj({
    default: z.union([z.string(), z.null()]).optional(),
    description: z.union([z.string(), z.null()]).optional(),
    oneOf: z.array(ref(() => s.McpElicitationConstOption)),
    title: z.union([z.string(), z.null()]).optional(),
    type: ref(() => s.McpElicitationStringType),
  });
  s.McpElicitationUntitledEnumItems = obj({
    enum: z.array(z.string()),
    type: ref(() => s.McpElicitationStringType),
  });
  s.McpElicitationUntitledMultiSelectEnumSchema = obj({
    default: z.union([z.array(z.string()), z.null()]).optional(),
    description: z.union([z.string(), z.null()]).optional(),
    items: ref(() => s.McpElicitationUntitledEnumItems),
    maxItems: z.union([z.number(), z.null()]).optional(),
    minItems: z.union([z.number(), z.null()]).optional(),
    title: z.union([z.string(), z.null()]).optional(),
    type: ref(() => s.McpElicitationArrayType),
  });
  s.McpElicitationUntitledSingleSelectEnumSchema = obj({
    default: z.union([z.string(), z.null()]).optional(),
    description: z.union([z.string(), z.null()]).optional(),
    enum: z.array(z.string()),
    title: z.union([z.string(), z.null()]).optional(),
    type: ref(() => s.McpElicitationStringType),
  });
  s.McpResourceReadParams = obj({
    _meta: z.union([obj({}), z.null()]).optional(),
    connectorId: z.union([z.string(), z.null()]).optional(),
    originCallId: z.union([z.string(), z.null()]).optional(),
    server: z.string(),
    target: z.union([ref(() => s.McpResourceReadTarget), z.null()]).optional(),
    threadId: z.union([z.string(), z.null()]).optional(),
    uri: z.string(),
  });
  s.McpResourceReadResponse = obj({
    contents: z.array(ref(() => s.ResourceContent)),
    originCallId: z.union([z.string(), z.null()]).optional(),
  });
  s.McpResourceReadTarget = obj({
    connectorId: z.string(),
    linkId: z.union([z.string(), z.null()]),
  });
  s.McpServerConnectionStatus = z.union([z.literal("notStarted"), z.literal("starting"), z.literal("connected"), z.literal("authenticationRequired"), z.literal("failed"), z.literal("cancelled"), z.literal("disabled")]);
  s.McpServerElicitationAction = z.union([z.literal("accept"), z.literal("decline"), z.literal("cancel")]);
  s.McpServerElicitationRequestParams = z.intersection(obj({
    serverName: z.string(),
    threadId: z.string(),
    turnId: z.union([z.string(), z.null()]).optional(),
  }), z.union([obj({
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
  })]));
  s.McpServerElicitationRequestResponse = obj({
    _meta: z.unknown().optional(),
    action: ref(() => s.McpServerElicitationAction),
    content: z.unknown().optional(),
  });
  s.McpServerEventNotification = obj({
    method: z.string(),
    params: z.unknown(),
  });
  s.McpServerEventStreamNotification = obj({
    notification: ref(() => s.McpServerEventNotification),
    subscriptionId: z.string(),
  });
  s.McpServerInfo = obj({
    description: z.union([z.string(), z.null()]).optional(),
    icons: z.union([z.array(z.unknown()), z.null()]).optional(),
    name: z.string(),
    title: z.union([z.string(), z.null()]).optional(),
    version: z.string(),
    websiteUrl: z.union([z.string(), z.null()]).optional(),
  });
  s.McpServerMigration = obj({
    name: z.string(),
  });
  s.McpServerOauthClientRegistration = z.union([z.literal("auto"), z.literal("cimd"), z.literal("dcr")]);
  s.McpServerOauthLoginCompletedNotification = obj({
    error: z.union([z.string(), z.null()]).optional(),
    loginId: z.union([z.string(), z.null()]).optional(),
    name: z.string(),
    success: z.boolean(),
    threadId: z.union([z.string(), z.null()]).optional(),
  });
  s.McpServerOauthLoginParams = obj({
    clientRegistration: z.union([ref(() => s.McpServerOauthClientRegistration), z.null()]).optional(),
    name: z.string(),
    scopes: z.union([z.array(z.string()), z.null()]).optional(),
    threadId: z.union([z.string(), z.null()]).optional(),
    timeoutSecs: z.union([z.number(), z.null()]).optional(),
  });
  s.McpServerOauthLoginResponse = obj({
    authorizationUrl: z.string(),
    loginId: z.union([z.string(), z.null()]).optional(),
  });
  s.McpServerRefreshResponse = obj({});
  s.McpServerStartupFailureReason = z.literal("reauthenticationRequired");
  s.McpServerStartupState = z.union([z.literal("starting"), z.literal("ready"), z.literal("failed"), z.literal("cancelled")]);
  s.McpServerStatus = obj({
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
  });
  s.McpServerStatusDetail = z.union([z.literal("full"), z.literal("toolsAndAuthOnly")]);
  s.McpServerStatusUpdatedNotification = obj({
    error: z.union([z.string(), z.null()]).optional(),
    failureReason: z.union([ref(() => s.McpServerStartupFailureReason), z.null()]).optional(),
    name: z.string(),
    status: ref(() => s.McpServerStartupState),
    threadId: z.union([z.string(), z.null()]).optional(),
  });
  s.McpServerToolCallParams = obj({
    _meta: z.unknown().optional(),
    arguments: z.unknown().optional(),
    server: z.string(),
    threadId: z.string(),
    tool: z.string(),
  });
  s.McpServerToolCallResponse = obj({
    _meta: z.unknown().optional(),
    content: z.array(z.unknown()),
    isError: z.union([z.boolean(), z.null()]).optional(),
    structuredContent: z.unknown().optional(),
  });
  s.McpToolCallAppContext = obj({
    actionName: z.union([z.string(), z.null()]).optional(),
    appName: z.union([z.string(), z.null()]).optional(),
    connectorId: z.string(),
    linkId: z.union([z.string(), z.null()]).optional(),
    resourceUri: z.union([z.string(), z.null()]).optional(),
  });
  s.McpToolCallError = obj({
    message: z.string(),
  });
  s.McpToolCallProgressNotification = obj({
    itemId: z.string(),
    message: z.string(),
    threadId: z.string(),
    turnId: z.string(),
  });
  s.McpToolCallResult = obj({
    _meta: z.unknown().optional(),
    content: z.array(z.unknown()),
    structuredContent: z.unknown().optional(),
  });
  s.McpToolCallStatus = z.union([z.literal("inProgress"), z.literal("completed"), z.literal("failed")]);
  s.MemoryCitation = obj({
    entries: z.array(ref(() => s.MemoryCitationEntry)),
    threadIds: z.array(z.string()),
  });
  s.MemoryCitationEntry = obj({
    lineEnd: z.number(),
    lineStart: z.number(),
    note: z.string(),
    path: z.string(),
  });
  s.MergeStrategy = z.union([z.literal("replace"), z.literal("upsert")]);
  s.MessagePhase = z.union([z.literal("commentary"), z.literal("partial_answer"), z.literal("final_answer")]);
  s.MigrationDetails = obj({
    commands: z.array(ref(() => s.CommandMigration)).optional(),
    hooks: z.array(ref(() => s.HookMigration)).optional(),
    mcpServers: z.array(ref(() => s.McpServerMigration)).optional(),
    memory: z.array(z.string()).optional(),
    plugins: z.array(ref(() => s.PluginsMigration)).optional(),
    sessions: z.array(ref(() => s.SessionMigration)).optional(),
    skills: z.array(ref(() => s.SkillMigration)).optional(),
    subagents: z.array(ref(() => s.SubagentMigration)).optional(),
  });
  s.MisalignmentErrorDetails = obj({
    detailedExplanation: z.union([z.string(), z.null()]).optional(),
    errorType: z.union([z.string(), z.null()]).optional(),
    reviewTarget: z.union([z.string(), z.null()]).optional(),
    steer: z.union([ref(() => s.MisalignmentSteer), z.null()]).optional(),
  });
  s.MisalignmentSteer = obj({
    message: z.string(),
  });
  s.ModeKind = z.union([z.literal("plan"), z.literal("default")]);
  s.Model = obj({
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
  });
  s.ModelAccessPrograms = obj({
    cyber: z.array(ref(() => s.CyberAccessProgram)),
  });
  s.ModelAvailabilityNux = obj({
    message: z.string(),
  });
  s.ModelListParams = obj({
    cursor: z.union([z.string(), z.null()]).optional(),
    includeHidden: z.union([z.boolean(), z.null()]).optional(),
    limit: z.union([z.number(), z.null()]).optional(),
    modelProvider: z.union([z.string(), z.null()]).optional(),
  });
  s.ModelListResponse = obj({
    data: z.array(ref(() => s.Model)),
    nextCursor: z.union([z.string(), z.null()]).optional(),
  });
  s.ModelProviderCapabilitiesReadParams = obj({});
  s.ModelProviderCapabilitiesReadResponse = obj({
    imageGeneration: z.boolean(),
    webSearch: z.boolean(),
  });
  s.ModelProviderConfigWriteParams = obj({
    settings: ref(() => s.ProviderSettingsPatch),
  });
  s.ModelProviderConfigWriteResponse = obj({
    provider: ref(() => s.ModelProviderSummary),
  });
  s.ModelProviderError = z.union([obj({
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
  })]);
  s.ModelProviderListParams = obj({});
  s.ModelProviderListResponse = obj({
    canChangeDefault: z.boolean(),
    data: z.array(ref(() => s.ModelProviderSummary)),
    defaultProviderId: z.string(),
  });
  s.ModelProviderSummary = obj({
    baseUrl: z.union([z.string(), z.null()]).optional(),
    canEdit: z.boolean(),
    id: z.string(),
    name: z.string(),
    settings: ref(() => s.ProviderSettings),
  });
  s.ModelRerouteReason = z.literal("highRiskCyberActivity");
  s.ModelReroutedNotification = obj({
    fromModel: z.string(),
    reason: ref(() => s.ModelRerouteReason),
    threadId: z.string(),
    toModel: z.string(),
    turnId: z.string(),
  });
  s.ModelSafetyBufferingUpdatedNotification = obj({
    fasterModel: z.union([z.string(), z.null()]).optional(),
    model: z.string(),
    reasons: z.array(z.string()),
    showBufferingUi: z.boolean(),
    threadId: z.string(),
    turnId: z.string(),
    useCases: z.array(z.string()),
  });
  s.ModelServiceTier = obj({
    description: z.string(),
    id: z.string(),
    name: z.string(),
  });
  s.ModelUpgradeInfo = obj({
    migrationMarkdown: z.union([z.string(), z.null()]).optional(),
    model: z.string(),
    modelLink: z.union([z.string(), z.null()]).optional(),
    retirementAt: z.union([z.number(), z.null()]).optional(),
    upgradeCopy: z.union([z.string(), z.null()]).optional(),
  });
  s.ModelVerification = z.literal("trustedAccessForCyber");
  s.ModelVerificationNotification = obj({
    threadId: z.string(),
    turnId: z.string(),
    verifications: z.array(ref(() => s.ModelVerification)),
  });
  s.ModelsRequirements = obj({
    newThread: z.union([ref(() => s.NewThreadModelDefaults), z.null()]).optional(),
  });
  s.MultiAgentMode = z.union([z.union([z.literal("explicitRequestOnly"), z.literal("proactive")]), obj({
    custom: z.string(),
  })]);
  s.MultiAgentVersion = z.union([z.literal("disabled"), z.literal("v1"), z.literal("v2")]);
  s.NetworkAccess = z.union([z.literal("restricted"), z.literal("enabled")]);
  s.NetworkApprovalContext = obj({
    host: z.string(),
    protocol: ref(() => s.NetworkApprovalProtocol),
  });
  s.NetworkApprovalProtocol = z.union([z.literal("http"), z.literal("https"), z.literal("socks5Tcp"), z.literal("socks5Udp")]);
  s.NetworkDomainPermission = z.union([z.literal("allow"), z.literal("deny")]);
  s.NetworkPolicyAmendment = obj({
    action: ref(() => s.NetworkPolicyRuleAction),
    host: z.string(),
  });
  s.NetworkPolicyRuleAction = z.union([z.literal("allow"), z.literal("deny")]);
  s.NetworkRequirements = obj({
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
  });
  s.NetworkUnixSocketPermission = z.union([z.literal("allow"), z.literal("deny")]);
  s.NewThreadModelDefaults = obj({
    model: z.union([z.string(), z.null()]).optional(),
    modelReasoningEffort: z.union([ref(() => s.ReasoningEffort), z.null()]).optional(),
    serviceTier: z.union([z.string(), z.null()]).optional(),
  });
  s.NonSteerableTurnKind = z.union([z.literal("review"), z.literal("compact")]);
  s.NullableGatewayOAuthLoginParams = z.union([ref(() => s.GatewayOAuthLoginParams), z.null()]);
  s.NullableGatewayOAuthReadParams = z.union([ref(() => s.GatewayOAuthReadParams), z.null()]);
  s.NullableGetAccountRateLimitsParams = z.union([ref(() => s.GetAccountRateLimitsParams), z.null()]);
  s.NullableGetAccountTokenUsageParams = z.union([ref(() => s.GetAccountTokenUsageParams), z.null()]);
  s.OtelExporter = z.union([z.union([z.literal("none"), z.literal("statsig")]), obj({
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
  })]);
  s.OtelHttpProtocol = z.union([z.literal("binary"), z.literal("json")]);
  s.OtelRequirements = obj({
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
  });
  s.OtelTlsConfig = obj({
    "ca-certificate": z.union([z.string(), z.null()]).optional(),
    "client-certificate": z.union([z.string(), z.null()]).optional(),
    "client-private-key": z.union([z.string(), z.null()]).optional(),
  });
  s.OtelToolResultLogConfig = obj({
    max_bytes: z.number(),
  });
  s.OverriddenMetadata = obj({
    effectiveValue: z.unknown(),
    message: z.string(),
    overridingLayer: ref(() => s.ConfigLayerMetadata),
  });
  s.ParsedCommand = z.union([obj({
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
  })]);
  s.PatchApplyStatus = z.union([z.literal("inProgress"), z.literal("completed"), z.literal("failed"), z.literal("declined")]);
  s.PatchChangeKind = z.union([obj({
    type: z.literal("add"),
  }), obj({
    type: z.literal("delete"),
  }), obj({
    move_path: z.union([z.string(), z.null()]).optional(),
    type: z.literal("update"),
  })]);
  s.PathUri = z.string();
  s.PermissionGrantScope = z.union([z.literal("turn"), z.literal("session")]);
  s.PermissionProfileListParams = obj({
    cursor: z.union([z.string(), z.null()]).optional(),
    cwd: z.union([z.string(), z.null()]).optional(),
    limit: z.union([z.number(), z.null()]).optional(),
  });
  s.PermissionProfileListResponse = obj({
    data: z.array(ref(() => s.PermissionProfileSummary)),
    nextCursor: z.union([z.string(), z.null()]).optional(),
  });
  s.PermissionProfileSummary = obj({
    allowed: z.boolean(),
    description: z.union([z.string(), z.null()]).optional(),
    id: z.string(),
  });
  s.PermissionsRequestApprovalParams = obj({
    cwd: ref(() => s.LegacyAppPathString),
    environmentId: z.union([z.string(), z.null()]).optional(),
    itemId: z.string(),
    permissions: ref(() => s.RequestPermissionProfile),
    reason: z.union([z.string(), z.null()]).optional(),
    startedAtMs: z.number(),
    threadId: z.string(),
    turnId: z.string(),
  });
  s.PermissionsRequestApprovalResponse = obj({
    permissions: ref(() => s.GrantedPermissionProfile),
    scope: ref(() => s.PermissionGrantScope).optional(),
    strictAutoReview: z.union([z.boolean(), z.null()]).optional(),
  });
  s.Personality = z.union([z.literal("none"), z.literal("friendly"), z.literal("pragmatic")]);
  s.PlanDeltaNotification = obj({
    delta: z.string(),
    itemId: z.string(),
    threadId: z.string(),
    turnId: z.string(),
  });
  s.PlanType = z.union([z.literal("free"), z.literal("go"), z.literal("plus"), z.literal("pro"), z.literal("prolite"), z.literal("promax"), z.literal("team"), z.literal("self_serve_business_prolite"), z.literal("self_serve_business_usage_based"), z.literal("business"), z.literal("ent26"), z.literal("enterprise_cbp_automation"), z.literal("enterprise_cbp_usage_based"), z.literal("enterprise"), z.literal("edu"), z.literal("edu_plus"), z.literal("edu_pro"), z.literal("sci"), z.literal("sci_plus"), z.literal("unknown")]);
  s.PluginAuthPolicy = z.union([z.literal("ON_INSTALL"), z.literal("ON_USE")]);
  s.PluginAvailability = z.union([z.literal("DISABLED_BY_ADMIN"), z.literal("AVAILABLE")]);
  s.PluginDetail = obj({
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
  });
  s.PluginDisabledReason = z.union([z.literal("disabled_by_admin"), z.literal("plan_not_eligible"), z.literal("required_app_unavailable"), z.literal("unknown")]);
  s.PluginHookSummary = obj({
    eventName: ref(() => s.HookEventName),
    key: z.string(),
  });
  s.PluginInstallParams = obj({
    installAttemptId: z.union([z.string(), z.null()]).optional(),
    marketplacePath: z.union([ref(() => s.AbsolutePathBuf), z.null()]).optional(),
    pluginName: z.string(),
    remoteMarketplaceName: z.union([z.string(), z.null()]).optional(),
  });
  s.PluginInstallPolicy = z.union([z.literal("NOT_AVAILABLE"), z.literal("AVAILABLE"), z.literal("INSTALLED_BY_DEFAULT")]);
  s.PluginInstallPolicySource = z.union([z.literal("WORKSPACE_SETTING"), z.literal("IMPLICIT_CANONICAL_APP")]);
  s.PluginInstallResponse = obj({
    appsNeedingAuth: z.array(ref(() => s.AppSummary)),
    authPolicy: ref(() => s.PluginAuthPolicy),
  });
  s.PluginInstalledParams = obj({
    cwds: z.union([z.array(ref(() => s.AbsolutePathBuf)), z.null()]).optional(),
    installSuggestionPluginNames: z.union([z.array(z.string()), z.null()]).optional(),
  });
  s.PluginInstalledResponse = obj({
    marketplaceLoadErrors: z.array(ref(() => s.MarketplaceLoadErrorInfo)).optional(),
    marketplaces: z.array(ref(() => s.PluginMarketplaceEntry)),
  });
  s.PluginInterface = obj({
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
  });
  s.PluginListMarketplaceKind = z.union([z.literal("local"), z.literal("vertical"), z.literal("workspace-directory"), z.literal("shared-with-me"), z.literal("created-by-me-remote")]);
  s.PluginListParams = obj({
    cwds: z.union([z.array(ref(() => s.AbsolutePathBuf)), z.null()]).optional(),
    forceRefetch: z.boolean().optional(),
    marketplaceKinds: z.union([z.array(ref(() => s.PluginListMarketplaceKind)), z.null()]).optional(),
  });
  s.PluginListResponse = obj({
    featuredPluginIds: z.array(z.string()).optional(),
    marketplaceLoadErrors: z.array(ref(() => s.MarketplaceLoadErrorInfo)).optional(),
    marketplaces: z.array(ref(() => s.PluginMarketplaceEntry)),
  });
  s.PluginMarketplaceEntry = obj({
    interface: z.union([ref(() => s.MarketplaceInterface), z.null()]).optional(),
    name: z.string(),
    path: z.union([ref(() => s.AbsolutePathBuf), z.null()]).optional(),
    plugins: z.array(ref(() => s.PluginSummary)),
  });
  s.PluginReadParams = obj({
    marketplacePath: z.union([ref(() => s.AbsolutePathBuf), z.null()]).optional(),
    pluginName: z.string(),
    remoteMarketplaceName: z.union([z.string(), z.null()]).optional(),
  });
  s.PluginReadResponse = obj({
    plugin: ref(() => s.PluginDetail),
  });
  s.PluginReconcileChangedPlugin = obj({
    hasApps: z.boolean(),
    hasHooks: z.boolean(),
    hasMcps: z.boolean(),
    hasSkills: z.boolean(),
    id: z.string(),
  });
  s.PluginReconcileParams = obj({
    reason: z.union([z.string(), z.null()]).optional(),
  });
  s.PluginReconcileResponse = obj({
    changedPlugins: z.array(ref(() => s.PluginReconcileChangedPlugin)),
    failedMaterializationRemotePluginIds: z.array(z.string()),
    failedRemotePluginIds: z.array(z.string()),
  });
  s.PluginSearchResult = obj({
    marketplaceName: z.string(),
    marketplacePath: z.union([ref(() => s.AbsolutePathBuf), z.null()]).optional(),
    plugin: ref(() => s.PluginSummary),
  });
  s.PluginSearchScope = z.union([z.literal("global"), z.literal("workspace"), z.literal("personal")]);
  s.PluginShareCheckoutParams = obj({
    remotePluginId: z.string(),
  });
  s.PluginShareCheckoutResponse = obj({
    marketplaceName: z.string(),
    marketplacePath: ref(() => s.AbsolutePathBuf),
    pluginId: z.string(),
    pluginName: z.string(),
    pluginPath: ref(() => s.AbsolutePathBuf),
    remotePluginId: z.string(),
    remoteVersion: z.union([z.string(), z.null()]).optional(),
  });
  s.PluginShareContext = obj({
    canPublishToWorkspace: z.union([z.boolean(), z.null()]).optional(),
    creatorAccountUserId: z.union([z.string(), z.null()]).optional(),
    creatorName: z.union([z.string(), z.null()]).optional(),
    discoverability: z.union([ref(() => s.PluginShareDiscoverability), z.null()]).optional(),
    remotePluginId: z.string(),
    remoteVersion: z.union([z.string(), z.null()]).optional(),
    sharePrincipals: z.union([z.array(ref(() => s.PluginSharePrincipal)), z.null()]).optional(),
    shareUrl: z.union([z.string(), z.null()]).optional(),
  });
  s.PluginShareDeleteParams = obj({
    remotePluginId: z.string(),
  });
  s.PluginShareDeleteResponse = obj({});
  s.PluginShareDiscoverability = z.union([z.literal("LISTED"), z.literal("UNLISTED"), z.literal("PRIVATE")]);
  s.PluginShareListItem = obj({
    localPluginPath: z.union([ref(() => s.AbsolutePathBuf), z.null()]).optional(),
    plugin: ref(() => s.PluginSummary),
  });
  s.PluginShareListParams = obj({});
  s.PluginShareListResponse = obj({
    data: z.array(ref(() => s.PluginShareListItem)),
  });
  s.PluginSharePrincipal = obj({
    name: z.string(),
    principalId: z.string(),
    principalType: ref(() => s.PluginSharePrincipalType),
    role: ref(() => s.PluginSharePrincipalRole),
  });
  s.PluginSharePrincipalRole = z.union([z.literal("reader"), z.literal("editor"), z.literal("owner")]);
  s.PluginSharePrincipalType = z.union([z.literal("user"), z.literal("group"), z.literal("workspace")]);
  s.PluginShareSaveParams = obj({
    discoverability: z.union([ref(() => s.PluginShareDiscoverability), z.null()]).optional(),
    pluginPath: ref(() => s.AbsolutePathBuf),
    remotePluginId: z.union([z.string(), z.null()]).optional(),
    shareTargets: z.union([z.array(ref(() => s.PluginShareTarget)), z.null()]).optional(),
  });
  s.PluginShareSaveResponse = obj({
    canPublishToWorkspace: z.union([z.boolean(), z.null()]).optional(),
    remotePluginId: z.string(),
    shareUrl: z.string(),
  });
  s.PluginShareTarget = obj({
    principalId: z.string(),
    principalType: ref(() => s.PluginSharePrincipalType),
    role: ref(() => s.PluginShareTargetRole),
  });
  s.PluginShareTargetRole = z.union([z.literal("reader"), z.literal("editor")]);
  s.PluginShareUpdateDiscoverability = z.union([z.literal("UNLISTED"), z.literal("PRIVATE"), z.literal("LISTED")]);
  s.PluginShareUpdateTargetsParams = obj({
    discoverability: ref(() => s.PluginShareUpdateDiscoverability),
    remotePluginId: z.string(),
    shareTargets: z.array(ref(() => s.PluginShareTarget)),
  });
  s.PluginShareUpdateTargetsResponse = obj({
    discoverability: ref(() => s.PluginShareDiscoverability),
    principals: z.array(ref(() => s.PluginSharePrincipal)),
  });
  s.PluginSkillReadParams = obj({
    remoteMarketplaceName: z.string(),
    remotePluginId: z.string(),
    skillName: z.string(),
  });
  s.PluginSkillReadResponse = obj({
    contents: z.union([z.string(), z.null()]).optional(),
  });
  s.PluginSource = z.union([obj({
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
  })]);
  s.PluginSummary = obj({
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
  });
  s.PluginUninstallParams = obj({
    pluginId: z.string(),
  });
  s.PluginUninstallResponse = obj({});
  s.PluginsMigration = obj({
    marketplaceName: z.string(),
    pluginNames: z.array(z.string()),
  });
  s.ProcessExitedNotification = obj({
    exitCode: z.number(),
    outputDrainTimedOut: z.union([z.boolean(), z.null()]).optional(),
    processHandle: z.string(),
    stderr: z.string(),
    stderrCapReached: z.boolean(),
    stdout: z.string(),
    stdoutCapReached: z.boolean(),
  });
  s.ProcessOutputDeltaNotification = obj({
    capReached: z.boolean(),
    deltaBase64: z.string(),
    processHandle: z.string(),
    stream: ref(() => s.ProcessOutputStream),
  });
  s.ProcessOutputStream = z.union([z.literal("stdout"), z.literal("stderr")]);
  s.ProcessTerminalSize = obj({
    cols: z.number(),
    rows: z.number(),
  });
  s.Project = obj({
    createdAt: z.number(),
    id: z.string(),
    metadata: z.record(z.string(), z.string()),
    name: z.string(),
    position: z.number(),
    recencyAt: z.union([z.number(), z.null()]).optional(),
    roots: z.array(ref(() => s.ProjectRoot)),
    updatedAt: z.number(),
  });
  s.ProjectChangeType = z.union([z.literal("created"), z.literal("updated"), z.literal("deleted")]);
  s.ProjectChangedNotification = obj({
    changeType: ref(() => s.ProjectChangeType),
    projectId: z.string(),
  });
  s.ProjectRoot = obj({
    path: ref(() => s.AbsolutePathBuf),
  });
  s.ProjectSortKey = z.union([z.literal("position"), z.literal("recencyAt")]);
  s.ProviderSettings = z.union([obj({
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
  })]);
  s.ProviderSettingsPatch = z.union([obj({
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
  })]);
  s.QueuedSubmission = obj({
    clientUserMessageId: z.string(),
    id: z.string(),
    input: z.array(ref(() => s.UserInput)),
    responsesapiClientMetadata: z.union([z.record(z.string(), z.string()), z.null()]).optional(),
  });
  s.RateLimitReachedType = z.union([z.literal("rate_limit_reached"), z.literal("workspace_owner_credits_depleted"), z.literal("workspace_member_credits_depleted"), z.literal("workspace_owner_usage_limit_reached"), z.literal("workspace_member_usage_limit_reached")]);
  s.RateLimitResetCredit = obj({
    description: z.union([z.string(), z.null()]).optional(),
    expiresAt: z.union([z.number(), z.null()]).optional(),
    grantedAt: z.number(),
    id: z.string(),
    resetType: ref(() => s.RateLimitResetType),
    status: ref(() => s.RateLimitResetCreditStatus),
    title: z.union([z.string(), z.null()]).optional(),
  });
  s.RateLimitResetCreditStatus = z.union([z.literal("available"), z.literal("redeeming"), z.literal("redeemed"), z.literal("unknown")]);
  s.RateLimitResetCreditsSummary = obj({
    availableCount: z.number(),
    credits: z.union([z.array(ref(() => s.RateLimitResetCredit)), z.null()]).optional(),
  });
  s.RateLimitResetType = z.union([z.literal("codexRateLimits"), z.literal("unknown")]);
  s.RateLimitSnapshot = obj({
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
  });
  s.RateLimitWindow = obj({
    resetsAt: z.union([z.number(), z.null()]).optional(),
    usedPercent: z.number(),
    windowDurationMins: z.union([z.number(), z.null()]).optional(),
  });
  s.RawResponseCompletedNotification = obj({
    responseId: z.string(),
    threadId: z.string(),
    turnId: z.string(),
    usage: z.union([ref(() => s.TokenUsageBreakdown), z.null()]).optional(),
    usageMetadata: z.union([ref(() => s.ResponseUsageMetadata), z.null()]).optional(),
  });
  s.RawResponseItemCompletedNotification = obj({
    item: ref(() => s.ResponseItem),
    threadId: z.string(),
    turnId: z.string(),
  });
  s.RealtimeConversationVersion = z.union([z.literal("v1"), z.literal("v2"), z.literal("v3")]);
  s.RealtimeOutputModality = z.union([z.literal("text"), z.literal("audio")]);
  s.RealtimeVoice = z.union([z.literal("alloy"), z.literal("arbor"), z.literal("ash"), z.literal("aube"), z.literal("ballad"), z.literal("breeze"), z.literal("bubbie"), z.literal("cedar"), z.literal("coral"), z.literal("cove"), z.literal("echo"), z.literal("ember"), z.literal("haetsal"), z.literal("hanul"), z.literal("himari"), z.literal("juniper"), z.literal("leher"), z.literal("maple"), z.literal("marin"), z.literal("miko"), z.literal("neer"), z.literal("porto"), z.literal("rindo"), z.literal("rio"), z.literal("rivage"), z.literal("sage"), z.literal("selva"), z.literal("shimmer"), z.literal("sol"), z.literal("sonna"), z.literal("spruce"), z.literal("tinta"), z.literal("vale"), z.literal("verse"), z.literal("viola")]);
  s.RealtimeVoicesList = obj({
    defaultV1: ref(() => s.RealtimeVoice),
    defaultV2: ref(() => s.RealtimeVoice),
    v1: z.array(ref(() => s.RealtimeVoice)),
    v2: z.array(ref(() => s.RealtimeVoice)),
    v3: z.array(ref(() => s.RealtimeVoice)).optional(),
  });
  s.ReasoningEffort = z.string();
  s.ReasoningEffortOption = obj({
    description: z.string(),
    reasoningEffort: ref(() => s.ReasoningEffort),
  });
  s.ReasoningItemContent = z.union([obj({
    text: z.string(),
    type: z.literal("reasoning_text"),
  }), obj({
    text: z.string(),
    type: z.literal("text"),
  })]);
  s.ReasoningItemReasoningSummary = obj({
    text: z.string(),
    type: z.literal("summary_text"),
  });
  s.ReasoningSummary = z.union([z.union([z.literal("auto"), z.literal("concise"), z.literal("detailed")]), z.literal("none")]);
  s.ReasoningSummaryPartAddedNotification = obj({
    itemId: z.string(),
    summaryIndex: z.number(),
    threadId: z.string(),
    turnId: z.string(),
  });
  s.ReasoningSummaryTextDeltaNotification = obj({
    delta: z.string(),
    itemId: z.string(),
    summaryIndex: z.number(),
    threadId: z.string(),
    turnId: z.string(),
  });
  s.ReasoningTextDeltaNotification = obj({
    contentIndex: z.number(),
    delta: z.string(),
    itemId: z.string(),
    threadId: z.string(),
    turnId: z.string(),
  });
  s.RemoteControlConnectionStatus = z.union([z.literal("disabled"), z.literal("connecting"), z.literal("connected"), z.literal("errored")]);
  s.RemoteControlDisableParams = obj({
    ephemeral: z.boolean().optional(),
  });
  s.RemoteControlEnableParams = obj({
    ephemeral: z.boolean().optional(),
  });
  s.RemoteControlStatusChangedNotification = obj({
    environmentId: z.union([z.string(), z.null()]).optional(),
    installationId: z.string(),
    serverName: z.string(),
    status: ref(() => s.RemoteControlConnectionStatus),
  });
  s.RequestHeader = obj({
    name: z.string(),
    value: z.string(),
  });
  s.RequestId = z.union([z.string(), z.number()]);
  s.RequestPermissionProfile = obj({
    fileSystem: z.union([ref(() => s.AdditionalFileSystemPermissions), z.null()]).optional(),
    network: z.union([ref(() => s.AdditionalNetworkPermissions), z.null()]).optional(),
  });
  s.ResidencyRequirement = z.literal("us");
  s.Resource = obj({
    _meta: z.unknown().optional(),
    annotations: z.unknown().optional(),
    description: z.union([z.string(), z.null()]).optional(),
    icons: z.union([z.array(z.unknown()), z.null()]).optional(),
    mimeType: z.union([z.string(), z.null()]).optional(),
    name: z.string(),
    size: z.union([z.number(), z.null()]).optional(),
    title: z.union([z.string(), z.null()]).optional(),
    uri: z.string(),
  });
  s.ResourceContent = z.union([obj({
    _meta: z.unknown().optional(),
    mimeType: z.union([z.string(), z.null()]).optional(),
    text: z.string(),
    uri: z.string(),
  }), obj({
    _meta: z.unknown().optional(),
    blob: z.string(),
    mimeType: z.union([z.string(), z.null()]).optional(),
    uri: z.string(),
  })]);
  s.ResourceTemplate = obj({
    annotations: z.unknown().optional(),
    description: z.union([z.string(), z.null()]).optional(),
    mimeType: z.union([z.string(), z.null()]).optional(),
    name: z.string(),
    title: z.union([z.string(), z.null()]).optional(),
    uriTemplate: z.string(),
  });
  s.ResponseItem = z.union([obj({
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
  })]);
  s.ResponseUsageMetadata = obj({
    amount: z.union([z.string(), z.null()]).optional(),
    metadata: z.unknown().optional(),
  });
  s.ResponsesApiWebSearchAction = z.union([obj({
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
  })]);
  s.ReviewDecision = z.union([z.literal("approved"), obj({
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
  }), z.literal("timed_out"), z.literal("abort")]);
  s.ReviewDelivery = z.literal("inline");
  s.ReviewStartParams = obj({
    delivery: z.union([ref(() => s.ReviewDelivery), z.null()]).optional(),
    target: ref(() => s.ReviewTarget),
    threadId: z.string(),
  });
  s.ReviewStartResponse = obj({
    reviewThreadId: z.string(),
    turn: ref(() => s.Turn),
  });
  s.ReviewTarget = z.union([obj({
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
  })]);
  s.SandboxMode = z.union([z.literal("read-only"), z.literal("workspace-write"), z.literal("danger-full-access")]);
  s.SandboxPolicy = z.union([obj({
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
  })]);
  s.SandboxWorkspaceWrite = obj({
    exclude_slash_tmp: z.boolean().optional(),
    exclude_tmpdir_env_var: z.boolean().optional(),
    network_access: z.boolean().optional(),
    writable_roots: z.array(z.string()).optional(),
  });
  s.ScheduledTaskSchedule = z.union([obj({
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
  })]);
  s.ScheduledTaskSummary = obj({
    key: z.string(),
    name: z.string(),
    prompt: z.string(),
    schedule: ref(() => s.ScheduledTaskSchedule),
  });
  s.ScheduledTaskWeekday = z.union([z.literal("MO"), z.literal("TU"), z.literal("WE"), z.literal("TH"), z.literal("FR"), z.literal("SA"), z.literal("SU")]);
  s.SelectedCapabilityRoot = obj({
    id: z.string(),
    location: ref(() => s.CapabilityRootLocation),
  });
  s.SendAddCreditsNudgeEmailParams = obj({
    creditType: ref(() => s.AddCreditsNudgeCreditType),
  });
  s.SendAddCreditsNudgeEmailResponse = obj({
    status: ref(() => s.AddCreditsNudgeEmailStatus),
  });
  s.ServerDiagnosticsGauge = obj({
    name: z.string(),
    value: z.number(),
  });
  s.ServerDiagnosticsProcess = obj({
    id: z.number(),
    physicalFootprintBytes: z.union([z.number(), z.null()]).optional(),
    residentMemoryBytes: z.union([z.number(), z.null()]).optional(),
  });
  s.ServerRequestResolvedNotification = obj({
    requestId: ref(() => s.RequestId),
    threadId: z.string(),
  });
  s.SessionMigration = obj({
    cwd: z.string(),
    path: z.string(),
    title: z.union([z.string(), z.null()]).optional(),
  });
  s.SessionSource = z.union([z.union([z.literal("cli"), z.literal("vscode"), z.literal("exec"), z.literal("appServer"), z.literal("unknown")]), obj({
    custom: z.string(),
  }), obj({
    subAgent: ref(() => s.SubAgentSource),
  })]);
  s.Settings = obj({
    developer_instructions: z.union([z.string(), z.null()]).optional(),
    model: z.string(),
    reasoning_effort: z.union([ref(() => s.ReasoningEffort), z.null()]).optional(),
  });
  s.SkillDependencies = obj({
    tools: z.array(ref(() => s.SkillToolDependency)),
  });
  s.SkillErrorInfo = obj({
    message: z.string(),
    path: z.string(),
  });
  s.SkillInterface = obj({
    brandColor: z.union([z.string(), z.null()]).optional(),
    defaultPrompt: z.union([z.string(), z.null()]).optional(),
    displayName: z.union([z.string(), z.null()]).optional(),
    iconLarge: z.union([ref(() => s.AbsolutePathBuf), z.null()]).optional(),
    iconLargeUrl: z.union([z.string(), z.null()]).optional(),
    iconSmall: z.union([ref(() => s.AbsolutePathBuf), z.null()]).optional(),
    iconSmallUrl: z.union([z.string(), z.null()]).optional(),
    shortDescription: z.union([z.string(), z.null()]).optional(),
  });
  s.SkillMetadata = obj({
    dependencies: z.union([ref(() => s.SkillDependencies), z.null()]).optional(),
    description: z.string(),
    enabled: z.boolean(),
    interface: z.union([ref(() => s.SkillInterface), z.null()]).optional(),
    name: z.string(),
    path: ref(() => s.LegacyAppPathString),
    pluginId: z.union([z.string(), z.null()]).optional(),
    scope: ref(() => s.SkillScope),
    shortDescription: z.union([z.string(), z.null()]).optional(),
  });
  s.SkillMigration = obj({
    name: z.string(),
  });
  s.SkillScope = z.union([z.literal("user"), z.literal("repo"), z.literal("system"), z.literal("admin")]);
  s.SkillSummary = obj({
    description: z.string(),
    enabled: z.boolean(),
    interface: z.union([ref(() => s.SkillInterface), z.null()]).optional(),
    name: z.string(),
    path: z.union([ref(() => s.LegacyAppPathString), z.null()]).optional(),
    shortDescription: z.union([z.string(), z.null()]).optional(),
  });
  s.SkillToolDependency = obj({
    command: z.union([z.string(), z.null()]).optional(),
    description: z.union([z.string(), z.null()]).optional(),
    transport: z.union([z.string(), z.null()]).optional(),
    type: z.string(),
    url: z.union([z.string(), z.null()]).optional(),
    value: z.string(),
  });
  s.SkillsChangedNotification = obj({});
  s.SkillsConfigWriteParams = obj({
    enabled: z.boolean(),
    name: z.union([z.string(), z.null()]).optional(),
    path: z.union([ref(() => s.AbsolutePathBuf), z.null()]).optional(),
  });
  s.SkillsConfigWriteResponse = obj({
    effectiveEnabled: z.boolean(),
  });
  s.SkillsExtraRootsSetParams = obj({
    extraRoots: z.array(ref(() => s.AbsolutePathBuf)),
  });
  s.SkillsExtraRootsSetResponse = obj({});
  s.SkillsListEntry = obj({
    cwd: z.string(),
    errors: z.array(ref(() => s.SkillErrorInfo)),
    skills: z.array(ref(() => s.SkillMetadata)),
  });
  s.SkillsListParams = obj({
    cwds: z.array(z.string()).optional(),
    forceReload: z.boolean().optional(),
  });
  s.SkillsListResponse = obj({
    data: z.array(ref(() => s.SkillsListEntry)),
  });
  s.SortDirection = z.union([z.literal("asc"), z.literal("desc")]);
  s.SpendControlLimitSnapshot = obj({
    limit: z.string(),
    remainingPercent: z.number(),
    resetsAt: z.number(),
    used: z.string(),
  });
  s.StrictReviewRequiredNotification = obj({
    startedAtMs: z.number(),
    threadId: z.string(),
    turnId: z.string(),
  });
  s.SubAgentActivityKind = z.union([z.literal("started"), z.literal("interacted"), z.literal("interrupted"), z.literal("completed")]);
  s.SubAgentSource = z.union([z.union([z.literal("review"), z.literal("compact"), z.literal("memory_consolidation")]), obj({
    thread_spawn: obj({
      agent_nickname: z.union([z.string(), z.null()]).optional(),
      agent_path: z.union([ref(() => s.AgentPath), z.null()]).optional(),
      agent_role: z.union([z.string(), z.null()]).optional(),
      depth: z.number(),
      parent_thread_id: ref(() => s.ThreadId),
    }),
  }), obj({
    other: z.string(),
  })]);
  s.SubagentMigration = obj({
    name: z.string(),
  });
  s.TerminalInteractionNotification = obj({
    itemId: z.string(),
    processId: z.string(),
    stdin: z.string(),
    threadId: z.string(),
    turnId: z.string(),
  });
  s.TextElement = obj({
    byteRange: ref(() => s.ByteRange),
    placeholder: z.union([z.string(), z.null()]).optional(),
  });
  s.TextPosition = obj({
    column: z.number(),
    line: z.number(),
  });
  s.TextRange = obj({
    end: ref(() => s.TextPosition),
    start: ref(() => s.TextPosition),
  });
  s.Thread = obj({
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
  });
  s.ThreadActiveFlag = z.union([z.literal("waitingOnApproval"), z.literal("waitingOnUserInput")]);
  s.ThreadApproveGuardianDeniedActionParams = obj({
    event: z.unknown(),
    threadId: z.string(),
  });
  s.ThreadApproveGuardianDeniedActionResponse = obj({});
  s.ThreadArchiveParams = obj({
    threadId: z.string(),
  });
  s.ThreadArchiveResponse = obj({});
  s.ThreadArchivedNotification = obj({
    threadId: z.string(),
  });
  s.ThreadAttachment = obj({
    attachmentType: z.string(),
    createdAt: z.number(),
    id: z.string(),
    identityKey: z.string(),
    payload: z.unknown(),
  });
  s.ThreadAttachmentAddOutcome = z.union([z.literal("created"), z.literal("existing")]);
  s.ThreadAttachmentAddParams = obj({
    attachmentType: z.string(),
    identityKey: z.string(),
    payload: z.unknown(),
    threadId: z.string(),
  });
  s.ThreadAttachmentAddResponse = obj({
    attachment: ref(() => s.ThreadAttachment),
    outcome: ref(() => s.ThreadAttachmentAddOutcome),
  });
  s.ThreadAttachmentListParams = obj({
    cursor: z.union([z.string(), z.null()]).optional(),
    limit: z.union([z.number(), z.null()]).optional(),
    threadId: z.string(),
  });
  s.ThreadAttachmentListResponse = obj({
    data: z.array(ref(() => s.ThreadAttachment)),
    nextCursor: z.union([z.string(), z.null()]).optional(),
  });
  s.ThreadAttachmentOperation = z.union([z.literal("created"), z.literal("deleted")]);
  s.ThreadAttachmentOwner = obj({
    archived: z.boolean(),
    threadId: z.string(),
  });
  s.ThreadAttachmentOwnerListParams = obj({
    archived: z.union([z.boolean(), z.null()]).optional(),
    attachmentType: z.string(),
    cursor: z.union([z.string(), z.null()]).optional(),
    identityKey: z.string(),
    limit: z.union([z.number(), z.null()]).optional(),
  });
  s.ThreadAttachmentOwnerListResponse = obj({
    data: z.array(ref(() => s.ThreadAttachmentOwner)),
    nextCursor: z.union([z.string(), z.null()]).optional(),
  });
  s.ThreadAttachmentRemoveParams = obj({
    attachmentType: z.string(),
    identityKey: z.string(),
    threadId: z.string(),
  });
  s.ThreadAttachmentRemoveResponse = obj({});
  s.ThreadAttachmentUpdatedNotification = obj({
    attachmentId: z.string(),
    attachmentType: z.string(),
    identityKey: z.string(),
    operation: ref(() => s.ThreadAttachmentOperation),
    threadId: z.string(),
  });
  s.ThreadClosedNotification = obj({
    threadId: z.string(),
  });
  s.ThreadCompactStartParams = obj({
    threadId: z.string(),
  });
  s.ThreadCompactStartResponse = obj({});
  s.ThreadDeleteParams = obj({
    threadId: z.string(),
  });
  s.ThreadDeleteResponse = obj({});
  s.ThreadDeletedNotification = obj({
    threadId: z.string(),
  });
  s.ThreadEnvironment = obj({
    cwd: ref(() => s.LegacyAppPathString),
    environmentId: z.string(),
    runtimeWorkspaceRoots: z.array(ref(() => s.LegacyAppPathString)),
  });
  s.ThreadExtra = obj({});
  s.ThreadForkParams = obj({
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
  });
  s.ThreadForkResponse = obj({
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
  });
  s.ThreadGoal = obj({
    createdAt: z.number(),
    objective: z.string(),
    status: ref(() => s.ThreadGoalStatus),
    threadId: z.string(),
    timeUsedSeconds: z.number(),
    tokenBudget: z.union([z.number(), z.null()]).optional(),
    tokensUsed: z.number(),
    updatedAt: z.number(),
  });
  s.ThreadGoalClearParams = obj({
    origin: z.union([ref(() => s.ThreadGoalMutationOrigin), z.null()]).optional(),
    threadId: z.string(),
  });
  s.ThreadGoalClearResponse = obj({
    cleared: z.boolean(),
  });
  s.ThreadGoalClearedNotification = obj({
    threadId: z.string(),
  });
  s.ThreadGoalGetParams = obj({
    threadId: z.string(),
  });
  s.ThreadGoalGetResponse = obj({
    goal: z.union([ref(() => s.ThreadGoal), z.null()]).optional(),
  });
  s.ThreadGoalMutationOrigin = z.union([z.literal("user"), z.literal("automatic")]);
  s.ThreadGoalSetParams = obj({
    objective: z.union([z.string(), z.null()]).optional(),
    origin: z.union([ref(() => s.ThreadGoalMutationOrigin), z.null()]).optional(),
    status: z.union([ref(() => s.ThreadGoalStatus), z.null()]).optional(),
    threadId: z.string(),
    tokenBudget: z.union([z.number(), z.null()]).optional(),
  });
  s.ThreadGoalSetResponse = obj({
    goal: ref(() => s.ThreadGoal),
  });
  s.ThreadGoalStatus = z.union([z.literal("active"), z.literal("paused"), z.literal("blocked"), z.literal("usageLimited"), z.literal("budgetLimited"), z.literal("complete")]);
  s.ThreadGoalUpdatedNotification = obj({
    goal: ref(() => s.ThreadGoal),
    threadId: z.string(),
    turnId: z.union([z.string(), z.null()]).optional(),
  });
  s.ThreadHistoryMode = z.union([z.literal("legacy"), z.literal("paginated")]);
  s.ThreadId = z.string();
  s.ThreadInjectItemsParams = obj({
    items: z.array(z.unknown()),
    threadId: z.string(),
  });
  s.ThreadInjectItemsResponse = obj({});
  s.ThreadItem = z.intersection(obj({
    completedAtMs: z.union([z.number(), z.null()]).optional(),
    startedAtMs: z.union([z.number(), z.null()]).optional(),
  }), z.union([obj({
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
  }), z.intersection(obj({
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
  })])), obj({
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
  })]));
  s.ThreadItemEntry = obj({
    completedAtMs: z.union([z.number(), z.null()]).optional(),
    item: ref(() => s.ThreadItem),
    startedAtMs: z.union([z.number(), z.null()]).optional(),
    turnId: z.string(),
  });
  s.ThreadItemOutputDeferral = obj({});
  s.ThreadItemsListAnchor = obj({
    itemId: z.string(),
    type: z.literal("item"),
  });
  s.ThreadItemsListCursor = z.union([z.string(), ref(() => s.ThreadItemsListAnchor)]);
  s.ThreadItemsListParams = obj({
    cursor: z.union([ref(() => s.ThreadItemsListCursor), z.null()]).optional(),
    deferOutput: z.union([ref(() => s.ThreadItemOutputDeferral), z.null()]).optional(),
    limit: z.union([z.number(), z.null()]).optional(),
    sortDirection: z.union([ref(() => s.SortDirection), z.null()]).optional(),
    threadId: z.string(),
    turnId: z.union([z.string(), z.null()]).optional(),
  });
  s.ThreadItemsListResponse = obj({
    backwardsCursor: z.union([z.string(), z.null()]).optional(),
    data: z.array(ref(() => s.ThreadItemEntry)),
    nextCursor: z.union([z.string(), z.null()]).optional(),
  });
  s.ThreadListCwdFilter = z.union([z.string(), z.array(z.string())]);
  s.ThreadListParams = obj({
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
  });
  s.ThreadListResponse = obj({
    backwardsCursor: z.union([z.string(), z.null()]).optional(),
    data: z.array(ref(() => s.Thread)),
    nextCursor: z.union([z.string(), z.null()]).optional(),
  });
  s.ThreadLoadedListParams = obj({
    cursor: z.union([z.string(), z.null()]).optional(),
    limit: z.union([z.number(), z.null()]).optional(),
  });
  s.ThreadLoadedListResponse = obj({
    data: z.array(z.string()),
    nextCursor: z.union([z.string(), z.null()]).optional(),
  });
  s.ThreadMemoryMode = z.union([z.literal("enabled"), z.literal("disabled")]);
  s.ThreadMetadataGitInfoUpdateParams = obj({
    branch: z.union([z.string(), z.null()]).optional(),
    originUrl: z.union([z.string(), z.null()]).optional(),
    sha: z.union([z.string(), z.null()]).optional(),
  });
  s.ThreadMetadataUpdateParams = obj({
    gitInfo: z.union([ref(() => s.ThreadMetadataGitInfoUpdateParams), z.null()]).optional(),
    threadId: z.string(),
  });
  s.ThreadMetadataUpdateResponse = obj({
    thread: ref(() => s.Thread),
  });
  s.ThreadNameUpdatedNotification = obj({
    threadId: z.string(),
    threadName: z.union([z.string(), z.null()]).optional(),
  });
  s.ThreadPredictionResult = z.union([obj({
    text: z.union([z.string(), z.null()]).optional(),
    type: z.literal("completed"),
  }), obj({
    type: z.literal("failed"),
  })]);
  s.ThreadPredictionUpdatedNotification = obj({
    result: ref(() => s.ThreadPredictionResult),
    sourceTurnId: z.string(),
    threadId: z.string(),
  });
  s.ThreadProjectUpdatedNotification = obj({
    projectId: z.union([z.string(), z.null()]),
    threadId: z.string(),
  });
  s.ThreadQueueChangedNotification = obj({
    threadId: z.string(),
  });
  s.ThreadReadParams = obj({
    includeTurns: z.boolean().optional(),
    threadId: z.string(),
  });
  s.ThreadReadResponse = obj({
    thread: ref(() => s.Thread),
  });
  s.ThreadReadState = obj({
    firstUnread: z.union([ref(() => s.ThreadUnreadPosition), z.null()]).optional(),
    revision: z.string(),
  });
  s.ThreadReadStateChangedNotification = obj({
    readState: ref(() => s.ThreadReadState),
    threadId: z.string(),
  });
  s.ThreadReadStateOperation = z.union([obj({
    type: z.literal("read"),
  }), obj({
    type: z.literal("unread"),
  })]);
  s.ThreadRealtimeAudioChunk = obj({
    data: z.string(),
    itemId: z.union([z.string(), z.null()]).optional(),
    numChannels: z.number(),
    sampleRate: z.number(),
    samplesPerChannel: z.union([z.number(), z.null()]).optional(),
  });
  s.ThreadRealtimeBemItemPresentation = z.union([obj({
    type: z.literal("wholeItem"),
  }), obj({
    type: z.literal("inlineMarkdown"),
  }), obj({
    index: z.number(),
    type: z.literal("inlineVisualization"),
  })]);
  s.ThreadRealtimeClosedNotification = obj({
    reason: z.union([z.string(), z.null()]).optional(),
    threadId: z.string(),
  });
  s.ThreadRealtimeErrorNotification = obj({
    message: z.string(),
    threadId: z.string(),
  });
  s.ThreadRealtimeInitialItem = obj({
    role: ref(() => s.ConversationTextRole),
    text: z.string(),
  });
  s.ThreadRealtimeItem = z.intersection(obj({
    id: z.string(),
    realtimeSessionId: z.string(),
  }), z.union([obj({
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
  })]));
  s.ThreadRealtimeItemAddedNotification = obj({
    item: z.unknown(),
    threadId: z.string(),
  });
  s.ThreadRealtimeItemCompletedNotification = obj({
    item: ref(() => s.ThreadRealtimeItem),
    threadId: z.string(),
  });
  s.ThreadRealtimeItemStartedNotification = obj({
    item: ref(() => s.ThreadRealtimeItem),
    threadId: z.string(),
  });
  s.ThreadRealtimeItemTranscriptDeltaNotification = obj({
    delta: z.string(),
    itemId: z.string(),
    threadId: z.string(),
  });
  s.ThreadRealtimeOutputAudioDeltaNotification = obj({
    audio: ref(() => s.ThreadRealtimeAudioChunk),
    threadId: z.string(),
  });
  s.ThreadRealtimeSdpNotification = obj({
    sdp: z.string(),
    threadId: z.string(),
  });
  s.ThreadRealtimeSessionOutcome = z.union([z.literal("ended"), z.literal("failed")]);
  s.ThreadRealtimeStartTransport = z.union([obj({
    type: z.literal("websocket"),
  }), obj({
    sdp: z.string(),
    type: z.literal("webrtc"),
  }), obj({
    callId: z.string(),
    type: z.literal("existingCall"),
  })]);
  s.ThreadRealtimeStartedNotification = obj({
    realtimeSessionId: z.union([z.string(), z.null()]).optional(),
    threadId: z.string(),
    version: ref(() => s.RealtimeConversationVersion),
  });
  s.ThreadRealtimeTranscriptDeltaNotification = obj({
    delta: z.string(),
    role: z.string(),
    threadId: z.string(),
  });
  s.ThreadRealtimeTranscriptDoneNotification = obj({
    role: z.string(),
    text: z.string(),
    threadId: z.string(),
  });
  s.ThreadRealtimeTranscriptRole = z.union([z.literal("user"), z.literal("assistant")]);
  s.ThreadResumeInitialTurnsPageParams = obj({
    itemsView: z.union([ref(() => s.TurnItemsView), z.null()]).optional(),
    limit: z.union([z.number(), z.null()]).optional(),
    sortDirection: z.union([ref(() => s.SortDirection), z.null()]).optional(),
  });
  s.ThreadResumeParams = obj({
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
  });
  s.ThreadResumeResponse = obj({
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
  });
  s.ThreadRevertParams = obj({
    beforeTurnId: z.string(),
    threadId: z.string(),
  });
  s.ThreadRevertResponse = obj({
    itemsBackwardsCursor: z.union([z.string(), z.null()]).optional(),
    thread: ref(() => s.Thread),
    turnsBackwardsCursor: z.union([z.string(), z.null()]).optional(),
  });
  s.ThreadRevertedNotification = obj({
    threadId: z.string(),
  });
  s.ThreadSearchResult = obj({
    snippet: z.string(),
    thread: ref(() => s.Thread),
  });
  s.ThreadSearchSortKey = z.union([z.literal("created_at"), z.literal("updated_at"), z.literal("recency_at")]);
  s.ThreadSection = obj({
    appearance: z.union([ref(() => s.ThreadSectionAppearance), z.null()]).optional(),
    id: z.string(),
    name: z.string(),
  });
  s.ThreadSectionAppearance = obj({
    color: z.union([z.string(), z.null()]).optional(),
    icon: z.union([z.string(), z.null()]).optional(),
  });
  s.ThreadSectionChangedNotification = obj({
    sectionId: z.union([z.string(), z.null()]),
    threadId: z.string(),
  });
  s.ThreadSectionCreateParams = obj({
    appearance: z.union([ref(() => s.ThreadSectionAppearance), z.null()]).optional(),
    name: z.string(),
  });
  s.ThreadSectionCreateResponse = obj({
    section: ref(() => s.ThreadSection),
  });
  s.ThreadSectionDeleteParams = obj({
    sectionId: z.string(),
  });
  s.ThreadSectionDeleteResponse = obj({});
  s.ThreadSectionListParams = obj({
    cursor: z.union([z.string(), z.null()]).optional(),
    limit: z.union([z.number(), z.null()]).optional(),
  });
  s.ThreadSectionListResponse = obj({
    data: z.array(ref(() => s.ThreadSection)),
    nextCursor: z.union([z.string(), z.null()]).optional(),
  });
  s.ThreadSectionMoveParams = obj({
    beforeThreadId: z.union([z.string(), z.null()]).optional(),
    sectionId: z.union([z.string(), z.null()]),
    threadId: z.string(),
  });
  s.ThreadSectionMoveResponse = obj({});
  s.ThreadSectionUpdateParams = obj({
    appearance: z.union([ref(() => s.ThreadSectionAppearance), z.null()]).optional(),
    name: z.string(),
    sectionId: z.string(),
  });
  s.ThreadSectionUpdateResponse = obj({
    section: ref(() => s.ThreadSection),
  });
  s.ThreadSetNameParams = obj({
    name: z.string(),
    threadId: z.string(),
  });
  s.ThreadSetNameResponse = obj({});
  s.ThreadSettings = obj({
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
  });
  s.ThreadSettingsUpdatedNotification = obj({
    threadId: z.string(),
    threadSettings: ref(() => s.ThreadSettings),
  });
  s.ThreadShellCommandParams = obj({
    command: z.string(),
    threadId: z.string(),
    timeoutMs: z.union([z.number(), z.null()]).optional(),
  });
  s.ThreadShellCommandResponse = obj({});
  s.ThreadSortKey = z.union([z.literal("created_at"), z.literal("updated_at"), z.literal("recency_at"), z.literal("section_position")]);
  s.ThreadSource = z.string();
  s.ThreadSourceKind = z.union([z.literal("cli"), z.literal("vscode"), z.literal("exec"), z.literal("appServer"), z.literal("subAgent"), z.literal("subAgentReview"), z.literal("subAgentCompact"), z.literal("subAgentThreadSpawn"), z.literal("subAgentOther"), z.literal("unknown")]);
  s.ThreadStartParams = obj({
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
  });
  s.ThreadStartResponse = obj({
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
  });
  s.ThreadStartSource = z.union([z.literal("startup"), z.literal("clear")]);
  s.ThreadStartedNotification = obj({
    thread: ref(() => s.Thread),
  });
  s.ThreadStatus = z.union([obj({
    type: z.literal("notLoaded"),
  }), obj({
    type: z.literal("idle"),
  }), obj({
    type: z.literal("systemError"),
  }), obj({
    activeFlags: z.array(ref(() => s.ThreadActiveFlag)),
    type: z.literal("active"),
  })]);
  s.ThreadStatusChangedNotification = obj({
    status: ref(() => s.ThreadStatus),
    threadId: z.string(),
  });
  s.ThreadTimelineEntry = z.union([obj({
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
  })]);
  s.ThreadTokenUsage = obj({
    last: ref(() => s.TokenUsageBreakdown),
    modelContextWindow: z.union([z.number(), z.null()]).optional(),
    total: ref(() => s.TokenUsageBreakdown),
  });
  s.ThreadTokenUsageUpdatedNotification = obj({
    threadId: z.string(),
    tokenUsage: ref(() => s.ThreadTokenUsage),
    turnId: z.string(),
  });
  s.ThreadTurnsListParams = obj({
    cursor: z.union([z.string(), z.null()]).optional(),
    itemsView: z.union([ref(() => s.TurnItemsView), z.null()]).optional(),
    limit: z.union([z.number(), z.null()]).optional(),
    sortDirection: z.union([ref(() => s.SortDirection), z.null()]).optional(),
    threadId: z.string(),
  });
  s.ThreadTurnsListResponse = obj({
    backwardsCursor: z.union([z.string(), z.null()]).optional(),
    data: z.array(ref(() => s.Turn)),
    nextCursor: z.union([z.string(), z.null()]).optional(),
  });
  s.ThreadUnarchiveParams = obj({
    threadId: z.string(),
  });
  s.ThreadUnarchiveResponse = obj({
    thread: ref(() => s.Thread),
  });
  s.ThreadUnarchivedNotification = obj({
    threadId: z.string(),
  });
  s.ThreadUnreadPosition = z.union([obj({
    type: z.literal("threadStart"),
  }), obj({
    turnId: z.string(),
    type: z.literal("turn"),
  })]);
  s.ThreadUnsubscribeParams = obj({
    threadId: z.string(),
  });
  s.ThreadUnsubscribeResponse = obj({
    status: ref(() => s.ThreadUnsubscribeStatus),
  });
  s.ThreadUnsubscribeStatus = z.union([z.literal("notLoaded"), z.literal("notSubscribed"), z.literal("unsubscribed")]);
  s.ThreadUsage = obj({
    estimatedUsageCreditsMicros: z.number(),
    estimatedUsageUsdMicros: z.union([z.number(), z.null()]).optional(),
    groups: z.array(ref(() => s.ThreadUsageBreakdownGroup)),
    nativeUsageUsdMicros: z.union([z.number(), z.null()]).optional(),
    threadId: z.string(),
  });
  s.ThreadUsageBreakdownGroup = obj({
    cachedInputTokens: z.union([z.number(), z.null()]).optional(),
    estimatedUsageCreditsMicros: z.number(),
    inputTokens: z.union([z.number(), z.null()]).optional(),
    model: z.union([z.string(), z.null()]).optional(),
    netNewInputTokens: z.union([z.number(), z.null()]).optional(),
    outputTokens: z.union([z.number(), z.null()]).optional(),
    reasoningEffort: z.union([z.string(), z.null()]).optional(),
    speed: z.union([z.string(), z.null()]).optional(),
    totalTokens: z.union([z.number(), z.null()]).optional(),
  });
  s.TokenUsageBreakdown = obj({
    cacheWriteInputTokens: z.number().optional(),
    cachedInputTokens: z.number(),
    inputTokens: z.number(),
    outputTokens: z.number(),
    reasoningOutputTokens: z.number(),
    totalTokens: z.number(),
  });
  s.Tool = obj({
    _meta: z.unknown().optional(),
    annotations: z.unknown().optional(),
    description: z.union([z.string(), z.null()]).optional(),
    icons: z.union([z.array(z.unknown()), z.null()]).optional(),
    inputSchema: z.unknown(),
    name: z.string(),
    outputSchema: z.unknown().optional(),
    title: z.union([z.string(), z.null()]).optional(),
  });
  s.ToolExposureSurface = z.union([z.literal("code_mode"), z.literal("deferred"), z.literal("direct")]);
  s.ToolRequestUserInputAnswer = obj({
    answers: z.array(z.string()),
  });
  s.ToolRequestUserInputOption = obj({
    description: z.string(),
    label: z.string(),
  });
  s.ToolRequestUserInputParams = obj({
    autoResolutionMs: z.union([z.number(), z.null()]).optional(),
    isBlocking: z.boolean(),
    itemId: z.string(),
    questions: z.array(ref(() => s.ToolRequestUserInputQuestion)),
    threadId: z.string(),
    turnId: z.string(),
  });
  s.ToolRequestUserInputQuestion = obj({
    header: z.string(),
    id: z.string(),
    isOther: z.boolean().optional(),
    isSecret: z.boolean().optional(),
    options: z.union([z.array(ref(() => s.ToolRequestUserInputOption)), z.null()]).optional(),
    question: z.string(),
  });
  s.ToolRequestUserInputResponse = obj({
    answers: z.record(z.string(), ref(() => s.ToolRequestUserInputAnswer)),
  });
  s.ToolsV2 = obj({
    web_search: z.union([ref(() => s.WebSearchToolConfig), z.null()]).optional(),
  });
  s.Turn = obj({
    completedAt: z.union([z.number(), z.null()]).optional(),
    durationMs: z.union([z.number(), z.null()]).optional(),
    error: z.union([ref(() => s.TurnError), z.null()]).optional(),
    id: z.string(),
    items: z.array(ref(() => s.ThreadItem)),
    itemsView: ref(() => s.TurnItemsView).optional(),
    rootTurnId: z.union([z.string(), z.null()]).optional(),
    startedAt: z.union([z.number(), z.null()]).optional(),
    status: ref(() => s.TurnStatus),
  });
  s.TurnCompletedNotification = obj({
    threadId: z.string(),
    turn: ref(() => s.Turn),
  });
  s.TurnDiffUpdatedNotification = obj({
    diff: z.string(),
    threadId: z.string(),
    turnId: z.string(),
  });
  s.TurnEnvironmentParams = obj({
    cwd: ref(() => s.LegacyAppPathString),
    environmentId: z.string(),
    runtimeWorkspaceRoots: z.union([z.array(ref(() => s.LegacyAppPathString)), z.null()]).optional(),
  });
  s.TurnError = obj({
    additionalDetails: z.union([z.string(), z.null()]).optional(),
    codexErrorInfo: z.union([ref(() => s.CodexErrorInfo), z.null()]).optional(),
    message: z.string(),
    misalignment: z.union([ref(() => s.MisalignmentErrorDetails), z.null()]).optional(),
  });
  s.TurnInterruptParams = obj({
    threadId: z.string(),
    turnId: z.string(),
  });
  s.TurnInterruptResponse = obj({});
  s.TurnItemsView = z.union([z.literal("notLoaded"), z.literal("summary"), z.literal("full")]);
  s.TurnModerationMetadataNotification = obj({
    metadata: z.unknown(),
    threadId: z.string(),
    turnId: z.string(),
  });
  s.TurnPlanStep = obj({
    status: ref(() => s.TurnPlanStepStatus),
    step: z.string(),
  });
  s.TurnPlanStepStatus = z.union([z.literal("pending"), z.literal("inProgress"), z.literal("completed")]);
  s.TurnPlanUpdatedNotification = obj({
    explanation: z.union([z.string(), z.null()]).optional(),
    plan: z.array(ref(() => s.TurnPlanStep)),
    threadId: z.string(),
    turnId: z.string(),
  });
  s.TurnStartParams = obj({
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
  });
  s.TurnStartResponse = obj({
    turn: ref(() => s.Turn),
  });
  s.TurnStartedNotification = obj({
    threadId: z.string(),
    turn: ref(() => s.Turn),
  });
  s.TurnStatus = z.union([z.literal("completed"), z.literal("interrupted"), z.literal("failed"), z.literal("inProgress")]);
  s.TurnSteerParams = obj({
    clientUserMessageId: z.union([z.string(), z.null()]).optional(),
    expectedTurnId: z.string(),
    input: z.array(ref(() => s.UserInput)),
    threadId: z.string(),
  });
  s.TurnSteerResponse = obj({
    turnId: z.string(),
  });
  s.TurnToolOutput = obj({
    name: z.string(),
    namespace: z.union([z.string(), z.null()]).optional(),
    output: ref(() => s.FunctionCallOutputBody),
    retain: z.boolean().optional(),
  });
  s.TurnsPage = obj({
    backwardsCursor: z.union([z.string(), z.null()]).optional(),
    data: z.array(ref(() => s.Turn)),
    nextCursor: z.union([z.string(), z.null()]).optional(),
  });
  s.UserInput = z.union([obj({
    text: z.string(),
    text_elements: z.array(ref(() => s.TextElement)).optional(),
    type: z.literal("text"),
  }), z.intersection(obj({
    detail: z.union([ref(() => s.ImageDetail), z.null()]).optional(),
    type: z.literal("image"),
  }), z.union([obj({
    url: z.string(),
  }), obj({
    fileId: z.string(),
  })])), obj({
    detail: z.union([ref(() => s.ImageDetail), z.null()]).optional(),
    path: z.string(),
    type: z.literal("localImage"),
  }), z.intersection(obj({
    type: z.literal("audio"),
  }), z.union([obj({
    url: z.string(),
  }), obj({
    fileId: z.string(),
  })])), obj({
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
  })]);
  s.Verbosity = z.union([z.literal("low"), z.literal("medium"), z.literal("high")]);
  s.W3cTraceContext = obj({
    traceparent: z.union([z.string(), z.null()]).optional(),
    tracestate: z.union([z.string(), z.null()]).optional(),
  });
  s.WarningNotification = obj({
    message: z.string(),
    threadId: z.union([z.string(), z.null()]).optional(),
  });
  s.WebSearchAction = z.union([obj({
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
  })]);
  s.WebSearchContextSize = z.union([z.literal("low"), z.literal("medium"), z.literal("high")]);
  s.WebSearchLocation = obj({
    city: z.union([z.string(), z.null()]).optional(),
    country: z.union([z.string(), z.null()]).optional(),
    region: z.union([z.string(), z.null()]).optional(),
    timezone: z.union([z.string(), z.null()]).optional(),
  });
  s.WebSearchMode = z.union([z.literal("disabled"), z.literal("cached"), z.literal("indexed"), z.literal("live")]);
  s.WebSearchProvider = z.union([z.literal("standalone"), z.literal("search_mcp")]);
  s.WebSearchToolConfig = obj({
    allowed_domains: z.union([z.array(z.string()), z.null()]).optional(),
    context_size: z.union([ref(() => s.WebSearchContextSize), z.null()]).optional(),
    location: z.union([ref(() => s.WebSearchLocation), z.null()]).optional(),
  });
  s.WindowsSandboxImplementation = z.union([z.literal("elevated"), z.literal("unelevated"), z.literal("mxc")]);
  s.WindowsSandboxReadiness = z.union([z.literal("ready"), z.literal("notConfigured"), z.literal("updateRequired")]);
  s.WindowsSandboxReadinessResponse = obj({
    status: ref(() => s.WindowsSandboxReadiness),
  });
  s.WindowsSandboxSetupCompletedNotification = obj({
    error: z.union([z.string(), z.null()]).optional(),
    mode: ref(() => s.WindowsSandboxSetupMode),
    success: z.boolean(),
  });
  s.WindowsSandboxSetupMode = z.union([z.literal("elevated"), z.literal("unelevated")]);
  s.WindowsSandboxSetupStartParams = obj({
    cwd: z.union([ref(() => s.AbsolutePathBuf), z.null()]).optional(),
    mode: ref(() => s.WindowsSandboxSetupMode),
  });
  s.WindowsSandboxSetupStartResponse = obj({
    started: z.boolean(),
  });
  s.WindowsWorldWritableWarningNotification = obj({
    extraCount: z.number(),
    failedScan: z.boolean(),
    samplePaths: z.array(z.string()),
  });
  s.WorkspaceMessage = obj({
    archivedAt: z.union([z.number(), z.null()]).optional(),
    createdAt: z.union([z.number(), z.null()]).optional(),
    messageBody: z.string(),
    messageId: z.string(),
    messageType: ref(() => s.WorkspaceMessageType),
  });
  s.WorkspaceMessageType = z.union([z.literal("headline"), z.literal("announcement"), z.literal("unknown")]);
  s.WorkspaceRouting = obj({
    accountRoutingOverride: ref(() => s.AccountRoutingOverride),
    backendOrigin: z.string(),
    chatgptAccountId: z.string(),
  });
  s.WriteStatus = z.union([z.literal("ok"), z.literal("okOverridden")]);
  return s as unknown as ProtocolSchemas;
}
