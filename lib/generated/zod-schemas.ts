// GENERATED FILE: do not edit by hand.
// zod schemas of every protocol definition, one export each (lenient: unknown fields pass).
// Made by scripts/generate-protocol.ts from `codex app-server generate-json-schema` of @openai/codex 0.169.0.
// Regenerate with `npm run generate`; `npm run generate -- --check` fails when this file is stale.
/* eslint-disable */

import * as z from 'zod';
import type * as T from './types.js';

/** A schema typed as its protocol type, built by `build` (a call a bundler may drop when unused). */
const def = <V>(build: () => z.ZodType): z.ZodType<V> => build() as z.ZodType<V>;

/** The zod schema of {@link T.AbsolutePathBuf}. */
export const AbsolutePathBufSchema = /* @__PURE__ */ def<T.AbsolutePathBuf>(() => z.string());

/** The zod schema of {@link T.Account}. */
export const AccountSchema = /* @__PURE__ */ def<T.Account>(() => z.discriminatedUnion("type", [z.looseObject({
    type: z.literal("apiKey"),
  }), z.looseObject({
    email: z.union([z.string(), z.null()]),
    planType: z.lazy(() => PlanTypeSchema),
    type: z.literal("chatgpt"),
    workspaceName: z.union([z.string(), z.null()]).optional(),
  }), z.looseObject({
    type: z.literal("amazonBedrock"),
    usesCodexManagedCredentials: z.boolean().optional(),
  }), z.looseObject({
    type: z.literal("gcp"),
  })]));

/** The zod schema of {@link T.AccountLoginCompletedNotification}. */
export const AccountLoginCompletedNotificationSchema = /* @__PURE__ */ def<T.AccountLoginCompletedNotification>(() => z.looseObject({
    error: z.union([z.string(), z.null()]).optional(),
    loginId: z.union([z.string(), z.null()]).optional(),
    onboardingEntrypoint: z.union([z.lazy(() => DesktopOnboardingEntrypointSchema), z.null()]).optional(),
    success: z.boolean(),
  }));

/** The zod schema of {@link T.AccountRateLimitsUpdatedNotification}. */
export const AccountRateLimitsUpdatedNotificationSchema = /* @__PURE__ */ def<T.AccountRateLimitsUpdatedNotification>(() => z.looseObject({
    rateLimits: z.lazy(() => RateLimitSnapshotSchema),
  }));

/** The zod schema of {@link T.AccountRoutingOverride}. */
export const AccountRoutingOverrideSchema = /* @__PURE__ */ def<T.AccountRoutingOverride>(() => z.union([z.literal("NO_CONSTRAINT"), z.literal("us"), z.literal("us_cr")]));

/** The zod schema of {@link T.AccountSecuritySetupAction}. */
export const AccountSecuritySetupActionSchema = /* @__PURE__ */ def<T.AccountSecuritySetupAction>(() => z.looseObject({
    label: z.string(),
    url: z.string(),
  }));

/** The zod schema of {@link T.AccountSecuritySetupNotice}. */
export const AccountSecuritySetupNoticeSchema = /* @__PURE__ */ def<T.AccountSecuritySetupNotice>(() => z.looseObject({
    accountId: z.string(),
    action: z.lazy(() => AccountSecuritySetupActionSchema),
    description: z.string(),
    title: z.string(),
    userId: z.string(),
  }));

/** The zod schema of {@link T.AccountSession}. */
export const AccountSessionSchema = /* @__PURE__ */ def<T.AccountSession>(() => z.looseObject({
    displayName: z.union([z.string(), z.null()]).optional(),
    email: z.union([z.string(), z.null()]).optional(),
    imageUrl: z.union([z.string(), z.null()]).optional(),
    isActive: z.boolean(),
    lastUsedAt: z.number(),
    selectedWorkspaceAccountId: z.union([z.string(), z.null()]).optional(),
    sessionId: z.string(),
    userId: z.union([z.string(), z.null()]).optional(),
    workspaces: z.array(z.lazy(() => AccountSessionWorkspaceSchema)),
  }));

/** The zod schema of {@link T.AccountSessionWorkspace}. */
export const AccountSessionWorkspaceSchema = /* @__PURE__ */ def<T.AccountSessionWorkspace>(() => z.looseObject({
    accountId: z.string(),
    imageUrl: z.union([z.string(), z.null()]).optional(),
    kind: z.union([z.lazy(() => AccountSessionWorkspaceKindSchema), z.null()]).optional(),
    name: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.AccountSessionWorkspaceKind}. */
export const AccountSessionWorkspaceKindSchema = /* @__PURE__ */ def<T.AccountSessionWorkspaceKind>(() => z.union([z.literal("personal"), z.literal("workspace")]));

/** The zod schema of {@link T.AccountTokenUsageDailyBucket}. */
export const AccountTokenUsageDailyBucketSchema = /* @__PURE__ */ def<T.AccountTokenUsageDailyBucket>(() => z.looseObject({
    startDate: z.string(),
    tokens: z.number(),
  }));

/** The zod schema of {@link T.AccountTokenUsageSummary}. */
export const AccountTokenUsageSummarySchema = /* @__PURE__ */ def<T.AccountTokenUsageSummary>(() => z.looseObject({
    currentStreakDays: z.union([z.number(), z.null()]).optional(),
    lifetimeTokens: z.union([z.number(), z.null()]).optional(),
    longestRunningTurnSec: z.union([z.number(), z.null()]).optional(),
    longestStreakDays: z.union([z.number(), z.null()]).optional(),
    peakDailyTokens: z.union([z.number(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.AccountUpdatedNotification}. */
export const AccountUpdatedNotificationSchema = /* @__PURE__ */ def<T.AccountUpdatedNotification>(() => z.looseObject({
    authMode: z.union([z.lazy(() => AuthModeSchema), z.null()]).optional(),
    planType: z.union([z.lazy(() => PlanTypeSchema), z.null()]).optional(),
  }));

/** The zod schema of {@link T.ActivePermissionProfile}. */
export const ActivePermissionProfileSchema = /* @__PURE__ */ def<T.ActivePermissionProfile>(() => z.looseObject({
    extends: z.union([z.string(), z.null()]).optional(),
    id: z.string(),
  }));

/** The zod schema of {@link T.AddCreditsNudgeCreditType}. */
export const AddCreditsNudgeCreditTypeSchema = /* @__PURE__ */ def<T.AddCreditsNudgeCreditType>(() => z.union([z.literal("credits"), z.literal("usage_limit")]));

/** The zod schema of {@link T.AddCreditsNudgeEmailStatus}. */
export const AddCreditsNudgeEmailStatusSchema = /* @__PURE__ */ def<T.AddCreditsNudgeEmailStatus>(() => z.union([z.literal("sent"), z.literal("cooldown_active")]));

/** The zod schema of {@link T.AdditionalContextEntry}. */
export const AdditionalContextEntrySchema = /* @__PURE__ */ def<T.AdditionalContextEntry>(() => z.looseObject({
    kind: z.lazy(() => AdditionalContextKindSchema),
    name: z.union([z.string(), z.null()]).optional(),
    value: z.string(),
  }));

/** The zod schema of {@link T.AdditionalContextKind}. */
export const AdditionalContextKindSchema = /* @__PURE__ */ def<T.AdditionalContextKind>(() => z.union([z.literal("untrusted"), z.literal("application")]));

/** The zod schema of {@link T.AdditionalFileSystemPermissions}. */
export const AdditionalFileSystemPermissionsSchema = /* @__PURE__ */ def<T.AdditionalFileSystemPermissions>(() => z.looseObject({
    entries: z.union([z.array(z.lazy(() => FileSystemSandboxEntrySchema)), z.null()]).optional(),
    globScanMaxDepth: z.union([z.number(), z.null()]).optional(),
    read: z.union([z.array(z.lazy(() => LegacyAppPathStringSchema)), z.null()]).optional(),
    write: z.union([z.array(z.lazy(() => LegacyAppPathStringSchema)), z.null()]).optional(),
  }));

/** The zod schema of {@link T.AdditionalNetworkPermissions}. */
export const AdditionalNetworkPermissionsSchema = /* @__PURE__ */ def<T.AdditionalNetworkPermissions>(() => z.looseObject({
    enabled: z.union([z.boolean(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.AdditionalPermissionProfile}. */
export const AdditionalPermissionProfileSchema = /* @__PURE__ */ def<T.AdditionalPermissionProfile>(() => z.looseObject({
    fileSystem: z.union([z.lazy(() => AdditionalFileSystemPermissionsSchema), z.null()]).optional(),
    network: z.union([z.lazy(() => AdditionalNetworkPermissionsSchema), z.null()]).optional(),
  }));

/** The zod schema of {@link T.AgentMessageDelivery}. */
export const AgentMessageDeliverySchema = /* @__PURE__ */ def<T.AgentMessageDelivery>(() => z.literal("async"));

/** The zod schema of {@link T.AgentMessageDeltaNotification}. */
export const AgentMessageDeltaNotificationSchema = /* @__PURE__ */ def<T.AgentMessageDeltaNotification>(() => z.looseObject({
    delta: z.string(),
    itemId: z.string(),
    threadId: z.string(),
    turnId: z.string(),
  }));

/** The zod schema of {@link T.AgentMessageDisplay}. */
export const AgentMessageDisplaySchema = /* @__PURE__ */ def<T.AgentMessageDisplay>(() => z.looseObject({
    action: z.string(),
    blockType: z.union([z.string(), z.null()]).optional(),
    checkTrustedContacts: z.union([z.boolean(), z.null()]).optional(),
    cyberTrustedAccess: z.union([z.boolean(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.AgentMessageInputContent}. */
export const AgentMessageInputContentSchema = /* @__PURE__ */ def<T.AgentMessageInputContent>(() => z.discriminatedUnion("type", [z.looseObject({
    text: z.string(),
    type: z.literal("input_text"),
  }), z.looseObject({
    encrypted_content: z.string(),
    type: z.literal("encrypted_content"),
  })]));

/** The zod schema of {@link T.AgentMessageModeration}. */
export const AgentMessageModerationSchema = /* @__PURE__ */ def<T.AgentMessageModeration>(() => z.looseObject({
    display: z.union([z.lazy(() => AgentMessageDisplaySchema), z.null()]).optional(),
    moderated: z.boolean(),
  }));

/** The zod schema of {@link T.AgentPath}. */
export const AgentPathSchema = /* @__PURE__ */ def<T.AgentPath>(() => z.string());

/** The zod schema of {@link T.AllowDenyRequirement}. */
export const AllowDenyRequirementSchema = /* @__PURE__ */ def<T.AllowDenyRequirement>(() => z.union([z.literal("allow"), z.literal("deny")]));

/** The zod schema of {@link T.AnalyticsConfig}. */
export const AnalyticsConfigSchema = /* @__PURE__ */ def<T.AnalyticsConfig>(() => z.looseObject({
    enabled: z.union([z.boolean(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.AppBranding}. */
export const AppBrandingSchema = /* @__PURE__ */ def<T.AppBranding>(() => z.looseObject({
    category: z.union([z.string(), z.null()]).optional(),
    developer: z.union([z.string(), z.null()]).optional(),
    isDiscoverableApp: z.boolean(),
    privacyPolicy: z.union([z.string(), z.null()]).optional(),
    termsOfService: z.union([z.string(), z.null()]).optional(),
    website: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.AppConfig}. */
export const AppConfigSchema = /* @__PURE__ */ def<T.AppConfig>(() => z.looseObject({
    approvals_reviewer: z.union([z.lazy(() => ApprovalsReviewerSchema), z.null()]).optional(),
    default_tools_approval_mode: z.union([z.lazy(() => AppToolApprovalSchema), z.null()]).optional(),
    default_tools_enabled: z.union([z.boolean(), z.null()]).optional(),
    destructive_enabled: z.union([z.boolean(), z.null()]).optional(),
    enabled: z.boolean().optional(),
    links: z.union([z.lazy(() => AppLinksConfigSchema), z.null()]).optional(),
    omit_tools_from: z.union([z.array(z.lazy(() => ToolExposureSurfaceSchema)), z.null()]).optional(),
    open_world_enabled: z.union([z.boolean(), z.null()]).optional(),
    tools: z.union([z.lazy(() => AppToolsConfigSchema), z.null()]).optional(),
  }));

/** The zod schema of {@link T.AppInfo}. */
export const AppInfoSchema = /* @__PURE__ */ def<T.AppInfo>(() => z.looseObject({
    appMetadata: z.union([z.lazy(() => AppMetadataSchema), z.null()]).optional(),
    branding: z.union([z.lazy(() => AppBrandingSchema), z.null()]).optional(),
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

/** The zod schema of {@link T.AppLinkConfig}. */
export const AppLinkConfigSchema = /* @__PURE__ */ def<T.AppLinkConfig>(() => z.looseObject({
    approvals_reviewer: z.union([z.lazy(() => ApprovalsReviewerSchema), z.null()]).optional(),
    default_tools_approval_mode: z.union([z.lazy(() => AppToolApprovalSchema), z.null()]).optional(),
  }));

/** The zod schema of {@link T.AppLinksConfig}. */
export const AppLinksConfigSchema = /* @__PURE__ */ def<T.AppLinksConfig>(() => z.looseObject({}));

/** The zod schema of {@link T.AppListUpdatedNotification}. */
export const AppListUpdatedNotificationSchema = /* @__PURE__ */ def<T.AppListUpdatedNotification>(() => z.looseObject({
    data: z.array(z.lazy(() => AppInfoSchema)),
  }));

/** The zod schema of {@link T.AppMetadata}. */
export const AppMetadataSchema = /* @__PURE__ */ def<T.AppMetadata>(() => z.looseObject({
    categories: z.union([z.array(z.string()), z.null()]).optional(),
    developer: z.union([z.string(), z.null()]).optional(),
    firstPartyRequiresInstall: z.union([z.boolean(), z.null()]).optional(),
    review: z.union([z.lazy(() => AppReviewSchema), z.null()]).optional(),
    screenshots: z.union([z.array(z.lazy(() => AppScreenshotSchema)), z.null()]).optional(),
    seoDescription: z.union([z.string(), z.null()]).optional(),
    showInComposerWhenUnlinked: z.union([z.boolean(), z.null()]).optional(),
    subCategories: z.union([z.array(z.string()), z.null()]).optional(),
    version: z.union([z.string(), z.null()]).optional(),
    versionId: z.union([z.string(), z.null()]).optional(),
    versionNotes: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.AppReview}. */
export const AppReviewSchema = /* @__PURE__ */ def<T.AppReview>(() => z.looseObject({
    status: z.string(),
  }));

/** The zod schema of {@link T.AppScreenshot}. */
export const AppScreenshotSchema = /* @__PURE__ */ def<T.AppScreenshot>(() => z.looseObject({
    fileId: z.union([z.string(), z.null()]).optional(),
    url: z.union([z.string(), z.null()]).optional(),
    userPrompt: z.string(),
  }));

/** The zod schema of {@link T.AppSummary}. */
export const AppSummarySchema = /* @__PURE__ */ def<T.AppSummary>(() => z.looseObject({
    category: z.union([z.string(), z.null()]).optional(),
    description: z.union([z.string(), z.null()]).optional(),
    id: z.string(),
    installUrl: z.union([z.string(), z.null()]).optional(),
    name: z.string(),
  }));

/** The zod schema of {@link T.AppTemplateSummary}. */
export const AppTemplateSummarySchema = /* @__PURE__ */ def<T.AppTemplateSummary>(() => z.looseObject({
    canonicalConnectorId: z.union([z.string(), z.null()]).optional(),
    category: z.union([z.string(), z.null()]).optional(),
    description: z.union([z.string(), z.null()]).optional(),
    logoUrl: z.union([z.string(), z.null()]).optional(),
    logoUrlDark: z.union([z.string(), z.null()]).optional(),
    materializedAppIds: z.array(z.string()),
    name: z.string(),
    reason: z.union([z.lazy(() => AppTemplateUnavailableReasonSchema), z.null()]).optional(),
    templateId: z.string(),
  }));

/** The zod schema of {@link T.AppTemplateUnavailableReason}. */
export const AppTemplateUnavailableReasonSchema = /* @__PURE__ */ def<T.AppTemplateUnavailableReason>(() => z.union([z.literal("NOT_CONFIGURED_FOR_WORKSPACE"), z.literal("NO_ACTIVE_WORKSPACE")]));

/** The zod schema of {@link T.AppToolApproval}. */
export const AppToolApprovalSchema = /* @__PURE__ */ def<T.AppToolApproval>(() => z.union([z.literal("auto"), z.literal("prompt"), z.literal("writes"), z.literal("approve")]));

/** The zod schema of {@link T.AppToolConfig}. */
export const AppToolConfigSchema = /* @__PURE__ */ def<T.AppToolConfig>(() => z.looseObject({
    approval_mode: z.union([z.lazy(() => AppToolApprovalSchema), z.null()]).optional(),
    enabled: z.union([z.boolean(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.AppToolSummary}. */
export const AppToolSummarySchema = /* @__PURE__ */ def<T.AppToolSummary>(() => z.looseObject({
    description: z.string(),
    disabledReason: z.union([z.string(), z.null()]).optional(),
    isEnabled: z.boolean().optional(),
    isReadOnly: z.boolean().optional(),
    name: z.string(),
    title: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.AppToolsConfig}. */
export const AppToolsConfigSchema = /* @__PURE__ */ def<T.AppToolsConfig>(() => z.looseObject({}));

/** The zod schema of {@link T.ApplicationNetworkRequirements}. */
export const ApplicationNetworkRequirementsSchema = /* @__PURE__ */ def<T.ApplicationNetworkRequirements>(() => z.looseObject({
    domains: z.record(z.string(), z.lazy(() => NetworkDomainPermissionSchema)),
    enabled: z.boolean(),
  }));

/** The zod schema of {@link T.ApplicationRequirements}. */
export const ApplicationRequirementsSchema = /* @__PURE__ */ def<T.ApplicationRequirements>(() => z.looseObject({
    network: z.union([z.lazy(() => ApplicationNetworkRequirementsSchema), z.null()]).optional(),
    storage: z.union([z.lazy(() => ApplicationStorageRequirementsSchema), z.null()]).optional(),
  }));

/** The zod schema of {@link T.ApplicationStorageRequirements}. */
export const ApplicationStorageRequirementsSchema = /* @__PURE__ */ def<T.ApplicationStorageRequirements>(() => z.looseObject({
    defaultProjectParent: z.union([z.lazy(() => LegacyAppPathStringSchema), z.null()]).optional(),
    projectlessWorkspaceRoot: z.union([z.lazy(() => LegacyAppPathStringSchema), z.null()]).optional(),
  }));

/** The zod schema of {@link T.ApplyPatchApprovalParams}. */
export const ApplyPatchApprovalParamsSchema = /* @__PURE__ */ def<T.ApplyPatchApprovalParams>(() => z.looseObject({
    callId: z.string(),
    conversationId: z.lazy(() => ThreadIdSchema),
    fileChanges: z.record(z.string(), z.lazy(() => FileChangeSchema)),
    grantRoot: z.union([z.string(), z.null()]).optional(),
    reason: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.ApplyPatchApprovalResponse}. */
export const ApplyPatchApprovalResponseSchema = /* @__PURE__ */ def<T.ApplyPatchApprovalResponse>(() => z.looseObject({
    decision: z.lazy(() => ReviewDecisionSchema),
  }));

/** The zod schema of {@link T.ApprovalsReviewer}. */
export const ApprovalsReviewerSchema = /* @__PURE__ */ def<T.ApprovalsReviewer>(() => z.union([z.literal("user"), z.literal("auto_review"), z.literal("guardian_subagent")]));

/** The zod schema of {@link T.AppsConfig}. */
export const AppsConfigSchema = /* @__PURE__ */ def<T.AppsConfig>(() => z.looseObject({
    _default: z.union([z.lazy(() => AppsDefaultConfigSchema), z.null()]).optional(),
  }));

/** The zod schema of {@link T.AppsDefaultConfig}. */
export const AppsDefaultConfigSchema = /* @__PURE__ */ def<T.AppsDefaultConfig>(() => z.looseObject({
    approvals_reviewer: z.union([z.lazy(() => ApprovalsReviewerSchema), z.null()]).optional(),
    default_tools_approval_mode: z.union([z.lazy(() => AppToolApprovalSchema), z.null()]).optional(),
    destructive_enabled: z.boolean().optional(),
    enabled: z.boolean().optional(),
    open_world_enabled: z.boolean().optional(),
  }));

/** The zod schema of {@link T.AppsInstalledParams}. */
export const AppsInstalledParamsSchema = /* @__PURE__ */ def<T.AppsInstalledParams>(() => z.looseObject({
    forceRefresh: z.boolean().optional(),
    threadId: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.AppsInstalledResponse}. */
export const AppsInstalledResponseSchema = /* @__PURE__ */ def<T.AppsInstalledResponse>(() => z.looseObject({
    apps: z.array(z.lazy(() => InstalledAppSchema)),
  }));

/** The zod schema of {@link T.AppsListParams}. */
export const AppsListParamsSchema = /* @__PURE__ */ def<T.AppsListParams>(() => z.looseObject({
    cursor: z.union([z.string(), z.null()]).optional(),
    forceRefetch: z.boolean().optional(),
    limit: z.union([z.number(), z.null()]).optional(),
    threadId: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.AppsListResponse}. */
export const AppsListResponseSchema = /* @__PURE__ */ def<T.AppsListResponse>(() => z.looseObject({
    data: z.array(z.lazy(() => AppInfoSchema)),
    nextCursor: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.AppsReadParams}. */
export const AppsReadParamsSchema = /* @__PURE__ */ def<T.AppsReadParams>(() => z.looseObject({
    appIds: z.array(z.string()),
    includeTools: z.boolean().optional(),
    threadId: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.AppsReadResponse}. */
export const AppsReadResponseSchema = /* @__PURE__ */ def<T.AppsReadResponse>(() => z.looseObject({
    apps: z.array(z.lazy(() => ConnectorMetadataSchema)),
    missingAppIds: z.array(z.string()),
  }));

/** The zod schema of {@link T.AskForApproval}. */
export const AskForApprovalSchema = /* @__PURE__ */ def<T.AskForApproval>(() => z.union([z.union([z.literal("untrusted"), z.literal("on-request"), z.literal("never")]), z.looseObject({
    granular: z.looseObject({
      mcp_elicitations: z.boolean(),
      request_permissions: z.boolean().optional(),
      rules: z.boolean(),
      sandbox_approval: z.boolean(),
      skill_approval: z.boolean().optional(),
    }),
  })]));

/** The zod schema of {@link T.AsyncUserInputQuestion}. */
export const AsyncUserInputQuestionSchema = /* @__PURE__ */ def<T.AsyncUserInputQuestion>(() => z.looseObject({
    options: z.union([z.array(z.string()), z.null()]).optional(),
    title: z.string(),
  }));

/** The zod schema of {@link T.AttestationGenerateParams}. */
export const AttestationGenerateParamsSchema = /* @__PURE__ */ def<T.AttestationGenerateParams>(() => z.looseObject({}));

/** The zod schema of {@link T.AttestationGenerateResponse}. */
export const AttestationGenerateResponseSchema = /* @__PURE__ */ def<T.AttestationGenerateResponse>(() => z.looseObject({
    token: z.string(),
  }));

/** The zod schema of {@link T.AuthMode}. */
export const AuthModeSchema = /* @__PURE__ */ def<T.AuthMode>(() => z.union([z.literal("apikey"), z.literal("chatgpt"), z.literal("chatgptAuthTokens"), z.literal("headers"), z.literal("agentIdentity"), z.literal("personalAccessToken"), z.literal("bedrockApiKey"), z.literal("bedrockAccessKeys")]));

/** The zod schema of {@link T.AuthRecoveryNotification}. */
export const AuthRecoveryNotificationSchema = /* @__PURE__ */ def<T.AuthRecoveryNotification>(() => z.looseObject({
    message: z.string(),
    provider: z.string(),
    threadId: z.string(),
    turnId: z.string(),
  }));

/** The zod schema of {@link T.AutoCompactTokenLimitScope}. */
export const AutoCompactTokenLimitScopeSchema = /* @__PURE__ */ def<T.AutoCompactTokenLimitScope>(() => z.union([z.literal("total"), z.literal("body_after_prefix")]));

/** The zod schema of {@link T.AutoReviewDecisionSource}. */
export const AutoReviewDecisionSourceSchema = /* @__PURE__ */ def<T.AutoReviewDecisionSource>(() => z.literal("agent"));

/** The zod schema of {@link T.AutoReviewRequirements}. */
export const AutoReviewRequirementsSchema = /* @__PURE__ */ def<T.AutoReviewRequirements>(() => z.looseObject({
    ignoreRules: z.union([z.array(z.string()), z.null()]).optional(),
    requiredOnModels: z.union([z.array(z.string()), z.null()]).optional(),
  }));

/** The zod schema of {@link T.BedrockProviderId}. */
export const BedrockProviderIdSchema = /* @__PURE__ */ def<T.BedrockProviderId>(() => z.union([z.literal("amazon-bedrock"), z.literal("amazon-bedrock-runtime")]));

/** The zod schema of {@link T.BrowserUseAccessApprovalLifetime}. */
export const BrowserUseAccessApprovalLifetimeSchema = /* @__PURE__ */ def<T.BrowserUseAccessApprovalLifetime>(() => z.union([z.literal("turn"), z.literal("thread")]));

/** The zod schema of {@link T.BrowserUseConfig}. */
export const BrowserUseConfigSchema = /* @__PURE__ */ def<T.BrowserUseConfig>(() => z.looseObject({
    allow_history_access: z.union([z.boolean(), z.null()]).optional(),
    default_origin_policy: z.union([z.lazy(() => BrowserUseOriginPolicyConfigSchema), z.null()]).optional(),
    origins: z.union([z.record(z.string(), z.lazy(() => BrowserUseOriginPolicyConfigSchema)), z.null()]).optional(),
  }));

/** The zod schema of {@link T.BrowserUseExtensionRequirements}. */
export const BrowserUseExtensionRequirementsSchema = /* @__PURE__ */ def<T.BrowserUseExtensionRequirements>(() => z.looseObject({
    requestHeaders: z.union([z.array(z.lazy(() => RequestHeaderSchema)), z.null()]).optional(),
  }));

/** The zod schema of {@link T.BrowserUseOriginPolicy}. */
export const BrowserUseOriginPolicySchema = /* @__PURE__ */ def<T.BrowserUseOriginPolicy>(() => z.looseObject({
    access: z.union([z.lazy(() => AllowDenyRequirementSchema), z.null()]).optional(),
    accessApprovalLifetime: z.union([z.lazy(() => BrowserUseAccessApprovalLifetimeSchema), z.null()]).optional(),
    autoReview: z.union([z.lazy(() => AllowDenyRequirementSchema), z.null()]).optional(),
    downloads: z.union([z.lazy(() => AllowDenyRequirementSchema), z.null()]).optional(),
    fullCdpAccess: z.union([z.lazy(() => AllowDenyRequirementSchema), z.null()]).optional(),
    persistentApproval: z.union([z.boolean(), z.null()]).optional(),
    uploads: z.union([z.lazy(() => AllowDenyRequirementSchema), z.null()]).optional(),
  }));

/** The zod schema of {@link T.BrowserUseOriginPolicyConfig}. */
export const BrowserUseOriginPolicyConfigSchema = /* @__PURE__ */ def<T.BrowserUseOriginPolicyConfig>(() => z.looseObject({
    access: z.union([z.lazy(() => AllowDenyRequirementSchema), z.null()]).optional(),
    downloads: z.union([z.lazy(() => AllowDenyRequirementSchema), z.null()]).optional(),
    full_cdp_access: z.union([z.lazy(() => AllowDenyRequirementSchema), z.null()]).optional(),
    uploads: z.union([z.lazy(() => AllowDenyRequirementSchema), z.null()]).optional(),
  }));

/** The zod schema of {@link T.BrowserUseRequirements}. */
export const BrowserUseRequirementsSchema = /* @__PURE__ */ def<T.BrowserUseRequirements>(() => z.looseObject({
    allowGlobalPersistentApproval: z.union([z.boolean(), z.null()]).optional(),
    allowHistoryAccess: z.union([z.boolean(), z.null()]).optional(),
    allowWebmcp: z.union([z.boolean(), z.null()]).optional(),
    defaultOriginPolicy: z.union([z.lazy(() => BrowserUseOriginPolicySchema), z.null()]).optional(),
    disableAutoReview: z.union([z.boolean(), z.null()]).optional(),
    extension: z.union([z.lazy(() => BrowserUseExtensionRequirementsSchema), z.null()]).optional(),
    origins: z.union([z.record(z.string(), z.lazy(() => BrowserUseOriginPolicySchema)), z.null()]).optional(),
  }));

/** The zod schema of {@link T.ByteRange}. */
export const ByteRangeSchema = /* @__PURE__ */ def<T.ByteRange>(() => z.looseObject({
    end: z.number(),
    start: z.number(),
  }));

/** The zod schema of {@link T.CancelLoginAccountParams}. */
export const CancelLoginAccountParamsSchema = /* @__PURE__ */ def<T.CancelLoginAccountParams>(() => z.looseObject({
    loginId: z.string(),
  }));

/** The zod schema of {@link T.CancelLoginAccountResponse}. */
export const CancelLoginAccountResponseSchema = /* @__PURE__ */ def<T.CancelLoginAccountResponse>(() => z.looseObject({
    status: z.lazy(() => CancelLoginAccountStatusSchema),
  }));

/** The zod schema of {@link T.CancelLoginAccountStatus}. */
export const CancelLoginAccountStatusSchema = /* @__PURE__ */ def<T.CancelLoginAccountStatus>(() => z.union([z.literal("canceled"), z.literal("notFound")]));

/** The zod schema of {@link T.CapabilityRootLocation}. */
export const CapabilityRootLocationSchema = /* @__PURE__ */ def<T.CapabilityRootLocation>(() => z.looseObject({
    environmentId: z.string(),
    path: z.string(),
    type: z.literal("environment"),
  }));

/** The zod schema of {@link T.ChatgptAuthTokensRefreshParams}. */
export const ChatgptAuthTokensRefreshParamsSchema = /* @__PURE__ */ def<T.ChatgptAuthTokensRefreshParams>(() => z.looseObject({
    previousAccountId: z.union([z.string(), z.null()]).optional(),
    reason: z.lazy(() => ChatgptAuthTokensRefreshReasonSchema),
  }));

/** The zod schema of {@link T.ChatgptAuthTokensRefreshReason}. */
export const ChatgptAuthTokensRefreshReasonSchema = /* @__PURE__ */ def<T.ChatgptAuthTokensRefreshReason>(() => z.literal("unauthorized"));

/** The zod schema of {@link T.ChatgptAuthTokensRefreshResponse}. */
export const ChatgptAuthTokensRefreshResponseSchema = /* @__PURE__ */ def<T.ChatgptAuthTokensRefreshResponse>(() => z.looseObject({
    accessToken: z.string(),
    chatgptAccountId: z.string(),
    chatgptPlanType: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.CliAuthCredentialsStoreMode}. */
export const CliAuthCredentialsStoreModeSchema = /* @__PURE__ */ def<T.CliAuthCredentialsStoreMode>(() => z.union([z.literal("file"), z.literal("keyring"), z.literal("auto"), z.literal("ephemeral")]));

/** The zod schema of {@link T.ClientInfo}. */
export const ClientInfoSchema = /* @__PURE__ */ def<T.ClientInfo>(() => z.looseObject({
    name: z.string(),
    title: z.union([z.string(), z.null()]).optional(),
    version: z.string(),
  }));

/** The zod schema of {@link T.CodexErrorInfo}. */
export const CodexErrorInfoSchema = /* @__PURE__ */ def<T.CodexErrorInfo>(() => z.union([z.union([z.literal("contextWindowExceeded"), z.literal("sessionBudgetExceeded"), z.literal("usageLimitExceeded"), z.literal("rateLimitExceeded"), z.literal("flexUnavailable"), z.literal("serverOverloaded"), z.literal("modelNotFound"), z.literal("policyCapacityUnavailable"), z.literal("cyberPolicy"), z.literal("misalignmentPolicyViolation"), z.literal("tooManyDenials"), z.literal("internalServerError"), z.literal("unauthorized"), z.literal("badRequest"), z.literal("threadRollbackFailed"), z.literal("sandboxError"), z.literal("other")]), z.literal("inferenceHookDenied"), z.looseObject({
    httpConnectionFailed: z.looseObject({
      httpStatusCode: z.union([z.number(), z.null()]).optional(),
    }),
  }), z.looseObject({
    responseStreamConnectionFailed: z.looseObject({
      httpStatusCode: z.union([z.number(), z.null()]).optional(),
    }),
  }), z.looseObject({
    responseStreamDisconnected: z.looseObject({
      httpStatusCode: z.union([z.number(), z.null()]).optional(),
    }),
  }), z.looseObject({
    responseTooManyFailedAttempts: z.looseObject({
      httpStatusCode: z.union([z.number(), z.null()]).optional(),
    }),
  }), z.looseObject({
    activeTurnNotSteerable: z.looseObject({
      turnKind: z.lazy(() => NonSteerableTurnKindSchema),
    }),
  }), z.union([z.string(), z.looseObject({})])]));

/** The zod schema of {@link T.CodexResponseHandoffMode}. */
export const CodexResponseHandoffModeSchema = /* @__PURE__ */ def<T.CodexResponseHandoffMode>(() => z.union([z.literal("thinking"), z.literal("commentary"), z.literal("bemTags")]));

/** The zod schema of {@link T.CollabAgentState}. */
export const CollabAgentStateSchema = /* @__PURE__ */ def<T.CollabAgentState>(() => z.looseObject({
    message: z.union([z.string(), z.null()]).optional(),
    status: z.lazy(() => CollabAgentStatusSchema),
  }));

/** The zod schema of {@link T.CollabAgentStatus}. */
export const CollabAgentStatusSchema = /* @__PURE__ */ def<T.CollabAgentStatus>(() => z.union([z.literal("pendingInit"), z.literal("running"), z.literal("interrupted"), z.literal("completed"), z.literal("errored"), z.literal("shutdown"), z.literal("notFound")]));

/** The zod schema of {@link T.CollabAgentTool}. */
export const CollabAgentToolSchema = /* @__PURE__ */ def<T.CollabAgentTool>(() => z.union([z.literal("spawnAgent"), z.literal("sendInput"), z.literal("resumeAgent"), z.literal("wait"), z.literal("closeAgent"), z.literal("sendMessage"), z.literal("followupTask"), z.literal("interruptAgent"), z.literal("listAgents")]));

/** The zod schema of {@link T.CollabAgentToolCallStatus}. */
export const CollabAgentToolCallStatusSchema = /* @__PURE__ */ def<T.CollabAgentToolCallStatus>(() => z.union([z.literal("inProgress"), z.literal("completed"), z.literal("failed"), z.literal("interrupted")]));

/** The zod schema of {@link T.CollaborationMode}. */
export const CollaborationModeSchema = /* @__PURE__ */ def<T.CollaborationMode>(() => z.looseObject({
    mode: z.lazy(() => ModeKindSchema),
    settings: z.lazy(() => SettingsSchema),
  }));

/** The zod schema of {@link T.CollaborationModeMask}. */
export const CollaborationModeMaskSchema = /* @__PURE__ */ def<T.CollaborationModeMask>(() => z.looseObject({
    mode: z.union([z.lazy(() => ModeKindSchema), z.null()]).optional(),
    model: z.union([z.string(), z.null()]).optional(),
    name: z.string(),
    reasoning_effort: z.union([z.union([z.lazy(() => ReasoningEffortSchema), z.null()]), z.null()]).optional(),
  }));

/** The zod schema of {@link T.CommandAction}. */
export const CommandActionSchema = /* @__PURE__ */ def<T.CommandAction>(() => z.discriminatedUnion("type", [z.looseObject({
    command: z.string(),
    name: z.string(),
    path: z.lazy(() => LegacyAppPathStringSchema),
    type: z.literal("read"),
  }), z.looseObject({
    command: z.string(),
    path: z.union([z.string(), z.null()]).optional(),
    type: z.literal("listFiles"),
  }), z.looseObject({
    command: z.string(),
    path: z.union([z.string(), z.null()]).optional(),
    query: z.union([z.string(), z.null()]).optional(),
    type: z.literal("search"),
  }), z.looseObject({
    command: z.string(),
    type: z.literal("unknown"),
  })]));

/** The zod schema of {@link T.CommandExecOutputDeltaNotification}. */
export const CommandExecOutputDeltaNotificationSchema = /* @__PURE__ */ def<T.CommandExecOutputDeltaNotification>(() => z.looseObject({
    capReached: z.boolean(),
    deltaBase64: z.string(),
    processId: z.string(),
    stream: z.lazy(() => CommandExecOutputStreamSchema),
  }));

/** The zod schema of {@link T.CommandExecOutputStream}. */
export const CommandExecOutputStreamSchema = /* @__PURE__ */ def<T.CommandExecOutputStream>(() => z.union([z.literal("stdout"), z.literal("stderr")]));

/** The zod schema of {@link T.CommandExecParams}. */
export const CommandExecParamsSchema = /* @__PURE__ */ def<T.CommandExecParams>(() => z.looseObject({
    command: z.array(z.string()),
    cwd: z.union([z.string(), z.null()]).optional(),
    disableOutputCap: z.boolean().optional(),
    disableTimeout: z.boolean().optional(),
    env: z.union([z.record(z.string(), z.union([z.string(), z.null()])), z.null()]).optional(),
    outputBytesCap: z.union([z.number(), z.null()]).optional(),
    processId: z.union([z.string(), z.null()]).optional(),
    sandboxPolicy: z.union([z.lazy(() => SandboxPolicySchema), z.null()]).optional(),
    size: z.union([z.lazy(() => CommandExecTerminalSizeSchema), z.null()]).optional(),
    streamStdin: z.boolean().optional(),
    streamStdoutStderr: z.boolean().optional(),
    timeoutMs: z.union([z.number(), z.null()]).optional(),
    tty: z.boolean().optional(),
  }));

/** The zod schema of {@link T.CommandExecResizeParams}. */
export const CommandExecResizeParamsSchema = /* @__PURE__ */ def<T.CommandExecResizeParams>(() => z.looseObject({
    processId: z.string(),
    size: z.lazy(() => CommandExecTerminalSizeSchema),
  }));

/** The zod schema of {@link T.CommandExecResizeResponse}. */
export const CommandExecResizeResponseSchema = /* @__PURE__ */ def<T.CommandExecResizeResponse>(() => z.looseObject({}));

/** The zod schema of {@link T.CommandExecResponse}. */
export const CommandExecResponseSchema = /* @__PURE__ */ def<T.CommandExecResponse>(() => z.looseObject({
    exitCode: z.number(),
    stderr: z.string(),
    stdout: z.string(),
  }));

/** The zod schema of {@link T.CommandExecTerminalSize}. */
export const CommandExecTerminalSizeSchema = /* @__PURE__ */ def<T.CommandExecTerminalSize>(() => z.looseObject({
    cols: z.number(),
    rows: z.number(),
  }));

/** The zod schema of {@link T.CommandExecTerminateParams}. */
export const CommandExecTerminateParamsSchema = /* @__PURE__ */ def<T.CommandExecTerminateParams>(() => z.looseObject({
    processId: z.string(),
  }));

/** The zod schema of {@link T.CommandExecTerminateResponse}. */
export const CommandExecTerminateResponseSchema = /* @__PURE__ */ def<T.CommandExecTerminateResponse>(() => z.looseObject({}));

/** The zod schema of {@link T.CommandExecWriteParams}. */
export const CommandExecWriteParamsSchema = /* @__PURE__ */ def<T.CommandExecWriteParams>(() => z.looseObject({
    closeStdin: z.boolean().optional(),
    deltaBase64: z.union([z.string(), z.null()]).optional(),
    processId: z.string(),
  }));

/** The zod schema of {@link T.CommandExecWriteResponse}. */
export const CommandExecWriteResponseSchema = /* @__PURE__ */ def<T.CommandExecWriteResponse>(() => z.looseObject({}));

/** The zod schema of {@link T.CommandExecutionApprovalDecision}. */
export const CommandExecutionApprovalDecisionSchema = /* @__PURE__ */ def<T.CommandExecutionApprovalDecision>(() => z.union([z.literal("accept"), z.literal("acceptForSession"), z.looseObject({
    acceptWithExecpolicyAmendment: z.looseObject({
      execpolicy_amendment: z.array(z.string()),
    }),
  }), z.looseObject({
    applyNetworkPolicyAmendment: z.looseObject({
      network_policy_amendment: z.lazy(() => NetworkPolicyAmendmentSchema),
    }),
  }), z.literal("decline"), z.literal("cancel")]));

/** The zod schema of {@link T.CommandExecutionApprovalKind}. */
export const CommandExecutionApprovalKindSchema = /* @__PURE__ */ def<T.CommandExecutionApprovalKind>(() => z.union([z.union([z.literal("command"), z.literal("writeStdin")]), z.literal("humanCommand")]));

/** The zod schema of {@link T.CommandExecutionOutputDeltaNotification}. */
export const CommandExecutionOutputDeltaNotificationSchema = /* @__PURE__ */ def<T.CommandExecutionOutputDeltaNotification>(() => z.looseObject({
    delta: z.string(),
    itemId: z.string(),
    threadId: z.string(),
    turnId: z.string(),
  }));

/** The zod schema of {@link T.CommandExecutionRequestApprovalParams}. */
export const CommandExecutionRequestApprovalParamsSchema = /* @__PURE__ */ def<T.CommandExecutionRequestApprovalParams>(() => z.looseObject({
    approvalId: z.union([z.string(), z.null()]).optional(),
    command: z.union([z.string(), z.null()]).optional(),
    commandActions: z.union([z.array(z.lazy(() => CommandActionSchema)), z.null()]).optional(),
    cwd: z.union([z.lazy(() => LegacyAppPathStringSchema), z.null()]).optional(),
    environmentId: z.union([z.string(), z.null()]).optional(),
    itemId: z.string(),
    kind: z.lazy(() => CommandExecutionApprovalKindSchema).optional(),
    networkApprovalContext: z.union([z.lazy(() => NetworkApprovalContextSchema), z.null()]).optional(),
    proposedExecpolicyAmendment: z.union([z.array(z.string()), z.null()]).optional(),
    proposedNetworkPolicyAmendments: z.union([z.array(z.lazy(() => NetworkPolicyAmendmentSchema)), z.null()]).optional(),
    reason: z.union([z.string(), z.null()]).optional(),
    startedAtMs: z.number(),
    threadId: z.string(),
    turnId: z.string(),
  }));

/** The zod schema of {@link T.CommandExecutionRequestApprovalResponse}. */
export const CommandExecutionRequestApprovalResponseSchema = /* @__PURE__ */ def<T.CommandExecutionRequestApprovalResponse>(() => z.looseObject({
    decision: z.lazy(() => CommandExecutionApprovalDecisionSchema),
  }));

/** The zod schema of {@link T.CommandExecutionSource}. */
export const CommandExecutionSourceSchema = /* @__PURE__ */ def<T.CommandExecutionSource>(() => z.union([z.literal("agent"), z.literal("userShell"), z.literal("unifiedExecStartup"), z.literal("unifiedExecInteraction")]));

/** The zod schema of {@link T.CommandExecutionStatus}. */
export const CommandExecutionStatusSchema = /* @__PURE__ */ def<T.CommandExecutionStatus>(() => z.union([z.literal("inProgress"), z.literal("completed"), z.literal("failed"), z.literal("declined")]));

/** The zod schema of {@link T.CommandMigration}. */
export const CommandMigrationSchema = /* @__PURE__ */ def<T.CommandMigration>(() => z.looseObject({
    name: z.string(),
  }));

/** The zod schema of {@link T.ComputerUseConfig}. */
export const ComputerUseConfigSchema = /* @__PURE__ */ def<T.ComputerUseConfig>(() => z.looseObject({
    default_app_access: z.union([z.lazy(() => AllowDenyRequirementSchema), z.null()]).optional(),
    macos: z.union([z.lazy(() => ComputerUseMacosConfigSchema), z.null()]).optional(),
    windows: z.union([z.lazy(() => ComputerUseWindowsConfigSchema), z.null()]).optional(),
  }));

/** The zod schema of {@link T.ComputerUseMacosConfig}. */
export const ComputerUseMacosConfigSchema = /* @__PURE__ */ def<T.ComputerUseMacosConfig>(() => z.looseObject({
    bundle_ids: z.union([z.record(z.string(), z.lazy(() => AllowDenyRequirementSchema)), z.null()]).optional(),
  }));

/** The zod schema of {@link T.ComputerUseMacosRequirements}. */
export const ComputerUseMacosRequirementsSchema = /* @__PURE__ */ def<T.ComputerUseMacosRequirements>(() => z.looseObject({
    bundleIds: z.union([z.record(z.string(), z.lazy(() => AllowDenyRequirementSchema)), z.null()]).optional(),
  }));

/** The zod schema of {@link T.ComputerUseRequirements}. */
export const ComputerUseRequirementsSchema = /* @__PURE__ */ def<T.ComputerUseRequirements>(() => z.looseObject({
    allowLockedComputerUse: z.union([z.boolean(), z.null()]).optional(),
    allowPersistentApproval: z.union([z.boolean(), z.null()]).optional(),
    defaultAppAccess: z.union([z.lazy(() => AllowDenyRequirementSchema), z.null()]).optional(),
    macos: z.union([z.lazy(() => ComputerUseMacosRequirementsSchema), z.null()]).optional(),
    windows: z.union([z.lazy(() => ComputerUseWindowsRequirementsSchema), z.null()]).optional(),
  }));

/** The zod schema of {@link T.ComputerUseWindowsConfig}. */
export const ComputerUseWindowsConfigSchema = /* @__PURE__ */ def<T.ComputerUseWindowsConfig>(() => z.looseObject({
    aumids: z.union([z.record(z.string(), z.lazy(() => AllowDenyRequirementSchema)), z.null()]).optional(),
    exes: z.union([z.array(z.lazy(() => ComputerUseWindowsExeConfigSchema)), z.null()]).optional(),
  }));

/** The zod schema of {@link T.ComputerUseWindowsExeConfig}. */
export const ComputerUseWindowsExeConfigSchema = /* @__PURE__ */ def<T.ComputerUseWindowsExeConfig>(() => z.looseObject({
    access: z.lazy(() => AllowDenyRequirementSchema),
    binary_name: z.union([z.string(), z.null()]).optional(),
    product_name: z.string(),
    publisher_name: z.string(),
  }));

/** The zod schema of {@link T.ComputerUseWindowsExeRequirement}. */
export const ComputerUseWindowsExeRequirementSchema = /* @__PURE__ */ def<T.ComputerUseWindowsExeRequirement>(() => z.looseObject({
    access: z.lazy(() => AllowDenyRequirementSchema),
    binaryName: z.union([z.string(), z.null()]).optional(),
    productName: z.string(),
    publisherName: z.string(),
  }));

/** The zod schema of {@link T.ComputerUseWindowsRequirements}. */
export const ComputerUseWindowsRequirementsSchema = /* @__PURE__ */ def<T.ComputerUseWindowsRequirements>(() => z.looseObject({
    aumids: z.union([z.record(z.string(), z.lazy(() => AllowDenyRequirementSchema)), z.null()]).optional(),
    exes: z.union([z.array(z.lazy(() => ComputerUseWindowsExeRequirementSchema)), z.null()]).optional(),
  }));

/** The zod schema of {@link T.Config}. */
export const ConfigSchema = /* @__PURE__ */ def<T.Config>(() => z.looseObject({
    analytics: z.union([z.lazy(() => AnalyticsConfigSchema), z.null()]).optional(),
    approval_policy: z.union([z.lazy(() => AskForApprovalSchema), z.null()]).optional(),
    approvals_reviewer: z.union([z.lazy(() => ApprovalsReviewerSchema), z.null()]).optional(),
    browser_use: z.union([z.lazy(() => BrowserUseConfigSchema), z.null()]).optional(),
    client_search_provider: z.union([z.lazy(() => WebSearchProviderSchema), z.null()]).optional(),
    compact_prompt: z.union([z.string(), z.null()]).optional(),
    computer_use: z.union([z.lazy(() => ComputerUseConfigSchema), z.null()]).optional(),
    desktop: z.union([z.looseObject({}), z.null()]).optional(),
    developer_instructions: z.union([z.string(), z.null()]).optional(),
    forced_chatgpt_workspace_id: z.union([z.lazy(() => ForcedChatgptWorkspaceIdsSchema), z.null()]).optional(),
    forced_login_method: z.union([z.lazy(() => ForcedLoginMethodSchema), z.null()]).optional(),
    instructions: z.union([z.string(), z.null()]).optional(),
    model: z.union([z.string(), z.null()]).optional(),
    model_auto_compact_token_limit: z.union([z.number(), z.null()]).optional(),
    model_auto_compact_token_limit_scope: z.union([z.lazy(() => AutoCompactTokenLimitScopeSchema), z.null()]).optional(),
    model_context_window: z.union([z.number(), z.null()]).optional(),
    model_provider: z.union([z.string(), z.null()]).optional(),
    model_reasoning_effort: z.union([z.lazy(() => ReasoningEffortSchema), z.null()]).optional(),
    model_reasoning_summary: z.union([z.lazy(() => ReasoningSummarySchema), z.null()]).optional(),
    model_verbosity: z.union([z.lazy(() => VerbositySchema), z.null()]).optional(),
    review_model: z.union([z.string(), z.null()]).optional(),
    sandbox_mode: z.union([z.lazy(() => SandboxModeSchema), z.null()]).optional(),
    sandbox_workspace_write: z.union([z.lazy(() => SandboxWorkspaceWriteSchema), z.null()]).optional(),
    service_tier: z.union([z.string(), z.null()]).optional(),
    tools: z.union([z.lazy(() => ToolsV2Schema), z.null()]).optional(),
    web_search: z.union([z.lazy(() => WebSearchModeSchema), z.null()]).optional(),
  }));

/** The zod schema of {@link T.ConfigBatchWriteParams}. */
export const ConfigBatchWriteParamsSchema = /* @__PURE__ */ def<T.ConfigBatchWriteParams>(() => z.looseObject({
    edits: z.array(z.lazy(() => ConfigEditSchema)),
    expectedVersion: z.union([z.string(), z.null()]).optional(),
    filePath: z.union([z.string(), z.null()]).optional(),
    reloadUserConfig: z.boolean().optional(),
  }));

/** The zod schema of {@link T.ConfigEdit}. */
export const ConfigEditSchema = /* @__PURE__ */ def<T.ConfigEdit>(() => z.looseObject({
    keyPath: z.string(),
    mergeStrategy: z.lazy(() => MergeStrategySchema),
    value: z.unknown(),
  }));

/** The zod schema of {@link T.ConfigLayer}. */
export const ConfigLayerSchema = /* @__PURE__ */ def<T.ConfigLayer>(() => z.looseObject({
    config: z.unknown(),
    disabledReason: z.union([z.string(), z.null()]).optional(),
    name: z.lazy(() => ConfigLayerSourceSchema),
    version: z.string(),
  }));

/** The zod schema of {@link T.ConfigLayerMetadata}. */
export const ConfigLayerMetadataSchema = /* @__PURE__ */ def<T.ConfigLayerMetadata>(() => z.looseObject({
    name: z.lazy(() => ConfigLayerSourceSchema),
    version: z.string(),
  }));

/** The zod schema of {@link T.ConfigLayerSource}. */
export const ConfigLayerSourceSchema = /* @__PURE__ */ def<T.ConfigLayerSource>(() => z.discriminatedUnion("type", [z.looseObject({
    file: z.lazy(() => AbsolutePathBufSchema),
    type: z.literal("packagedDefaults"),
  }), z.looseObject({
    domain: z.string(),
    key: z.string(),
    type: z.literal("mdm"),
  }), z.looseObject({
    file: z.lazy(() => AbsolutePathBufSchema),
    type: z.literal("system"),
  }), z.looseObject({
    id: z.string(),
    name: z.string(),
    type: z.literal("enterpriseManaged"),
  }), z.looseObject({
    file: z.lazy(() => AbsolutePathBufSchema),
    profile: z.union([z.string(), z.null()]).optional(),
    type: z.literal("user"),
  }), z.looseObject({
    dotCodexFolder: z.lazy(() => AbsolutePathBufSchema),
    type: z.literal("project"),
  }), z.looseObject({
    type: z.literal("sessionFlags"),
  }), z.looseObject({
    file: z.lazy(() => AbsolutePathBufSchema),
    type: z.literal("legacyManagedConfigTomlFromFile"),
  }), z.looseObject({
    type: z.literal("legacyManagedConfigTomlFromMdm"),
  })]));

/** The zod schema of {@link T.ConfigReadParams}. */
export const ConfigReadParamsSchema = /* @__PURE__ */ def<T.ConfigReadParams>(() => z.looseObject({
    cwd: z.union([z.string(), z.null()]).optional(),
    includeLayers: z.boolean().optional(),
  }));

/** The zod schema of {@link T.ConfigReadResponse}. */
export const ConfigReadResponseSchema = /* @__PURE__ */ def<T.ConfigReadResponse>(() => z.looseObject({
    config: z.lazy(() => ConfigSchema),
    layers: z.union([z.array(z.lazy(() => ConfigLayerSchema)), z.null()]).optional(),
    origins: z.record(z.string(), z.lazy(() => ConfigLayerMetadataSchema)),
  }));

/** The zod schema of {@link T.ConfigRequirements}. */
export const ConfigRequirementsSchema = /* @__PURE__ */ def<T.ConfigRequirements>(() => z.looseObject({
    additionalDeveloperInstructions: z.union([z.string(), z.null()]).optional(),
    allowAppshots: z.union([z.boolean(), z.null()]).optional(),
    allowBrowserAndComputerUse: z.union([z.boolean(), z.null()]).optional(),
    allowLoginShell: z.union([z.boolean(), z.null()]).optional(),
    allowManagedHooksOnly: z.union([z.boolean(), z.null()]).optional(),
    allowRemoteControl: z.union([z.boolean(), z.null()]).optional(),
    allowedApprovalPolicies: z.union([z.array(z.lazy(() => AskForApprovalSchema)), z.null()]).optional(),
    allowedLoginMethods: z.union([z.array(z.lazy(() => ForcedLoginMethodSchema)), z.null()]).optional(),
    allowedPermissionProfiles: z.union([z.record(z.string(), z.boolean()), z.null()]).optional(),
    allowedSandboxModes: z.union([z.array(z.lazy(() => SandboxModeSchema)), z.null()]).optional(),
    allowedWebSearchModes: z.union([z.array(z.lazy(() => WebSearchModeSchema)), z.null()]).optional(),
    allowedWindowsSandboxImplementations: z.union([z.array(z.lazy(() => WindowsSandboxImplementationSchema)), z.null()]).optional(),
    autoReview: z.union([z.lazy(() => AutoReviewRequirementsSchema), z.null()]).optional(),
    browserUse: z.union([z.lazy(() => BrowserUseRequirementsSchema), z.null()]).optional(),
    chatgptBaseUrl: z.union([z.string(), z.null()]).optional(),
    checkForUpdateOnStartup: z.union([z.boolean(), z.null()]).optional(),
    cliAuthCredentialsStore: z.union([z.lazy(() => CliAuthCredentialsStoreModeSchema), z.null()]).optional(),
    computerUse: z.union([z.lazy(() => ComputerUseRequirementsSchema), z.null()]).optional(),
    defaultPermissions: z.union([z.string(), z.null()]).optional(),
    enforceResidency: z.union([z.lazy(() => ResidencyRequirementSchema), z.null()]).optional(),
    featureRequirements: z.union([z.record(z.string(), z.boolean()), z.null()]).optional(),
    feedback: z.union([z.lazy(() => FeedbackRequirementsSchema), z.null()]).optional(),
    inAppBrowser: z.union([z.lazy(() => InAppBrowserRequirementsSchema), z.null()]).optional(),
    logDir: z.union([z.string(), z.null()]).optional(),
    modelCatalogJson: z.union([z.string(), z.null()]).optional(),
    modelProvider: z.union([z.string(), z.null()]).optional(),
    modelProviders: z.union([z.looseObject({}), z.null()]).optional(),
    models: z.union([z.lazy(() => ModelsRequirementsSchema), z.null()]).optional(),
    otel: z.union([z.lazy(() => OtelRequirementsSchema), z.null()]).optional(),
    sqliteHome: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.ConfigRequirementsReadResponse}. */
export const ConfigRequirementsReadResponseSchema = /* @__PURE__ */ def<T.ConfigRequirementsReadResponse>(() => z.looseObject({
    requirements: z.union([z.lazy(() => ConfigRequirementsSchema), z.null()]).optional(),
    supportsIndependentSpeedModes: z.union([z.boolean(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.ConfigValueWriteParams}. */
export const ConfigValueWriteParamsSchema = /* @__PURE__ */ def<T.ConfigValueWriteParams>(() => z.looseObject({
    expectedVersion: z.union([z.string(), z.null()]).optional(),
    filePath: z.union([z.string(), z.null()]).optional(),
    keyPath: z.string(),
    mergeStrategy: z.lazy(() => MergeStrategySchema),
    value: z.unknown(),
  }));

/** The zod schema of {@link T.ConfigWarningNotification}. */
export const ConfigWarningNotificationSchema = /* @__PURE__ */ def<T.ConfigWarningNotification>(() => z.looseObject({
    details: z.union([z.string(), z.null()]).optional(),
    path: z.union([z.string(), z.null()]).optional(),
    range: z.union([z.lazy(() => TextRangeSchema), z.null()]).optional(),
    summary: z.string(),
  }));

/** The zod schema of {@link T.ConfigWriteResponse}. */
export const ConfigWriteResponseSchema = /* @__PURE__ */ def<T.ConfigWriteResponse>(() => z.looseObject({
    filePath: z.lazy(() => AbsolutePathBufSchema),
    overriddenMetadata: z.union([z.lazy(() => OverriddenMetadataSchema), z.null()]).optional(),
    status: z.lazy(() => WriteStatusSchema),
    version: z.string(),
  }));

/** The zod schema of {@link T.ConfigurationReasoning}. */
export const ConfigurationReasoningSchema = /* @__PURE__ */ def<T.ConfigurationReasoning>(() => z.looseObject({
    effort: z.lazy(() => ReasoningEffortSchema),
  }));

/** The zod schema of {@link T.ConfiguredHookHandler}. */
export const ConfiguredHookHandlerSchema = /* @__PURE__ */ def<T.ConfiguredHookHandler>(() => z.discriminatedUnion("type", [z.looseObject({
    additionalContextLimit: z.union([z.number(), z.null()]).optional(),
    async: z.boolean(),
    command: z.string(),
    commandWindows: z.union([z.string(), z.null()]).optional(),
    statusMessage: z.union([z.string(), z.null()]).optional(),
    timeoutSec: z.union([z.number(), z.null()]).optional(),
    type: z.literal("command"),
  }), z.looseObject({
    input: z.looseObject({}),
    server: z.string(),
    statusMessage: z.union([z.string(), z.null()]).optional(),
    timeoutSec: z.union([z.number(), z.null()]).optional(),
    tool: z.string(),
    type: z.literal("mcp_tool"),
  }), z.looseObject({
    type: z.literal("prompt"),
  }), z.looseObject({
    type: z.literal("agent"),
  })]));

/** The zod schema of {@link T.ConfiguredHookMatcherGroup}. */
export const ConfiguredHookMatcherGroupSchema = /* @__PURE__ */ def<T.ConfiguredHookMatcherGroup>(() => z.looseObject({
    hooks: z.array(z.lazy(() => ConfiguredHookHandlerSchema)),
    matcher: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.ConnectorMetadata}. */
export const ConnectorMetadataSchema = /* @__PURE__ */ def<T.ConnectorMetadata>(() => z.looseObject({
    description: z.union([z.string(), z.null()]).optional(),
    distributionChannel: z.union([z.string(), z.null()]).optional(),
    iconUrl: z.union([z.string(), z.null()]).optional(),
    iconUrlDark: z.union([z.string(), z.null()]).optional(),
    id: z.string(),
    installUrl: z.union([z.string(), z.null()]).optional(),
    name: z.string(),
    pluginDisplayNames: z.array(z.string()).optional(),
    toolSummaries: z.union([z.array(z.lazy(() => AppToolSummarySchema)), z.null()]).optional(),
  }));

/** The zod schema of {@link T.ConsumeAccountRateLimitResetCreditOutcome}. */
export const ConsumeAccountRateLimitResetCreditOutcomeSchema = /* @__PURE__ */ def<T.ConsumeAccountRateLimitResetCreditOutcome>(() => z.union([z.literal("reset"), z.literal("nothingToReset"), z.literal("noCredit"), z.literal("alreadyRedeemed")]));

/** The zod schema of {@link T.ConsumeAccountRateLimitResetCreditParams}. */
export const ConsumeAccountRateLimitResetCreditParamsSchema = /* @__PURE__ */ def<T.ConsumeAccountRateLimitResetCreditParams>(() => z.looseObject({
    creditId: z.union([z.string(), z.null()]).optional(),
    idempotencyKey: z.string(),
  }));

/** The zod schema of {@link T.ConsumeAccountRateLimitResetCreditResponse}. */
export const ConsumeAccountRateLimitResetCreditResponseSchema = /* @__PURE__ */ def<T.ConsumeAccountRateLimitResetCreditResponse>(() => z.looseObject({
    outcome: z.lazy(() => ConsumeAccountRateLimitResetCreditOutcomeSchema),
  }));

/** The zod schema of {@link T.ContentItem}. */
export const ContentItemSchema = /* @__PURE__ */ def<T.ContentItem>(() => z.discriminatedUnion("type", [z.looseObject({
    text: z.string(),
    type: z.literal("input_text"),
  }), z.looseObject({ type: z.literal("input_image") }).pipe(z.intersection(z.looseObject({
    detail: z.union([z.lazy(() => ImageDetailSchema), z.null()]).optional(),
    type: z.literal("input_image"),
  }), z.union([z.looseObject({
    image_url: z.string(),
  }), z.looseObject({
    file_id: z.string(),
  })])) as z.ZodType<unknown, any>), z.looseObject({ type: z.literal("input_audio") }).pipe(z.intersection(z.looseObject({
    type: z.literal("input_audio"),
  }), z.union([z.looseObject({
    audio_url: z.string(),
  }), z.looseObject({
    file_id: z.string(),
  })])) as z.ZodType<unknown, any>), z.looseObject({
    annotations: z.union([z.array(z.unknown()), z.null()]).optional(),
    logprobs: z.union([z.array(z.unknown()), z.null()]).optional(),
    text: z.string(),
    type: z.literal("output_text"),
  })]));

/** The zod schema of {@link T.ContextCompactedNotification}. */
export const ContextCompactedNotificationSchema = /* @__PURE__ */ def<T.ContextCompactedNotification>(() => z.looseObject({
    threadId: z.string(),
    turnId: z.string(),
  }));

/** The zod schema of {@link T.ConversationTextRole}. */
export const ConversationTextRoleSchema = /* @__PURE__ */ def<T.ConversationTextRole>(() => z.union([z.literal("user"), z.literal("developer"), z.literal("assistant")]));

/** The zod schema of {@link T.CreditsSnapshot}. */
export const CreditsSnapshotSchema = /* @__PURE__ */ def<T.CreditsSnapshot>(() => z.looseObject({
    balance: z.union([z.string(), z.null()]).optional(),
    hasCredits: z.boolean(),
    unlimited: z.boolean(),
  }));

/** The zod schema of {@link T.CyberAccessProgram}. */
export const CyberAccessProgramSchema = /* @__PURE__ */ def<T.CyberAccessProgram>(() => z.union([z.literal("standard"), z.literal("daybreakBlue"), z.literal("daybreakRed")]));

/** The zod schema of {@link T.DeprecationNoticeNotification}. */
export const DeprecationNoticeNotificationSchema = /* @__PURE__ */ def<T.DeprecationNoticeNotification>(() => z.looseObject({
    details: z.union([z.string(), z.null()]).optional(),
    summary: z.string(),
  }));

/** The zod schema of {@link T.DesktopOnboardingEntrypoint}. */
export const DesktopOnboardingEntrypointSchema = /* @__PURE__ */ def<T.DesktopOnboardingEntrypoint>(() => z.literal("life_sciences"));

/** The zod schema of {@link T.DynamicToolCallOutputContentItem}. */
export const DynamicToolCallOutputContentItemSchema = /* @__PURE__ */ def<T.DynamicToolCallOutputContentItem>(() => z.discriminatedUnion("type", [z.looseObject({
    text: z.string(),
    type: z.literal("inputText"),
  }), z.looseObject({
    imageUrl: z.string(),
    type: z.literal("inputImage"),
  }), z.looseObject({
    audioUrl: z.string(),
    type: z.literal("inputAudio"),
  })]));

/** The zod schema of {@link T.DynamicToolCallParams}. */
export const DynamicToolCallParamsSchema = /* @__PURE__ */ def<T.DynamicToolCallParams>(() => z.looseObject({
    arguments: z.unknown(),
    callId: z.string(),
    namespace: z.union([z.string(), z.null()]).optional(),
    threadId: z.string(),
    tool: z.string(),
    turnId: z.string(),
  }));

/** The zod schema of {@link T.DynamicToolCallResponse}. */
export const DynamicToolCallResponseSchema = /* @__PURE__ */ def<T.DynamicToolCallResponse>(() => z.looseObject({
    contentItems: z.array(z.lazy(() => DynamicToolCallOutputContentItemSchema)),
    success: z.boolean(),
  }));

/** The zod schema of {@link T.DynamicToolCallStatus}. */
export const DynamicToolCallStatusSchema = /* @__PURE__ */ def<T.DynamicToolCallStatus>(() => z.union([z.literal("inProgress"), z.literal("completed"), z.literal("failed")]));

/** The zod schema of {@link T.DynamicToolNamespaceTool}. */
export const DynamicToolNamespaceToolSchema = /* @__PURE__ */ def<T.DynamicToolNamespaceTool>(() => z.looseObject({
    deferLoading: z.boolean().optional(),
    description: z.string(),
    inputSchema: z.unknown(),
    name: z.string(),
    type: z.literal("function"),
  }));

/** The zod schema of {@link T.DynamicToolSpec}. */
export const DynamicToolSpecSchema = /* @__PURE__ */ def<T.DynamicToolSpec>(() => z.discriminatedUnion("type", [z.looseObject({
    deferLoading: z.boolean().optional(),
    description: z.string(),
    inputSchema: z.unknown(),
    name: z.string(),
    type: z.literal("function"),
  }), z.looseObject({
    description: z.string(),
    name: z.string(),
    tools: z.array(z.lazy(() => DynamicToolNamespaceToolSchema)),
    type: z.literal("namespace"),
  })]));

/** The zod schema of {@link T.EnvironmentConnectionNotification}. */
export const EnvironmentConnectionNotificationSchema = /* @__PURE__ */ def<T.EnvironmentConnectionNotification>(() => z.looseObject({
    environmentId: z.string(),
    threadId: z.string(),
  }));

/** The zod schema of {@link T.EnvironmentSkillsParams}. */
export const EnvironmentSkillsParamsSchema = /* @__PURE__ */ def<T.EnvironmentSkillsParams>(() => z.looseObject({
    required: z.union([z.array(z.string()), z.null()]).optional(),
  }));

/** The zod schema of {@link T.ErrorNotification}. */
export const ErrorNotificationSchema = /* @__PURE__ */ def<T.ErrorNotification>(() => z.looseObject({
    error: z.lazy(() => TurnErrorSchema),
    threadId: z.string(),
    turnId: z.string(),
    willRetry: z.boolean(),
  }));

/** The zod schema of {@link T.ExecCommandApprovalParams}. */
export const ExecCommandApprovalParamsSchema = /* @__PURE__ */ def<T.ExecCommandApprovalParams>(() => z.looseObject({
    approvalId: z.union([z.string(), z.null()]).optional(),
    callId: z.string(),
    command: z.array(z.string()),
    conversationId: z.lazy(() => ThreadIdSchema),
    cwd: z.string(),
    parsedCmd: z.array(z.lazy(() => ParsedCommandSchema)),
    reason: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.ExecCommandApprovalResponse}. */
export const ExecCommandApprovalResponseSchema = /* @__PURE__ */ def<T.ExecCommandApprovalResponse>(() => z.looseObject({
    decision: z.lazy(() => ReviewDecisionSchema),
  }));

/** The zod schema of {@link T.ExperimentalFeature}. */
export const ExperimentalFeatureSchema = /* @__PURE__ */ def<T.ExperimentalFeature>(() => z.looseObject({
    announcement: z.union([z.string(), z.null()]).optional(),
    defaultEnabled: z.boolean(),
    description: z.union([z.string(), z.null()]).optional(),
    displayName: z.union([z.string(), z.null()]).optional(),
    enabled: z.boolean(),
    name: z.string(),
    stage: z.lazy(() => ExperimentalFeatureStageSchema),
  }));

/** The zod schema of {@link T.ExperimentalFeatureEnablementSetParams}. */
export const ExperimentalFeatureEnablementSetParamsSchema = /* @__PURE__ */ def<T.ExperimentalFeatureEnablementSetParams>(() => z.looseObject({
    enablement: z.record(z.string(), z.boolean()),
  }));

/** The zod schema of {@link T.ExperimentalFeatureEnablementSetResponse}. */
export const ExperimentalFeatureEnablementSetResponseSchema = /* @__PURE__ */ def<T.ExperimentalFeatureEnablementSetResponse>(() => z.looseObject({
    enablement: z.record(z.string(), z.boolean()),
  }));

/** The zod schema of {@link T.ExperimentalFeatureListParams}. */
export const ExperimentalFeatureListParamsSchema = /* @__PURE__ */ def<T.ExperimentalFeatureListParams>(() => z.looseObject({
    cursor: z.union([z.string(), z.null()]).optional(),
    limit: z.union([z.number(), z.null()]).optional(),
    threadId: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.ExperimentalFeatureListResponse}. */
export const ExperimentalFeatureListResponseSchema = /* @__PURE__ */ def<T.ExperimentalFeatureListResponse>(() => z.looseObject({
    data: z.array(z.lazy(() => ExperimentalFeatureSchema)),
    nextCursor: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.ExperimentalFeatureStage}. */
export const ExperimentalFeatureStageSchema = /* @__PURE__ */ def<T.ExperimentalFeatureStage>(() => z.union([z.literal("beta"), z.literal("underDevelopment"), z.literal("stable"), z.literal("deprecated"), z.literal("removed")]));

/** The zod schema of {@link T.ExternalAgentConfigDetectParams}. */
export const ExternalAgentConfigDetectParamsSchema = /* @__PURE__ */ def<T.ExternalAgentConfigDetectParams>(() => z.looseObject({
    cwds: z.union([z.array(z.string()), z.null()]).optional(),
    includeHome: z.boolean().optional(),
    maxSessionAgeDays: z.union([z.number(), z.null()]).optional(),
    maxSessions: z.union([z.number(), z.null()]).optional(),
    migrationSource: z.union([z.string(), z.null()]).optional(),
    source: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.ExternalAgentConfigDetectResponse}. */
export const ExternalAgentConfigDetectResponseSchema = /* @__PURE__ */ def<T.ExternalAgentConfigDetectResponse>(() => z.looseObject({
    connectors: z.array(z.lazy(() => ExternalAgentDetectedConnectorCandidateSchema)).optional(),
    items: z.array(z.lazy(() => ExternalAgentConfigMigrationItemSchema)),
  }));

/** The zod schema of {@link T.ExternalAgentConfigImportCompletedNotification}. */
export const ExternalAgentConfigImportCompletedNotificationSchema = /* @__PURE__ */ def<T.ExternalAgentConfigImportCompletedNotification>(() => z.looseObject({
    importId: z.string(),
    itemTypeResults: z.array(z.lazy(() => ExternalAgentConfigImportTypeResultSchema)),
  }));

/** The zod schema of {@link T.ExternalAgentConfigImportHistoriesReadResponse}. */
export const ExternalAgentConfigImportHistoriesReadResponseSchema = /* @__PURE__ */ def<T.ExternalAgentConfigImportHistoriesReadResponse>(() => z.looseObject({
    connectors: z.array(z.lazy(() => ExternalAgentImportedConnectorCandidateSchema)),
    data: z.array(z.lazy(() => ExternalAgentConfigImportHistorySchema)),
  }));

/** The zod schema of {@link T.ExternalAgentConfigImportHistory}. */
export const ExternalAgentConfigImportHistorySchema = /* @__PURE__ */ def<T.ExternalAgentConfigImportHistory>(() => z.looseObject({
    completedAtMs: z.number(),
    failures: z.array(z.lazy(() => ExternalAgentConfigImportItemTypeFailureSchema)),
    importId: z.string(),
    providerId: z.union([z.string(), z.null()]).optional(),
    successes: z.array(z.lazy(() => ExternalAgentConfigImportItemTypeSuccessSchema)),
  }));

/** The zod schema of {@link T.ExternalAgentConfigImportHistoryRecordParams}. */
export const ExternalAgentConfigImportHistoryRecordParamsSchema = /* @__PURE__ */ def<T.ExternalAgentConfigImportHistoryRecordParams>(() => z.looseObject({
    itemTypeResults: z.array(z.lazy(() => ExternalAgentConfigImportHistoryRecordTypeResultParamsSchema)),
    providerId: z.string(),
  }));

/** The zod schema of {@link T.ExternalAgentConfigImportHistoryRecordResponse}. */
export const ExternalAgentConfigImportHistoryRecordResponseSchema = /* @__PURE__ */ def<T.ExternalAgentConfigImportHistoryRecordResponse>(() => z.looseObject({
    importId: z.string(),
  }));

/** The zod schema of {@link T.ExternalAgentConfigImportHistoryRecordSuccessParams}. */
export const ExternalAgentConfigImportHistoryRecordSuccessParamsSchema = /* @__PURE__ */ def<T.ExternalAgentConfigImportHistoryRecordSuccessParams>(() => z.looseObject({
    cwd: z.union([z.string(), z.null()]).optional(),
    itemType: z.lazy(() => ExternalAgentConfigMigrationItemTypeSchema),
    source: z.union([z.string(), z.null()]).optional(),
    target: z.union([z.string(), z.null()]).optional(),
    title: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.ExternalAgentConfigImportHistoryRecordTypeResultParams}. */
export const ExternalAgentConfigImportHistoryRecordTypeResultParamsSchema = /* @__PURE__ */ def<T.ExternalAgentConfigImportHistoryRecordTypeResultParams>(() => z.looseObject({
    failures: z.array(z.lazy(() => ExternalAgentConfigImportItemTypeFailureSchema)),
    itemType: z.lazy(() => ExternalAgentConfigMigrationItemTypeSchema),
    successes: z.array(z.lazy(() => ExternalAgentConfigImportHistoryRecordSuccessParamsSchema)),
  }));

/** The zod schema of {@link T.ExternalAgentConfigImportItemTypeFailure}. */
export const ExternalAgentConfigImportItemTypeFailureSchema = /* @__PURE__ */ def<T.ExternalAgentConfigImportItemTypeFailure>(() => z.looseObject({
    cwd: z.union([z.string(), z.null()]).optional(),
    errorType: z.union([z.string(), z.null()]).optional(),
    failureStage: z.string(),
    itemType: z.lazy(() => ExternalAgentConfigMigrationItemTypeSchema),
    message: z.string(),
    source: z.union([z.string(), z.null()]).optional(),
    subErrorType: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.ExternalAgentConfigImportItemTypeSuccess}. */
export const ExternalAgentConfigImportItemTypeSuccessSchema = /* @__PURE__ */ def<T.ExternalAgentConfigImportItemTypeSuccess>(() => z.looseObject({
    cwd: z.union([z.string(), z.null()]).optional(),
    itemType: z.lazy(() => ExternalAgentConfigMigrationItemTypeSchema),
    source: z.union([z.string(), z.null()]).optional(),
    target: z.union([z.string(), z.null()]).optional(),
    title: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.ExternalAgentConfigImportParams}. */
export const ExternalAgentConfigImportParamsSchema = /* @__PURE__ */ def<T.ExternalAgentConfigImportParams>(() => z.looseObject({
    migrationItems: z.array(z.lazy(() => ExternalAgentConfigMigrationItemSchema)),
    migrationSource: z.union([z.string(), z.null()]).optional(),
    providerId: z.union([z.string(), z.null()]).optional(),
    source: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.ExternalAgentConfigImportProgressNotification}. */
export const ExternalAgentConfigImportProgressNotificationSchema = /* @__PURE__ */ def<T.ExternalAgentConfigImportProgressNotification>(() => z.looseObject({
    importId: z.string(),
    itemTypeResults: z.array(z.lazy(() => ExternalAgentConfigImportTypeResultSchema)),
  }));

/** The zod schema of {@link T.ExternalAgentConfigImportResponse}. */
export const ExternalAgentConfigImportResponseSchema = /* @__PURE__ */ def<T.ExternalAgentConfigImportResponse>(() => z.looseObject({
    importId: z.string(),
  }));

/** The zod schema of {@link T.ExternalAgentConfigImportTypeResult}. */
export const ExternalAgentConfigImportTypeResultSchema = /* @__PURE__ */ def<T.ExternalAgentConfigImportTypeResult>(() => z.looseObject({
    failures: z.array(z.lazy(() => ExternalAgentConfigImportItemTypeFailureSchema)),
    itemType: z.lazy(() => ExternalAgentConfigMigrationItemTypeSchema),
    successes: z.array(z.lazy(() => ExternalAgentConfigImportItemTypeSuccessSchema)),
  }));

/** The zod schema of {@link T.ExternalAgentConfigMigrationItem}. */
export const ExternalAgentConfigMigrationItemSchema = /* @__PURE__ */ def<T.ExternalAgentConfigMigrationItem>(() => z.looseObject({
    cwd: z.union([z.string(), z.null()]).optional(),
    description: z.string(),
    details: z.union([z.lazy(() => MigrationDetailsSchema), z.null()]).optional(),
    itemType: z.lazy(() => ExternalAgentConfigMigrationItemTypeSchema),
  }));

/** The zod schema of {@link T.ExternalAgentConfigMigrationItemType}. */
export const ExternalAgentConfigMigrationItemTypeSchema = /* @__PURE__ */ def<T.ExternalAgentConfigMigrationItemType>(() => z.union([z.literal("AGENTS_MD"), z.literal("CONFIG"), z.literal("SKILLS"), z.literal("PLUGINS"), z.literal("MCP_SERVER_CONFIG"), z.literal("SUBAGENTS"), z.literal("HOOKS"), z.literal("COMMANDS"), z.literal("MEMORY"), z.literal("SESSIONS")]));

/** The zod schema of {@link T.ExternalAgentDetectedConnectorCandidate}. */
export const ExternalAgentDetectedConnectorCandidateSchema = /* @__PURE__ */ def<T.ExternalAgentDetectedConnectorCandidate>(() => z.looseObject({
    name: z.string(),
    sessionCount: z.number(),
    source: z.lazy(() => ExternalAgentDetectedConnectorSourceSchema),
  }));

/** The zod schema of {@link T.ExternalAgentDetectedConnectorSource}. */
export const ExternalAgentDetectedConnectorSourceSchema = /* @__PURE__ */ def<T.ExternalAgentDetectedConnectorSource>(() => z.union([z.literal("remoteMcpServersConfig"), z.literal("sessionToolUse")]));

/** The zod schema of {@link T.ExternalAgentImportedConnectorCandidate}. */
export const ExternalAgentImportedConnectorCandidateSchema = /* @__PURE__ */ def<T.ExternalAgentImportedConnectorCandidate>(() => z.looseObject({
    name: z.string(),
    sessionCount: z.number(),
    source: z.lazy(() => ExternalAgentImportedConnectorSourceSchema),
  }));

/** The zod schema of {@link T.ExternalAgentImportedConnectorSource}. */
export const ExternalAgentImportedConnectorSourceSchema = /* @__PURE__ */ def<T.ExternalAgentImportedConnectorSource>(() => z.literal("remoteMcpServersConfig"));

/** The zod schema of {@link T.FeedbackRequirements}. */
export const FeedbackRequirementsSchema = /* @__PURE__ */ def<T.FeedbackRequirements>(() => z.looseObject({
    enabled: z.union([z.boolean(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.FeedbackSaveParams}. */
export const FeedbackSaveParamsSchema = /* @__PURE__ */ def<T.FeedbackSaveParams>(() => z.looseObject({
    classification: z.string(),
    extraLogFiles: z.union([z.array(z.string()), z.null()]).optional(),
    includeLogs: z.boolean().optional(),
    reason: z.union([z.string(), z.null()]).optional(),
    savePath: z.lazy(() => LegacyAppPathStringSchema),
    tags: z.union([z.record(z.string(), z.string()), z.null()]).optional(),
    threadId: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.FeedbackSaveResponse}. */
export const FeedbackSaveResponseSchema = /* @__PURE__ */ def<T.FeedbackSaveResponse>(() => z.looseObject({
    promptHash: z.union([z.string(), z.null()]).optional(),
    savedPath: z.lazy(() => LegacyAppPathStringSchema),
    threadId: z.string(),
  }));

/** The zod schema of {@link T.FeedbackUploadParams}. */
export const FeedbackUploadParamsSchema = /* @__PURE__ */ def<T.FeedbackUploadParams>(() => z.looseObject({
    classification: z.string(),
    extraLogFiles: z.union([z.array(z.string()), z.null()]).optional(),
    includeLogs: z.boolean().optional(),
    reason: z.union([z.string(), z.null()]).optional(),
    tags: z.union([z.record(z.string(), z.string()), z.null()]).optional(),
    threadId: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.FeedbackUploadResponse}. */
export const FeedbackUploadResponseSchema = /* @__PURE__ */ def<T.FeedbackUploadResponse>(() => z.looseObject({
    promptHash: z.union([z.string(), z.null()]).optional(),
    threadId: z.string(),
  }));

/** The zod schema of {@link T.FileChange}. */
export const FileChangeSchema = /* @__PURE__ */ def<T.FileChange>(() => z.discriminatedUnion("type", [z.looseObject({
    content: z.string(),
    type: z.literal("add"),
  }), z.looseObject({
    content: z.string(),
    type: z.literal("delete"),
  }), z.looseObject({
    move_path: z.union([z.string(), z.null()]).optional(),
    type: z.literal("update"),
    unified_diff: z.string(),
  })]));

/** The zod schema of {@link T.FileChangeApprovalDecision}. */
export const FileChangeApprovalDecisionSchema = /* @__PURE__ */ def<T.FileChangeApprovalDecision>(() => z.union([z.literal("accept"), z.literal("acceptForSession"), z.literal("decline"), z.literal("cancel")]));

/** The zod schema of {@link T.FileChangeOutputDeltaNotification}. */
export const FileChangeOutputDeltaNotificationSchema = /* @__PURE__ */ def<T.FileChangeOutputDeltaNotification>(() => z.looseObject({
    delta: z.string(),
    itemId: z.string(),
    threadId: z.string(),
    turnId: z.string(),
  }));

/** The zod schema of {@link T.FileChangePatchUpdatedNotification}. */
export const FileChangePatchUpdatedNotificationSchema = /* @__PURE__ */ def<T.FileChangePatchUpdatedNotification>(() => z.looseObject({
    changes: z.array(z.lazy(() => FileUpdateChangeSchema)),
    itemId: z.string(),
    threadId: z.string(),
    turnId: z.string(),
  }));

/** The zod schema of {@link T.FileChangeRequestApprovalParams}. */
export const FileChangeRequestApprovalParamsSchema = /* @__PURE__ */ def<T.FileChangeRequestApprovalParams>(() => z.looseObject({
    grantRoot: z.union([z.string(), z.null()]).optional(),
    itemId: z.string(),
    reason: z.union([z.string(), z.null()]).optional(),
    startedAtMs: z.number(),
    threadId: z.string(),
    turnId: z.string(),
  }));

/** The zod schema of {@link T.FileChangeRequestApprovalResponse}. */
export const FileChangeRequestApprovalResponseSchema = /* @__PURE__ */ def<T.FileChangeRequestApprovalResponse>(() => z.looseObject({
    decision: z.lazy(() => FileChangeApprovalDecisionSchema),
  }));

/** The zod schema of {@link T.FileSystemAccessMode}. */
export const FileSystemAccessModeSchema = /* @__PURE__ */ def<T.FileSystemAccessMode>(() => z.union([z.literal("read"), z.literal("write"), z.literal("deny")]));

/** The zod schema of {@link T.FileSystemPath}. */
export const FileSystemPathSchema = /* @__PURE__ */ def<T.FileSystemPath>(() => z.discriminatedUnion("type", [z.looseObject({
    path: z.lazy(() => LegacyAppPathStringSchema),
    type: z.literal("path"),
  }), z.looseObject({
    pattern: z.string(),
    type: z.literal("glob_pattern"),
  }), z.looseObject({
    type: z.literal("special"),
    value: z.lazy(() => FileSystemSpecialPathSchema),
  })]));

/** The zod schema of {@link T.FileSystemSandboxEntry}. */
export const FileSystemSandboxEntrySchema = /* @__PURE__ */ def<T.FileSystemSandboxEntry>(() => z.looseObject({
    access: z.lazy(() => FileSystemAccessModeSchema),
    path: z.lazy(() => FileSystemPathSchema),
  }));

/** The zod schema of {@link T.FileSystemSpecialPath}. */
export const FileSystemSpecialPathSchema = /* @__PURE__ */ def<T.FileSystemSpecialPath>(() => z.discriminatedUnion("kind", [z.looseObject({
    kind: z.literal("root"),
  }), z.looseObject({
    kind: z.literal("minimal"),
  }), z.looseObject({
    kind: z.literal("project_roots"),
    subpath: z.union([z.lazy(() => LegacyAppPathStringSchema), z.null()]).optional(),
  }), z.looseObject({
    kind: z.literal("tmpdir"),
  }), z.looseObject({
    kind: z.literal("slash_tmp"),
  }), z.looseObject({
    kind: z.literal("unknown"),
    path: z.string(),
    subpath: z.union([z.lazy(() => LegacyAppPathStringSchema), z.null()]).optional(),
  })]));

/** The zod schema of {@link T.FileUpdateChange}. */
export const FileUpdateChangeSchema = /* @__PURE__ */ def<T.FileUpdateChange>(() => z.looseObject({
    diff: z.string(),
    kind: z.lazy(() => PatchChangeKindSchema),
    path: z.string(),
  }));

/** The zod schema of {@link T.ForcedChatgptWorkspaceIds}. */
export const ForcedChatgptWorkspaceIdsSchema = /* @__PURE__ */ def<T.ForcedChatgptWorkspaceIds>(() => z.union([z.string(), z.array(z.string())]));

/** The zod schema of {@link T.ForcedLoginMethod}. */
export const ForcedLoginMethodSchema = /* @__PURE__ */ def<T.ForcedLoginMethod>(() => z.union([z.literal("chatgpt"), z.literal("api")]));

/** The zod schema of {@link T.FsChangedNotification}. */
export const FsChangedNotificationSchema = /* @__PURE__ */ def<T.FsChangedNotification>(() => z.looseObject({
    changedPaths: z.array(z.lazy(() => AbsolutePathBufSchema)),
    watchId: z.string(),
  }));

/** The zod schema of {@link T.FsCopyParams}. */
export const FsCopyParamsSchema = /* @__PURE__ */ def<T.FsCopyParams>(() => z.looseObject({
    destinationPath: z.lazy(() => AbsolutePathBufSchema),
    recursive: z.boolean().optional(),
    sourcePath: z.lazy(() => AbsolutePathBufSchema),
  }));

/** The zod schema of {@link T.FsCopyResponse}. */
export const FsCopyResponseSchema = /* @__PURE__ */ def<T.FsCopyResponse>(() => z.looseObject({}));

/** The zod schema of {@link T.FsCreateDirectoryParams}. */
export const FsCreateDirectoryParamsSchema = /* @__PURE__ */ def<T.FsCreateDirectoryParams>(() => z.looseObject({
    path: z.lazy(() => AbsolutePathBufSchema),
    recursive: z.union([z.boolean(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.FsCreateDirectoryResponse}. */
export const FsCreateDirectoryResponseSchema = /* @__PURE__ */ def<T.FsCreateDirectoryResponse>(() => z.looseObject({}));

/** The zod schema of {@link T.FsGetMetadataParams}. */
export const FsGetMetadataParamsSchema = /* @__PURE__ */ def<T.FsGetMetadataParams>(() => z.looseObject({
    path: z.lazy(() => AbsolutePathBufSchema),
  }));

/** The zod schema of {@link T.FsGetMetadataResponse}. */
export const FsGetMetadataResponseSchema = /* @__PURE__ */ def<T.FsGetMetadataResponse>(() => z.looseObject({
    createdAtMs: z.number(),
    isDirectory: z.boolean(),
    isFile: z.boolean(),
    isSymlink: z.boolean(),
    modifiedAtMs: z.number(),
  }));

/** The zod schema of {@link T.FsReadDirectoryEntry}. */
export const FsReadDirectoryEntrySchema = /* @__PURE__ */ def<T.FsReadDirectoryEntry>(() => z.looseObject({
    fileName: z.string(),
    isDirectory: z.boolean(),
    isFile: z.boolean(),
  }));

/** The zod schema of {@link T.FsReadDirectoryParams}. */
export const FsReadDirectoryParamsSchema = /* @__PURE__ */ def<T.FsReadDirectoryParams>(() => z.looseObject({
    path: z.lazy(() => AbsolutePathBufSchema),
  }));

/** The zod schema of {@link T.FsReadDirectoryResponse}. */
export const FsReadDirectoryResponseSchema = /* @__PURE__ */ def<T.FsReadDirectoryResponse>(() => z.looseObject({
    entries: z.array(z.lazy(() => FsReadDirectoryEntrySchema)),
  }));

/** The zod schema of {@link T.FsReadFileParams}. */
export const FsReadFileParamsSchema = /* @__PURE__ */ def<T.FsReadFileParams>(() => z.looseObject({
    path: z.lazy(() => AbsolutePathBufSchema),
  }));

/** The zod schema of {@link T.FsReadFileResponse}. */
export const FsReadFileResponseSchema = /* @__PURE__ */ def<T.FsReadFileResponse>(() => z.looseObject({
    dataBase64: z.string(),
  }));

/** The zod schema of {@link T.FsRemoveParams}. */
export const FsRemoveParamsSchema = /* @__PURE__ */ def<T.FsRemoveParams>(() => z.looseObject({
    force: z.union([z.boolean(), z.null()]).optional(),
    path: z.lazy(() => AbsolutePathBufSchema),
    recursive: z.union([z.boolean(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.FsRemoveResponse}. */
export const FsRemoveResponseSchema = /* @__PURE__ */ def<T.FsRemoveResponse>(() => z.looseObject({}));

/** The zod schema of {@link T.FsUnwatchParams}. */
export const FsUnwatchParamsSchema = /* @__PURE__ */ def<T.FsUnwatchParams>(() => z.looseObject({
    watchId: z.string(),
  }));

/** The zod schema of {@link T.FsUnwatchResponse}. */
export const FsUnwatchResponseSchema = /* @__PURE__ */ def<T.FsUnwatchResponse>(() => z.looseObject({}));

/** The zod schema of {@link T.FsWatchParams}. */
export const FsWatchParamsSchema = /* @__PURE__ */ def<T.FsWatchParams>(() => z.looseObject({
    path: z.lazy(() => AbsolutePathBufSchema),
    watchId: z.string(),
  }));

/** The zod schema of {@link T.FsWatchResponse}. */
export const FsWatchResponseSchema = /* @__PURE__ */ def<T.FsWatchResponse>(() => z.looseObject({
    path: z.lazy(() => AbsolutePathBufSchema),
  }));

/** The zod schema of {@link T.FsWriteFileParams}. */
export const FsWriteFileParamsSchema = /* @__PURE__ */ def<T.FsWriteFileParams>(() => z.looseObject({
    dataBase64: z.string(),
    path: z.lazy(() => AbsolutePathBufSchema),
  }));

/** The zod schema of {@link T.FsWriteFileResponse}. */
export const FsWriteFileResponseSchema = /* @__PURE__ */ def<T.FsWriteFileResponse>(() => z.looseObject({}));

/** The zod schema of {@link T.FunctionCallOutputBody}. */
export const FunctionCallOutputBodySchema = /* @__PURE__ */ def<T.FunctionCallOutputBody>(() => z.union([z.string(), z.array(z.lazy(() => FunctionCallOutputContentItemSchema))]));

/** The zod schema of {@link T.FunctionCallOutputContentItem}. */
export const FunctionCallOutputContentItemSchema = /* @__PURE__ */ def<T.FunctionCallOutputContentItem>(() => z.discriminatedUnion("type", [z.looseObject({
    text: z.string(),
    type: z.literal("input_text"),
  }), z.looseObject({ type: z.literal("input_image") }).pipe(z.intersection(z.looseObject({
    detail: z.union([z.lazy(() => ImageDetailSchema), z.null()]).optional(),
    type: z.literal("input_image"),
  }), z.union([z.looseObject({
    image_url: z.string(),
  }), z.looseObject({
    file_id: z.string(),
  })])) as z.ZodType<unknown, any>), z.looseObject({ type: z.literal("input_audio") }).pipe(z.intersection(z.looseObject({
    type: z.literal("input_audio"),
  }), z.union([z.looseObject({
    audio_url: z.string(),
  }), z.looseObject({
    file_id: z.string(),
  })])) as z.ZodType<unknown, any>), z.looseObject({
    encrypted_content: z.string(),
    type: z.literal("encrypted_content"),
  })]));

/** The zod schema of {@link T.FuzzyFileSearchMatchType}. */
export const FuzzyFileSearchMatchTypeSchema = /* @__PURE__ */ def<T.FuzzyFileSearchMatchType>(() => z.union([z.literal("file"), z.literal("directory")]));

/** The zod schema of {@link T.FuzzyFileSearchParams}. */
export const FuzzyFileSearchParamsSchema = /* @__PURE__ */ def<T.FuzzyFileSearchParams>(() => z.looseObject({
    cancellationToken: z.union([z.string(), z.null()]).optional(),
    query: z.string(),
    roots: z.array(z.string()),
  }));

/** The zod schema of {@link T.FuzzyFileSearchResponse}. */
export const FuzzyFileSearchResponseSchema = /* @__PURE__ */ def<T.FuzzyFileSearchResponse>(() => z.looseObject({
    files: z.array(z.lazy(() => FuzzyFileSearchResultSchema)),
  }));

/** The zod schema of {@link T.FuzzyFileSearchResult}. */
export const FuzzyFileSearchResultSchema = /* @__PURE__ */ def<T.FuzzyFileSearchResult>(() => z.looseObject({
    file_name: z.string(),
    indices: z.union([z.array(z.number()), z.null()]).optional(),
    match_type: z.lazy(() => FuzzyFileSearchMatchTypeSchema),
    path: z.string(),
    root: z.string(),
    score: z.number(),
  }));

/** The zod schema of {@link T.FuzzyFileSearchSessionCompletedNotification}. */
export const FuzzyFileSearchSessionCompletedNotificationSchema = /* @__PURE__ */ def<T.FuzzyFileSearchSessionCompletedNotification>(() => z.looseObject({
    sessionId: z.string(),
  }));

/** The zod schema of {@link T.FuzzyFileSearchSessionUpdatedNotification}. */
export const FuzzyFileSearchSessionUpdatedNotificationSchema = /* @__PURE__ */ def<T.FuzzyFileSearchSessionUpdatedNotification>(() => z.looseObject({
    files: z.array(z.lazy(() => FuzzyFileSearchResultSchema)),
    query: z.string(),
    sessionId: z.string(),
  }));

/** The zod schema of {@link T.GatewayAuth}. */
export const GatewayAuthSchema = /* @__PURE__ */ def<T.GatewayAuth>(() => z.discriminatedUnion("mode", [z.looseObject({
    mode: z.literal("none"),
  }), z.looseObject({
    envKey: z.string(),
    mode: z.literal("environmentVariable"),
  }), z.looseObject({
    envKey: z.union([z.string(), z.null()]).optional(),
    mode: z.literal("externallyConfigured"),
  })]));

/** The zod schema of {@link T.GatewayOAuthCancelResponse}. */
export const GatewayOAuthCancelResponseSchema = /* @__PURE__ */ def<T.GatewayOAuthCancelResponse>(() => z.looseObject({}));

/** The zod schema of {@link T.GatewayOAuthChangedNotification}. */
export const GatewayOAuthChangedNotificationSchema = /* @__PURE__ */ def<T.GatewayOAuthChangedNotification>(() => z.looseObject({
    authUrl: z.union([z.string(), z.null()]).optional(),
    error: z.union([z.string(), z.null()]).optional(),
    loginId: z.union([z.string(), z.null()]).optional(),
    providerId: z.string(),
    status: z.lazy(() => GatewayOAuthStatusSchema),
  }));

/** The zod schema of {@link T.GatewayOAuthLoginParams}. */
export const GatewayOAuthLoginParamsSchema = /* @__PURE__ */ def<T.GatewayOAuthLoginParams>(() => z.looseObject({
    deviceAuth: z.boolean().optional(),
    modelProvider: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.GatewayOAuthLoginResponse}. */
export const GatewayOAuthLoginResponseSchema = /* @__PURE__ */ def<T.GatewayOAuthLoginResponse>(() => z.looseObject({
    prompt: z.union([z.lazy(() => GatewayOAuthPromptSchema), z.null()]).optional(),
  }));

/** The zod schema of {@link T.GatewayOAuthPrompt}. */
export const GatewayOAuthPromptSchema = /* @__PURE__ */ def<T.GatewayOAuthPrompt>(() => z.looseObject({
    loginId: z.string(),
    userCode: z.string(),
    verificationUrl: z.string(),
  }));

/** The zod schema of {@link T.GatewayOAuthReadParams}. */
export const GatewayOAuthReadParamsSchema = /* @__PURE__ */ def<T.GatewayOAuthReadParams>(() => z.looseObject({
    modelProvider: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.GatewayOAuthReadResponse}. */
export const GatewayOAuthReadResponseSchema = /* @__PURE__ */ def<T.GatewayOAuthReadResponse>(() => z.looseObject({
    error: z.union([z.string(), z.null()]).optional(),
    providerId: z.string(),
    providerName: z.string(),
    required: z.boolean(),
    status: z.union([z.lazy(() => GatewayOAuthStatusSchema), z.null()]).optional(),
    supportsDeviceAuth: z.boolean().optional(),
  }));

/** The zod schema of {@link T.GatewayOAuthStatus}. */
export const GatewayOAuthStatusSchema = /* @__PURE__ */ def<T.GatewayOAuthStatus>(() => z.union([z.literal("notReady"), z.literal("started"), z.literal("succeeded"), z.literal("failed")]));

/** The zod schema of {@link T.GcpProviderId}. */
export const GcpProviderIdSchema = /* @__PURE__ */ def<T.GcpProviderId>(() => z.literal("gcp"));

/** The zod schema of {@link T.GetAccountParams}. */
export const GetAccountParamsSchema = /* @__PURE__ */ def<T.GetAccountParams>(() => z.looseObject({
    refreshToken: z.boolean().optional(),
  }));

/** The zod schema of {@link T.GetAccountRateLimitsParams}. */
export const GetAccountRateLimitsParamsSchema = /* @__PURE__ */ def<T.GetAccountRateLimitsParams>(() => z.looseObject({
    excludeResetCreditDetails: z.boolean().optional(),
    supportsLunaReserve: z.boolean().optional(),
  }));

/** The zod schema of {@link T.GetAccountRateLimitsResponse}. */
export const GetAccountRateLimitsResponseSchema = /* @__PURE__ */ def<T.GetAccountRateLimitsResponse>(() => z.looseObject({
    accountId: z.union([z.string(), z.null()]).optional(),
    ordinaryUsageAllowed: z.union([z.boolean(), z.null()]).optional(),
    rateLimitResetCredits: z.union([z.lazy(() => RateLimitResetCreditsSummarySchema), z.null()]).optional(),
    rateLimitUpsell: z.unknown().optional(),
    rateLimits: z.lazy(() => RateLimitSnapshotSchema),
    rateLimitsByLimitId: z.union([z.record(z.string(), z.lazy(() => RateLimitSnapshotSchema)), z.null()]).optional(),
  }));

/** The zod schema of {@link T.GetAccountResponse}. */
export const GetAccountResponseSchema = /* @__PURE__ */ def<T.GetAccountResponse>(() => z.looseObject({
    account: z.union([z.lazy(() => AccountSchema), z.null()]).optional(),
    requiresOpenaiAuth: z.boolean(),
    userId: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.GetAccountSecuritySetupResponse}. */
export const GetAccountSecuritySetupResponseSchema = /* @__PURE__ */ def<T.GetAccountSecuritySetupResponse>(() => z.looseObject({
    notice: z.union([z.lazy(() => AccountSecuritySetupNoticeSchema), z.null()]).optional(),
  }));

/** The zod schema of {@link T.GetAccountTokenUsageParams}. */
export const GetAccountTokenUsageParamsSchema = /* @__PURE__ */ def<T.GetAccountTokenUsageParams>(() => z.looseObject({
    threadId: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.GetAccountTokenUsageResponse}. */
export const GetAccountTokenUsageResponseSchema = /* @__PURE__ */ def<T.GetAccountTokenUsageResponse>(() => z.looseObject({
    dailyUsageBuckets: z.union([z.array(z.lazy(() => AccountTokenUsageDailyBucketSchema)), z.null()]).optional(),
    summary: z.lazy(() => AccountTokenUsageSummarySchema),
    threadUsage: z.union([z.lazy(() => ThreadUsageSchema), z.null()]).optional(),
  }));

/** The zod schema of {@link T.GetWorkspaceMessagesResponse}. */
export const GetWorkspaceMessagesResponseSchema = /* @__PURE__ */ def<T.GetWorkspaceMessagesResponse>(() => z.looseObject({
    featureEnabled: z.boolean(),
    messages: z.array(z.lazy(() => WorkspaceMessageSchema)),
  }));

/** The zod schema of {@link T.GitInfo}. */
export const GitInfoSchema = /* @__PURE__ */ def<T.GitInfo>(() => z.looseObject({
    branch: z.union([z.string(), z.null()]).optional(),
    originUrl: z.union([z.string(), z.null()]).optional(),
    sha: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.GrantedPermissionProfile}. */
export const GrantedPermissionProfileSchema = /* @__PURE__ */ def<T.GrantedPermissionProfile>(() => z.looseObject({
    fileSystem: z.union([z.lazy(() => AdditionalFileSystemPermissionsSchema), z.null()]).optional(),
    network: z.union([z.lazy(() => AdditionalNetworkPermissionsSchema), z.null()]).optional(),
  }));

/** The zod schema of {@link T.GuardianApprovalReview}. */
export const GuardianApprovalReviewSchema = /* @__PURE__ */ def<T.GuardianApprovalReview>(() => z.looseObject({
    rationale: z.union([z.string(), z.null()]).optional(),
    riskLevel: z.union([z.lazy(() => GuardianRiskLevelSchema), z.null()]).optional(),
    status: z.lazy(() => GuardianApprovalReviewStatusSchema),
    userAuthorization: z.union([z.lazy(() => GuardianUserAuthorizationSchema), z.null()]).optional(),
  }));

/** The zod schema of {@link T.GuardianApprovalReviewAction}. */
export const GuardianApprovalReviewActionSchema = /* @__PURE__ */ def<T.GuardianApprovalReviewAction>(() => z.discriminatedUnion("type", [z.looseObject({
    command: z.string(),
    cwd: z.lazy(() => LegacyAppPathStringSchema),
    source: z.lazy(() => GuardianCommandSourceSchema),
    type: z.literal("command"),
  }), z.looseObject({
    argv: z.array(z.string()),
    cwd: z.lazy(() => AbsolutePathBufSchema),
    program: z.string(),
    source: z.lazy(() => GuardianCommandSourceSchema),
    type: z.literal("execve"),
  }), z.looseObject({
    approvalId: z.string(),
    cwd: z.lazy(() => LegacyAppPathStringSchema),
    processId: z.string(),
    stdin: z.string(),
    type: z.literal("writeStdin"),
  }), z.looseObject({
    cwd: z.lazy(() => LegacyAppPathStringSchema),
    files: z.array(z.lazy(() => LegacyAppPathStringSchema)),
    type: z.literal("applyPatch"),
  }), z.looseObject({
    host: z.string(),
    port: z.number(),
    protocol: z.lazy(() => NetworkApprovalProtocolSchema),
    target: z.string(),
    type: z.literal("networkAccess"),
  }), z.looseObject({
    connectorId: z.union([z.string(), z.null()]).optional(),
    connectorName: z.union([z.string(), z.null()]).optional(),
    server: z.string(),
    toolName: z.string(),
    toolTitle: z.union([z.string(), z.null()]).optional(),
    type: z.literal("mcpToolCall"),
  }), z.looseObject({
    permissions: z.lazy(() => RequestPermissionProfileSchema),
    reason: z.union([z.string(), z.null()]).optional(),
    type: z.literal("requestPermissions"),
  })]));

/** The zod schema of {@link T.GuardianApprovalReviewStatus}. */
export const GuardianApprovalReviewStatusSchema = /* @__PURE__ */ def<T.GuardianApprovalReviewStatus>(() => z.union([z.literal("inProgress"), z.literal("approved"), z.literal("denied"), z.literal("timedOut"), z.literal("aborted")]));

/** The zod schema of {@link T.GuardianCommandSource}. */
export const GuardianCommandSourceSchema = /* @__PURE__ */ def<T.GuardianCommandSource>(() => z.union([z.literal("shell"), z.literal("unifiedExec")]));

/** The zod schema of {@link T.GuardianRiskLevel}. */
export const GuardianRiskLevelSchema = /* @__PURE__ */ def<T.GuardianRiskLevel>(() => z.union([z.literal("low"), z.literal("medium"), z.literal("high"), z.literal("critical")]));

/** The zod schema of {@link T.GuardianUserAuthorization}. */
export const GuardianUserAuthorizationSchema = /* @__PURE__ */ def<T.GuardianUserAuthorization>(() => z.union([z.literal("unknown"), z.literal("low"), z.literal("medium"), z.literal("high")]));

/** The zod schema of {@link T.GuardianWarningNotification}. */
export const GuardianWarningNotificationSchema = /* @__PURE__ */ def<T.GuardianWarningNotification>(() => z.looseObject({
    message: z.string(),
    threadId: z.string(),
  }));

/** The zod schema of {@link T.HookCompletedNotification}. */
export const HookCompletedNotificationSchema = /* @__PURE__ */ def<T.HookCompletedNotification>(() => z.looseObject({
    run: z.lazy(() => HookRunSummarySchema),
    threadId: z.string(),
    turnId: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.HookErrorInfo}. */
export const HookErrorInfoSchema = /* @__PURE__ */ def<T.HookErrorInfo>(() => z.looseObject({
    message: z.string(),
    path: z.string(),
  }));

/** The zod schema of {@link T.HookEventName}. */
export const HookEventNameSchema = /* @__PURE__ */ def<T.HookEventName>(() => z.union([z.literal("preModelRequest"), z.literal("postModelRequest"), z.literal("preToolUse"), z.literal("permissionRequest"), z.literal("postToolUse"), z.literal("preCompact"), z.literal("postCompact"), z.literal("sessionStart"), z.literal("sessionEnd"), z.literal("userPromptSubmit"), z.literal("subagentStart"), z.literal("subagentStop"), z.literal("stop"), z.literal("interrupt")]));

/** The zod schema of {@link T.HookExecutionMode}. */
export const HookExecutionModeSchema = /* @__PURE__ */ def<T.HookExecutionMode>(() => z.union([z.literal("sync"), z.literal("async")]));

/** The zod schema of {@link T.HookHandlerType}. */
export const HookHandlerTypeSchema = /* @__PURE__ */ def<T.HookHandlerType>(() => z.union([z.literal("command"), z.literal("mcpTool"), z.literal("prompt"), z.literal("agent")]));

/** The zod schema of {@link T.HookMetadata}. */
export const HookMetadataSchema = /* @__PURE__ */ def<T.HookMetadata>(() => z.intersection(z.looseObject({
    additionalContextLimit: z.union([z.number(), z.null()]).optional(),
    currentHash: z.string(),
    displayOrder: z.number(),
    enabled: z.boolean(),
    environmentId: z.union([z.string(), z.null()]).optional(),
    eventName: z.lazy(() => HookEventNameSchema),
    isManaged: z.boolean(),
    key: z.string(),
    matcher: z.union([z.string(), z.null()]).optional(),
    pluginId: z.union([z.string(), z.null()]).optional(),
    source: z.lazy(() => HookSourceSchema),
    sourcePath: z.lazy(() => AbsolutePathBufSchema),
    statusMessage: z.union([z.string(), z.null()]).optional(),
    timeoutSec: z.number(),
    trustStatus: z.lazy(() => HookTrustStatusSchema),
  }), z.discriminatedUnion("handlerType", [z.looseObject({
    async: z.boolean().optional(),
    command: z.string(),
    handlerType: z.literal("command"),
  }), z.looseObject({
    handlerType: z.literal("mcpTool"),
    server: z.string(),
    tool: z.string(),
  }), z.looseObject({
    handlerType: z.literal("prompt"),
  }), z.looseObject({
    handlerType: z.literal("agent"),
  })])));

/** The zod schema of {@link T.HookMigration}. */
export const HookMigrationSchema = /* @__PURE__ */ def<T.HookMigration>(() => z.looseObject({
    name: z.string(),
  }));

/** The zod schema of {@link T.HookOutputEntry}. */
export const HookOutputEntrySchema = /* @__PURE__ */ def<T.HookOutputEntry>(() => z.looseObject({
    kind: z.lazy(() => HookOutputEntryKindSchema),
    text: z.string(),
  }));

/** The zod schema of {@link T.HookOutputEntryKind}. */
export const HookOutputEntryKindSchema = /* @__PURE__ */ def<T.HookOutputEntryKind>(() => z.union([z.literal("warning"), z.literal("stop"), z.literal("feedback"), z.literal("context"), z.literal("error")]));

/** The zod schema of {@link T.HookPromptFragment}. */
export const HookPromptFragmentSchema = /* @__PURE__ */ def<T.HookPromptFragment>(() => z.looseObject({
    hookRunId: z.string(),
    text: z.string(),
  }));

/** The zod schema of {@link T.HookRunStatus}. */
export const HookRunStatusSchema = /* @__PURE__ */ def<T.HookRunStatus>(() => z.union([z.literal("running"), z.literal("completed"), z.literal("failed"), z.literal("blocked"), z.literal("stopped")]));

/** The zod schema of {@link T.HookRunSummary}. */
export const HookRunSummarySchema = /* @__PURE__ */ def<T.HookRunSummary>(() => z.looseObject({
    completedAt: z.union([z.number(), z.null()]).optional(),
    displayOrder: z.number(),
    durationMs: z.union([z.number(), z.null()]).optional(),
    entries: z.array(z.lazy(() => HookOutputEntrySchema)),
    eventName: z.lazy(() => HookEventNameSchema),
    executionMode: z.lazy(() => HookExecutionModeSchema),
    handlerType: z.lazy(() => HookHandlerTypeSchema),
    id: z.string(),
    scope: z.lazy(() => HookScopeSchema),
    source: z.lazy(() => HookSourceSchema).optional(),
    sourcePath: z.lazy(() => LegacyAppPathStringSchema),
    startedAt: z.number(),
    status: z.lazy(() => HookRunStatusSchema),
    statusMessage: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.HookScope}. */
export const HookScopeSchema = /* @__PURE__ */ def<T.HookScope>(() => z.union([z.literal("thread"), z.literal("turn")]));

/** The zod schema of {@link T.HookSource}. */
export const HookSourceSchema = /* @__PURE__ */ def<T.HookSource>(() => z.union([z.literal("system"), z.literal("user"), z.literal("project"), z.literal("mdm"), z.literal("sessionFlags"), z.literal("plugin"), z.literal("cloudRequirements"), z.literal("cloudManagedConfig"), z.literal("legacyManagedConfigFile"), z.literal("legacyManagedConfigMdm"), z.literal("unknown")]));

/** The zod schema of {@link T.HookStartedNotification}. */
export const HookStartedNotificationSchema = /* @__PURE__ */ def<T.HookStartedNotification>(() => z.looseObject({
    run: z.lazy(() => HookRunSummarySchema),
    threadId: z.string(),
    turnId: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.HookTrustStatus}. */
export const HookTrustStatusSchema = /* @__PURE__ */ def<T.HookTrustStatus>(() => z.union([z.literal("managed"), z.literal("untrusted"), z.literal("trusted"), z.literal("modified")]));

/** The zod schema of {@link T.HooksListEntry}. */
export const HooksListEntrySchema = /* @__PURE__ */ def<T.HooksListEntry>(() => z.looseObject({
    cwd: z.string(),
    errors: z.array(z.lazy(() => HookErrorInfoSchema)),
    hooks: z.array(z.lazy(() => HookMetadataSchema)),
    warnings: z.array(z.string()),
  }));

/** The zod schema of {@link T.HooksListParams}. */
export const HooksListParamsSchema = /* @__PURE__ */ def<T.HooksListParams>(() => z.looseObject({
    cwds: z.array(z.string()).optional(),
    threadId: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.HooksListResponse}. */
export const HooksListResponseSchema = /* @__PURE__ */ def<T.HooksListResponse>(() => z.looseObject({
    data: z.array(z.lazy(() => HooksListEntrySchema)),
  }));

/** The zod schema of {@link T.ImageDetail}. */
export const ImageDetailSchema = /* @__PURE__ */ def<T.ImageDetail>(() => z.union([z.literal("auto"), z.literal("low"), z.literal("high"), z.literal("original")]));

/** The zod schema of {@link T.ImageGenerationFailure}. */
export const ImageGenerationFailureSchema = /* @__PURE__ */ def<T.ImageGenerationFailure>(() => z.looseObject({
    limitId: z.string(),
    resetsAt: z.union([z.number(), z.null()]).optional(),
    type: z.literal("usageLimitExceeded"),
  }));

/** The zod schema of {@link T.ImageGenerationInputImage}. */
export const ImageGenerationInputImageSchema = /* @__PURE__ */ def<T.ImageGenerationInputImage>(() => z.looseObject({
    path: z.lazy(() => AbsolutePathBufSchema),
    sha256: z.string(),
  }));

/** The zod schema of {@link T.InAppBrowserRequirements}. */
export const InAppBrowserRequirementsSchema = /* @__PURE__ */ def<T.InAppBrowserRequirements>(() => z.looseObject({
    allowExternalBrowserSettingsImport: z.union([z.boolean(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.InitializeCapabilities}. */
export const InitializeCapabilitiesSchema = /* @__PURE__ */ def<T.InitializeCapabilities>(() => z.looseObject({
    experimentalApi: z.boolean().optional(),
    explicitGatewayOauth: z.boolean().optional(),
    extensions: z.union([z.looseObject({}), z.null()]).optional(),
    mcpServerOpenaiFormElicitation: z.boolean().optional(),
    optOutNotificationMethods: z.union([z.array(z.string()), z.null()]).optional(),
    requestAttestation: z.boolean().optional(),
    requiredHumanApproval: z.boolean().optional(),
  }));

/** The zod schema of {@link T.InitializeParams}. */
export const InitializeParamsSchema = /* @__PURE__ */ def<T.InitializeParams>(() => z.looseObject({
    capabilities: z.union([z.lazy(() => InitializeCapabilitiesSchema), z.null()]).optional(),
    clientInfo: z.lazy(() => ClientInfoSchema),
  }));

/** The zod schema of {@link T.InitializeResponse}. */
export const InitializeResponseSchema = /* @__PURE__ */ def<T.InitializeResponse>(() => z.looseObject({
    codexHome: z.lazy(() => AbsolutePathBufSchema),
    platformFamily: z.string(),
    platformOs: z.string(),
    userAgent: z.string(),
  }));

/** The zod schema of {@link T.InputModality}. */
export const InputModalitySchema = /* @__PURE__ */ def<T.InputModality>(() => z.union([z.literal("text"), z.literal("image"), z.literal("audio")]));

/** The zod schema of {@link T.InstalledApp}. */
export const InstalledAppSchema = /* @__PURE__ */ def<T.InstalledApp>(() => z.looseObject({
    callable: z.boolean(),
    enabled: z.boolean(),
    id: z.string(),
    runtimeName: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.InternalChatMessageMetadataPassthrough}. */
export const InternalChatMessageMetadataPassthroughSchema = /* @__PURE__ */ def<T.InternalChatMessageMetadataPassthrough>(() => z.looseObject({
    turn_id: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.ItemCompletedNotification}. */
export const ItemCompletedNotificationSchema = /* @__PURE__ */ def<T.ItemCompletedNotification>(() => z.looseObject({
    completedAtMs: z.number(),
    contentTokenCount: z.union([z.number(), z.null()]).optional(),
    item: z.lazy(() => ThreadItemSchema),
    threadId: z.string(),
    turnId: z.string(),
  }));

/** The zod schema of {@link T.ItemGuardianApprovalReviewCompletedNotification}. */
export const ItemGuardianApprovalReviewCompletedNotificationSchema = /* @__PURE__ */ def<T.ItemGuardianApprovalReviewCompletedNotification>(() => z.looseObject({
    action: z.lazy(() => GuardianApprovalReviewActionSchema),
    completedAtMs: z.number(),
    decisionSource: z.lazy(() => AutoReviewDecisionSourceSchema),
    review: z.lazy(() => GuardianApprovalReviewSchema),
    reviewId: z.string(),
    startedAtMs: z.number(),
    targetItemId: z.union([z.string(), z.null()]).optional(),
    threadId: z.string(),
    turnId: z.string(),
  }));

/** The zod schema of {@link T.ItemGuardianApprovalReviewStartedNotification}. */
export const ItemGuardianApprovalReviewStartedNotificationSchema = /* @__PURE__ */ def<T.ItemGuardianApprovalReviewStartedNotification>(() => z.looseObject({
    action: z.lazy(() => GuardianApprovalReviewActionSchema),
    review: z.lazy(() => GuardianApprovalReviewSchema),
    reviewId: z.string(),
    startedAtMs: z.number(),
    targetItemId: z.union([z.string(), z.null()]).optional(),
    threadId: z.string(),
    turnId: z.string(),
  }));

/** The zod schema of {@link T.ItemStartedNotification}. */
export const ItemStartedNotificationSchema = /* @__PURE__ */ def<T.ItemStartedNotification>(() => z.looseObject({
    item: z.lazy(() => ThreadItemSchema),
    startedAtMs: z.number(),
    threadId: z.string(),
    turnId: z.string(),
  }));

/** The zod schema of {@link T.LegacyAppPathString}. */
export const LegacyAppPathStringSchema = /* @__PURE__ */ def<T.LegacyAppPathString>(() => z.string());

/** The zod schema of {@link T.ListMcpServerStatusParams}. */
export const ListMcpServerStatusParamsSchema = /* @__PURE__ */ def<T.ListMcpServerStatusParams>(() => z.looseObject({
    cursor: z.union([z.string(), z.null()]).optional(),
    detail: z.union([z.lazy(() => McpServerStatusDetailSchema), z.null()]).optional(),
    limit: z.union([z.number(), z.null()]).optional(),
    serverName: z.union([z.string(), z.null()]).optional(),
    threadId: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.ListMcpServerStatusResponse}. */
export const ListMcpServerStatusResponseSchema = /* @__PURE__ */ def<T.ListMcpServerStatusResponse>(() => z.looseObject({
    data: z.array(z.lazy(() => McpServerStatusSchema)),
    nextCursor: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.LocalShellAction}. */
export const LocalShellActionSchema = /* @__PURE__ */ def<T.LocalShellAction>(() => z.looseObject({
    command: z.array(z.string()),
    env: z.union([z.record(z.string(), z.string()), z.null()]).optional(),
    timeout_ms: z.union([z.number(), z.null()]).optional(),
    type: z.literal("exec"),
    user: z.union([z.string(), z.null()]).optional(),
    working_directory: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.LocalShellStatus}. */
export const LocalShellStatusSchema = /* @__PURE__ */ def<T.LocalShellStatus>(() => z.union([z.literal("completed"), z.literal("in_progress"), z.literal("incomplete")]));

/** The zod schema of {@link T.LoginAccountParams}. */
export const LoginAccountParamsSchema = /* @__PURE__ */ def<T.LoginAccountParams>(() => z.discriminatedUnion("type", [z.looseObject({
    apiKey: z.string(),
    type: z.literal("apiKey"),
  }), z.looseObject({
    appBrand: z.union([z.lazy(() => LoginAppBrandSchema), z.null()]).optional(),
    codexStreamlinedLogin: z.boolean().optional(),
    type: z.literal("chatgpt"),
    useHostedLoginSuccessPage: z.boolean().optional(),
  }), z.looseObject({
    type: z.literal("chatgptDeviceCode"),
  }), z.looseObject({
    accessToken: z.string(),
    chatgptAccountId: z.string(),
    chatgptPlanType: z.union([z.string(), z.null()]).optional(),
    type: z.literal("chatgptAuthTokens"),
  }), z.looseObject({
    apiKey: z.string(),
    region: z.string(),
    type: z.literal("amazonBedrock"),
  }), z.looseObject({
    accessKeyId: z.string(),
    region: z.string(),
    secretAccessKey: z.string(),
    sessionToken: z.union([z.string(), z.null()]).optional(),
    type: z.literal("amazonBedrockAccessKeys"),
  })]));

/** The zod schema of {@link T.LoginAccountResponse}. */
export const LoginAccountResponseSchema = /* @__PURE__ */ def<T.LoginAccountResponse>(() => z.discriminatedUnion("type", [z.looseObject({
    type: z.literal("apiKey"),
  }), z.looseObject({
    authUrl: z.string(),
    loginId: z.string(),
    type: z.literal("chatgpt"),
  }), z.looseObject({
    loginId: z.string(),
    type: z.literal("chatgptDeviceCode"),
    userCode: z.string(),
    verificationUrl: z.string(),
  }), z.looseObject({
    type: z.literal("chatgptAuthTokens"),
  }), z.looseObject({
    type: z.literal("amazonBedrock"),
  })]));

/** The zod schema of {@link T.LoginAppBrand}. */
export const LoginAppBrandSchema = /* @__PURE__ */ def<T.LoginAppBrand>(() => z.union([z.literal("codex"), z.literal("chatgpt")]));

/** The zod schema of {@link T.LogoutAccountResponse}. */
export const LogoutAccountResponseSchema = /* @__PURE__ */ def<T.LogoutAccountResponse>(() => z.looseObject({}));

/** The zod schema of {@link T.ManagedHooksRequirements}. */
export const ManagedHooksRequirementsSchema = /* @__PURE__ */ def<T.ManagedHooksRequirements>(() => z.looseObject({
    Interrupt: z.array(z.lazy(() => ConfiguredHookMatcherGroupSchema)).optional(),
    PermissionRequest: z.array(z.lazy(() => ConfiguredHookMatcherGroupSchema)),
    PostCompact: z.array(z.lazy(() => ConfiguredHookMatcherGroupSchema)),
    PostModelRequest: z.array(z.lazy(() => ConfiguredHookMatcherGroupSchema)).optional(),
    PostToolUse: z.array(z.lazy(() => ConfiguredHookMatcherGroupSchema)),
    PreCompact: z.array(z.lazy(() => ConfiguredHookMatcherGroupSchema)),
    PreModelRequest: z.array(z.lazy(() => ConfiguredHookMatcherGroupSchema)).optional(),
    PreToolUse: z.array(z.lazy(() => ConfiguredHookMatcherGroupSchema)),
    SessionEnd: z.array(z.lazy(() => ConfiguredHookMatcherGroupSchema)).optional(),
    SessionStart: z.array(z.lazy(() => ConfiguredHookMatcherGroupSchema)),
    Stop: z.array(z.lazy(() => ConfiguredHookMatcherGroupSchema)),
    SubagentStart: z.array(z.lazy(() => ConfiguredHookMatcherGroupSchema)),
    SubagentStop: z.array(z.lazy(() => ConfiguredHookMatcherGroupSchema)),
    UserPromptSubmit: z.array(z.lazy(() => ConfiguredHookMatcherGroupSchema)),
    managedDir: z.union([z.string(), z.null()]).optional(),
    windowsManagedDir: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.MarketplaceAddParams}. */
export const MarketplaceAddParamsSchema = /* @__PURE__ */ def<T.MarketplaceAddParams>(() => z.looseObject({
    refName: z.union([z.string(), z.null()]).optional(),
    source: z.string(),
    sparsePaths: z.union([z.array(z.string()), z.null()]).optional(),
  }));

/** The zod schema of {@link T.MarketplaceAddResponse}. */
export const MarketplaceAddResponseSchema = /* @__PURE__ */ def<T.MarketplaceAddResponse>(() => z.looseObject({
    alreadyAdded: z.boolean(),
    installedRoot: z.lazy(() => AbsolutePathBufSchema),
    marketplaceName: z.string(),
  }));

/** The zod schema of {@link T.MarketplaceInterface}. */
export const MarketplaceInterfaceSchema = /* @__PURE__ */ def<T.MarketplaceInterface>(() => z.looseObject({
    displayName: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.MarketplaceLoadErrorInfo}. */
export const MarketplaceLoadErrorInfoSchema = /* @__PURE__ */ def<T.MarketplaceLoadErrorInfo>(() => z.looseObject({
    marketplacePath: z.lazy(() => AbsolutePathBufSchema),
    message: z.string(),
  }));

/** The zod schema of {@link T.MarketplaceRemoveParams}. */
export const MarketplaceRemoveParamsSchema = /* @__PURE__ */ def<T.MarketplaceRemoveParams>(() => z.looseObject({
    marketplaceName: z.string(),
  }));

/** The zod schema of {@link T.MarketplaceRemoveResponse}. */
export const MarketplaceRemoveResponseSchema = /* @__PURE__ */ def<T.MarketplaceRemoveResponse>(() => z.looseObject({
    installedRoot: z.union([z.lazy(() => AbsolutePathBufSchema), z.null()]).optional(),
    marketplaceName: z.string(),
  }));

/** The zod schema of {@link T.MarketplaceUpgradeErrorInfo}. */
export const MarketplaceUpgradeErrorInfoSchema = /* @__PURE__ */ def<T.MarketplaceUpgradeErrorInfo>(() => z.looseObject({
    marketplaceName: z.string(),
    message: z.string(),
  }));

/** The zod schema of {@link T.MarketplaceUpgradeParams}. */
export const MarketplaceUpgradeParamsSchema = /* @__PURE__ */ def<T.MarketplaceUpgradeParams>(() => z.looseObject({
    marketplaceName: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.MarketplaceUpgradeResponse}. */
export const MarketplaceUpgradeResponseSchema = /* @__PURE__ */ def<T.MarketplaceUpgradeResponse>(() => z.looseObject({
    errors: z.array(z.lazy(() => MarketplaceUpgradeErrorInfoSchema)),
    selectedMarketplaces: z.array(z.string()),
    upgradedRoots: z.array(z.lazy(() => AbsolutePathBufSchema)),
  }));

/** The zod schema of {@link T.McpAppDisplayMode}. */
export const McpAppDisplayModeSchema = /* @__PURE__ */ def<T.McpAppDisplayMode>(() => z.union([z.literal("inline"), z.literal("fullscreen")]));

/** The zod schema of {@link T.McpAppUi}. */
export const McpAppUiSchema = /* @__PURE__ */ def<T.McpAppUi>(() => z.looseObject({
    preferredModelDisplayMode: z.lazy(() => McpAppDisplayModeSchema),
    resourceUri: z.string(),
  }));

/** The zod schema of {@link T.McpAuthStatus}. */
export const McpAuthStatusSchema = /* @__PURE__ */ def<T.McpAuthStatus>(() => z.union([z.literal("unknown"), z.literal("unsupported"), z.literal("notLoggedIn"), z.literal("bearerToken"), z.literal("oAuth")]));

/** The zod schema of {@link T.McpElicitationArrayType}. */
export const McpElicitationArrayTypeSchema = /* @__PURE__ */ def<T.McpElicitationArrayType>(() => z.literal("array"));

/** The zod schema of {@link T.McpElicitationBooleanSchema}. */
export const McpElicitationBooleanSchemaSchema = /* @__PURE__ */ def<T.McpElicitationBooleanSchema>(() => z.looseObject({
    default: z.union([z.boolean(), z.null()]).optional(),
    description: z.union([z.string(), z.null()]).optional(),
    title: z.union([z.string(), z.null()]).optional(),
    type: z.lazy(() => McpElicitationBooleanTypeSchema),
  }));

/** The zod schema of {@link T.McpElicitationBooleanType}. */
export const McpElicitationBooleanTypeSchema = /* @__PURE__ */ def<T.McpElicitationBooleanType>(() => z.literal("boolean"));

/** The zod schema of {@link T.McpElicitationConstOption}. */
export const McpElicitationConstOptionSchema = /* @__PURE__ */ def<T.McpElicitationConstOption>(() => z.looseObject({
    const: z.string(),
    title: z.string(),
  }));

/** The zod schema of {@link T.McpElicitationEnumSchema}. */
export const McpElicitationEnumSchemaSchema = /* @__PURE__ */ def<T.McpElicitationEnumSchema>(() => z.union([z.lazy(() => McpElicitationSingleSelectEnumSchemaSchema), z.lazy(() => McpElicitationMultiSelectEnumSchemaSchema), z.lazy(() => McpElicitationLegacyTitledEnumSchemaSchema)]));

/** The zod schema of {@link T.McpElicitationLegacyTitledEnumSchema}. */
export const McpElicitationLegacyTitledEnumSchemaSchema = /* @__PURE__ */ def<T.McpElicitationLegacyTitledEnumSchema>(() => z.looseObject({
    default: z.union([z.string(), z.null()]).optional(),
    description: z.union([z.string(), z.null()]).optional(),
    enum: z.array(z.string()),
    enumNames: z.union([z.array(z.string()), z.null()]).optional(),
    title: z.union([z.string(), z.null()]).optional(),
    type: z.lazy(() => McpElicitationStringTypeSchema),
  }));

/** The zod schema of {@link T.McpElicitationMultiSelectEnumSchema}. */
export const McpElicitationMultiSelectEnumSchemaSchema = /* @__PURE__ */ def<T.McpElicitationMultiSelectEnumSchema>(() => z.union([z.lazy(() => McpElicitationUntitledMultiSelectEnumSchemaSchema), z.lazy(() => McpElicitationTitledMultiSelectEnumSchemaSchema)]));

/** The zod schema of {@link T.McpElicitationNumberSchema}. */
export const McpElicitationNumberSchemaSchema = /* @__PURE__ */ def<T.McpElicitationNumberSchema>(() => z.looseObject({
    default: z.union([z.number(), z.null()]).optional(),
    description: z.union([z.string(), z.null()]).optional(),
    maximum: z.union([z.number(), z.null()]).optional(),
    minimum: z.union([z.number(), z.null()]).optional(),
    title: z.union([z.string(), z.null()]).optional(),
    type: z.lazy(() => McpElicitationNumberTypeSchema),
  }));

/** The zod schema of {@link T.McpElicitationNumberType}. */
export const McpElicitationNumberTypeSchema = /* @__PURE__ */ def<T.McpElicitationNumberType>(() => z.union([z.literal("number"), z.literal("integer")]));

/** The zod schema of {@link T.McpElicitationObjectType}. */
export const McpElicitationObjectTypeSchema = /* @__PURE__ */ def<T.McpElicitationObjectType>(() => z.literal("object"));

/** The zod schema of {@link T.McpElicitationPrimitiveSchema}. */
export const McpElicitationPrimitiveSchemaSchema = /* @__PURE__ */ def<T.McpElicitationPrimitiveSchema>(() => z.union([z.lazy(() => McpElicitationEnumSchemaSchema), z.lazy(() => McpElicitationStringSchemaSchema), z.lazy(() => McpElicitationNumberSchemaSchema), z.lazy(() => McpElicitationBooleanSchemaSchema)]));

/** The zod schema of {@link T.McpElicitationSchema}. */
export const McpElicitationSchemaSchema = /* @__PURE__ */ def<T.McpElicitationSchema>(() => z.looseObject({
    $schema: z.union([z.string(), z.null()]).optional(),
    properties: z.record(z.string(), z.lazy(() => McpElicitationPrimitiveSchemaSchema)),
    required: z.union([z.array(z.string()), z.null()]).optional(),
    type: z.lazy(() => McpElicitationObjectTypeSchema),
  }));

/** The zod schema of {@link T.McpElicitationSingleSelectEnumSchema}. */
export const McpElicitationSingleSelectEnumSchemaSchema = /* @__PURE__ */ def<T.McpElicitationSingleSelectEnumSchema>(() => z.union([z.lazy(() => McpElicitationUntitledSingleSelectEnumSchemaSchema), z.lazy(() => McpElicitationTitledSingleSelectEnumSchemaSchema)]));

/** The zod schema of {@link T.McpElicitationStringFormat}. */
export const McpElicitationStringFormatSchema = /* @__PURE__ */ def<T.McpElicitationStringFormat>(() => z.union([z.literal("email"), z.literal("uri"), z.literal("date"), z.literal("date-time")]));

/** The zod schema of {@link T.McpElicitationStringSchema}. */
export const McpElicitationStringSchemaSchema = /* @__PURE__ */ def<T.McpElicitationStringSchema>(() => z.looseObject({
    default: z.union([z.string(), z.null()]).optional(),
    description: z.union([z.string(), z.null()]).optional(),
    format: z.union([z.lazy(() => McpElicitationStringFormatSchema), z.null()]).optional(),
    maxLength: z.union([z.number(), z.null()]).optional(),
    minLength: z.union([z.number(), z.null()]).optional(),
    title: z.union([z.string(), z.null()]).optional(),
    type: z.lazy(() => McpElicitationStringTypeSchema),
  }));

/** The zod schema of {@link T.McpElicitationStringType}. */
export const McpElicitationStringTypeSchema = /* @__PURE__ */ def<T.McpElicitationStringType>(() => z.literal("string"));

/** The zod schema of {@link T.McpElicitationTitledEnumItems}. */
export const McpElicitationTitledEnumItemsSchema = /* @__PURE__ */ def<T.McpElicitationTitledEnumItems>(() => z.looseObject({
    anyOf: z.array(z.lazy(() => McpElicitationConstOptionSchema)),
  }));

/** The zod schema of {@link T.McpElicitationTitledMultiSelectEnumSchema}. */
export const McpElicitationTitledMultiSelectEnumSchemaSchema = /* @__PURE__ */ def<T.McpElicitationTitledMultiSelectEnumSchema>(() => z.looseObject({
    default: z.union([z.array(z.string()), z.null()]).optional(),
    description: z.union([z.string(), z.null()]).optional(),
    items: z.lazy(() => McpElicitationTitledEnumItemsSchema),
    maxItems: z.union([z.number(), z.null()]).optional(),
    minItems: z.union([z.number(), z.null()]).optional(),
    title: z.union([z.string(), z.null()]).optional(),
    type: z.lazy(() => McpElicitationArrayTypeSchema),
  }));

/** The zod schema of {@link T.McpElicitationTitledSingleSelectEnumSchema}. */
export const McpElicitationTitledSingleSelectEnumSchemaSchema = /* @__PURE__ */ def<T.McpElicitationTitledSingleSelectEnumSchema>(() => z.looseObject({
    default: z.union([z.string(), z.null()]).optional(),
    description: z.union([z.string(), z.null()]).optional(),
    oneOf: z.array(z.lazy(() => McpElicitationConstOptionSchema)),
    title: z.union([z.string(), z.null()]).optional(),
    type: z.lazy(() => McpElicitationStringTypeSchema),
  }));

/** The zod schema of {@link T.McpElicitationUntitledEnumItems}. */
export const McpElicitationUntitledEnumItemsSchema = /* @__PURE__ */ def<T.McpElicitationUntitledEnumItems>(() => z.looseObject({
    enum: z.array(z.string()),
    type: z.lazy(() => McpElicitationStringTypeSchema),
  }));

/** The zod schema of {@link T.McpElicitationUntitledMultiSelectEnumSchema}. */
export const McpElicitationUntitledMultiSelectEnumSchemaSchema = /* @__PURE__ */ def<T.McpElicitationUntitledMultiSelectEnumSchema>(() => z.looseObject({
    default: z.union([z.array(z.string()), z.null()]).optional(),
    description: z.union([z.string(), z.null()]).optional(),
    items: z.lazy(() => McpElicitationUntitledEnumItemsSchema),
    maxItems: z.union([z.number(), z.null()]).optional(),
    minItems: z.union([z.number(), z.null()]).optional(),
    title: z.union([z.string(), z.null()]).optional(),
    type: z.lazy(() => McpElicitationArrayTypeSchema),
  }));

/** The zod schema of {@link T.McpElicitationUntitledSingleSelectEnumSchema}. */
export const McpElicitationUntitledSingleSelectEnumSchemaSchema = /* @__PURE__ */ def<T.McpElicitationUntitledSingleSelectEnumSchema>(() => z.looseObject({
    default: z.union([z.string(), z.null()]).optional(),
    description: z.union([z.string(), z.null()]).optional(),
    enum: z.array(z.string()),
    title: z.union([z.string(), z.null()]).optional(),
    type: z.lazy(() => McpElicitationStringTypeSchema),
  }));

/** The zod schema of {@link T.McpResourceReadParams}. */
export const McpResourceReadParamsSchema = /* @__PURE__ */ def<T.McpResourceReadParams>(() => z.looseObject({
    _meta: z.union([z.looseObject({}), z.null()]).optional(),
    connectorId: z.union([z.string(), z.null()]).optional(),
    originCallId: z.union([z.string(), z.null()]).optional(),
    server: z.string(),
    target: z.union([z.lazy(() => McpResourceReadTargetSchema), z.null()]).optional(),
    threadId: z.union([z.string(), z.null()]).optional(),
    uri: z.string(),
  }));

/** The zod schema of {@link T.McpResourceReadResponse}. */
export const McpResourceReadResponseSchema = /* @__PURE__ */ def<T.McpResourceReadResponse>(() => z.looseObject({
    contents: z.array(z.lazy(() => ResourceContentSchema)),
    originCallId: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.McpResourceReadTarget}. */
export const McpResourceReadTargetSchema = /* @__PURE__ */ def<T.McpResourceReadTarget>(() => z.looseObject({
    connectorId: z.string(),
    linkId: z.union([z.string(), z.null()]),
  }));

/** The zod schema of {@link T.McpServerConnectionStatus}. */
export const McpServerConnectionStatusSchema = /* @__PURE__ */ def<T.McpServerConnectionStatus>(() => z.union([z.literal("notStarted"), z.literal("starting"), z.literal("connected"), z.literal("authenticationRequired"), z.literal("failed"), z.literal("cancelled"), z.literal("disabled")]));

/** The zod schema of {@link T.McpServerElicitationAction}. */
export const McpServerElicitationActionSchema = /* @__PURE__ */ def<T.McpServerElicitationAction>(() => z.union([z.literal("accept"), z.literal("decline"), z.literal("cancel")]));

/** The zod schema of {@link T.McpServerElicitationRequestParams}. */
export const McpServerElicitationRequestParamsSchema = /* @__PURE__ */ def<T.McpServerElicitationRequestParams>(() => z.intersection(z.looseObject({
    serverName: z.string(),
    threadId: z.string(),
    turnId: z.union([z.string(), z.null()]).optional(),
  }), z.discriminatedUnion("mode", [z.looseObject({
    _meta: z.unknown().optional(),
    message: z.string(),
    mode: z.literal("form"),
    requestedSchema: z.lazy(() => McpElicitationSchemaSchema),
  }), z.looseObject({
    _meta: z.unknown().optional(),
    message: z.string(),
    mode: z.literal("openai/form"),
    requestedSchema: z.unknown(),
  }), z.looseObject({
    _meta: z.unknown().optional(),
    message: z.string(),
    mode: z.literal("openaiForm"),
    requestedSchema: z.unknown(),
  }), z.looseObject({
    _meta: z.unknown().optional(),
    elicitationId: z.string(),
    message: z.string(),
    mode: z.literal("url"),
    url: z.string(),
  })])));

/** The zod schema of {@link T.McpServerElicitationRequestResponse}. */
export const McpServerElicitationRequestResponseSchema = /* @__PURE__ */ def<T.McpServerElicitationRequestResponse>(() => z.looseObject({
    _meta: z.unknown().optional(),
    action: z.lazy(() => McpServerElicitationActionSchema),
    content: z.unknown().optional(),
  }));

/** The zod schema of {@link T.McpServerEventNotification}. */
export const McpServerEventNotificationSchema = /* @__PURE__ */ def<T.McpServerEventNotification>(() => z.looseObject({
    method: z.string(),
    params: z.unknown(),
  }));

/** The zod schema of {@link T.McpServerEventStreamNotification}. */
export const McpServerEventStreamNotificationSchema = /* @__PURE__ */ def<T.McpServerEventStreamNotification>(() => z.looseObject({
    notification: z.lazy(() => McpServerEventNotificationSchema),
    subscriptionId: z.string(),
  }));

/** The zod schema of {@link T.McpServerInfo}. */
export const McpServerInfoSchema = /* @__PURE__ */ def<T.McpServerInfo>(() => z.looseObject({
    description: z.union([z.string(), z.null()]).optional(),
    icons: z.union([z.array(z.unknown()), z.null()]).optional(),
    name: z.string(),
    title: z.union([z.string(), z.null()]).optional(),
    version: z.string(),
    websiteUrl: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.McpServerMigration}. */
export const McpServerMigrationSchema = /* @__PURE__ */ def<T.McpServerMigration>(() => z.looseObject({
    name: z.string(),
  }));

/** The zod schema of {@link T.McpServerOauthClientRegistration}. */
export const McpServerOauthClientRegistrationSchema = /* @__PURE__ */ def<T.McpServerOauthClientRegistration>(() => z.union([z.literal("auto"), z.literal("cimd"), z.literal("dcr")]));

/** The zod schema of {@link T.McpServerOauthLoginCompletedNotification}. */
export const McpServerOauthLoginCompletedNotificationSchema = /* @__PURE__ */ def<T.McpServerOauthLoginCompletedNotification>(() => z.looseObject({
    error: z.union([z.string(), z.null()]).optional(),
    loginId: z.union([z.string(), z.null()]).optional(),
    name: z.string(),
    success: z.boolean(),
    threadId: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.McpServerOauthLoginParams}. */
export const McpServerOauthLoginParamsSchema = /* @__PURE__ */ def<T.McpServerOauthLoginParams>(() => z.looseObject({
    clientRegistration: z.union([z.lazy(() => McpServerOauthClientRegistrationSchema), z.null()]).optional(),
    name: z.string(),
    scopes: z.union([z.array(z.string()), z.null()]).optional(),
    threadId: z.union([z.string(), z.null()]).optional(),
    timeoutSecs: z.union([z.number(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.McpServerOauthLoginResponse}. */
export const McpServerOauthLoginResponseSchema = /* @__PURE__ */ def<T.McpServerOauthLoginResponse>(() => z.looseObject({
    authorizationUrl: z.string(),
    loginId: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.McpServerRefreshResponse}. */
export const McpServerRefreshResponseSchema = /* @__PURE__ */ def<T.McpServerRefreshResponse>(() => z.looseObject({}));

/** The zod schema of {@link T.McpServerStartupFailureReason}. */
export const McpServerStartupFailureReasonSchema = /* @__PURE__ */ def<T.McpServerStartupFailureReason>(() => z.literal("reauthenticationRequired"));

/** The zod schema of {@link T.McpServerStartupState}. */
export const McpServerStartupStateSchema = /* @__PURE__ */ def<T.McpServerStartupState>(() => z.union([z.literal("starting"), z.literal("ready"), z.literal("failed"), z.literal("cancelled")]));

/** The zod schema of {@link T.McpServerStatus}. */
export const McpServerStatusSchema = /* @__PURE__ */ def<T.McpServerStatus>(() => z.looseObject({
    authStatus: z.lazy(() => McpAuthStatusSchema),
    httpOrigin: z.union([z.string(), z.null()]).optional(),
    name: z.string(),
    pluginId: z.union([z.string(), z.null()]).optional(),
    resourceTemplates: z.array(z.lazy(() => ResourceTemplateSchema)),
    resources: z.array(z.lazy(() => ResourceSchema)),
    runtimeStatus: z.union([z.lazy(() => McpServerConnectionStatusSchema), z.null()]).optional(),
    serverCapabilities: z.unknown().optional(),
    serverInfo: z.union([z.lazy(() => McpServerInfoSchema), z.null()]).optional(),
    toolListMeta: z.unknown().optional(),
    tools: z.record(z.string(), z.lazy(() => ToolSchema)),
    toolsError: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.McpServerStatusDetail}. */
export const McpServerStatusDetailSchema = /* @__PURE__ */ def<T.McpServerStatusDetail>(() => z.union([z.literal("full"), z.literal("toolsAndAuthOnly")]));

/** The zod schema of {@link T.McpServerStatusUpdatedNotification}. */
export const McpServerStatusUpdatedNotificationSchema = /* @__PURE__ */ def<T.McpServerStatusUpdatedNotification>(() => z.looseObject({
    error: z.union([z.string(), z.null()]).optional(),
    failureReason: z.union([z.lazy(() => McpServerStartupFailureReasonSchema), z.null()]).optional(),
    name: z.string(),
    status: z.lazy(() => McpServerStartupStateSchema),
    threadId: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.McpServerToolCallParams}. */
export const McpServerToolCallParamsSchema = /* @__PURE__ */ def<T.McpServerToolCallParams>(() => z.looseObject({
    _meta: z.unknown().optional(),
    arguments: z.unknown().optional(),
    server: z.string(),
    threadId: z.string(),
    tool: z.string(),
  }));

/** The zod schema of {@link T.McpServerToolCallResponse}. */
export const McpServerToolCallResponseSchema = /* @__PURE__ */ def<T.McpServerToolCallResponse>(() => z.looseObject({
    _meta: z.unknown().optional(),
    content: z.array(z.unknown()),
    isError: z.union([z.boolean(), z.null()]).optional(),
    structuredContent: z.unknown().optional(),
  }));

/** The zod schema of {@link T.McpToolCallAppContext}. */
export const McpToolCallAppContextSchema = /* @__PURE__ */ def<T.McpToolCallAppContext>(() => z.looseObject({
    actionName: z.union([z.string(), z.null()]).optional(),
    appName: z.union([z.string(), z.null()]).optional(),
    connectorId: z.string(),
    linkId: z.union([z.string(), z.null()]).optional(),
    resourceUri: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.McpToolCallError}. */
export const McpToolCallErrorSchema = /* @__PURE__ */ def<T.McpToolCallError>(() => z.looseObject({
    message: z.string(),
  }));

/** The zod schema of {@link T.McpToolCallProgressNotification}. */
export const McpToolCallProgressNotificationSchema = /* @__PURE__ */ def<T.McpToolCallProgressNotification>(() => z.looseObject({
    itemId: z.string(),
    message: z.string(),
    threadId: z.string(),
    turnId: z.string(),
  }));

/** The zod schema of {@link T.McpToolCallResult}. */
export const McpToolCallResultSchema = /* @__PURE__ */ def<T.McpToolCallResult>(() => z.looseObject({
    _meta: z.unknown().optional(),
    content: z.array(z.unknown()),
    structuredContent: z.unknown().optional(),
  }));

/** The zod schema of {@link T.McpToolCallStatus}. */
export const McpToolCallStatusSchema = /* @__PURE__ */ def<T.McpToolCallStatus>(() => z.union([z.literal("inProgress"), z.literal("completed"), z.literal("failed")]));

/** The zod schema of {@link T.MemoryCitation}. */
export const MemoryCitationSchema = /* @__PURE__ */ def<T.MemoryCitation>(() => z.looseObject({
    entries: z.array(z.lazy(() => MemoryCitationEntrySchema)),
    threadIds: z.array(z.string()),
  }));

/** The zod schema of {@link T.MemoryCitationEntry}. */
export const MemoryCitationEntrySchema = /* @__PURE__ */ def<T.MemoryCitationEntry>(() => z.looseObject({
    lineEnd: z.number(),
    lineStart: z.number(),
    note: z.string(),
    path: z.string(),
  }));

/** The zod schema of {@link T.MergeStrategy}. */
export const MergeStrategySchema = /* @__PURE__ */ def<T.MergeStrategy>(() => z.union([z.literal("replace"), z.literal("upsert")]));

/** The zod schema of {@link T.MessagePhase}. */
export const MessagePhaseSchema = /* @__PURE__ */ def<T.MessagePhase>(() => z.union([z.literal("commentary"), z.literal("partial_answer"), z.literal("final_answer")]));

/** The zod schema of {@link T.MigrationDetails}. */
export const MigrationDetailsSchema = /* @__PURE__ */ def<T.MigrationDetails>(() => z.looseObject({
    commands: z.array(z.lazy(() => CommandMigrationSchema)).optional(),
    hooks: z.array(z.lazy(() => HookMigrationSchema)).optional(),
    mcpServers: z.array(z.lazy(() => McpServerMigrationSchema)).optional(),
    memory: z.array(z.string()).optional(),
    plugins: z.array(z.lazy(() => PluginsMigrationSchema)).optional(),
    sessions: z.array(z.lazy(() => SessionMigrationSchema)).optional(),
    skills: z.array(z.lazy(() => SkillMigrationSchema)).optional(),
    subagents: z.array(z.lazy(() => SubagentMigrationSchema)).optional(),
  }));

/** The zod schema of {@link T.MisalignmentErrorDetails}. */
export const MisalignmentErrorDetailsSchema = /* @__PURE__ */ def<T.MisalignmentErrorDetails>(() => z.looseObject({
    detailedExplanation: z.union([z.string(), z.null()]).optional(),
    errorType: z.union([z.string(), z.null()]).optional(),
    reviewTarget: z.union([z.string(), z.null()]).optional(),
    steer: z.union([z.lazy(() => MisalignmentSteerSchema), z.null()]).optional(),
  }));

/** The zod schema of {@link T.MisalignmentSteer}. */
export const MisalignmentSteerSchema = /* @__PURE__ */ def<T.MisalignmentSteer>(() => z.looseObject({
    message: z.string(),
  }));

/** The zod schema of {@link T.ModeKind}. */
export const ModeKindSchema = /* @__PURE__ */ def<T.ModeKind>(() => z.union([z.literal("plan"), z.literal("default")]));

/** The zod schema of {@link T.Model}. */
export const ModelSchema = /* @__PURE__ */ def<T.Model>(() => z.looseObject({
    additionalSpeedTiers: z.array(z.string()).optional(),
    availabilityNux: z.union([z.lazy(() => ModelAvailabilityNuxSchema), z.null()]).optional(),
    availableAccessPrograms: z.union([z.lazy(() => ModelAccessProgramsSchema), z.null()]).optional(),
    defaultReasoningEffort: z.lazy(() => ReasoningEffortSchema),
    defaultServiceTier: z.union([z.string(), z.null()]).optional(),
    description: z.string(),
    displayName: z.string(),
    hidden: z.boolean(),
    id: z.string(),
    inputModalities: z.array(z.lazy(() => InputModalitySchema)).optional(),
    isDefault: z.boolean(),
    model: z.string(),
    modelSpecialty: z.union([z.string(), z.null()]).optional(),
    multiAgentVersion: z.union([z.lazy(() => MultiAgentVersionSchema), z.null()]).optional(),
    serviceTiers: z.array(z.lazy(() => ModelServiceTierSchema)).optional(),
    supportedReasoningEfforts: z.array(z.lazy(() => ReasoningEffortOptionSchema)),
    supportsPersonality: z.boolean().optional(),
    upgrade: z.union([z.string(), z.null()]).optional(),
    upgradeInfo: z.union([z.lazy(() => ModelUpgradeInfoSchema), z.null()]).optional(),
  }));

/** The zod schema of {@link T.ModelAccessPrograms}. */
export const ModelAccessProgramsSchema = /* @__PURE__ */ def<T.ModelAccessPrograms>(() => z.looseObject({
    cyber: z.array(z.lazy(() => CyberAccessProgramSchema)),
  }));

/** The zod schema of {@link T.ModelAvailabilityNux}. */
export const ModelAvailabilityNuxSchema = /* @__PURE__ */ def<T.ModelAvailabilityNux>(() => z.looseObject({
    message: z.string(),
  }));

/** The zod schema of {@link T.ModelListParams}. */
export const ModelListParamsSchema = /* @__PURE__ */ def<T.ModelListParams>(() => z.looseObject({
    cursor: z.union([z.string(), z.null()]).optional(),
    includeHidden: z.union([z.boolean(), z.null()]).optional(),
    limit: z.union([z.number(), z.null()]).optional(),
    modelProvider: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.ModelListResponse}. */
export const ModelListResponseSchema = /* @__PURE__ */ def<T.ModelListResponse>(() => z.looseObject({
    data: z.array(z.lazy(() => ModelSchema)),
    nextCursor: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.ModelProviderCapabilitiesReadParams}. */
export const ModelProviderCapabilitiesReadParamsSchema = /* @__PURE__ */ def<T.ModelProviderCapabilitiesReadParams>(() => z.looseObject({}));

/** The zod schema of {@link T.ModelProviderCapabilitiesReadResponse}. */
export const ModelProviderCapabilitiesReadResponseSchema = /* @__PURE__ */ def<T.ModelProviderCapabilitiesReadResponse>(() => z.looseObject({
    imageGeneration: z.boolean(),
    webSearch: z.boolean(),
  }));

/** The zod schema of {@link T.ModelProviderConfigWriteParams}. */
export const ModelProviderConfigWriteParamsSchema = /* @__PURE__ */ def<T.ModelProviderConfigWriteParams>(() => z.looseObject({
    settings: z.lazy(() => ProviderSettingsPatchSchema),
  }));

/** The zod schema of {@link T.ModelProviderConfigWriteResponse}. */
export const ModelProviderConfigWriteResponseSchema = /* @__PURE__ */ def<T.ModelProviderConfigWriteResponse>(() => z.looseObject({
    provider: z.lazy(() => ModelProviderSummarySchema),
  }));

/** The zod schema of {@link T.ModelProviderError}. */
export const ModelProviderErrorSchema = /* @__PURE__ */ def<T.ModelProviderError>(() => z.discriminatedUnion("type", [z.looseObject({
    currentModelProvider: z.string(),
    modelProvider: z.string(),
    type: z.literal("modelProviderMismatch"),
  }), z.looseObject({
    modelProvider: z.string(),
    type: z.literal("modelProviderNotConfigured"),
  }), z.looseObject({
    modelProvider: z.string(),
    requiredModelProvider: z.string(),
    type: z.literal("modelProviderPolicyConflict"),
  })]));

/** The zod schema of {@link T.ModelProviderListParams}. */
export const ModelProviderListParamsSchema = /* @__PURE__ */ def<T.ModelProviderListParams>(() => z.looseObject({}));

/** The zod schema of {@link T.ModelProviderListResponse}. */
export const ModelProviderListResponseSchema = /* @__PURE__ */ def<T.ModelProviderListResponse>(() => z.looseObject({
    canChangeDefault: z.boolean(),
    data: z.array(z.lazy(() => ModelProviderSummarySchema)),
    defaultProviderId: z.string(),
  }));

/** The zod schema of {@link T.ModelProviderSummary}. */
export const ModelProviderSummarySchema = /* @__PURE__ */ def<T.ModelProviderSummary>(() => z.looseObject({
    baseUrl: z.union([z.string(), z.null()]).optional(),
    canEdit: z.boolean(),
    id: z.string(),
    name: z.string(),
    settings: z.lazy(() => ProviderSettingsSchema),
  }));

/** The zod schema of {@link T.ModelRerouteReason}. */
export const ModelRerouteReasonSchema = /* @__PURE__ */ def<T.ModelRerouteReason>(() => z.literal("highRiskCyberActivity"));

/** The zod schema of {@link T.ModelReroutedNotification}. */
export const ModelReroutedNotificationSchema = /* @__PURE__ */ def<T.ModelReroutedNotification>(() => z.looseObject({
    fromModel: z.string(),
    reason: z.lazy(() => ModelRerouteReasonSchema),
    threadId: z.string(),
    toModel: z.string(),
    turnId: z.string(),
  }));

/** The zod schema of {@link T.ModelSafetyBufferingUpdatedNotification}. */
export const ModelSafetyBufferingUpdatedNotificationSchema = /* @__PURE__ */ def<T.ModelSafetyBufferingUpdatedNotification>(() => z.looseObject({
    fasterModel: z.union([z.string(), z.null()]).optional(),
    model: z.string(),
    reasons: z.array(z.string()),
    showBufferingUi: z.boolean(),
    threadId: z.string(),
    turnId: z.string(),
    useCases: z.array(z.string()),
  }));

/** The zod schema of {@link T.ModelServiceTier}. */
export const ModelServiceTierSchema = /* @__PURE__ */ def<T.ModelServiceTier>(() => z.looseObject({
    description: z.string(),
    id: z.string(),
    name: z.string(),
  }));

/** The zod schema of {@link T.ModelUpgradeInfo}. */
export const ModelUpgradeInfoSchema = /* @__PURE__ */ def<T.ModelUpgradeInfo>(() => z.looseObject({
    migrationMarkdown: z.union([z.string(), z.null()]).optional(),
    model: z.string(),
    modelLink: z.union([z.string(), z.null()]).optional(),
    retirementAt: z.union([z.number(), z.null()]).optional(),
    upgradeCopy: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.ModelVerification}. */
export const ModelVerificationSchema = /* @__PURE__ */ def<T.ModelVerification>(() => z.literal("trustedAccessForCyber"));

/** The zod schema of {@link T.ModelVerificationNotification}. */
export const ModelVerificationNotificationSchema = /* @__PURE__ */ def<T.ModelVerificationNotification>(() => z.looseObject({
    threadId: z.string(),
    turnId: z.string(),
    verifications: z.array(z.lazy(() => ModelVerificationSchema)),
  }));

/** The zod schema of {@link T.ModelsRequirements}. */
export const ModelsRequirementsSchema = /* @__PURE__ */ def<T.ModelsRequirements>(() => z.looseObject({
    newThread: z.union([z.lazy(() => NewThreadModelDefaultsSchema), z.null()]).optional(),
  }));

/** The zod schema of {@link T.MultiAgentMode}. */
export const MultiAgentModeSchema = /* @__PURE__ */ def<T.MultiAgentMode>(() => z.union([z.union([z.literal("explicitRequestOnly"), z.literal("proactive")]), z.looseObject({
    custom: z.string(),
  })]));

/** The zod schema of {@link T.MultiAgentVersion}. */
export const MultiAgentVersionSchema = /* @__PURE__ */ def<T.MultiAgentVersion>(() => z.union([z.literal("disabled"), z.literal("v1"), z.literal("v2")]));

/** The zod schema of {@link T.NetworkAccess}. */
export const NetworkAccessSchema = /* @__PURE__ */ def<T.NetworkAccess>(() => z.union([z.literal("restricted"), z.literal("enabled")]));

/** The zod schema of {@link T.NetworkApprovalContext}. */
export const NetworkApprovalContextSchema = /* @__PURE__ */ def<T.NetworkApprovalContext>(() => z.looseObject({
    host: z.string(),
    protocol: z.lazy(() => NetworkApprovalProtocolSchema),
  }));

/** The zod schema of {@link T.NetworkApprovalProtocol}. */
export const NetworkApprovalProtocolSchema = /* @__PURE__ */ def<T.NetworkApprovalProtocol>(() => z.union([z.literal("http"), z.literal("https"), z.literal("socks5Tcp"), z.literal("socks5Udp")]));

/** The zod schema of {@link T.NetworkDomainPermission}. */
export const NetworkDomainPermissionSchema = /* @__PURE__ */ def<T.NetworkDomainPermission>(() => z.union([z.literal("allow"), z.literal("deny")]));

/** The zod schema of {@link T.NetworkPolicyAmendment}. */
export const NetworkPolicyAmendmentSchema = /* @__PURE__ */ def<T.NetworkPolicyAmendment>(() => z.looseObject({
    action: z.lazy(() => NetworkPolicyRuleActionSchema),
    host: z.string(),
  }));

/** The zod schema of {@link T.NetworkPolicyRuleAction}. */
export const NetworkPolicyRuleActionSchema = /* @__PURE__ */ def<T.NetworkPolicyRuleAction>(() => z.union([z.literal("allow"), z.literal("deny")]));

/** The zod schema of {@link T.NetworkRequirements}. */
export const NetworkRequirementsSchema = /* @__PURE__ */ def<T.NetworkRequirements>(() => z.looseObject({
    allowLocalBinding: z.union([z.boolean(), z.null()]).optional(),
    allowUnixSockets: z.union([z.array(z.string()), z.null()]).optional(),
    allowUpstreamProxy: z.union([z.boolean(), z.null()]).optional(),
    allowedDomains: z.union([z.array(z.string()), z.null()]).optional(),
    dangerouslyAllowAllUnixSockets: z.union([z.boolean(), z.null()]).optional(),
    dangerouslyAllowNonLoopbackProxy: z.union([z.boolean(), z.null()]).optional(),
    deniedDomains: z.union([z.array(z.string()), z.null()]).optional(),
    domains: z.union([z.record(z.string(), z.lazy(() => NetworkDomainPermissionSchema)), z.null()]).optional(),
    enabled: z.union([z.boolean(), z.null()]).optional(),
    httpPort: z.union([z.number(), z.null()]).optional(),
    managedAllowedDomainsOnly: z.union([z.boolean(), z.null()]).optional(),
    reviewDomains: z.union([z.array(z.string()), z.null()]).optional(),
    socksPort: z.union([z.number(), z.null()]).optional(),
    unixSockets: z.union([z.record(z.string(), z.lazy(() => NetworkUnixSocketPermissionSchema)), z.null()]).optional(),
  }));

/** The zod schema of {@link T.NetworkUnixSocketPermission}. */
export const NetworkUnixSocketPermissionSchema = /* @__PURE__ */ def<T.NetworkUnixSocketPermission>(() => z.union([z.literal("allow"), z.literal("deny")]));

/** The zod schema of {@link T.NewThreadModelDefaults}. */
export const NewThreadModelDefaultsSchema = /* @__PURE__ */ def<T.NewThreadModelDefaults>(() => z.looseObject({
    model: z.union([z.string(), z.null()]).optional(),
    modelReasoningEffort: z.union([z.lazy(() => ReasoningEffortSchema), z.null()]).optional(),
    serviceTier: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.NonSteerableTurnKind}. */
export const NonSteerableTurnKindSchema = /* @__PURE__ */ def<T.NonSteerableTurnKind>(() => z.union([z.literal("review"), z.literal("compact")]));

/** The zod schema of {@link T.NullableGatewayOAuthLoginParams}. */
export const NullableGatewayOAuthLoginParamsSchema = /* @__PURE__ */ def<T.NullableGatewayOAuthLoginParams>(() => z.union([z.lazy(() => GatewayOAuthLoginParamsSchema), z.null()]));

/** The zod schema of {@link T.NullableGatewayOAuthReadParams}. */
export const NullableGatewayOAuthReadParamsSchema = /* @__PURE__ */ def<T.NullableGatewayOAuthReadParams>(() => z.union([z.lazy(() => GatewayOAuthReadParamsSchema), z.null()]));

/** The zod schema of {@link T.NullableGetAccountRateLimitsParams}. */
export const NullableGetAccountRateLimitsParamsSchema = /* @__PURE__ */ def<T.NullableGetAccountRateLimitsParams>(() => z.union([z.lazy(() => GetAccountRateLimitsParamsSchema), z.null()]));

/** The zod schema of {@link T.NullableGetAccountTokenUsageParams}. */
export const NullableGetAccountTokenUsageParamsSchema = /* @__PURE__ */ def<T.NullableGetAccountTokenUsageParams>(() => z.union([z.lazy(() => GetAccountTokenUsageParamsSchema), z.null()]));

/** The zod schema of {@link T.OtelExporter}. */
export const OtelExporterSchema = /* @__PURE__ */ def<T.OtelExporter>(() => z.union([z.union([z.literal("none"), z.literal("statsig")]), z.looseObject({
    "otlp-http": z.looseObject({
      endpoint: z.string(),
      headers: z.record(z.string(), z.string()),
      protocol: z.lazy(() => OtelHttpProtocolSchema),
      tls: z.union([z.lazy(() => OtelTlsConfigSchema), z.null()]).optional(),
    }),
  }), z.looseObject({
    "otlp-grpc": z.looseObject({
      endpoint: z.string(),
      headers: z.record(z.string(), z.string()),
      tls: z.union([z.lazy(() => OtelTlsConfigSchema), z.null()]).optional(),
    }),
  })]));

/** The zod schema of {@link T.OtelHttpProtocol}. */
export const OtelHttpProtocolSchema = /* @__PURE__ */ def<T.OtelHttpProtocol>(() => z.union([z.literal("binary"), z.literal("json")]));

/** The zod schema of {@link T.OtelRequirements}. */
export const OtelRequirementsSchema = /* @__PURE__ */ def<T.OtelRequirements>(() => z.looseObject({
    environment: z.union([z.string(), z.null()]).optional(),
    exporter: z.union([z.lazy(() => OtelExporterSchema), z.null()]).optional(),
    log_agent_responses: z.union([z.boolean(), z.null()]).optional(),
    log_guardian_assessments: z.union([z.boolean(), z.null()]).optional(),
    log_sse_deltas: z.union([z.boolean(), z.null()]).optional(),
    log_user_prompt: z.union([z.boolean(), z.null()]).optional(),
    metrics_exporter: z.union([z.lazy(() => OtelExporterSchema), z.null()]).optional(),
    span_attributes: z.union([z.record(z.string(), z.string()), z.null()]).optional(),
    tool_result: z.union([z.lazy(() => OtelToolResultLogConfigSchema), z.null()]).optional(),
    trace_exporter: z.union([z.lazy(() => OtelExporterSchema), z.null()]).optional(),
    tracestate: z.union([z.record(z.string(), z.record(z.string(), z.string())), z.null()]).optional(),
  }));

/** The zod schema of {@link T.OtelTlsConfig}. */
export const OtelTlsConfigSchema = /* @__PURE__ */ def<T.OtelTlsConfig>(() => z.looseObject({
    "ca-certificate": z.union([z.string(), z.null()]).optional(),
    "client-certificate": z.union([z.string(), z.null()]).optional(),
    "client-private-key": z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.OtelToolResultLogConfig}. */
export const OtelToolResultLogConfigSchema = /* @__PURE__ */ def<T.OtelToolResultLogConfig>(() => z.looseObject({
    max_bytes: z.number(),
  }));

/** The zod schema of {@link T.OverriddenMetadata}. */
export const OverriddenMetadataSchema = /* @__PURE__ */ def<T.OverriddenMetadata>(() => z.looseObject({
    effectiveValue: z.unknown(),
    message: z.string(),
    overridingLayer: z.lazy(() => ConfigLayerMetadataSchema),
  }));

/** The zod schema of {@link T.ParsedCommand}. */
export const ParsedCommandSchema = /* @__PURE__ */ def<T.ParsedCommand>(() => z.discriminatedUnion("type", [z.looseObject({
    cmd: z.string(),
    name: z.string(),
    path: z.string(),
    type: z.literal("read"),
  }), z.looseObject({
    cmd: z.string(),
    path: z.union([z.string(), z.null()]).optional(),
    type: z.literal("list_files"),
  }), z.looseObject({
    cmd: z.string(),
    path: z.union([z.string(), z.null()]).optional(),
    query: z.union([z.string(), z.null()]).optional(),
    type: z.literal("search"),
  }), z.looseObject({
    cmd: z.string(),
    type: z.literal("unknown"),
  })]));

/** The zod schema of {@link T.PatchApplyStatus}. */
export const PatchApplyStatusSchema = /* @__PURE__ */ def<T.PatchApplyStatus>(() => z.union([z.literal("inProgress"), z.literal("completed"), z.literal("failed"), z.literal("declined")]));

/** The zod schema of {@link T.PatchChangeKind}. */
export const PatchChangeKindSchema = /* @__PURE__ */ def<T.PatchChangeKind>(() => z.discriminatedUnion("type", [z.looseObject({
    type: z.literal("add"),
  }), z.looseObject({
    type: z.literal("delete"),
  }), z.looseObject({
    move_path: z.union([z.string(), z.null()]).optional(),
    type: z.literal("update"),
  })]));

/** The zod schema of {@link T.PathUri}. */
export const PathUriSchema = /* @__PURE__ */ def<T.PathUri>(() => z.string());

/** The zod schema of {@link T.PermissionGrantScope}. */
export const PermissionGrantScopeSchema = /* @__PURE__ */ def<T.PermissionGrantScope>(() => z.union([z.literal("turn"), z.literal("session")]));

/** The zod schema of {@link T.PermissionProfileListParams}. */
export const PermissionProfileListParamsSchema = /* @__PURE__ */ def<T.PermissionProfileListParams>(() => z.looseObject({
    cursor: z.union([z.string(), z.null()]).optional(),
    cwd: z.union([z.string(), z.null()]).optional(),
    limit: z.union([z.number(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.PermissionProfileListResponse}. */
export const PermissionProfileListResponseSchema = /* @__PURE__ */ def<T.PermissionProfileListResponse>(() => z.looseObject({
    data: z.array(z.lazy(() => PermissionProfileSummarySchema)),
    nextCursor: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.PermissionProfileSummary}. */
export const PermissionProfileSummarySchema = /* @__PURE__ */ def<T.PermissionProfileSummary>(() => z.looseObject({
    allowed: z.boolean(),
    description: z.union([z.string(), z.null()]).optional(),
    id: z.string(),
  }));

/** The zod schema of {@link T.PermissionsRequestApprovalParams}. */
export const PermissionsRequestApprovalParamsSchema = /* @__PURE__ */ def<T.PermissionsRequestApprovalParams>(() => z.looseObject({
    cwd: z.lazy(() => LegacyAppPathStringSchema),
    environmentId: z.union([z.string(), z.null()]).optional(),
    itemId: z.string(),
    permissions: z.lazy(() => RequestPermissionProfileSchema),
    reason: z.union([z.string(), z.null()]).optional(),
    startedAtMs: z.number(),
    threadId: z.string(),
    turnId: z.string(),
  }));

/** The zod schema of {@link T.PermissionsRequestApprovalResponse}. */
export const PermissionsRequestApprovalResponseSchema = /* @__PURE__ */ def<T.PermissionsRequestApprovalResponse>(() => z.looseObject({
    permissions: z.lazy(() => GrantedPermissionProfileSchema),
    scope: z.lazy(() => PermissionGrantScopeSchema).optional(),
    strictAutoReview: z.union([z.boolean(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.Personality}. */
export const PersonalitySchema = /* @__PURE__ */ def<T.Personality>(() => z.union([z.literal("none"), z.literal("friendly"), z.literal("pragmatic")]));

/** The zod schema of {@link T.PlanDeltaNotification}. */
export const PlanDeltaNotificationSchema = /* @__PURE__ */ def<T.PlanDeltaNotification>(() => z.looseObject({
    delta: z.string(),
    itemId: z.string(),
    threadId: z.string(),
    turnId: z.string(),
  }));

/** The zod schema of {@link T.PlanType}. */
export const PlanTypeSchema = /* @__PURE__ */ def<T.PlanType>(() => z.union([z.literal("free"), z.literal("go"), z.literal("plus"), z.literal("pro"), z.literal("prolite"), z.literal("promax"), z.literal("team"), z.literal("self_serve_business_prolite"), z.literal("self_serve_business_usage_based"), z.literal("business"), z.literal("ent26"), z.literal("enterprise_cbp_automation"), z.literal("enterprise_cbp_usage_based"), z.literal("enterprise"), z.literal("edu"), z.literal("edu_plus"), z.literal("edu_pro"), z.literal("sci"), z.literal("sci_plus"), z.literal("unknown")]));

/** The zod schema of {@link T.PluginAuthPolicy}. */
export const PluginAuthPolicySchema = /* @__PURE__ */ def<T.PluginAuthPolicy>(() => z.union([z.literal("ON_INSTALL"), z.literal("ON_USE")]));

/** The zod schema of {@link T.PluginAvailability}. */
export const PluginAvailabilitySchema = /* @__PURE__ */ def<T.PluginAvailability>(() => z.union([z.literal("DISABLED_BY_ADMIN"), z.literal("AVAILABLE")]));

/** The zod schema of {@link T.PluginDetail}. */
export const PluginDetailSchema = /* @__PURE__ */ def<T.PluginDetail>(() => z.looseObject({
    appTemplates: z.array(z.lazy(() => AppTemplateSummarySchema)),
    apps: z.array(z.lazy(() => AppSummarySchema)),
    description: z.union([z.string(), z.null()]).optional(),
    hooks: z.array(z.lazy(() => PluginHookSummarySchema)),
    marketplaceName: z.string(),
    marketplacePath: z.union([z.lazy(() => AbsolutePathBufSchema), z.null()]).optional(),
    mcpServers: z.array(z.string()),
    onboardingSkill: z.union([z.lazy(() => SkillSummarySchema), z.null()]).optional(),
    scheduledTasks: z.union([z.array(z.lazy(() => ScheduledTaskSummarySchema)), z.null()]).optional(),
    shareUrl: z.union([z.string(), z.null()]).optional(),
    skills: z.array(z.lazy(() => SkillSummarySchema)),
    summary: z.lazy(() => PluginSummarySchema),
  }));

/** The zod schema of {@link T.PluginDisabledReason}. */
export const PluginDisabledReasonSchema = /* @__PURE__ */ def<T.PluginDisabledReason>(() => z.union([z.literal("disabled_by_admin"), z.literal("plan_not_eligible"), z.literal("required_app_unavailable"), z.literal("unknown")]));

/** The zod schema of {@link T.PluginHookSummary}. */
export const PluginHookSummarySchema = /* @__PURE__ */ def<T.PluginHookSummary>(() => z.looseObject({
    eventName: z.lazy(() => HookEventNameSchema),
    key: z.string(),
  }));

/** The zod schema of {@link T.PluginInstallParams}. */
export const PluginInstallParamsSchema = /* @__PURE__ */ def<T.PluginInstallParams>(() => z.looseObject({
    installAttemptId: z.union([z.string(), z.null()]).optional(),
    marketplacePath: z.union([z.lazy(() => AbsolutePathBufSchema), z.null()]).optional(),
    pluginName: z.string(),
    remoteMarketplaceName: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.PluginInstallPolicy}. */
export const PluginInstallPolicySchema = /* @__PURE__ */ def<T.PluginInstallPolicy>(() => z.union([z.literal("NOT_AVAILABLE"), z.literal("AVAILABLE"), z.literal("INSTALLED_BY_DEFAULT")]));

/** The zod schema of {@link T.PluginInstallPolicySource}. */
export const PluginInstallPolicySourceSchema = /* @__PURE__ */ def<T.PluginInstallPolicySource>(() => z.union([z.literal("WORKSPACE_SETTING"), z.literal("IMPLICIT_CANONICAL_APP")]));

/** The zod schema of {@link T.PluginInstallResponse}. */
export const PluginInstallResponseSchema = /* @__PURE__ */ def<T.PluginInstallResponse>(() => z.looseObject({
    appsNeedingAuth: z.array(z.lazy(() => AppSummarySchema)),
    authPolicy: z.lazy(() => PluginAuthPolicySchema),
  }));

/** The zod schema of {@link T.PluginInstalledParams}. */
export const PluginInstalledParamsSchema = /* @__PURE__ */ def<T.PluginInstalledParams>(() => z.looseObject({
    cwds: z.union([z.array(z.lazy(() => AbsolutePathBufSchema)), z.null()]).optional(),
    installSuggestionPluginNames: z.union([z.array(z.string()), z.null()]).optional(),
  }));

/** The zod schema of {@link T.PluginInstalledResponse}. */
export const PluginInstalledResponseSchema = /* @__PURE__ */ def<T.PluginInstalledResponse>(() => z.looseObject({
    marketplaceLoadErrors: z.array(z.lazy(() => MarketplaceLoadErrorInfoSchema)).optional(),
    marketplaces: z.array(z.lazy(() => PluginMarketplaceEntrySchema)),
  }));

/** The zod schema of {@link T.PluginInterface}. */
export const PluginInterfaceSchema = /* @__PURE__ */ def<T.PluginInterface>(() => z.looseObject({
    brandColor: z.union([z.string(), z.null()]).optional(),
    capabilities: z.array(z.string()),
    category: z.union([z.string(), z.null()]).optional(),
    composerIcon: z.union([z.lazy(() => AbsolutePathBufSchema), z.null()]).optional(),
    composerIconUrl: z.union([z.string(), z.null()]).optional(),
    defaultPrompt: z.union([z.array(z.string()), z.null()]).optional(),
    developerName: z.union([z.string(), z.null()]).optional(),
    displayName: z.union([z.string(), z.null()]).optional(),
    logo: z.union([z.lazy(() => AbsolutePathBufSchema), z.null()]).optional(),
    logoDark: z.union([z.lazy(() => AbsolutePathBufSchema), z.null()]).optional(),
    logoUrl: z.union([z.string(), z.null()]).optional(),
    logoUrlDark: z.union([z.string(), z.null()]).optional(),
    longDescription: z.union([z.string(), z.null()]).optional(),
    privacyPolicyUrl: z.union([z.string(), z.null()]).optional(),
    screenshotUrls: z.array(z.string()),
    screenshots: z.array(z.lazy(() => AbsolutePathBufSchema)),
    shortDescription: z.union([z.string(), z.null()]).optional(),
    termsOfServiceUrl: z.union([z.string(), z.null()]).optional(),
    websiteUrl: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.PluginListMarketplaceKind}. */
export const PluginListMarketplaceKindSchema = /* @__PURE__ */ def<T.PluginListMarketplaceKind>(() => z.union([z.literal("local"), z.literal("vertical"), z.literal("workspace-directory"), z.literal("shared-with-me"), z.literal("created-by-me-remote")]));

/** The zod schema of {@link T.PluginListParams}. */
export const PluginListParamsSchema = /* @__PURE__ */ def<T.PluginListParams>(() => z.looseObject({
    cwds: z.union([z.array(z.lazy(() => AbsolutePathBufSchema)), z.null()]).optional(),
    forceRefetch: z.boolean().optional(),
    marketplaceKinds: z.union([z.array(z.lazy(() => PluginListMarketplaceKindSchema)), z.null()]).optional(),
  }));

/** The zod schema of {@link T.PluginListResponse}. */
export const PluginListResponseSchema = /* @__PURE__ */ def<T.PluginListResponse>(() => z.looseObject({
    featuredPluginIds: z.array(z.string()).optional(),
    marketplaceLoadErrors: z.array(z.lazy(() => MarketplaceLoadErrorInfoSchema)).optional(),
    marketplaces: z.array(z.lazy(() => PluginMarketplaceEntrySchema)),
  }));

/** The zod schema of {@link T.PluginMarketplaceEntry}. */
export const PluginMarketplaceEntrySchema = /* @__PURE__ */ def<T.PluginMarketplaceEntry>(() => z.looseObject({
    interface: z.union([z.lazy(() => MarketplaceInterfaceSchema), z.null()]).optional(),
    name: z.string(),
    path: z.union([z.lazy(() => AbsolutePathBufSchema), z.null()]).optional(),
    plugins: z.array(z.lazy(() => PluginSummarySchema)),
  }));

/** The zod schema of {@link T.PluginReadParams}. */
export const PluginReadParamsSchema = /* @__PURE__ */ def<T.PluginReadParams>(() => z.looseObject({
    marketplacePath: z.union([z.lazy(() => AbsolutePathBufSchema), z.null()]).optional(),
    pluginName: z.string(),
    remoteMarketplaceName: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.PluginReadResponse}. */
export const PluginReadResponseSchema = /* @__PURE__ */ def<T.PluginReadResponse>(() => z.looseObject({
    plugin: z.lazy(() => PluginDetailSchema),
  }));

/** The zod schema of {@link T.PluginReconcileChangedPlugin}. */
export const PluginReconcileChangedPluginSchema = /* @__PURE__ */ def<T.PluginReconcileChangedPlugin>(() => z.looseObject({
    hasApps: z.boolean(),
    hasHooks: z.boolean(),
    hasMcps: z.boolean(),
    hasSkills: z.boolean(),
    id: z.string(),
  }));

/** The zod schema of {@link T.PluginReconcileParams}. */
export const PluginReconcileParamsSchema = /* @__PURE__ */ def<T.PluginReconcileParams>(() => z.looseObject({
    reason: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.PluginReconcileResponse}. */
export const PluginReconcileResponseSchema = /* @__PURE__ */ def<T.PluginReconcileResponse>(() => z.looseObject({
    changedPlugins: z.array(z.lazy(() => PluginReconcileChangedPluginSchema)),
    failedMaterializationRemotePluginIds: z.array(z.string()),
    failedRemotePluginIds: z.array(z.string()),
  }));

/** The zod schema of {@link T.PluginSearchResult}. */
export const PluginSearchResultSchema = /* @__PURE__ */ def<T.PluginSearchResult>(() => z.looseObject({
    marketplaceName: z.string(),
    marketplacePath: z.union([z.lazy(() => AbsolutePathBufSchema), z.null()]).optional(),
    plugin: z.lazy(() => PluginSummarySchema),
  }));

/** The zod schema of {@link T.PluginSearchScope}. */
export const PluginSearchScopeSchema = /* @__PURE__ */ def<T.PluginSearchScope>(() => z.union([z.literal("global"), z.literal("workspace"), z.literal("personal")]));

/** The zod schema of {@link T.PluginShareCheckoutParams}. */
export const PluginShareCheckoutParamsSchema = /* @__PURE__ */ def<T.PluginShareCheckoutParams>(() => z.looseObject({
    remotePluginId: z.string(),
  }));

/** The zod schema of {@link T.PluginShareCheckoutResponse}. */
export const PluginShareCheckoutResponseSchema = /* @__PURE__ */ def<T.PluginShareCheckoutResponse>(() => z.looseObject({
    marketplaceName: z.string(),
    marketplacePath: z.lazy(() => AbsolutePathBufSchema),
    pluginId: z.string(),
    pluginName: z.string(),
    pluginPath: z.lazy(() => AbsolutePathBufSchema),
    remotePluginId: z.string(),
    remoteVersion: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.PluginShareContext}. */
export const PluginShareContextSchema = /* @__PURE__ */ def<T.PluginShareContext>(() => z.looseObject({
    canPublishToWorkspace: z.union([z.boolean(), z.null()]).optional(),
    creatorAccountUserId: z.union([z.string(), z.null()]).optional(),
    creatorName: z.union([z.string(), z.null()]).optional(),
    discoverability: z.union([z.lazy(() => PluginShareDiscoverabilitySchema), z.null()]).optional(),
    remotePluginId: z.string(),
    remoteVersion: z.union([z.string(), z.null()]).optional(),
    sharePrincipals: z.union([z.array(z.lazy(() => PluginSharePrincipalSchema)), z.null()]).optional(),
    shareUrl: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.PluginShareDeleteParams}. */
export const PluginShareDeleteParamsSchema = /* @__PURE__ */ def<T.PluginShareDeleteParams>(() => z.looseObject({
    remotePluginId: z.string(),
  }));

/** The zod schema of {@link T.PluginShareDeleteResponse}. */
export const PluginShareDeleteResponseSchema = /* @__PURE__ */ def<T.PluginShareDeleteResponse>(() => z.looseObject({}));

/** The zod schema of {@link T.PluginShareDiscoverability}. */
export const PluginShareDiscoverabilitySchema = /* @__PURE__ */ def<T.PluginShareDiscoverability>(() => z.union([z.literal("LISTED"), z.literal("UNLISTED"), z.literal("PRIVATE")]));

/** The zod schema of {@link T.PluginShareListItem}. */
export const PluginShareListItemSchema = /* @__PURE__ */ def<T.PluginShareListItem>(() => z.looseObject({
    localPluginPath: z.union([z.lazy(() => AbsolutePathBufSchema), z.null()]).optional(),
    plugin: z.lazy(() => PluginSummarySchema),
  }));

/** The zod schema of {@link T.PluginShareListParams}. */
export const PluginShareListParamsSchema = /* @__PURE__ */ def<T.PluginShareListParams>(() => z.looseObject({}));

/** The zod schema of {@link T.PluginShareListResponse}. */
export const PluginShareListResponseSchema = /* @__PURE__ */ def<T.PluginShareListResponse>(() => z.looseObject({
    data: z.array(z.lazy(() => PluginShareListItemSchema)),
  }));

/** The zod schema of {@link T.PluginSharePrincipal}. */
export const PluginSharePrincipalSchema = /* @__PURE__ */ def<T.PluginSharePrincipal>(() => z.looseObject({
    name: z.string(),
    principalId: z.string(),
    principalType: z.lazy(() => PluginSharePrincipalTypeSchema),
    role: z.lazy(() => PluginSharePrincipalRoleSchema),
  }));

/** The zod schema of {@link T.PluginSharePrincipalRole}. */
export const PluginSharePrincipalRoleSchema = /* @__PURE__ */ def<T.PluginSharePrincipalRole>(() => z.union([z.literal("reader"), z.literal("editor"), z.literal("owner")]));

/** The zod schema of {@link T.PluginSharePrincipalType}. */
export const PluginSharePrincipalTypeSchema = /* @__PURE__ */ def<T.PluginSharePrincipalType>(() => z.union([z.literal("user"), z.literal("group"), z.literal("workspace")]));

/** The zod schema of {@link T.PluginShareSaveParams}. */
export const PluginShareSaveParamsSchema = /* @__PURE__ */ def<T.PluginShareSaveParams>(() => z.looseObject({
    discoverability: z.union([z.lazy(() => PluginShareDiscoverabilitySchema), z.null()]).optional(),
    pluginPath: z.lazy(() => AbsolutePathBufSchema),
    remotePluginId: z.union([z.string(), z.null()]).optional(),
    shareTargets: z.union([z.array(z.lazy(() => PluginShareTargetSchema)), z.null()]).optional(),
  }));

/** The zod schema of {@link T.PluginShareSaveResponse}. */
export const PluginShareSaveResponseSchema = /* @__PURE__ */ def<T.PluginShareSaveResponse>(() => z.looseObject({
    canPublishToWorkspace: z.union([z.boolean(), z.null()]).optional(),
    remotePluginId: z.string(),
    shareUrl: z.string(),
  }));

/** The zod schema of {@link T.PluginShareTarget}. */
export const PluginShareTargetSchema = /* @__PURE__ */ def<T.PluginShareTarget>(() => z.looseObject({
    principalId: z.string(),
    principalType: z.lazy(() => PluginSharePrincipalTypeSchema),
    role: z.lazy(() => PluginShareTargetRoleSchema),
  }));

/** The zod schema of {@link T.PluginShareTargetRole}. */
export const PluginShareTargetRoleSchema = /* @__PURE__ */ def<T.PluginShareTargetRole>(() => z.union([z.literal("reader"), z.literal("editor")]));

/** The zod schema of {@link T.PluginShareUpdateDiscoverability}. */
export const PluginShareUpdateDiscoverabilitySchema = /* @__PURE__ */ def<T.PluginShareUpdateDiscoverability>(() => z.union([z.literal("UNLISTED"), z.literal("PRIVATE"), z.literal("LISTED")]));

/** The zod schema of {@link T.PluginShareUpdateTargetsParams}. */
export const PluginShareUpdateTargetsParamsSchema = /* @__PURE__ */ def<T.PluginShareUpdateTargetsParams>(() => z.looseObject({
    discoverability: z.lazy(() => PluginShareUpdateDiscoverabilitySchema),
    remotePluginId: z.string(),
    shareTargets: z.array(z.lazy(() => PluginShareTargetSchema)),
  }));

/** The zod schema of {@link T.PluginShareUpdateTargetsResponse}. */
export const PluginShareUpdateTargetsResponseSchema = /* @__PURE__ */ def<T.PluginShareUpdateTargetsResponse>(() => z.looseObject({
    discoverability: z.lazy(() => PluginShareDiscoverabilitySchema),
    principals: z.array(z.lazy(() => PluginSharePrincipalSchema)),
  }));

/** The zod schema of {@link T.PluginSkillReadParams}. */
export const PluginSkillReadParamsSchema = /* @__PURE__ */ def<T.PluginSkillReadParams>(() => z.looseObject({
    remoteMarketplaceName: z.string(),
    remotePluginId: z.string(),
    skillName: z.string(),
  }));

/** The zod schema of {@link T.PluginSkillReadResponse}. */
export const PluginSkillReadResponseSchema = /* @__PURE__ */ def<T.PluginSkillReadResponse>(() => z.looseObject({
    contents: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.PluginSource}. */
export const PluginSourceSchema = /* @__PURE__ */ def<T.PluginSource>(() => z.discriminatedUnion("type", [z.looseObject({
    path: z.lazy(() => AbsolutePathBufSchema),
    type: z.literal("local"),
  }), z.looseObject({
    path: z.union([z.string(), z.null()]).optional(),
    refName: z.union([z.string(), z.null()]).optional(),
    sha: z.union([z.string(), z.null()]).optional(),
    type: z.literal("git"),
    url: z.string(),
  }), z.looseObject({
    package: z.string(),
    registry: z.union([z.string(), z.null()]).optional(),
    type: z.literal("npm"),
    version: z.union([z.string(), z.null()]).optional(),
  }), z.looseObject({
    type: z.literal("remote"),
  })]));

/** The zod schema of {@link T.PluginSummary}. */
export const PluginSummarySchema = /* @__PURE__ */ def<T.PluginSummary>(() => z.looseObject({
    authPolicy: z.lazy(() => PluginAuthPolicySchema),
    availability: z.lazy(() => PluginAvailabilitySchema).optional(),
    disabledReason: z.union([z.lazy(() => PluginDisabledReasonSchema), z.null()]).optional(),
    eligiblePlanTypes: z.union([z.array(z.string()), z.null()]).optional(),
    enabled: z.boolean(),
    id: z.string(),
    installPolicy: z.lazy(() => PluginInstallPolicySchema),
    installPolicySource: z.union([z.lazy(() => PluginInstallPolicySourceSchema), z.null()]).optional(),
    installed: z.boolean(),
    installedAt: z.union([z.number(), z.null()]).optional(),
    interface: z.union([z.lazy(() => PluginInterfaceSchema), z.null()]).optional(),
    keywords: z.array(z.string()).optional(),
    localVersion: z.union([z.string(), z.null()]).optional(),
    mustShowInstallationInterstitial: z.union([z.boolean(), z.null()]).optional(),
    name: z.string(),
    remotePluginId: z.union([z.string(), z.null()]).optional(),
    shareContext: z.union([z.lazy(() => PluginShareContextSchema), z.null()]).optional(),
    source: z.lazy(() => PluginSourceSchema),
    version: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.PluginUninstallParams}. */
export const PluginUninstallParamsSchema = /* @__PURE__ */ def<T.PluginUninstallParams>(() => z.looseObject({
    pluginId: z.string(),
  }));

/** The zod schema of {@link T.PluginUninstallResponse}. */
export const PluginUninstallResponseSchema = /* @__PURE__ */ def<T.PluginUninstallResponse>(() => z.looseObject({}));

/** The zod schema of {@link T.PluginsMigration}. */
export const PluginsMigrationSchema = /* @__PURE__ */ def<T.PluginsMigration>(() => z.looseObject({
    marketplaceName: z.string(),
    pluginNames: z.array(z.string()),
  }));

/** The zod schema of {@link T.ProcessExitedNotification}. */
export const ProcessExitedNotificationSchema = /* @__PURE__ */ def<T.ProcessExitedNotification>(() => z.looseObject({
    exitCode: z.number(),
    outputDrainTimedOut: z.union([z.boolean(), z.null()]).optional(),
    processHandle: z.string(),
    stderr: z.string(),
    stderrCapReached: z.boolean(),
    stdout: z.string(),
    stdoutCapReached: z.boolean(),
  }));

/** The zod schema of {@link T.ProcessOutputDeltaNotification}. */
export const ProcessOutputDeltaNotificationSchema = /* @__PURE__ */ def<T.ProcessOutputDeltaNotification>(() => z.looseObject({
    capReached: z.boolean(),
    deltaBase64: z.string(),
    processHandle: z.string(),
    stream: z.lazy(() => ProcessOutputStreamSchema),
  }));

/** The zod schema of {@link T.ProcessOutputStream}. */
export const ProcessOutputStreamSchema = /* @__PURE__ */ def<T.ProcessOutputStream>(() => z.union([z.literal("stdout"), z.literal("stderr")]));

/** The zod schema of {@link T.ProcessTerminalSize}. */
export const ProcessTerminalSizeSchema = /* @__PURE__ */ def<T.ProcessTerminalSize>(() => z.looseObject({
    cols: z.number(),
    rows: z.number(),
  }));

/** The zod schema of {@link T.Project}. */
export const ProjectSchema = /* @__PURE__ */ def<T.Project>(() => z.looseObject({
    createdAt: z.number(),
    id: z.string(),
    metadata: z.record(z.string(), z.string()),
    name: z.string(),
    position: z.number(),
    recencyAt: z.union([z.number(), z.null()]).optional(),
    roots: z.array(z.lazy(() => ProjectRootSchema)),
    updatedAt: z.number(),
  }));

/** The zod schema of {@link T.ProjectChangeType}. */
export const ProjectChangeTypeSchema = /* @__PURE__ */ def<T.ProjectChangeType>(() => z.union([z.literal("created"), z.literal("updated"), z.literal("deleted")]));

/** The zod schema of {@link T.ProjectChangedNotification}. */
export const ProjectChangedNotificationSchema = /* @__PURE__ */ def<T.ProjectChangedNotification>(() => z.looseObject({
    changeType: z.lazy(() => ProjectChangeTypeSchema),
    projectId: z.string(),
  }));

/** The zod schema of {@link T.ProjectRoot}. */
export const ProjectRootSchema = /* @__PURE__ */ def<T.ProjectRoot>(() => z.looseObject({
    path: z.lazy(() => AbsolutePathBufSchema),
  }));

/** The zod schema of {@link T.ProjectSortKey}. */
export const ProjectSortKeySchema = /* @__PURE__ */ def<T.ProjectSortKey>(() => z.union([z.literal("position"), z.literal("recencyAt")]));

/** The zod schema of {@link T.ProviderSettings}. */
export const ProviderSettingsSchema = /* @__PURE__ */ def<T.ProviderSettings>(() => z.discriminatedUnion("type", [z.looseObject({
    type: z.literal("openai"),
  }), z.looseObject({
    auth: z.lazy(() => GatewayAuthSchema),
    type: z.literal("customGateway"),
  }), z.looseObject({
    profile: z.union([z.string(), z.null()]).optional(),
    region: z.union([z.string(), z.null()]).optional(),
    type: z.literal("bedrock"),
  }), z.looseObject({
    credentialFile: z.union([z.string(), z.null()]).optional(),
    location: z.union([z.string(), z.null()]).optional(),
    projectId: z.union([z.string(), z.null()]).optional(),
    type: z.literal("gcp"),
  })]));

/** The zod schema of {@link T.ProviderSettingsPatch}. */
export const ProviderSettingsPatchSchema = /* @__PURE__ */ def<T.ProviderSettingsPatch>(() => z.discriminatedUnion("type", [z.looseObject({
    baseUrl: z.union([z.string(), z.null()]).optional(),
    envKey: z.union([z.string(), z.null()]).optional(),
    name: z.string().optional(),
    providerId: z.union([z.string(), z.null()]).optional(),
    type: z.literal("customGateway"),
  }), z.looseObject({
    profile: z.union([z.string(), z.null()]).optional(),
    providerId: z.lazy(() => BedrockProviderIdSchema),
    region: z.union([z.string(), z.null()]).optional(),
    type: z.literal("bedrock"),
  }), z.looseObject({
    credentialFile: z.union([z.string(), z.null()]).optional(),
    location: z.union([z.string(), z.null()]).optional(),
    projectId: z.union([z.string(), z.null()]).optional(),
    providerId: z.lazy(() => GcpProviderIdSchema),
    type: z.literal("gcp"),
  })]));

/** The zod schema of {@link T.QueuedSubmission}. */
export const QueuedSubmissionSchema = /* @__PURE__ */ def<T.QueuedSubmission>(() => z.looseObject({
    clientUserMessageId: z.string(),
    id: z.string(),
    input: z.array(z.lazy(() => UserInputSchema)),
    responsesapiClientMetadata: z.union([z.record(z.string(), z.string()), z.null()]).optional(),
  }));

/** The zod schema of {@link T.RateLimitReachedType}. */
export const RateLimitReachedTypeSchema = /* @__PURE__ */ def<T.RateLimitReachedType>(() => z.union([z.literal("rate_limit_reached"), z.literal("workspace_owner_credits_depleted"), z.literal("workspace_member_credits_depleted"), z.literal("workspace_owner_usage_limit_reached"), z.literal("workspace_member_usage_limit_reached")]));

/** The zod schema of {@link T.RateLimitResetCredit}. */
export const RateLimitResetCreditSchema = /* @__PURE__ */ def<T.RateLimitResetCredit>(() => z.looseObject({
    description: z.union([z.string(), z.null()]).optional(),
    expiresAt: z.union([z.number(), z.null()]).optional(),
    grantedAt: z.number(),
    id: z.string(),
    resetType: z.lazy(() => RateLimitResetTypeSchema),
    status: z.lazy(() => RateLimitResetCreditStatusSchema),
    title: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.RateLimitResetCreditStatus}. */
export const RateLimitResetCreditStatusSchema = /* @__PURE__ */ def<T.RateLimitResetCreditStatus>(() => z.union([z.literal("available"), z.literal("redeeming"), z.literal("redeemed"), z.literal("unknown")]));

/** The zod schema of {@link T.RateLimitResetCreditsSummary}. */
export const RateLimitResetCreditsSummarySchema = /* @__PURE__ */ def<T.RateLimitResetCreditsSummary>(() => z.looseObject({
    availableCount: z.number(),
    credits: z.union([z.array(z.lazy(() => RateLimitResetCreditSchema)), z.null()]).optional(),
  }));

/** The zod schema of {@link T.RateLimitResetType}. */
export const RateLimitResetTypeSchema = /* @__PURE__ */ def<T.RateLimitResetType>(() => z.union([z.literal("codexRateLimits"), z.literal("unknown")]));

/** The zod schema of {@link T.RateLimitSnapshot}. */
export const RateLimitSnapshotSchema = /* @__PURE__ */ def<T.RateLimitSnapshot>(() => z.looseObject({
    credits: z.union([z.lazy(() => CreditsSnapshotSchema), z.null()]).optional(),
    individualLimit: z.union([z.lazy(() => SpendControlLimitSnapshotSchema), z.null()]).optional(),
    limitId: z.union([z.string(), z.null()]).optional(),
    limitName: z.union([z.string(), z.null()]).optional(),
    normalModelSlug: z.union([z.string(), z.null()]).optional(),
    planType: z.union([z.lazy(() => PlanTypeSchema), z.null()]).optional(),
    primary: z.union([z.lazy(() => RateLimitWindowSchema), z.null()]).optional(),
    rateLimitReachedType: z.union([z.lazy(() => RateLimitReachedTypeSchema), z.null()]).optional(),
    secondary: z.union([z.lazy(() => RateLimitWindowSchema), z.null()]).optional(),
    spendControlReached: z.union([z.boolean(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.RateLimitWindow}. */
export const RateLimitWindowSchema = /* @__PURE__ */ def<T.RateLimitWindow>(() => z.looseObject({
    resetsAt: z.union([z.number(), z.null()]).optional(),
    usedPercent: z.number(),
    windowDurationMins: z.union([z.number(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.RawResponseCompletedNotification}. */
export const RawResponseCompletedNotificationSchema = /* @__PURE__ */ def<T.RawResponseCompletedNotification>(() => z.looseObject({
    responseId: z.string(),
    threadId: z.string(),
    turnId: z.string(),
    usage: z.union([z.lazy(() => TokenUsageBreakdownSchema), z.null()]).optional(),
    usageMetadata: z.union([z.lazy(() => ResponseUsageMetadataSchema), z.null()]).optional(),
  }));

/** The zod schema of {@link T.RawResponseItemCompletedNotification}. */
export const RawResponseItemCompletedNotificationSchema = /* @__PURE__ */ def<T.RawResponseItemCompletedNotification>(() => z.looseObject({
    item: z.lazy(() => ResponseItemSchema),
    threadId: z.string(),
    turnId: z.string(),
  }));

/** The zod schema of {@link T.RealtimeConversationVersion}. */
export const RealtimeConversationVersionSchema = /* @__PURE__ */ def<T.RealtimeConversationVersion>(() => z.union([z.literal("v1"), z.literal("v2"), z.literal("v3")]));

/** The zod schema of {@link T.RealtimeOutputModality}. */
export const RealtimeOutputModalitySchema = /* @__PURE__ */ def<T.RealtimeOutputModality>(() => z.union([z.literal("text"), z.literal("audio")]));

/** The zod schema of {@link T.RealtimeVoice}. */
export const RealtimeVoiceSchema = /* @__PURE__ */ def<T.RealtimeVoice>(() => z.union([z.literal("alloy"), z.literal("arbor"), z.literal("ash"), z.literal("aube"), z.literal("ballad"), z.literal("breeze"), z.literal("bubbie"), z.literal("cedar"), z.literal("coral"), z.literal("cove"), z.literal("echo"), z.literal("ember"), z.literal("haetsal"), z.literal("hanul"), z.literal("himari"), z.literal("juniper"), z.literal("leher"), z.literal("maple"), z.literal("marin"), z.literal("miko"), z.literal("neer"), z.literal("porto"), z.literal("rindo"), z.literal("rio"), z.literal("rivage"), z.literal("sage"), z.literal("selva"), z.literal("shimmer"), z.literal("sol"), z.literal("sonna"), z.literal("spruce"), z.literal("tinta"), z.literal("vale"), z.literal("verse"), z.literal("viola")]));

/** The zod schema of {@link T.RealtimeVoicesList}. */
export const RealtimeVoicesListSchema = /* @__PURE__ */ def<T.RealtimeVoicesList>(() => z.looseObject({
    defaultV1: z.lazy(() => RealtimeVoiceSchema),
    defaultV2: z.lazy(() => RealtimeVoiceSchema),
    v1: z.array(z.lazy(() => RealtimeVoiceSchema)),
    v2: z.array(z.lazy(() => RealtimeVoiceSchema)),
    v3: z.array(z.lazy(() => RealtimeVoiceSchema)).optional(),
  }));

/** The zod schema of {@link T.ReasoningEffort}. */
export const ReasoningEffortSchema = /* @__PURE__ */ def<T.ReasoningEffort>(() => z.string());

/** The zod schema of {@link T.ReasoningEffortOption}. */
export const ReasoningEffortOptionSchema = /* @__PURE__ */ def<T.ReasoningEffortOption>(() => z.looseObject({
    description: z.string(),
    reasoningEffort: z.lazy(() => ReasoningEffortSchema),
  }));

/** The zod schema of {@link T.ReasoningItemContent}. */
export const ReasoningItemContentSchema = /* @__PURE__ */ def<T.ReasoningItemContent>(() => z.discriminatedUnion("type", [z.looseObject({
    text: z.string(),
    type: z.literal("reasoning_text"),
  }), z.looseObject({
    text: z.string(),
    type: z.literal("text"),
  })]));

/** The zod schema of {@link T.ReasoningItemReasoningSummary}. */
export const ReasoningItemReasoningSummarySchema = /* @__PURE__ */ def<T.ReasoningItemReasoningSummary>(() => z.looseObject({
    text: z.string(),
    type: z.literal("summary_text"),
  }));

/** The zod schema of {@link T.ReasoningSummary}. */
export const ReasoningSummarySchema = /* @__PURE__ */ def<T.ReasoningSummary>(() => z.union([z.union([z.literal("auto"), z.literal("concise"), z.literal("detailed")]), z.literal("none")]));

/** The zod schema of {@link T.ReasoningSummaryPartAddedNotification}. */
export const ReasoningSummaryPartAddedNotificationSchema = /* @__PURE__ */ def<T.ReasoningSummaryPartAddedNotification>(() => z.looseObject({
    itemId: z.string(),
    summaryIndex: z.number(),
    threadId: z.string(),
    turnId: z.string(),
  }));

/** The zod schema of {@link T.ReasoningSummaryTextDeltaNotification}. */
export const ReasoningSummaryTextDeltaNotificationSchema = /* @__PURE__ */ def<T.ReasoningSummaryTextDeltaNotification>(() => z.looseObject({
    delta: z.string(),
    itemId: z.string(),
    summaryIndex: z.number(),
    threadId: z.string(),
    turnId: z.string(),
  }));

/** The zod schema of {@link T.ReasoningTextDeltaNotification}. */
export const ReasoningTextDeltaNotificationSchema = /* @__PURE__ */ def<T.ReasoningTextDeltaNotification>(() => z.looseObject({
    contentIndex: z.number(),
    delta: z.string(),
    itemId: z.string(),
    threadId: z.string(),
    turnId: z.string(),
  }));

/** The zod schema of {@link T.RemoteControlConnectionStatus}. */
export const RemoteControlConnectionStatusSchema = /* @__PURE__ */ def<T.RemoteControlConnectionStatus>(() => z.union([z.literal("disabled"), z.literal("connecting"), z.literal("connected"), z.literal("errored")]));

/** The zod schema of {@link T.RemoteControlDisableParams}. */
export const RemoteControlDisableParamsSchema = /* @__PURE__ */ def<T.RemoteControlDisableParams>(() => z.looseObject({
    ephemeral: z.boolean().optional(),
  }));

/** The zod schema of {@link T.RemoteControlEnableParams}. */
export const RemoteControlEnableParamsSchema = /* @__PURE__ */ def<T.RemoteControlEnableParams>(() => z.looseObject({
    ephemeral: z.boolean().optional(),
  }));

/** The zod schema of {@link T.RemoteControlStatusChangedNotification}. */
export const RemoteControlStatusChangedNotificationSchema = /* @__PURE__ */ def<T.RemoteControlStatusChangedNotification>(() => z.looseObject({
    environmentId: z.union([z.string(), z.null()]).optional(),
    installationId: z.string(),
    serverName: z.string(),
    status: z.lazy(() => RemoteControlConnectionStatusSchema),
  }));

/** The zod schema of {@link T.RequestHeader}. */
export const RequestHeaderSchema = /* @__PURE__ */ def<T.RequestHeader>(() => z.looseObject({
    name: z.string(),
    value: z.string(),
  }));

/** The zod schema of {@link T.RequestId}. */
export const RequestIdSchema = /* @__PURE__ */ def<T.RequestId>(() => z.union([z.string(), z.number()]));

/** The zod schema of {@link T.RequestPermissionProfile}. */
export const RequestPermissionProfileSchema = /* @__PURE__ */ def<T.RequestPermissionProfile>(() => z.looseObject({
    fileSystem: z.union([z.lazy(() => AdditionalFileSystemPermissionsSchema), z.null()]).optional(),
    network: z.union([z.lazy(() => AdditionalNetworkPermissionsSchema), z.null()]).optional(),
  }));

/** The zod schema of {@link T.ResidencyRequirement}. */
export const ResidencyRequirementSchema = /* @__PURE__ */ def<T.ResidencyRequirement>(() => z.literal("us"));

/** The zod schema of {@link T.Resource}. */
export const ResourceSchema = /* @__PURE__ */ def<T.Resource>(() => z.looseObject({
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

/** The zod schema of {@link T.ResourceContent}. */
export const ResourceContentSchema = /* @__PURE__ */ def<T.ResourceContent>(() => z.union([z.looseObject({
    _meta: z.unknown().optional(),
    mimeType: z.union([z.string(), z.null()]).optional(),
    text: z.string(),
    uri: z.string(),
  }), z.looseObject({
    _meta: z.unknown().optional(),
    blob: z.string(),
    mimeType: z.union([z.string(), z.null()]).optional(),
    uri: z.string(),
  })]));

/** The zod schema of {@link T.ResourceTemplate}. */
export const ResourceTemplateSchema = /* @__PURE__ */ def<T.ResourceTemplate>(() => z.looseObject({
    annotations: z.unknown().optional(),
    description: z.union([z.string(), z.null()]).optional(),
    mimeType: z.union([z.string(), z.null()]).optional(),
    name: z.string(),
    title: z.union([z.string(), z.null()]).optional(),
    uriTemplate: z.string(),
  }));

/** The zod schema of {@link T.ResponseItem}. */
export const ResponseItemSchema = /* @__PURE__ */ def<T.ResponseItem>(() => z.discriminatedUnion("type", [z.looseObject({
    id: z.union([z.string(), z.null()]).optional(),
    role: z.string(),
    tools: z.array(z.unknown()),
    type: z.literal("additional_tools"),
  }), z.looseObject({
    content: z.array(z.lazy(() => ContentItemSchema)),
    encrypted_content: z.union([z.string(), z.null()]).optional(),
    id: z.union([z.string(), z.null()]).optional(),
    internal_chat_message_metadata_passthrough: z.union([z.lazy(() => InternalChatMessageMetadataPassthroughSchema), z.null()]).optional(),
    phase: z.union([z.lazy(() => MessagePhaseSchema), z.null()]).optional(),
    role: z.string(),
    status: z.union([z.string(), z.null()]).optional(),
    type: z.literal("message"),
  }), z.looseObject({
    author: z.string(),
    content: z.array(z.lazy(() => AgentMessageInputContentSchema)),
    id: z.union([z.string(), z.null()]).optional(),
    internal_chat_message_metadata_passthrough: z.union([z.lazy(() => InternalChatMessageMetadataPassthroughSchema), z.null()]).optional(),
    recipient: z.string(),
    type: z.literal("agent_message"),
  }), z.looseObject({
    content: z.union([z.array(z.lazy(() => ReasoningItemContentSchema)), z.null()]).optional(),
    encrypted_content: z.union([z.string(), z.null()]).optional(),
    id: z.union([z.string(), z.null()]).optional(),
    internal_chat_message_metadata_passthrough: z.union([z.lazy(() => InternalChatMessageMetadataPassthroughSchema), z.null()]).optional(),
    summary: z.array(z.lazy(() => ReasoningItemReasoningSummarySchema)),
    type: z.literal("reasoning"),
  }), z.looseObject({
    action: z.lazy(() => LocalShellActionSchema),
    call_id: z.union([z.string(), z.null()]).optional(),
    encrypted_content: z.union([z.string(), z.null()]).optional(),
    id: z.union([z.string(), z.null()]).optional(),
    internal_chat_message_metadata_passthrough: z.union([z.lazy(() => InternalChatMessageMetadataPassthroughSchema), z.null()]).optional(),
    status: z.lazy(() => LocalShellStatusSchema),
    type: z.literal("local_shell_call"),
  }), z.looseObject({
    arguments: z.string(),
    call_id: z.string(),
    encrypted_content: z.union([z.string(), z.null()]).optional(),
    encrypted_function_args: z.union([z.array(z.string()), z.null()]).optional(),
    id: z.union([z.string(), z.null()]).optional(),
    internal_chat_message_metadata_passthrough: z.union([z.lazy(() => InternalChatMessageMetadataPassthroughSchema), z.null()]).optional(),
    name: z.string(),
    namespace: z.union([z.string(), z.null()]).optional(),
    status: z.union([z.string(), z.null()]).optional(),
    type: z.literal("function_call"),
  }), z.looseObject({
    arguments: z.unknown(),
    call_id: z.union([z.string(), z.null()]).optional(),
    encrypted_content: z.union([z.string(), z.null()]).optional(),
    execution: z.string(),
    id: z.union([z.string(), z.null()]).optional(),
    internal_chat_message_metadata_passthrough: z.union([z.lazy(() => InternalChatMessageMetadataPassthroughSchema), z.null()]).optional(),
    status: z.union([z.string(), z.null()]).optional(),
    type: z.literal("tool_search_call"),
  }), z.looseObject({
    call_id: z.union([z.string(), z.null()]).optional(),
    id: z.union([z.string(), z.null()]).optional(),
    internal_chat_message_metadata_passthrough: z.union([z.lazy(() => InternalChatMessageMetadataPassthroughSchema), z.null()]).optional(),
    name: z.union([z.string(), z.null()]).optional(),
    namespace: z.union([z.string(), z.null()]).optional(),
    output: z.lazy(() => FunctionCallOutputBodySchema),
    type: z.literal("function_call_output"),
  }), z.looseObject({
    call_id: z.string(),
    encrypted_content: z.union([z.string(), z.null()]).optional(),
    id: z.union([z.string(), z.null()]).optional(),
    input: z.string(),
    internal_chat_message_metadata_passthrough: z.union([z.lazy(() => InternalChatMessageMetadataPassthroughSchema), z.null()]).optional(),
    name: z.string(),
    namespace: z.union([z.string(), z.null()]).optional(),
    status: z.union([z.string(), z.null()]).optional(),
    type: z.literal("custom_tool_call"),
  }), z.looseObject({
    call_id: z.string(),
    id: z.union([z.string(), z.null()]).optional(),
    internal_chat_message_metadata_passthrough: z.union([z.lazy(() => InternalChatMessageMetadataPassthroughSchema), z.null()]).optional(),
    name: z.union([z.string(), z.null()]).optional(),
    output: z.lazy(() => FunctionCallOutputBodySchema),
    type: z.literal("custom_tool_call_output"),
  }), z.looseObject({
    call_id: z.union([z.string(), z.null()]).optional(),
    execution: z.string(),
    id: z.union([z.string(), z.null()]).optional(),
    internal_chat_message_metadata_passthrough: z.union([z.lazy(() => InternalChatMessageMetadataPassthroughSchema), z.null()]).optional(),
    status: z.string(),
    tools: z.array(z.unknown()),
    type: z.literal("tool_search_output"),
  }), z.looseObject({
    action: z.union([z.lazy(() => ResponsesApiWebSearchActionSchema), z.null()]).optional(),
    encrypted_content: z.union([z.string(), z.null()]).optional(),
    id: z.union([z.string(), z.null()]).optional(),
    internal_chat_message_metadata_passthrough: z.union([z.lazy(() => InternalChatMessageMetadataPassthroughSchema), z.null()]).optional(),
    status: z.union([z.string(), z.null()]).optional(),
    type: z.literal("web_search_call"),
  }), z.looseObject({
    encrypted_content: z.union([z.string(), z.null()]).optional(),
    id: z.union([z.string(), z.null()]).optional(),
    internal_chat_message_metadata_passthrough: z.union([z.lazy(() => InternalChatMessageMetadataPassthroughSchema), z.null()]).optional(),
    result: z.string(),
    revised_prompt: z.union([z.string(), z.null()]).optional(),
    status: z.string(),
    type: z.literal("image_generation_call"),
  }), z.looseObject({
    encrypted_content: z.string(),
    id: z.union([z.string(), z.null()]).optional(),
    internal_chat_message_metadata_passthrough: z.union([z.lazy(() => InternalChatMessageMetadataPassthroughSchema), z.null()]).optional(),
    type: z.literal("compaction"),
  }), z.looseObject({
    reasoning: z.lazy(() => ConfigurationReasoningSchema),
    type: z.literal("configuration_update"),
  }), z.looseObject({
    type: z.literal("compaction_trigger"),
  }), z.looseObject({
    encrypted_content: z.union([z.string(), z.null()]).optional(),
    id: z.union([z.string(), z.null()]).optional(),
    internal_chat_message_metadata_passthrough: z.union([z.lazy(() => InternalChatMessageMetadataPassthroughSchema), z.null()]).optional(),
    type: z.literal("context_compaction"),
  }), z.looseObject({
    type: z.literal("other"),
  })]));

/** The zod schema of {@link T.ResponseUsageMetadata}. */
export const ResponseUsageMetadataSchema = /* @__PURE__ */ def<T.ResponseUsageMetadata>(() => z.looseObject({
    amount: z.union([z.string(), z.null()]).optional(),
    metadata: z.unknown().optional(),
  }));

/** The zod schema of {@link T.ResponsesApiWebSearchAction}. */
export const ResponsesApiWebSearchActionSchema = /* @__PURE__ */ def<T.ResponsesApiWebSearchAction>(() => z.discriminatedUnion("type", [z.looseObject({
    queries: z.union([z.array(z.string()), z.null()]).optional(),
    query: z.union([z.string(), z.null()]).optional(),
    type: z.literal("search"),
  }), z.looseObject({
    type: z.literal("open_page"),
    url: z.union([z.string(), z.null()]).optional(),
  }), z.looseObject({
    pattern: z.union([z.string(), z.null()]).optional(),
    type: z.literal("find_in_page"),
    url: z.union([z.string(), z.null()]).optional(),
  }), z.looseObject({
    type: z.literal("other"),
  })]));

/** The zod schema of {@link T.ReviewDecision}. */
export const ReviewDecisionSchema = /* @__PURE__ */ def<T.ReviewDecision>(() => z.union([z.literal("approved"), z.looseObject({
    approved_execpolicy_amendment: z.looseObject({
      proposed_execpolicy_amendment: z.array(z.string()),
    }),
  }), z.literal("approved_for_session"), z.literal("approved_mcp_policy_amendment"), z.looseObject({
    network_policy_amendment: z.looseObject({
      network_policy_amendment: z.lazy(() => NetworkPolicyAmendmentSchema),
    }),
  }), z.looseObject({
    denied: z.looseObject({
      rejection: z.string(),
    }),
  }), z.literal("timed_out"), z.literal("abort")]));

/** The zod schema of {@link T.ReviewDelivery}. */
export const ReviewDeliverySchema = /* @__PURE__ */ def<T.ReviewDelivery>(() => z.literal("inline"));

/** The zod schema of {@link T.ReviewStartParams}. */
export const ReviewStartParamsSchema = /* @__PURE__ */ def<T.ReviewStartParams>(() => z.looseObject({
    delivery: z.union([z.lazy(() => ReviewDeliverySchema), z.null()]).optional(),
    target: z.lazy(() => ReviewTargetSchema),
    threadId: z.string(),
  }));

/** The zod schema of {@link T.ReviewStartResponse}. */
export const ReviewStartResponseSchema = /* @__PURE__ */ def<T.ReviewStartResponse>(() => z.looseObject({
    reviewThreadId: z.string(),
    turn: z.lazy(() => TurnSchema),
  }));

/** The zod schema of {@link T.ReviewTarget}. */
export const ReviewTargetSchema = /* @__PURE__ */ def<T.ReviewTarget>(() => z.discriminatedUnion("type", [z.looseObject({
    type: z.literal("uncommittedChanges"),
  }), z.looseObject({
    branch: z.string(),
    type: z.literal("baseBranch"),
  }), z.looseObject({
    sha: z.string(),
    title: z.union([z.string(), z.null()]).optional(),
    type: z.literal("commit"),
  }), z.looseObject({
    instructions: z.string(),
    type: z.literal("custom"),
  })]));

/** The zod schema of {@link T.SandboxMode}. */
export const SandboxModeSchema = /* @__PURE__ */ def<T.SandboxMode>(() => z.union([z.literal("read-only"), z.literal("workspace-write"), z.literal("danger-full-access")]));

/** The zod schema of {@link T.SandboxPolicy}. */
export const SandboxPolicySchema = /* @__PURE__ */ def<T.SandboxPolicy>(() => z.discriminatedUnion("type", [z.looseObject({
    type: z.literal("dangerFullAccess"),
  }), z.looseObject({
    networkAccess: z.boolean().optional(),
    type: z.literal("readOnly"),
  }), z.looseObject({
    networkAccess: z.lazy(() => NetworkAccessSchema).optional(),
    type: z.literal("externalSandbox"),
  }), z.looseObject({
    excludeSlashTmp: z.boolean().optional(),
    excludeTmpdirEnvVar: z.boolean().optional(),
    networkAccess: z.boolean().optional(),
    type: z.literal("workspaceWrite"),
    writableRoots: z.array(z.lazy(() => AbsolutePathBufSchema)).optional(),
  })]));

/** The zod schema of {@link T.SandboxWorkspaceWrite}. */
export const SandboxWorkspaceWriteSchema = /* @__PURE__ */ def<T.SandboxWorkspaceWrite>(() => z.looseObject({
    exclude_slash_tmp: z.boolean().optional(),
    exclude_tmpdir_env_var: z.boolean().optional(),
    network_access: z.boolean().optional(),
    writable_roots: z.array(z.string()).optional(),
  }));

/** The zod schema of {@link T.ScheduledTaskSchedule}. */
export const ScheduledTaskScheduleSchema = /* @__PURE__ */ def<T.ScheduledTaskSchedule>(() => z.discriminatedUnion("type", [z.looseObject({
    days: z.union([z.array(z.lazy(() => ScheduledTaskWeekdaySchema)), z.null()]).optional(),
    intervalHours: z.number(),
    type: z.literal("hourly"),
  }), z.looseObject({
    time: z.string(),
    type: z.literal("daily"),
  }), z.looseObject({
    time: z.string(),
    type: z.literal("weekdays"),
  }), z.looseObject({
    days: z.array(z.lazy(() => ScheduledTaskWeekdaySchema)),
    time: z.string(),
    type: z.literal("weekly"),
  })]));

/** The zod schema of {@link T.ScheduledTaskSummary}. */
export const ScheduledTaskSummarySchema = /* @__PURE__ */ def<T.ScheduledTaskSummary>(() => z.looseObject({
    key: z.string(),
    name: z.string(),
    prompt: z.string(),
    schedule: z.lazy(() => ScheduledTaskScheduleSchema),
  }));

/** The zod schema of {@link T.ScheduledTaskWeekday}. */
export const ScheduledTaskWeekdaySchema = /* @__PURE__ */ def<T.ScheduledTaskWeekday>(() => z.union([z.literal("MO"), z.literal("TU"), z.literal("WE"), z.literal("TH"), z.literal("FR"), z.literal("SA"), z.literal("SU")]));

/** The zod schema of {@link T.SelectedCapabilityRoot}. */
export const SelectedCapabilityRootSchema = /* @__PURE__ */ def<T.SelectedCapabilityRoot>(() => z.looseObject({
    id: z.string(),
    location: z.lazy(() => CapabilityRootLocationSchema),
  }));

/** The zod schema of {@link T.SendAddCreditsNudgeEmailParams}. */
export const SendAddCreditsNudgeEmailParamsSchema = /* @__PURE__ */ def<T.SendAddCreditsNudgeEmailParams>(() => z.looseObject({
    creditType: z.lazy(() => AddCreditsNudgeCreditTypeSchema),
  }));

/** The zod schema of {@link T.SendAddCreditsNudgeEmailResponse}. */
export const SendAddCreditsNudgeEmailResponseSchema = /* @__PURE__ */ def<T.SendAddCreditsNudgeEmailResponse>(() => z.looseObject({
    status: z.lazy(() => AddCreditsNudgeEmailStatusSchema),
  }));

/** The zod schema of {@link T.ServerDiagnosticsGauge}. */
export const ServerDiagnosticsGaugeSchema = /* @__PURE__ */ def<T.ServerDiagnosticsGauge>(() => z.looseObject({
    name: z.string(),
    value: z.number(),
  }));

/** The zod schema of {@link T.ServerDiagnosticsProcess}. */
export const ServerDiagnosticsProcessSchema = /* @__PURE__ */ def<T.ServerDiagnosticsProcess>(() => z.looseObject({
    id: z.number(),
    physicalFootprintBytes: z.union([z.number(), z.null()]).optional(),
    residentMemoryBytes: z.union([z.number(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.ServerRequestResolvedNotification}. */
export const ServerRequestResolvedNotificationSchema = /* @__PURE__ */ def<T.ServerRequestResolvedNotification>(() => z.looseObject({
    requestId: z.lazy(() => RequestIdSchema),
    threadId: z.string(),
  }));

/** The zod schema of {@link T.SessionMigration}. */
export const SessionMigrationSchema = /* @__PURE__ */ def<T.SessionMigration>(() => z.looseObject({
    cwd: z.string(),
    path: z.string(),
    title: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.SessionSource}. */
export const SessionSourceSchema = /* @__PURE__ */ def<T.SessionSource>(() => z.union([z.union([z.literal("cli"), z.literal("vscode"), z.literal("exec"), z.literal("appServer"), z.literal("unknown")]), z.looseObject({
    custom: z.string(),
  }), z.looseObject({
    subAgent: z.lazy(() => SubAgentSourceSchema),
  })]));

/** The zod schema of {@link T.Settings}. */
export const SettingsSchema = /* @__PURE__ */ def<T.Settings>(() => z.looseObject({
    developer_instructions: z.union([z.string(), z.null()]).optional(),
    model: z.string(),
    reasoning_effort: z.union([z.lazy(() => ReasoningEffortSchema), z.null()]).optional(),
  }));

/** The zod schema of {@link T.SkillDependencies}. */
export const SkillDependenciesSchema = /* @__PURE__ */ def<T.SkillDependencies>(() => z.looseObject({
    tools: z.array(z.lazy(() => SkillToolDependencySchema)),
  }));

/** The zod schema of {@link T.SkillErrorInfo}. */
export const SkillErrorInfoSchema = /* @__PURE__ */ def<T.SkillErrorInfo>(() => z.looseObject({
    message: z.string(),
    path: z.string(),
  }));

/** The zod schema of {@link T.SkillInterface}. */
export const SkillInterfaceSchema = /* @__PURE__ */ def<T.SkillInterface>(() => z.looseObject({
    brandColor: z.union([z.string(), z.null()]).optional(),
    defaultPrompt: z.union([z.string(), z.null()]).optional(),
    displayName: z.union([z.string(), z.null()]).optional(),
    iconLarge: z.union([z.lazy(() => AbsolutePathBufSchema), z.null()]).optional(),
    iconLargeUrl: z.union([z.string(), z.null()]).optional(),
    iconSmall: z.union([z.lazy(() => AbsolutePathBufSchema), z.null()]).optional(),
    iconSmallUrl: z.union([z.string(), z.null()]).optional(),
    shortDescription: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.SkillMetadata}. */
export const SkillMetadataSchema = /* @__PURE__ */ def<T.SkillMetadata>(() => z.looseObject({
    dependencies: z.union([z.lazy(() => SkillDependenciesSchema), z.null()]).optional(),
    description: z.string(),
    enabled: z.boolean(),
    interface: z.union([z.lazy(() => SkillInterfaceSchema), z.null()]).optional(),
    name: z.string(),
    path: z.lazy(() => LegacyAppPathStringSchema),
    pluginId: z.union([z.string(), z.null()]).optional(),
    scope: z.lazy(() => SkillScopeSchema),
    shortDescription: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.SkillMigration}. */
export const SkillMigrationSchema = /* @__PURE__ */ def<T.SkillMigration>(() => z.looseObject({
    name: z.string(),
  }));

/** The zod schema of {@link T.SkillScope}. */
export const SkillScopeSchema = /* @__PURE__ */ def<T.SkillScope>(() => z.union([z.literal("user"), z.literal("repo"), z.literal("system"), z.literal("admin")]));

/** The zod schema of {@link T.SkillSummary}. */
export const SkillSummarySchema = /* @__PURE__ */ def<T.SkillSummary>(() => z.looseObject({
    description: z.string(),
    enabled: z.boolean(),
    interface: z.union([z.lazy(() => SkillInterfaceSchema), z.null()]).optional(),
    name: z.string(),
    path: z.union([z.lazy(() => LegacyAppPathStringSchema), z.null()]).optional(),
    shortDescription: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.SkillToolDependency}. */
export const SkillToolDependencySchema = /* @__PURE__ */ def<T.SkillToolDependency>(() => z.looseObject({
    command: z.union([z.string(), z.null()]).optional(),
    description: z.union([z.string(), z.null()]).optional(),
    transport: z.union([z.string(), z.null()]).optional(),
    type: z.string(),
    url: z.union([z.string(), z.null()]).optional(),
    value: z.string(),
  }));

/** The zod schema of {@link T.SkillsChangedNotification}. */
export const SkillsChangedNotificationSchema = /* @__PURE__ */ def<T.SkillsChangedNotification>(() => z.looseObject({}));

/** The zod schema of {@link T.SkillsConfigWriteParams}. */
export const SkillsConfigWriteParamsSchema = /* @__PURE__ */ def<T.SkillsConfigWriteParams>(() => z.looseObject({
    enabled: z.boolean(),
    name: z.union([z.string(), z.null()]).optional(),
    path: z.union([z.lazy(() => AbsolutePathBufSchema), z.null()]).optional(),
  }));

/** The zod schema of {@link T.SkillsConfigWriteResponse}. */
export const SkillsConfigWriteResponseSchema = /* @__PURE__ */ def<T.SkillsConfigWriteResponse>(() => z.looseObject({
    effectiveEnabled: z.boolean(),
  }));

/** The zod schema of {@link T.SkillsExtraRootsSetParams}. */
export const SkillsExtraRootsSetParamsSchema = /* @__PURE__ */ def<T.SkillsExtraRootsSetParams>(() => z.looseObject({
    extraRoots: z.array(z.lazy(() => AbsolutePathBufSchema)),
  }));

/** The zod schema of {@link T.SkillsExtraRootsSetResponse}. */
export const SkillsExtraRootsSetResponseSchema = /* @__PURE__ */ def<T.SkillsExtraRootsSetResponse>(() => z.looseObject({}));

/** The zod schema of {@link T.SkillsListEntry}. */
export const SkillsListEntrySchema = /* @__PURE__ */ def<T.SkillsListEntry>(() => z.looseObject({
    cwd: z.string(),
    errors: z.array(z.lazy(() => SkillErrorInfoSchema)),
    skills: z.array(z.lazy(() => SkillMetadataSchema)),
  }));

/** The zod schema of {@link T.SkillsListParams}. */
export const SkillsListParamsSchema = /* @__PURE__ */ def<T.SkillsListParams>(() => z.looseObject({
    cwds: z.array(z.string()).optional(),
    forceReload: z.boolean().optional(),
  }));

/** The zod schema of {@link T.SkillsListResponse}. */
export const SkillsListResponseSchema = /* @__PURE__ */ def<T.SkillsListResponse>(() => z.looseObject({
    data: z.array(z.lazy(() => SkillsListEntrySchema)),
  }));

/** The zod schema of {@link T.SortDirection}. */
export const SortDirectionSchema = /* @__PURE__ */ def<T.SortDirection>(() => z.union([z.literal("asc"), z.literal("desc")]));

/** The zod schema of {@link T.SpendControlLimitSnapshot}. */
export const SpendControlLimitSnapshotSchema = /* @__PURE__ */ def<T.SpendControlLimitSnapshot>(() => z.looseObject({
    limit: z.string(),
    remainingPercent: z.number(),
    resetsAt: z.number(),
    used: z.string(),
  }));

/** The zod schema of {@link T.StrictReviewRequiredNotification}. */
export const StrictReviewRequiredNotificationSchema = /* @__PURE__ */ def<T.StrictReviewRequiredNotification>(() => z.looseObject({
    startedAtMs: z.number(),
    threadId: z.string(),
    turnId: z.string(),
  }));

/** The zod schema of {@link T.SubAgentActivityKind}. */
export const SubAgentActivityKindSchema = /* @__PURE__ */ def<T.SubAgentActivityKind>(() => z.union([z.literal("started"), z.literal("interacted"), z.literal("interrupted"), z.literal("completed")]));

/** The zod schema of {@link T.SubAgentSource}. */
export const SubAgentSourceSchema = /* @__PURE__ */ def<T.SubAgentSource>(() => z.union([z.union([z.literal("review"), z.literal("compact"), z.literal("memory_consolidation")]), z.looseObject({
    thread_spawn: z.looseObject({
      agent_nickname: z.union([z.string(), z.null()]).optional(),
      agent_path: z.union([z.lazy(() => AgentPathSchema), z.null()]).optional(),
      agent_role: z.union([z.string(), z.null()]).optional(),
      depth: z.number(),
      parent_thread_id: z.lazy(() => ThreadIdSchema),
    }),
  }), z.looseObject({
    other: z.string(),
  })]));

/** The zod schema of {@link T.SubagentMigration}. */
export const SubagentMigrationSchema = /* @__PURE__ */ def<T.SubagentMigration>(() => z.looseObject({
    name: z.string(),
  }));

/** The zod schema of {@link T.TerminalInteractionNotification}. */
export const TerminalInteractionNotificationSchema = /* @__PURE__ */ def<T.TerminalInteractionNotification>(() => z.looseObject({
    itemId: z.string(),
    processId: z.string(),
    stdin: z.string(),
    threadId: z.string(),
    turnId: z.string(),
  }));

/** The zod schema of {@link T.TextElement}. */
export const TextElementSchema = /* @__PURE__ */ def<T.TextElement>(() => z.looseObject({
    byteRange: z.lazy(() => ByteRangeSchema),
    placeholder: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.TextPosition}. */
export const TextPositionSchema = /* @__PURE__ */ def<T.TextPosition>(() => z.looseObject({
    column: z.number(),
    line: z.number(),
  }));

/** The zod schema of {@link T.TextRange}. */
export const TextRangeSchema = /* @__PURE__ */ def<T.TextRange>(() => z.looseObject({
    end: z.lazy(() => TextPositionSchema),
    start: z.lazy(() => TextPositionSchema),
  }));

/** The zod schema of {@link T.Thread}. */
export const ThreadSchema = /* @__PURE__ */ def<T.Thread>(() => z.looseObject({
    agentNickname: z.union([z.string(), z.null()]).optional(),
    agentRole: z.union([z.string(), z.null()]).optional(),
    cliVersion: z.string(),
    createdAt: z.number(),
    cwd: z.lazy(() => AbsolutePathBufSchema),
    ephemeral: z.boolean(),
    forkedFromId: z.union([z.string(), z.null()]).optional(),
    gitInfo: z.union([z.lazy(() => GitInfoSchema), z.null()]).optional(),
    historyMode: z.lazy(() => ThreadHistoryModeSchema).optional(),
    id: z.string(),
    model: z.union([z.string(), z.null()]).optional(),
    modelProvider: z.string(),
    name: z.union([z.string(), z.null()]).optional(),
    originator: z.union([z.string(), z.null()]).optional(),
    parentThreadId: z.union([z.string(), z.null()]).optional(),
    path: z.union([z.string(), z.null()]).optional(),
    preview: z.string(),
    projectId: z.union([z.string(), z.null()]),
    reasoningEffort: z.union([z.lazy(() => ReasoningEffortSchema), z.null()]).optional(),
    recencyAt: z.union([z.number(), z.null()]).optional(),
    section: z.union([z.lazy(() => ThreadSectionSchema), z.null()]).optional(),
    sectionEnteredAt: z.union([z.number(), z.null()]).optional(),
    sessionId: z.string(),
    source: z.lazy(() => SessionSourceSchema),
    status: z.lazy(() => ThreadStatusSchema),
    threadSource: z.union([z.lazy(() => ThreadSourceSchema), z.null()]).optional(),
    turns: z.array(z.lazy(() => TurnSchema)),
    updatedAt: z.number(),
  }));

/** The zod schema of {@link T.ThreadActiveFlag}. */
export const ThreadActiveFlagSchema = /* @__PURE__ */ def<T.ThreadActiveFlag>(() => z.union([z.literal("waitingOnApproval"), z.literal("waitingOnUserInput")]));

/** The zod schema of {@link T.ThreadApproveGuardianDeniedActionParams}. */
export const ThreadApproveGuardianDeniedActionParamsSchema = /* @__PURE__ */ def<T.ThreadApproveGuardianDeniedActionParams>(() => z.looseObject({
    event: z.unknown(),
    threadId: z.string(),
  }));

/** The zod schema of {@link T.ThreadApproveGuardianDeniedActionResponse}. */
export const ThreadApproveGuardianDeniedActionResponseSchema = /* @__PURE__ */ def<T.ThreadApproveGuardianDeniedActionResponse>(() => z.looseObject({}));

/** The zod schema of {@link T.ThreadArchiveParams}. */
export const ThreadArchiveParamsSchema = /* @__PURE__ */ def<T.ThreadArchiveParams>(() => z.looseObject({
    threadId: z.string(),
  }));

/** The zod schema of {@link T.ThreadArchiveResponse}. */
export const ThreadArchiveResponseSchema = /* @__PURE__ */ def<T.ThreadArchiveResponse>(() => z.looseObject({}));

/** The zod schema of {@link T.ThreadArchivedNotification}. */
export const ThreadArchivedNotificationSchema = /* @__PURE__ */ def<T.ThreadArchivedNotification>(() => z.looseObject({
    threadId: z.string(),
  }));

/** The zod schema of {@link T.ThreadAttachment}. */
export const ThreadAttachmentSchema = /* @__PURE__ */ def<T.ThreadAttachment>(() => z.looseObject({
    attachmentType: z.string(),
    createdAt: z.number(),
    id: z.string(),
    identityKey: z.string(),
    payload: z.unknown(),
  }));

/** The zod schema of {@link T.ThreadAttachmentAddOutcome}. */
export const ThreadAttachmentAddOutcomeSchema = /* @__PURE__ */ def<T.ThreadAttachmentAddOutcome>(() => z.union([z.literal("created"), z.literal("existing")]));

/** The zod schema of {@link T.ThreadAttachmentAddParams}. */
export const ThreadAttachmentAddParamsSchema = /* @__PURE__ */ def<T.ThreadAttachmentAddParams>(() => z.looseObject({
    attachmentType: z.string(),
    identityKey: z.string(),
    payload: z.unknown(),
    threadId: z.string(),
  }));

/** The zod schema of {@link T.ThreadAttachmentAddResponse}. */
export const ThreadAttachmentAddResponseSchema = /* @__PURE__ */ def<T.ThreadAttachmentAddResponse>(() => z.looseObject({
    attachment: z.lazy(() => ThreadAttachmentSchema),
    outcome: z.lazy(() => ThreadAttachmentAddOutcomeSchema),
  }));

/** The zod schema of {@link T.ThreadAttachmentListParams}. */
export const ThreadAttachmentListParamsSchema = /* @__PURE__ */ def<T.ThreadAttachmentListParams>(() => z.looseObject({
    cursor: z.union([z.string(), z.null()]).optional(),
    limit: z.union([z.number(), z.null()]).optional(),
    threadId: z.string(),
  }));

/** The zod schema of {@link T.ThreadAttachmentListResponse}. */
export const ThreadAttachmentListResponseSchema = /* @__PURE__ */ def<T.ThreadAttachmentListResponse>(() => z.looseObject({
    data: z.array(z.lazy(() => ThreadAttachmentSchema)),
    nextCursor: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.ThreadAttachmentOperation}. */
export const ThreadAttachmentOperationSchema = /* @__PURE__ */ def<T.ThreadAttachmentOperation>(() => z.union([z.literal("created"), z.literal("deleted")]));

/** The zod schema of {@link T.ThreadAttachmentOwner}. */
export const ThreadAttachmentOwnerSchema = /* @__PURE__ */ def<T.ThreadAttachmentOwner>(() => z.looseObject({
    archived: z.boolean(),
    threadId: z.string(),
  }));

/** The zod schema of {@link T.ThreadAttachmentOwnerListParams}. */
export const ThreadAttachmentOwnerListParamsSchema = /* @__PURE__ */ def<T.ThreadAttachmentOwnerListParams>(() => z.looseObject({
    archived: z.union([z.boolean(), z.null()]).optional(),
    attachmentType: z.string(),
    cursor: z.union([z.string(), z.null()]).optional(),
    identityKey: z.string(),
    limit: z.union([z.number(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.ThreadAttachmentOwnerListResponse}. */
export const ThreadAttachmentOwnerListResponseSchema = /* @__PURE__ */ def<T.ThreadAttachmentOwnerListResponse>(() => z.looseObject({
    data: z.array(z.lazy(() => ThreadAttachmentOwnerSchema)),
    nextCursor: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.ThreadAttachmentRemoveParams}. */
export const ThreadAttachmentRemoveParamsSchema = /* @__PURE__ */ def<T.ThreadAttachmentRemoveParams>(() => z.looseObject({
    attachmentType: z.string(),
    identityKey: z.string(),
    threadId: z.string(),
  }));

/** The zod schema of {@link T.ThreadAttachmentRemoveResponse}. */
export const ThreadAttachmentRemoveResponseSchema = /* @__PURE__ */ def<T.ThreadAttachmentRemoveResponse>(() => z.looseObject({}));

/** The zod schema of {@link T.ThreadAttachmentUpdatedNotification}. */
export const ThreadAttachmentUpdatedNotificationSchema = /* @__PURE__ */ def<T.ThreadAttachmentUpdatedNotification>(() => z.looseObject({
    attachmentId: z.string(),
    attachmentType: z.string(),
    identityKey: z.string(),
    operation: z.lazy(() => ThreadAttachmentOperationSchema),
    threadId: z.string(),
  }));

/** The zod schema of {@link T.ThreadClosedNotification}. */
export const ThreadClosedNotificationSchema = /* @__PURE__ */ def<T.ThreadClosedNotification>(() => z.looseObject({
    threadId: z.string(),
  }));

/** The zod schema of {@link T.ThreadCompactStartParams}. */
export const ThreadCompactStartParamsSchema = /* @__PURE__ */ def<T.ThreadCompactStartParams>(() => z.looseObject({
    threadId: z.string(),
  }));

/** The zod schema of {@link T.ThreadCompactStartResponse}. */
export const ThreadCompactStartResponseSchema = /* @__PURE__ */ def<T.ThreadCompactStartResponse>(() => z.looseObject({}));

/** The zod schema of {@link T.ThreadDeleteParams}. */
export const ThreadDeleteParamsSchema = /* @__PURE__ */ def<T.ThreadDeleteParams>(() => z.looseObject({
    threadId: z.string(),
  }));

/** The zod schema of {@link T.ThreadDeleteResponse}. */
export const ThreadDeleteResponseSchema = /* @__PURE__ */ def<T.ThreadDeleteResponse>(() => z.looseObject({}));

/** The zod schema of {@link T.ThreadDeletedNotification}. */
export const ThreadDeletedNotificationSchema = /* @__PURE__ */ def<T.ThreadDeletedNotification>(() => z.looseObject({
    threadId: z.string(),
  }));

/** The zod schema of {@link T.ThreadEnvironment}. */
export const ThreadEnvironmentSchema = /* @__PURE__ */ def<T.ThreadEnvironment>(() => z.looseObject({
    cwd: z.lazy(() => LegacyAppPathStringSchema),
    environmentId: z.string(),
    runtimeWorkspaceRoots: z.array(z.lazy(() => LegacyAppPathStringSchema)),
  }));

/** The zod schema of {@link T.ThreadExtra}. */
export const ThreadExtraSchema = /* @__PURE__ */ def<T.ThreadExtra>(() => z.looseObject({}));

/** The zod schema of {@link T.ThreadForkParams}. */
export const ThreadForkParamsSchema = /* @__PURE__ */ def<T.ThreadForkParams>(() => z.looseObject({
    approvalPolicy: z.union([z.lazy(() => AskForApprovalSchema), z.null()]).optional(),
    approvalsReviewer: z.union([z.lazy(() => ApprovalsReviewerSchema), z.null()]).optional(),
    baseInstructions: z.union([z.string(), z.null()]).optional(),
    config: z.union([z.looseObject({}), z.null()]).optional(),
    cwd: z.union([z.string(), z.null()]).optional(),
    developerInstructions: z.union([z.string(), z.null()]).optional(),
    ephemeral: z.boolean().optional(),
    excludeTurns: z.boolean().optional(),
    lastTurnId: z.union([z.string(), z.null()]).optional(),
    model: z.union([z.string(), z.null()]).optional(),
    modelProvider: z.union([z.string(), z.null()]).optional(),
    sandbox: z.union([z.lazy(() => SandboxModeSchema), z.null()]).optional(),
    serviceTier: z.union([z.string(), z.null()]).optional(),
    threadId: z.string(),
    threadSource: z.union([z.lazy(() => ThreadSourceSchema), z.null()]).optional(),
  }));

/** The zod schema of {@link T.ThreadForkResponse}. */
export const ThreadForkResponseSchema = /* @__PURE__ */ def<T.ThreadForkResponse>(() => z.looseObject({
    approvalPolicy: z.lazy(() => AskForApprovalSchema),
    approvalsReviewer: z.lazy(() => ApprovalsReviewerSchema),
    cwd: z.lazy(() => AbsolutePathBufSchema),
    disabledPluginIds: z.array(z.string()).optional(),
    instructionSources: z.array(z.lazy(() => LegacyAppPathStringSchema)).optional(),
    model: z.string(),
    modelProvider: z.string(),
    reasoningEffort: z.union([z.lazy(() => ReasoningEffortSchema), z.null()]).optional(),
    sandbox: z.lazy(() => SandboxPolicySchema),
    serviceTier: z.union([z.string(), z.null()]).optional(),
    thread: z.lazy(() => ThreadSchema),
  }));

/** The zod schema of {@link T.ThreadGoal}. */
export const ThreadGoalSchema = /* @__PURE__ */ def<T.ThreadGoal>(() => z.looseObject({
    createdAt: z.number(),
    objective: z.string(),
    status: z.lazy(() => ThreadGoalStatusSchema),
    threadId: z.string(),
    timeUsedSeconds: z.number(),
    tokenBudget: z.union([z.number(), z.null()]).optional(),
    tokensUsed: z.number(),
    updatedAt: z.number(),
  }));

/** The zod schema of {@link T.ThreadGoalClearParams}. */
export const ThreadGoalClearParamsSchema = /* @__PURE__ */ def<T.ThreadGoalClearParams>(() => z.looseObject({
    origin: z.union([z.lazy(() => ThreadGoalMutationOriginSchema), z.null()]).optional(),
    threadId: z.string(),
  }));

/** The zod schema of {@link T.ThreadGoalClearResponse}. */
export const ThreadGoalClearResponseSchema = /* @__PURE__ */ def<T.ThreadGoalClearResponse>(() => z.looseObject({
    cleared: z.boolean(),
  }));

/** The zod schema of {@link T.ThreadGoalClearedNotification}. */
export const ThreadGoalClearedNotificationSchema = /* @__PURE__ */ def<T.ThreadGoalClearedNotification>(() => z.looseObject({
    threadId: z.string(),
  }));

/** The zod schema of {@link T.ThreadGoalGetParams}. */
export const ThreadGoalGetParamsSchema = /* @__PURE__ */ def<T.ThreadGoalGetParams>(() => z.looseObject({
    threadId: z.string(),
  }));

/** The zod schema of {@link T.ThreadGoalGetResponse}. */
export const ThreadGoalGetResponseSchema = /* @__PURE__ */ def<T.ThreadGoalGetResponse>(() => z.looseObject({
    goal: z.union([z.lazy(() => ThreadGoalSchema), z.null()]).optional(),
  }));

/** The zod schema of {@link T.ThreadGoalMutationOrigin}. */
export const ThreadGoalMutationOriginSchema = /* @__PURE__ */ def<T.ThreadGoalMutationOrigin>(() => z.union([z.literal("user"), z.literal("automatic")]));

/** The zod schema of {@link T.ThreadGoalSetParams}. */
export const ThreadGoalSetParamsSchema = /* @__PURE__ */ def<T.ThreadGoalSetParams>(() => z.looseObject({
    objective: z.union([z.string(), z.null()]).optional(),
    origin: z.union([z.lazy(() => ThreadGoalMutationOriginSchema), z.null()]).optional(),
    status: z.union([z.lazy(() => ThreadGoalStatusSchema), z.null()]).optional(),
    threadId: z.string(),
    tokenBudget: z.union([z.number(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.ThreadGoalSetResponse}. */
export const ThreadGoalSetResponseSchema = /* @__PURE__ */ def<T.ThreadGoalSetResponse>(() => z.looseObject({
    goal: z.lazy(() => ThreadGoalSchema),
  }));

/** The zod schema of {@link T.ThreadGoalStatus}. */
export const ThreadGoalStatusSchema = /* @__PURE__ */ def<T.ThreadGoalStatus>(() => z.union([z.literal("active"), z.literal("paused"), z.literal("blocked"), z.literal("usageLimited"), z.literal("budgetLimited"), z.literal("complete")]));

/** The zod schema of {@link T.ThreadGoalUpdatedNotification}. */
export const ThreadGoalUpdatedNotificationSchema = /* @__PURE__ */ def<T.ThreadGoalUpdatedNotification>(() => z.looseObject({
    goal: z.lazy(() => ThreadGoalSchema),
    threadId: z.string(),
    turnId: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.ThreadHistoryMode}. */
export const ThreadHistoryModeSchema = /* @__PURE__ */ def<T.ThreadHistoryMode>(() => z.union([z.literal("legacy"), z.literal("paginated")]));

/** The zod schema of {@link T.ThreadId}. */
export const ThreadIdSchema = /* @__PURE__ */ def<T.ThreadId>(() => z.string());

/** The zod schema of {@link T.ThreadInjectItemsParams}. */
export const ThreadInjectItemsParamsSchema = /* @__PURE__ */ def<T.ThreadInjectItemsParams>(() => z.looseObject({
    items: z.array(z.unknown()),
    threadId: z.string(),
  }));

/** The zod schema of {@link T.ThreadInjectItemsResponse}. */
export const ThreadInjectItemsResponseSchema = /* @__PURE__ */ def<T.ThreadInjectItemsResponse>(() => z.looseObject({}));

/** The zod schema of {@link T.ThreadItem}. */
export const ThreadItemSchema = /* @__PURE__ */ def<T.ThreadItem>(() => z.intersection(z.looseObject({
    completedAtMs: z.union([z.number(), z.null()]).optional(),
    startedAtMs: z.union([z.number(), z.null()]).optional(),
  }), z.discriminatedUnion("type", [z.looseObject({
    clientId: z.union([z.string(), z.null()]).optional(),
    content: z.array(z.lazy(() => UserInputSchema)),
    id: z.string(),
    type: z.literal("userMessage"),
  }), z.looseObject({
    fragments: z.array(z.lazy(() => HookPromptFragmentSchema)),
    id: z.string(),
    type: z.literal("hookPrompt"),
  }), z.looseObject({
    delivery: z.union([z.lazy(() => AgentMessageDeliverySchema), z.null()]).optional(),
    id: z.string(),
    memoryCitation: z.union([z.lazy(() => MemoryCitationSchema), z.null()]).optional(),
    moderation: z.union([z.lazy(() => AgentMessageModerationSchema), z.null()]).optional(),
    phase: z.union([z.lazy(() => MessagePhaseSchema), z.null()]).optional(),
    questions: z.union([z.array(z.lazy(() => AsyncUserInputQuestionSchema)), z.null()]).optional(),
    text: z.string(),
    type: z.literal("agentMessage"),
  }), z.looseObject({
    id: z.string(),
    name: z.string(),
    namespace: z.union([z.string(), z.null()]).optional(),
    output: z.lazy(() => FunctionCallOutputBodySchema),
    type: z.literal("functionCallOutput"),
  }), z.looseObject({
    id: z.string(),
    text: z.string(),
    type: z.literal("plan"),
  }), z.looseObject({
    content: z.array(z.string()).optional(),
    id: z.string(),
    summary: z.array(z.string()).optional(),
    type: z.literal("reasoning"),
  }), z.looseObject({
    aggregatedOutput: z.union([z.string(), z.null()]).optional(),
    command: z.string(),
    commandActions: z.array(z.lazy(() => CommandActionSchema)),
    cwd: z.lazy(() => LegacyAppPathStringSchema),
    durationMs: z.union([z.number(), z.null()]).optional(),
    exitCode: z.union([z.number(), z.null()]).optional(),
    id: z.string(),
    pluginId: z.union([z.string(), z.null()]).optional(),
    processId: z.union([z.string(), z.null()]).optional(),
    scriptPath: z.union([z.string(), z.null()]).optional(),
    source: z.lazy(() => CommandExecutionSourceSchema).optional(),
    status: z.lazy(() => CommandExecutionStatusSchema),
    type: z.literal("commandExecution"),
  }), z.looseObject({
    changes: z.array(z.lazy(() => FileUpdateChangeSchema)),
    id: z.string(),
    status: z.lazy(() => PatchApplyStatusSchema),
    type: z.literal("fileChange"),
  }), z.looseObject({
    appContext: z.union([z.lazy(() => McpToolCallAppContextSchema), z.null()]).optional(),
    arguments: z.unknown(),
    durationMs: z.union([z.number(), z.null()]).optional(),
    error: z.union([z.lazy(() => McpToolCallErrorSchema), z.null()]).optional(),
    id: z.string(),
    mcpAppResourceUri: z.union([z.string(), z.null()]).optional(),
    mcpAppUi: z.union([z.lazy(() => McpAppUiSchema), z.null()]).optional(),
    pluginId: z.union([z.string(), z.null()]).optional(),
    readOnlyHint: z.union([z.boolean(), z.null()]).optional(),
    result: z.union([z.lazy(() => McpToolCallResultSchema), z.null()]).optional(),
    server: z.string(),
    status: z.lazy(() => McpToolCallStatusSchema),
    tool: z.string(),
    type: z.literal("mcpToolCall"),
  }), z.looseObject({
    arguments: z.unknown(),
    contentItems: z.union([z.array(z.lazy(() => DynamicToolCallOutputContentItemSchema)), z.null()]).optional(),
    durationMs: z.union([z.number(), z.null()]).optional(),
    id: z.string(),
    namespace: z.union([z.string(), z.null()]).optional(),
    status: z.lazy(() => DynamicToolCallStatusSchema),
    success: z.union([z.boolean(), z.null()]).optional(),
    tool: z.string(),
    type: z.literal("dynamicToolCall"),
  }), z.looseObject({
    agentsStates: z.record(z.string(), z.lazy(() => CollabAgentStateSchema)),
    id: z.string(),
    model: z.union([z.string(), z.null()]).optional(),
    prompt: z.union([z.string(), z.null()]).optional(),
    reasoningEffort: z.union([z.lazy(() => ReasoningEffortSchema), z.null()]).optional(),
    receiverThreadIds: z.array(z.string()),
    senderThreadId: z.string(),
    status: z.lazy(() => CollabAgentToolCallStatusSchema),
    tool: z.lazy(() => CollabAgentToolSchema),
    type: z.literal("collabAgentToolCall"),
  }), z.looseObject({
    agentPath: z.string(),
    agentThreadId: z.string(),
    id: z.string(),
    kind: z.lazy(() => SubAgentActivityKindSchema),
    model: z.union([z.string(), z.null()]).optional(),
    reasoningEffort: z.union([z.lazy(() => ReasoningEffortSchema), z.null()]).optional(),
    type: z.literal("subAgentActivity"),
  }), z.looseObject({
    action: z.union([z.lazy(() => WebSearchActionSchema), z.null()]).optional(),
    id: z.string(),
    query: z.string(),
    results: z.union([z.array(z.unknown()), z.null()]).optional(),
    type: z.literal("webSearch"),
  }), z.looseObject({
    id: z.string(),
    path: z.lazy(() => LegacyAppPathStringSchema),
    type: z.literal("imageView"),
  }), z.looseObject({
    durationMs: z.number(),
    id: z.string(),
    type: z.literal("sleep"),
  }), z.looseObject({ type: z.literal("imageGeneration") }).pipe(z.intersection(z.looseObject({
    failure: z.union([z.lazy(() => ImageGenerationFailureSchema), z.null()]).optional(),
    generationId: z.union([z.string(), z.null()]).optional(),
    id: z.string(),
    inputImages: z.array(z.lazy(() => ImageGenerationInputImageSchema)).optional(),
    revisedPrompt: z.union([z.string(), z.null()]).optional(),
    savedPath: z.union([z.lazy(() => AbsolutePathBufSchema), z.null()]).optional(),
    status: z.string(),
    transparentBackground: z.union([z.boolean(), z.null()]).optional(),
    type: z.literal("imageGeneration"),
  }), z.union([z.looseObject({
    fileId: z.string(),
  }), z.looseObject({
    result: z.string(),
  })])) as z.ZodType<unknown, any>), z.looseObject({
    id: z.string(),
    review: z.string(),
    type: z.literal("enteredReviewMode"),
  }), z.looseObject({
    id: z.string(),
    review: z.string(),
    type: z.literal("exitedReviewMode"),
  }), z.looseObject({
    id: z.string(),
    type: z.literal("contextCompaction"),
  })])));

/** The zod schema of {@link T.ThreadItemEntry}. */
export const ThreadItemEntrySchema = /* @__PURE__ */ def<T.ThreadItemEntry>(() => z.looseObject({
    completedAtMs: z.union([z.number(), z.null()]).optional(),
    item: z.lazy(() => ThreadItemSchema),
    startedAtMs: z.union([z.number(), z.null()]).optional(),
    turnId: z.string(),
  }));

/** The zod schema of {@link T.ThreadItemOutputDeferral}. */
export const ThreadItemOutputDeferralSchema = /* @__PURE__ */ def<T.ThreadItemOutputDeferral>(() => z.looseObject({}));

/** The zod schema of {@link T.ThreadItemsListAnchor}. */
export const ThreadItemsListAnchorSchema = /* @__PURE__ */ def<T.ThreadItemsListAnchor>(() => z.looseObject({
    itemId: z.string(),
    type: z.literal("item"),
  }));

/** The zod schema of {@link T.ThreadItemsListCursor}. */
export const ThreadItemsListCursorSchema = /* @__PURE__ */ def<T.ThreadItemsListCursor>(() => z.union([z.string(), z.lazy(() => ThreadItemsListAnchorSchema)]));

/** The zod schema of {@link T.ThreadItemsListParams}. */
export const ThreadItemsListParamsSchema = /* @__PURE__ */ def<T.ThreadItemsListParams>(() => z.looseObject({
    cursor: z.union([z.lazy(() => ThreadItemsListCursorSchema), z.null()]).optional(),
    deferOutput: z.union([z.lazy(() => ThreadItemOutputDeferralSchema), z.null()]).optional(),
    limit: z.union([z.number(), z.null()]).optional(),
    sortDirection: z.union([z.lazy(() => SortDirectionSchema), z.null()]).optional(),
    threadId: z.string(),
    turnId: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.ThreadItemsListResponse}. */
export const ThreadItemsListResponseSchema = /* @__PURE__ */ def<T.ThreadItemsListResponse>(() => z.looseObject({
    backwardsCursor: z.union([z.string(), z.null()]).optional(),
    data: z.array(z.lazy(() => ThreadItemEntrySchema)),
    nextCursor: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.ThreadListCwdFilter}. */
export const ThreadListCwdFilterSchema = /* @__PURE__ */ def<T.ThreadListCwdFilter>(() => z.union([z.string(), z.array(z.string())]));

/** The zod schema of {@link T.ThreadListParams}. */
export const ThreadListParamsSchema = /* @__PURE__ */ def<T.ThreadListParams>(() => z.looseObject({
    archived: z.union([z.boolean(), z.null()]).optional(),
    currentAccountOnly: z.boolean().optional(),
    cursor: z.union([z.string(), z.null()]).optional(),
    cwd: z.union([z.lazy(() => ThreadListCwdFilterSchema), z.null()]).optional(),
    excludedThreadIds: z.union([z.array(z.string()), z.null()]).optional(),
    limit: z.union([z.number(), z.null()]).optional(),
    modelProviders: z.union([z.array(z.string()), z.null()]).optional(),
    originators: z.union([z.array(z.string()), z.null()]).optional(),
    searchTerm: z.union([z.string(), z.null()]).optional(),
    sectionId: z.union([z.string(), z.null()]).optional(),
    sortDirection: z.union([z.lazy(() => SortDirectionSchema), z.null()]).optional(),
    sortKey: z.union([z.lazy(() => ThreadSortKeySchema), z.null()]).optional(),
    sourceKinds: z.union([z.array(z.lazy(() => ThreadSourceKindSchema)), z.null()]).optional(),
    useStateDbOnly: z.boolean().optional(),
  }));

/** The zod schema of {@link T.ThreadListResponse}. */
export const ThreadListResponseSchema = /* @__PURE__ */ def<T.ThreadListResponse>(() => z.looseObject({
    backwardsCursor: z.union([z.string(), z.null()]).optional(),
    data: z.array(z.lazy(() => ThreadSchema)),
    nextCursor: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.ThreadLoadedListParams}. */
export const ThreadLoadedListParamsSchema = /* @__PURE__ */ def<T.ThreadLoadedListParams>(() => z.looseObject({
    cursor: z.union([z.string(), z.null()]).optional(),
    limit: z.union([z.number(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.ThreadLoadedListResponse}. */
export const ThreadLoadedListResponseSchema = /* @__PURE__ */ def<T.ThreadLoadedListResponse>(() => z.looseObject({
    data: z.array(z.string()),
    nextCursor: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.ThreadMemoryMode}. */
export const ThreadMemoryModeSchema = /* @__PURE__ */ def<T.ThreadMemoryMode>(() => z.union([z.literal("enabled"), z.literal("disabled")]));

/** The zod schema of {@link T.ThreadMetadataGitInfoUpdateParams}. */
export const ThreadMetadataGitInfoUpdateParamsSchema = /* @__PURE__ */ def<T.ThreadMetadataGitInfoUpdateParams>(() => z.looseObject({
    branch: z.union([z.string(), z.null()]).optional(),
    originUrl: z.union([z.string(), z.null()]).optional(),
    sha: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.ThreadMetadataUpdateParams}. */
export const ThreadMetadataUpdateParamsSchema = /* @__PURE__ */ def<T.ThreadMetadataUpdateParams>(() => z.looseObject({
    gitInfo: z.union([z.lazy(() => ThreadMetadataGitInfoUpdateParamsSchema), z.null()]).optional(),
    threadId: z.string(),
  }));

/** The zod schema of {@link T.ThreadMetadataUpdateResponse}. */
export const ThreadMetadataUpdateResponseSchema = /* @__PURE__ */ def<T.ThreadMetadataUpdateResponse>(() => z.looseObject({
    thread: z.lazy(() => ThreadSchema),
  }));

/** The zod schema of {@link T.ThreadNameUpdatedNotification}. */
export const ThreadNameUpdatedNotificationSchema = /* @__PURE__ */ def<T.ThreadNameUpdatedNotification>(() => z.looseObject({
    threadId: z.string(),
    threadName: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.ThreadPredictionResult}. */
export const ThreadPredictionResultSchema = /* @__PURE__ */ def<T.ThreadPredictionResult>(() => z.discriminatedUnion("type", [z.looseObject({
    text: z.union([z.string(), z.null()]).optional(),
    type: z.literal("completed"),
  }), z.looseObject({
    type: z.literal("failed"),
  })]));

/** The zod schema of {@link T.ThreadPredictionUpdatedNotification}. */
export const ThreadPredictionUpdatedNotificationSchema = /* @__PURE__ */ def<T.ThreadPredictionUpdatedNotification>(() => z.looseObject({
    result: z.lazy(() => ThreadPredictionResultSchema),
    sourceTurnId: z.string(),
    threadId: z.string(),
  }));

/** The zod schema of {@link T.ThreadProjectUpdatedNotification}. */
export const ThreadProjectUpdatedNotificationSchema = /* @__PURE__ */ def<T.ThreadProjectUpdatedNotification>(() => z.looseObject({
    projectId: z.union([z.string(), z.null()]),
    threadId: z.string(),
  }));

/** The zod schema of {@link T.ThreadQueueChangedNotification}. */
export const ThreadQueueChangedNotificationSchema = /* @__PURE__ */ def<T.ThreadQueueChangedNotification>(() => z.looseObject({
    threadId: z.string(),
  }));

/** The zod schema of {@link T.ThreadReadParams}. */
export const ThreadReadParamsSchema = /* @__PURE__ */ def<T.ThreadReadParams>(() => z.looseObject({
    includeTurns: z.boolean().optional(),
    threadId: z.string(),
  }));

/** The zod schema of {@link T.ThreadReadResponse}. */
export const ThreadReadResponseSchema = /* @__PURE__ */ def<T.ThreadReadResponse>(() => z.looseObject({
    thread: z.lazy(() => ThreadSchema),
  }));

/** The zod schema of {@link T.ThreadReadState}. */
export const ThreadReadStateSchema = /* @__PURE__ */ def<T.ThreadReadState>(() => z.looseObject({
    firstUnread: z.union([z.lazy(() => ThreadUnreadPositionSchema), z.null()]).optional(),
    revision: z.string(),
  }));

/** The zod schema of {@link T.ThreadReadStateChangedNotification}. */
export const ThreadReadStateChangedNotificationSchema = /* @__PURE__ */ def<T.ThreadReadStateChangedNotification>(() => z.looseObject({
    readState: z.lazy(() => ThreadReadStateSchema),
    threadId: z.string(),
  }));

/** The zod schema of {@link T.ThreadReadStateOperation}. */
export const ThreadReadStateOperationSchema = /* @__PURE__ */ def<T.ThreadReadStateOperation>(() => z.discriminatedUnion("type", [z.looseObject({
    type: z.literal("read"),
  }), z.looseObject({
    type: z.literal("unread"),
  })]));

/** The zod schema of {@link T.ThreadRealtimeAudioChunk}. */
export const ThreadRealtimeAudioChunkSchema = /* @__PURE__ */ def<T.ThreadRealtimeAudioChunk>(() => z.looseObject({
    data: z.string(),
    itemId: z.union([z.string(), z.null()]).optional(),
    numChannels: z.number(),
    sampleRate: z.number(),
    samplesPerChannel: z.union([z.number(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.ThreadRealtimeBemItemPresentation}. */
export const ThreadRealtimeBemItemPresentationSchema = /* @__PURE__ */ def<T.ThreadRealtimeBemItemPresentation>(() => z.discriminatedUnion("type", [z.looseObject({
    type: z.literal("wholeItem"),
  }), z.looseObject({
    type: z.literal("inlineMarkdown"),
  }), z.looseObject({
    index: z.number(),
    type: z.literal("inlineVisualization"),
  })]));

/** The zod schema of {@link T.ThreadRealtimeClosedNotification}. */
export const ThreadRealtimeClosedNotificationSchema = /* @__PURE__ */ def<T.ThreadRealtimeClosedNotification>(() => z.looseObject({
    reason: z.union([z.string(), z.null()]).optional(),
    threadId: z.string(),
  }));

/** The zod schema of {@link T.ThreadRealtimeErrorNotification}. */
export const ThreadRealtimeErrorNotificationSchema = /* @__PURE__ */ def<T.ThreadRealtimeErrorNotification>(() => z.looseObject({
    message: z.string(),
    threadId: z.string(),
  }));

/** The zod schema of {@link T.ThreadRealtimeInitialItem}. */
export const ThreadRealtimeInitialItemSchema = /* @__PURE__ */ def<T.ThreadRealtimeInitialItem>(() => z.looseObject({
    role: z.lazy(() => ConversationTextRoleSchema),
    text: z.string(),
  }));

/** The zod schema of {@link T.ThreadRealtimeItem}. */
export const ThreadRealtimeItemSchema = /* @__PURE__ */ def<T.ThreadRealtimeItem>(() => z.intersection(z.looseObject({
    id: z.string(),
    realtimeSessionId: z.string(),
  }), z.discriminatedUnion("type", [z.looseObject({
    type: z.literal("realtimeSessionStarted"),
  }), z.looseObject({
    role: z.lazy(() => ThreadRealtimeTranscriptRoleSchema),
    text: z.string(),
    type: z.literal("transcriptSegment"),
  }), z.looseObject({
    item_id: z.string(),
    presentation: z.lazy(() => ThreadRealtimeBemItemPresentationSchema),
    turn_id: z.string(),
    type: z.literal("bemItemPromoted"),
  }), z.looseObject({
    outcome: z.lazy(() => ThreadRealtimeSessionOutcomeSchema),
    type: z.literal("realtimeSessionClosed"),
  })])));

/** The zod schema of {@link T.ThreadRealtimeItemAddedNotification}. */
export const ThreadRealtimeItemAddedNotificationSchema = /* @__PURE__ */ def<T.ThreadRealtimeItemAddedNotification>(() => z.looseObject({
    item: z.unknown(),
    threadId: z.string(),
  }));

/** The zod schema of {@link T.ThreadRealtimeItemCompletedNotification}. */
export const ThreadRealtimeItemCompletedNotificationSchema = /* @__PURE__ */ def<T.ThreadRealtimeItemCompletedNotification>(() => z.looseObject({
    item: z.lazy(() => ThreadRealtimeItemSchema),
    threadId: z.string(),
  }));

/** The zod schema of {@link T.ThreadRealtimeItemStartedNotification}. */
export const ThreadRealtimeItemStartedNotificationSchema = /* @__PURE__ */ def<T.ThreadRealtimeItemStartedNotification>(() => z.looseObject({
    item: z.lazy(() => ThreadRealtimeItemSchema),
    threadId: z.string(),
  }));

/** The zod schema of {@link T.ThreadRealtimeItemTranscriptDeltaNotification}. */
export const ThreadRealtimeItemTranscriptDeltaNotificationSchema = /* @__PURE__ */ def<T.ThreadRealtimeItemTranscriptDeltaNotification>(() => z.looseObject({
    delta: z.string(),
    itemId: z.string(),
    threadId: z.string(),
  }));

/** The zod schema of {@link T.ThreadRealtimeOutputAudioDeltaNotification}. */
export const ThreadRealtimeOutputAudioDeltaNotificationSchema = /* @__PURE__ */ def<T.ThreadRealtimeOutputAudioDeltaNotification>(() => z.looseObject({
    audio: z.lazy(() => ThreadRealtimeAudioChunkSchema),
    threadId: z.string(),
  }));

/** The zod schema of {@link T.ThreadRealtimeSdpNotification}. */
export const ThreadRealtimeSdpNotificationSchema = /* @__PURE__ */ def<T.ThreadRealtimeSdpNotification>(() => z.looseObject({
    sdp: z.string(),
    threadId: z.string(),
  }));

/** The zod schema of {@link T.ThreadRealtimeSessionOutcome}. */
export const ThreadRealtimeSessionOutcomeSchema = /* @__PURE__ */ def<T.ThreadRealtimeSessionOutcome>(() => z.union([z.literal("ended"), z.literal("failed")]));

/** The zod schema of {@link T.ThreadRealtimeStartTransport}. */
export const ThreadRealtimeStartTransportSchema = /* @__PURE__ */ def<T.ThreadRealtimeStartTransport>(() => z.discriminatedUnion("type", [z.looseObject({
    type: z.literal("websocket"),
  }), z.looseObject({
    sdp: z.string(),
    type: z.literal("webrtc"),
  }), z.looseObject({
    callId: z.string(),
    type: z.literal("existingCall"),
  })]));

/** The zod schema of {@link T.ThreadRealtimeStartedNotification}. */
export const ThreadRealtimeStartedNotificationSchema = /* @__PURE__ */ def<T.ThreadRealtimeStartedNotification>(() => z.looseObject({
    realtimeSessionId: z.union([z.string(), z.null()]).optional(),
    threadId: z.string(),
    version: z.lazy(() => RealtimeConversationVersionSchema),
  }));

/** The zod schema of {@link T.ThreadRealtimeTranscriptDeltaNotification}. */
export const ThreadRealtimeTranscriptDeltaNotificationSchema = /* @__PURE__ */ def<T.ThreadRealtimeTranscriptDeltaNotification>(() => z.looseObject({
    delta: z.string(),
    role: z.string(),
    threadId: z.string(),
  }));

/** The zod schema of {@link T.ThreadRealtimeTranscriptDoneNotification}. */
export const ThreadRealtimeTranscriptDoneNotificationSchema = /* @__PURE__ */ def<T.ThreadRealtimeTranscriptDoneNotification>(() => z.looseObject({
    role: z.string(),
    text: z.string(),
    threadId: z.string(),
  }));

/** The zod schema of {@link T.ThreadRealtimeTranscriptRole}. */
export const ThreadRealtimeTranscriptRoleSchema = /* @__PURE__ */ def<T.ThreadRealtimeTranscriptRole>(() => z.union([z.literal("user"), z.literal("assistant")]));

/** The zod schema of {@link T.ThreadResumeInitialTurnsPageParams}. */
export const ThreadResumeInitialTurnsPageParamsSchema = /* @__PURE__ */ def<T.ThreadResumeInitialTurnsPageParams>(() => z.looseObject({
    itemsView: z.union([z.lazy(() => TurnItemsViewSchema), z.null()]).optional(),
    limit: z.union([z.number(), z.null()]).optional(),
    sortDirection: z.union([z.lazy(() => SortDirectionSchema), z.null()]).optional(),
  }));

/** The zod schema of {@link T.ThreadResumeParams}. */
export const ThreadResumeParamsSchema = /* @__PURE__ */ def<T.ThreadResumeParams>(() => z.looseObject({
    approvalPolicy: z.union([z.lazy(() => AskForApprovalSchema), z.null()]).optional(),
    approvalsReviewer: z.union([z.lazy(() => ApprovalsReviewerSchema), z.null()]).optional(),
    baseInstructions: z.union([z.string(), z.null()]).optional(),
    config: z.union([z.looseObject({}), z.null()]).optional(),
    cwd: z.union([z.string(), z.null()]).optional(),
    developerInstructions: z.union([z.string(), z.null()]).optional(),
    excludeTurns: z.boolean().optional(),
    model: z.union([z.string(), z.null()]).optional(),
    modelProvider: z.union([z.string(), z.null()]).optional(),
    personality: z.union([z.lazy(() => PersonalitySchema), z.null()]).optional(),
    sandbox: z.union([z.lazy(() => SandboxModeSchema), z.null()]).optional(),
    serviceTier: z.union([z.string(), z.null()]).optional(),
    threadId: z.string(),
  }));

/** The zod schema of {@link T.ThreadResumeResponse}. */
export const ThreadResumeResponseSchema = /* @__PURE__ */ def<T.ThreadResumeResponse>(() => z.looseObject({
    approvalPolicy: z.lazy(() => AskForApprovalSchema),
    approvalsReviewer: z.lazy(() => ApprovalsReviewerSchema),
    collaborationMode: z.union([z.lazy(() => CollaborationModeSchema), z.null()]).optional(),
    cwd: z.lazy(() => AbsolutePathBufSchema),
    disabledPluginIds: z.array(z.string()).optional(),
    instructionSources: z.array(z.lazy(() => LegacyAppPathStringSchema)).optional(),
    itemsBackwardsCursor: z.union([z.string(), z.null()]).optional(),
    model: z.string(),
    modelProvider: z.string(),
    reasoningEffort: z.union([z.lazy(() => ReasoningEffortSchema), z.null()]).optional(),
    sandbox: z.lazy(() => SandboxPolicySchema),
    serviceTier: z.union([z.string(), z.null()]).optional(),
    thread: z.lazy(() => ThreadSchema),
    turnsBackwardsCursor: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.ThreadRevertParams}. */
export const ThreadRevertParamsSchema = /* @__PURE__ */ def<T.ThreadRevertParams>(() => z.looseObject({
    beforeTurnId: z.string(),
    threadId: z.string(),
  }));

/** The zod schema of {@link T.ThreadRevertResponse}. */
export const ThreadRevertResponseSchema = /* @__PURE__ */ def<T.ThreadRevertResponse>(() => z.looseObject({
    itemsBackwardsCursor: z.union([z.string(), z.null()]).optional(),
    thread: z.lazy(() => ThreadSchema),
    turnsBackwardsCursor: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.ThreadRevertedNotification}. */
export const ThreadRevertedNotificationSchema = /* @__PURE__ */ def<T.ThreadRevertedNotification>(() => z.looseObject({
    threadId: z.string(),
  }));

/** The zod schema of {@link T.ThreadSearchResult}. */
export const ThreadSearchResultSchema = /* @__PURE__ */ def<T.ThreadSearchResult>(() => z.looseObject({
    snippet: z.string(),
    thread: z.lazy(() => ThreadSchema),
  }));

/** The zod schema of {@link T.ThreadSearchSortKey}. */
export const ThreadSearchSortKeySchema = /* @__PURE__ */ def<T.ThreadSearchSortKey>(() => z.union([z.literal("created_at"), z.literal("updated_at"), z.literal("recency_at")]));

/** The zod schema of {@link T.ThreadSection}. */
export const ThreadSectionSchema = /* @__PURE__ */ def<T.ThreadSection>(() => z.looseObject({
    appearance: z.union([z.lazy(() => ThreadSectionAppearanceSchema), z.null()]).optional(),
    id: z.string(),
    name: z.string(),
  }));

/** The zod schema of {@link T.ThreadSectionAppearance}. */
export const ThreadSectionAppearanceSchema = /* @__PURE__ */ def<T.ThreadSectionAppearance>(() => z.looseObject({
    color: z.union([z.string(), z.null()]).optional(),
    icon: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.ThreadSectionChangedNotification}. */
export const ThreadSectionChangedNotificationSchema = /* @__PURE__ */ def<T.ThreadSectionChangedNotification>(() => z.looseObject({
    sectionId: z.union([z.string(), z.null()]),
    threadId: z.string(),
  }));

/** The zod schema of {@link T.ThreadSectionCreateParams}. */
export const ThreadSectionCreateParamsSchema = /* @__PURE__ */ def<T.ThreadSectionCreateParams>(() => z.looseObject({
    appearance: z.union([z.lazy(() => ThreadSectionAppearanceSchema), z.null()]).optional(),
    name: z.string(),
  }));

/** The zod schema of {@link T.ThreadSectionCreateResponse}. */
export const ThreadSectionCreateResponseSchema = /* @__PURE__ */ def<T.ThreadSectionCreateResponse>(() => z.looseObject({
    section: z.lazy(() => ThreadSectionSchema),
  }));

/** The zod schema of {@link T.ThreadSectionDeleteParams}. */
export const ThreadSectionDeleteParamsSchema = /* @__PURE__ */ def<T.ThreadSectionDeleteParams>(() => z.looseObject({
    sectionId: z.string(),
  }));

/** The zod schema of {@link T.ThreadSectionDeleteResponse}. */
export const ThreadSectionDeleteResponseSchema = /* @__PURE__ */ def<T.ThreadSectionDeleteResponse>(() => z.looseObject({}));

/** The zod schema of {@link T.ThreadSectionListParams}. */
export const ThreadSectionListParamsSchema = /* @__PURE__ */ def<T.ThreadSectionListParams>(() => z.looseObject({
    cursor: z.union([z.string(), z.null()]).optional(),
    limit: z.union([z.number(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.ThreadSectionListResponse}. */
export const ThreadSectionListResponseSchema = /* @__PURE__ */ def<T.ThreadSectionListResponse>(() => z.looseObject({
    data: z.array(z.lazy(() => ThreadSectionSchema)),
    nextCursor: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.ThreadSectionMoveParams}. */
export const ThreadSectionMoveParamsSchema = /* @__PURE__ */ def<T.ThreadSectionMoveParams>(() => z.looseObject({
    beforeThreadId: z.union([z.string(), z.null()]).optional(),
    sectionId: z.union([z.string(), z.null()]),
    threadId: z.string(),
  }));

/** The zod schema of {@link T.ThreadSectionMoveResponse}. */
export const ThreadSectionMoveResponseSchema = /* @__PURE__ */ def<T.ThreadSectionMoveResponse>(() => z.looseObject({}));

/** The zod schema of {@link T.ThreadSectionUpdateParams}. */
export const ThreadSectionUpdateParamsSchema = /* @__PURE__ */ def<T.ThreadSectionUpdateParams>(() => z.looseObject({
    appearance: z.union([z.lazy(() => ThreadSectionAppearanceSchema), z.null()]).optional(),
    name: z.string(),
    sectionId: z.string(),
  }));

/** The zod schema of {@link T.ThreadSectionUpdateResponse}. */
export const ThreadSectionUpdateResponseSchema = /* @__PURE__ */ def<T.ThreadSectionUpdateResponse>(() => z.looseObject({
    section: z.lazy(() => ThreadSectionSchema),
  }));

/** The zod schema of {@link T.ThreadSetNameParams}. */
export const ThreadSetNameParamsSchema = /* @__PURE__ */ def<T.ThreadSetNameParams>(() => z.looseObject({
    name: z.string(),
    threadId: z.string(),
  }));

/** The zod schema of {@link T.ThreadSetNameResponse}. */
export const ThreadSetNameResponseSchema = /* @__PURE__ */ def<T.ThreadSetNameResponse>(() => z.looseObject({}));

/** The zod schema of {@link T.ThreadSettings}. */
export const ThreadSettingsSchema = /* @__PURE__ */ def<T.ThreadSettings>(() => z.looseObject({
    activePermissionProfile: z.union([z.lazy(() => ActivePermissionProfileSchema), z.null()]).optional(),
    approvalPolicy: z.lazy(() => AskForApprovalSchema),
    approvalsReviewer: z.lazy(() => ApprovalsReviewerSchema),
    collaborationMode: z.lazy(() => CollaborationModeSchema),
    cwd: z.lazy(() => AbsolutePathBufSchema),
    disabledPluginIds: z.array(z.string()).optional(),
    effort: z.union([z.lazy(() => ReasoningEffortSchema), z.null()]).optional(),
    model: z.string(),
    modelProvider: z.string(),
    personality: z.union([z.lazy(() => PersonalitySchema), z.null()]).optional(),
    sandboxPolicy: z.lazy(() => SandboxPolicySchema),
    serviceTier: z.union([z.string(), z.null()]).optional(),
    summary: z.union([z.lazy(() => ReasoningSummarySchema), z.null()]).optional(),
  }));

/** The zod schema of {@link T.ThreadSettingsUpdatedNotification}. */
export const ThreadSettingsUpdatedNotificationSchema = /* @__PURE__ */ def<T.ThreadSettingsUpdatedNotification>(() => z.looseObject({
    threadId: z.string(),
    threadSettings: z.lazy(() => ThreadSettingsSchema),
  }));

/** The zod schema of {@link T.ThreadShellCommandParams}. */
export const ThreadShellCommandParamsSchema = /* @__PURE__ */ def<T.ThreadShellCommandParams>(() => z.looseObject({
    command: z.string(),
    threadId: z.string(),
    timeoutMs: z.union([z.number(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.ThreadShellCommandResponse}. */
export const ThreadShellCommandResponseSchema = /* @__PURE__ */ def<T.ThreadShellCommandResponse>(() => z.looseObject({}));

/** The zod schema of {@link T.ThreadSortKey}. */
export const ThreadSortKeySchema = /* @__PURE__ */ def<T.ThreadSortKey>(() => z.union([z.literal("created_at"), z.literal("updated_at"), z.literal("recency_at"), z.literal("section_position")]));

/** The zod schema of {@link T.ThreadSource}. */
export const ThreadSourceSchema = /* @__PURE__ */ def<T.ThreadSource>(() => z.string());

/** The zod schema of {@link T.ThreadSourceKind}. */
export const ThreadSourceKindSchema = /* @__PURE__ */ def<T.ThreadSourceKind>(() => z.union([z.literal("cli"), z.literal("vscode"), z.literal("exec"), z.literal("appServer"), z.literal("subAgent"), z.literal("subAgentReview"), z.literal("subAgentCompact"), z.literal("subAgentThreadSpawn"), z.literal("subAgentOther"), z.literal("unknown")]));

/** The zod schema of {@link T.ThreadStartParams}. */
export const ThreadStartParamsSchema = /* @__PURE__ */ def<T.ThreadStartParams>(() => z.looseObject({
    approvalPolicy: z.union([z.lazy(() => AskForApprovalSchema), z.null()]).optional(),
    approvalsReviewer: z.union([z.lazy(() => ApprovalsReviewerSchema), z.null()]).optional(),
    baseInstructions: z.union([z.string(), z.null()]).optional(),
    config: z.union([z.looseObject({}), z.null()]).optional(),
    cwd: z.union([z.string(), z.null()]).optional(),
    developerInstructions: z.union([z.string(), z.null()]).optional(),
    ephemeral: z.union([z.boolean(), z.null()]).optional(),
    model: z.union([z.string(), z.null()]).optional(),
    modelProvider: z.union([z.string(), z.null()]).optional(),
    personality: z.union([z.lazy(() => PersonalitySchema), z.null()]).optional(),
    sandbox: z.union([z.lazy(() => SandboxModeSchema), z.null()]).optional(),
    serviceName: z.union([z.string(), z.null()]).optional(),
    serviceTier: z.union([z.string(), z.null()]).optional(),
    sessionStartSource: z.union([z.lazy(() => ThreadStartSourceSchema), z.null()]).optional(),
    threadSource: z.union([z.lazy(() => ThreadSourceSchema), z.null()]).optional(),
  }));

/** The zod schema of {@link T.ThreadStartResponse}. */
export const ThreadStartResponseSchema = /* @__PURE__ */ def<T.ThreadStartResponse>(() => z.looseObject({
    approvalPolicy: z.lazy(() => AskForApprovalSchema),
    approvalsReviewer: z.lazy(() => ApprovalsReviewerSchema),
    cwd: z.lazy(() => AbsolutePathBufSchema),
    disabledPluginIds: z.array(z.string()).optional(),
    instructionSources: z.array(z.lazy(() => LegacyAppPathStringSchema)).optional(),
    model: z.string(),
    modelProvider: z.string(),
    reasoningEffort: z.union([z.lazy(() => ReasoningEffortSchema), z.null()]).optional(),
    sandbox: z.lazy(() => SandboxPolicySchema),
    serviceTier: z.union([z.string(), z.null()]).optional(),
    thread: z.lazy(() => ThreadSchema),
  }));

/** The zod schema of {@link T.ThreadStartSource}. */
export const ThreadStartSourceSchema = /* @__PURE__ */ def<T.ThreadStartSource>(() => z.union([z.literal("startup"), z.literal("clear")]));

/** The zod schema of {@link T.ThreadStartedNotification}. */
export const ThreadStartedNotificationSchema = /* @__PURE__ */ def<T.ThreadStartedNotification>(() => z.looseObject({
    thread: z.lazy(() => ThreadSchema),
  }));

/** The zod schema of {@link T.ThreadStatus}. */
export const ThreadStatusSchema = /* @__PURE__ */ def<T.ThreadStatus>(() => z.discriminatedUnion("type", [z.looseObject({
    type: z.literal("notLoaded"),
  }), z.looseObject({
    type: z.literal("idle"),
  }), z.looseObject({
    type: z.literal("systemError"),
  }), z.looseObject({
    activeFlags: z.array(z.lazy(() => ThreadActiveFlagSchema)),
    type: z.literal("active"),
  })]));

/** The zod schema of {@link T.ThreadStatusChangedNotification}. */
export const ThreadStatusChangedNotificationSchema = /* @__PURE__ */ def<T.ThreadStatusChangedNotification>(() => z.looseObject({
    status: z.lazy(() => ThreadStatusSchema),
    threadId: z.string(),
  }));

/** The zod schema of {@link T.ThreadTimelineEntry}. */
export const ThreadTimelineEntrySchema = /* @__PURE__ */ def<T.ThreadTimelineEntry>(() => z.discriminatedUnion("type", [z.looseObject({
    item: z.lazy(() => ThreadItemSchema),
    position: z.number(),
    turnId: z.string(),
    type: z.literal("item"),
  }), z.looseObject({
    item: z.lazy(() => ThreadRealtimeItemSchema),
    position: z.number(),
    type: z.literal("realtime"),
  }), z.looseObject({
    position: z.number(),
    started_at: z.union([z.number(), z.null()]).optional(),
    turn_id: z.string(),
    type: z.literal("turnStarted"),
  }), z.looseObject({
    completed_at: z.union([z.number(), z.null()]).optional(),
    duration_ms: z.union([z.number(), z.null()]).optional(),
    error: z.union([z.lazy(() => TurnErrorSchema), z.null()]).optional(),
    position: z.number(),
    started_at: z.union([z.number(), z.null()]).optional(),
    status: z.lazy(() => TurnStatusSchema),
    turn_id: z.string(),
    type: z.literal("turnCompleted"),
  })]));

/** The zod schema of {@link T.ThreadTokenUsage}. */
export const ThreadTokenUsageSchema = /* @__PURE__ */ def<T.ThreadTokenUsage>(() => z.looseObject({
    last: z.lazy(() => TokenUsageBreakdownSchema),
    modelContextWindow: z.union([z.number(), z.null()]).optional(),
    total: z.lazy(() => TokenUsageBreakdownSchema),
  }));

/** The zod schema of {@link T.ThreadTokenUsageUpdatedNotification}. */
export const ThreadTokenUsageUpdatedNotificationSchema = /* @__PURE__ */ def<T.ThreadTokenUsageUpdatedNotification>(() => z.looseObject({
    threadId: z.string(),
    tokenUsage: z.lazy(() => ThreadTokenUsageSchema),
    turnId: z.string(),
  }));

/** The zod schema of {@link T.ThreadTurnsListParams}. */
export const ThreadTurnsListParamsSchema = /* @__PURE__ */ def<T.ThreadTurnsListParams>(() => z.looseObject({
    cursor: z.union([z.string(), z.null()]).optional(),
    itemsView: z.union([z.lazy(() => TurnItemsViewSchema), z.null()]).optional(),
    limit: z.union([z.number(), z.null()]).optional(),
    sortDirection: z.union([z.lazy(() => SortDirectionSchema), z.null()]).optional(),
    threadId: z.string(),
  }));

/** The zod schema of {@link T.ThreadTurnsListResponse}. */
export const ThreadTurnsListResponseSchema = /* @__PURE__ */ def<T.ThreadTurnsListResponse>(() => z.looseObject({
    backwardsCursor: z.union([z.string(), z.null()]).optional(),
    data: z.array(z.lazy(() => TurnSchema)),
    nextCursor: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.ThreadUnarchiveParams}. */
export const ThreadUnarchiveParamsSchema = /* @__PURE__ */ def<T.ThreadUnarchiveParams>(() => z.looseObject({
    threadId: z.string(),
  }));

/** The zod schema of {@link T.ThreadUnarchiveResponse}. */
export const ThreadUnarchiveResponseSchema = /* @__PURE__ */ def<T.ThreadUnarchiveResponse>(() => z.looseObject({
    thread: z.lazy(() => ThreadSchema),
  }));

/** The zod schema of {@link T.ThreadUnarchivedNotification}. */
export const ThreadUnarchivedNotificationSchema = /* @__PURE__ */ def<T.ThreadUnarchivedNotification>(() => z.looseObject({
    threadId: z.string(),
  }));

/** The zod schema of {@link T.ThreadUnreadPosition}. */
export const ThreadUnreadPositionSchema = /* @__PURE__ */ def<T.ThreadUnreadPosition>(() => z.discriminatedUnion("type", [z.looseObject({
    type: z.literal("threadStart"),
  }), z.looseObject({
    turnId: z.string(),
    type: z.literal("turn"),
  })]));

/** The zod schema of {@link T.ThreadUnsubscribeParams}. */
export const ThreadUnsubscribeParamsSchema = /* @__PURE__ */ def<T.ThreadUnsubscribeParams>(() => z.looseObject({
    threadId: z.string(),
  }));

/** The zod schema of {@link T.ThreadUnsubscribeResponse}. */
export const ThreadUnsubscribeResponseSchema = /* @__PURE__ */ def<T.ThreadUnsubscribeResponse>(() => z.looseObject({
    status: z.lazy(() => ThreadUnsubscribeStatusSchema),
  }));

/** The zod schema of {@link T.ThreadUnsubscribeStatus}. */
export const ThreadUnsubscribeStatusSchema = /* @__PURE__ */ def<T.ThreadUnsubscribeStatus>(() => z.union([z.literal("notLoaded"), z.literal("notSubscribed"), z.literal("unsubscribed")]));

/** The zod schema of {@link T.ThreadUsage}. */
export const ThreadUsageSchema = /* @__PURE__ */ def<T.ThreadUsage>(() => z.looseObject({
    estimatedUsageCreditsMicros: z.number(),
    estimatedUsageUsdMicros: z.union([z.number(), z.null()]).optional(),
    groups: z.array(z.lazy(() => ThreadUsageBreakdownGroupSchema)),
    nativeUsageUsdMicros: z.union([z.number(), z.null()]).optional(),
    threadId: z.string(),
  }));

/** The zod schema of {@link T.ThreadUsageBreakdownGroup}. */
export const ThreadUsageBreakdownGroupSchema = /* @__PURE__ */ def<T.ThreadUsageBreakdownGroup>(() => z.looseObject({
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

/** The zod schema of {@link T.TokenUsageBreakdown}. */
export const TokenUsageBreakdownSchema = /* @__PURE__ */ def<T.TokenUsageBreakdown>(() => z.looseObject({
    cacheWriteInputTokens: z.number().optional(),
    cachedInputTokens: z.number(),
    inputTokens: z.number(),
    outputTokens: z.number(),
    reasoningOutputTokens: z.number(),
    totalTokens: z.number(),
  }));

/** The zod schema of {@link T.Tool}. */
export const ToolSchema = /* @__PURE__ */ def<T.Tool>(() => z.looseObject({
    _meta: z.unknown().optional(),
    annotations: z.unknown().optional(),
    description: z.union([z.string(), z.null()]).optional(),
    icons: z.union([z.array(z.unknown()), z.null()]).optional(),
    inputSchema: z.unknown(),
    name: z.string(),
    outputSchema: z.unknown().optional(),
    title: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.ToolExposureSurface}. */
export const ToolExposureSurfaceSchema = /* @__PURE__ */ def<T.ToolExposureSurface>(() => z.union([z.literal("code_mode"), z.literal("deferred"), z.literal("direct")]));

/** The zod schema of {@link T.ToolRequestUserInputAnswer}. */
export const ToolRequestUserInputAnswerSchema = /* @__PURE__ */ def<T.ToolRequestUserInputAnswer>(() => z.looseObject({
    answers: z.array(z.string()),
  }));

/** The zod schema of {@link T.ToolRequestUserInputOption}. */
export const ToolRequestUserInputOptionSchema = /* @__PURE__ */ def<T.ToolRequestUserInputOption>(() => z.looseObject({
    description: z.string(),
    label: z.string(),
  }));

/** The zod schema of {@link T.ToolRequestUserInputParams}. */
export const ToolRequestUserInputParamsSchema = /* @__PURE__ */ def<T.ToolRequestUserInputParams>(() => z.looseObject({
    autoResolutionMs: z.union([z.number(), z.null()]).optional(),
    isBlocking: z.boolean(),
    itemId: z.string(),
    questions: z.array(z.lazy(() => ToolRequestUserInputQuestionSchema)),
    threadId: z.string(),
    turnId: z.string(),
  }));

/** The zod schema of {@link T.ToolRequestUserInputQuestion}. */
export const ToolRequestUserInputQuestionSchema = /* @__PURE__ */ def<T.ToolRequestUserInputQuestion>(() => z.looseObject({
    header: z.string(),
    id: z.string(),
    isOther: z.boolean().optional(),
    isSecret: z.boolean().optional(),
    options: z.union([z.array(z.lazy(() => ToolRequestUserInputOptionSchema)), z.null()]).optional(),
    question: z.string(),
  }));

/** The zod schema of {@link T.ToolRequestUserInputResponse}. */
export const ToolRequestUserInputResponseSchema = /* @__PURE__ */ def<T.ToolRequestUserInputResponse>(() => z.looseObject({
    answers: z.record(z.string(), z.lazy(() => ToolRequestUserInputAnswerSchema)),
  }));

/** The zod schema of {@link T.ToolsV2}. */
export const ToolsV2Schema = /* @__PURE__ */ def<T.ToolsV2>(() => z.looseObject({
    web_search: z.union([z.lazy(() => WebSearchToolConfigSchema), z.null()]).optional(),
  }));

/** The zod schema of {@link T.Turn}. */
export const TurnSchema = /* @__PURE__ */ def<T.Turn>(() => z.looseObject({
    completedAt: z.union([z.number(), z.null()]).optional(),
    durationMs: z.union([z.number(), z.null()]).optional(),
    error: z.union([z.lazy(() => TurnErrorSchema), z.null()]).optional(),
    id: z.string(),
    items: z.array(z.lazy(() => ThreadItemSchema)),
    itemsView: z.lazy(() => TurnItemsViewSchema).optional(),
    rootTurnId: z.union([z.string(), z.null()]).optional(),
    startedAt: z.union([z.number(), z.null()]).optional(),
    status: z.lazy(() => TurnStatusSchema),
  }));

/** The zod schema of {@link T.TurnCompletedNotification}. */
export const TurnCompletedNotificationSchema = /* @__PURE__ */ def<T.TurnCompletedNotification>(() => z.looseObject({
    threadId: z.string(),
    turn: z.lazy(() => TurnSchema),
  }));

/** The zod schema of {@link T.TurnDiffUpdatedNotification}. */
export const TurnDiffUpdatedNotificationSchema = /* @__PURE__ */ def<T.TurnDiffUpdatedNotification>(() => z.looseObject({
    diff: z.string(),
    threadId: z.string(),
    turnId: z.string(),
  }));

/** The zod schema of {@link T.TurnEnvironmentParams}. */
export const TurnEnvironmentParamsSchema = /* @__PURE__ */ def<T.TurnEnvironmentParams>(() => z.looseObject({
    cwd: z.lazy(() => LegacyAppPathStringSchema),
    environmentId: z.string(),
    runtimeWorkspaceRoots: z.union([z.array(z.lazy(() => LegacyAppPathStringSchema)), z.null()]).optional(),
  }));

/** The zod schema of {@link T.TurnError}. */
export const TurnErrorSchema = /* @__PURE__ */ def<T.TurnError>(() => z.looseObject({
    additionalDetails: z.union([z.string(), z.null()]).optional(),
    codexErrorInfo: z.union([z.lazy(() => CodexErrorInfoSchema), z.null()]).optional(),
    message: z.string(),
    misalignment: z.union([z.lazy(() => MisalignmentErrorDetailsSchema), z.null()]).optional(),
  }));

/** The zod schema of {@link T.TurnInterruptParams}. */
export const TurnInterruptParamsSchema = /* @__PURE__ */ def<T.TurnInterruptParams>(() => z.looseObject({
    threadId: z.string(),
    turnId: z.string(),
  }));

/** The zod schema of {@link T.TurnInterruptResponse}. */
export const TurnInterruptResponseSchema = /* @__PURE__ */ def<T.TurnInterruptResponse>(() => z.looseObject({}));

/** The zod schema of {@link T.TurnItemsView}. */
export const TurnItemsViewSchema = /* @__PURE__ */ def<T.TurnItemsView>(() => z.union([z.literal("notLoaded"), z.literal("summary"), z.literal("full")]));

/** The zod schema of {@link T.TurnModerationMetadataNotification}. */
export const TurnModerationMetadataNotificationSchema = /* @__PURE__ */ def<T.TurnModerationMetadataNotification>(() => z.looseObject({
    metadata: z.unknown(),
    threadId: z.string(),
    turnId: z.string(),
  }));

/** The zod schema of {@link T.TurnPlanStep}. */
export const TurnPlanStepSchema = /* @__PURE__ */ def<T.TurnPlanStep>(() => z.looseObject({
    status: z.lazy(() => TurnPlanStepStatusSchema),
    step: z.string(),
  }));

/** The zod schema of {@link T.TurnPlanStepStatus}. */
export const TurnPlanStepStatusSchema = /* @__PURE__ */ def<T.TurnPlanStepStatus>(() => z.union([z.literal("pending"), z.literal("inProgress"), z.literal("completed")]));

/** The zod schema of {@link T.TurnPlanUpdatedNotification}. */
export const TurnPlanUpdatedNotificationSchema = /* @__PURE__ */ def<T.TurnPlanUpdatedNotification>(() => z.looseObject({
    explanation: z.union([z.string(), z.null()]).optional(),
    plan: z.array(z.lazy(() => TurnPlanStepSchema)),
    threadId: z.string(),
    turnId: z.string(),
  }));

/** The zod schema of {@link T.TurnStartParams}. */
export const TurnStartParamsSchema = /* @__PURE__ */ def<T.TurnStartParams>(() => z.looseObject({
    approvalPolicy: z.union([z.lazy(() => AskForApprovalSchema), z.null()]).optional(),
    approvalsReviewer: z.union([z.lazy(() => ApprovalsReviewerSchema), z.null()]).optional(),
    clientUserMessageId: z.union([z.string(), z.null()]).optional(),
    cwd: z.union([z.string(), z.null()]).optional(),
    disabledPluginIds: z.union([z.array(z.string()), z.null()]).optional(),
    effort: z.union([z.lazy(() => ReasoningEffortSchema), z.null()]).optional(),
    input: z.array(z.lazy(() => UserInputSchema)),
    model: z.union([z.string(), z.null()]).optional(),
    outputSchema: z.unknown().optional(),
    parentTurnId: z.union([z.string(), z.null()]).optional(),
    personality: z.union([z.lazy(() => PersonalitySchema), z.null()]).optional(),
    rootTurnId: z.union([z.string(), z.null()]).optional(),
    sandboxPolicy: z.union([z.lazy(() => SandboxPolicySchema), z.null()]).optional(),
    serviceTier: z.union([z.string(), z.null()]).optional(),
    serviceTierForTurn: z.union([z.string(), z.null()]).optional(),
    summary: z.union([z.lazy(() => ReasoningSummarySchema), z.null()]).optional(),
    threadId: z.string(),
    toolOutput: z.union([z.lazy(() => TurnToolOutputSchema), z.null()]).optional(),
    turnTrigger: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.TurnStartResponse}. */
export const TurnStartResponseSchema = /* @__PURE__ */ def<T.TurnStartResponse>(() => z.looseObject({
    turn: z.lazy(() => TurnSchema),
  }));

/** The zod schema of {@link T.TurnStartedNotification}. */
export const TurnStartedNotificationSchema = /* @__PURE__ */ def<T.TurnStartedNotification>(() => z.looseObject({
    threadId: z.string(),
    turn: z.lazy(() => TurnSchema),
  }));

/** The zod schema of {@link T.TurnStatus}. */
export const TurnStatusSchema = /* @__PURE__ */ def<T.TurnStatus>(() => z.union([z.literal("completed"), z.literal("interrupted"), z.literal("failed"), z.literal("inProgress")]));

/** The zod schema of {@link T.TurnSteerParams}. */
export const TurnSteerParamsSchema = /* @__PURE__ */ def<T.TurnSteerParams>(() => z.looseObject({
    clientUserMessageId: z.union([z.string(), z.null()]).optional(),
    expectedTurnId: z.string(),
    input: z.array(z.lazy(() => UserInputSchema)),
    threadId: z.string(),
  }));

/** The zod schema of {@link T.TurnSteerResponse}. */
export const TurnSteerResponseSchema = /* @__PURE__ */ def<T.TurnSteerResponse>(() => z.looseObject({
    turnId: z.string(),
  }));

/** The zod schema of {@link T.TurnToolOutput}. */
export const TurnToolOutputSchema = /* @__PURE__ */ def<T.TurnToolOutput>(() => z.looseObject({
    name: z.string(),
    namespace: z.union([z.string(), z.null()]).optional(),
    output: z.lazy(() => FunctionCallOutputBodySchema),
    retain: z.boolean().optional(),
  }));

/** The zod schema of {@link T.TurnsPage}. */
export const TurnsPageSchema = /* @__PURE__ */ def<T.TurnsPage>(() => z.looseObject({
    backwardsCursor: z.union([z.string(), z.null()]).optional(),
    data: z.array(z.lazy(() => TurnSchema)),
    nextCursor: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.UserInput}. */
export const UserInputSchema = /* @__PURE__ */ def<T.UserInput>(() => z.discriminatedUnion("type", [z.looseObject({
    text: z.string(),
    text_elements: z.array(z.lazy(() => TextElementSchema)).optional(),
    type: z.literal("text"),
  }), z.looseObject({ type: z.literal("image") }).pipe(z.intersection(z.looseObject({
    detail: z.union([z.lazy(() => ImageDetailSchema), z.null()]).optional(),
    type: z.literal("image"),
  }), z.union([z.looseObject({
    url: z.string(),
  }), z.looseObject({
    fileId: z.string(),
  })])) as z.ZodType<unknown, any>), z.looseObject({
    detail: z.union([z.lazy(() => ImageDetailSchema), z.null()]).optional(),
    path: z.string(),
    type: z.literal("localImage"),
  }), z.looseObject({ type: z.literal("audio") }).pipe(z.intersection(z.looseObject({
    type: z.literal("audio"),
  }), z.union([z.looseObject({
    url: z.string(),
  }), z.looseObject({
    fileId: z.string(),
  })])) as z.ZodType<unknown, any>), z.looseObject({
    path: z.string(),
    type: z.literal("localAudio"),
  }), z.looseObject({
    name: z.string(),
    path: z.string(),
    type: z.literal("skill"),
  }), z.looseObject({
    name: z.string(),
    path: z.string(),
    type: z.literal("mention"),
  })]));

/** The zod schema of {@link T.Verbosity}. */
export const VerbositySchema = /* @__PURE__ */ def<T.Verbosity>(() => z.union([z.literal("low"), z.literal("medium"), z.literal("high")]));

/** The zod schema of {@link T.W3cTraceContext}. */
export const W3cTraceContextSchema = /* @__PURE__ */ def<T.W3cTraceContext>(() => z.looseObject({
    traceparent: z.union([z.string(), z.null()]).optional(),
    tracestate: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.WarningNotification}. */
export const WarningNotificationSchema = /* @__PURE__ */ def<T.WarningNotification>(() => z.looseObject({
    message: z.string(),
    threadId: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.WebSearchAction}. */
export const WebSearchActionSchema = /* @__PURE__ */ def<T.WebSearchAction>(() => z.discriminatedUnion("type", [z.looseObject({
    queries: z.union([z.array(z.string()), z.null()]).optional(),
    query: z.union([z.string(), z.null()]).optional(),
    type: z.literal("search"),
  }), z.looseObject({
    type: z.literal("openPage"),
    url: z.union([z.string(), z.null()]).optional(),
  }), z.looseObject({
    pattern: z.union([z.string(), z.null()]).optional(),
    type: z.literal("findInPage"),
    url: z.union([z.string(), z.null()]).optional(),
  }), z.looseObject({
    type: z.literal("other"),
  })]));

/** The zod schema of {@link T.WebSearchContextSize}. */
export const WebSearchContextSizeSchema = /* @__PURE__ */ def<T.WebSearchContextSize>(() => z.union([z.literal("low"), z.literal("medium"), z.literal("high")]));

/** The zod schema of {@link T.WebSearchLocation}. */
export const WebSearchLocationSchema = /* @__PURE__ */ def<T.WebSearchLocation>(() => z.looseObject({
    city: z.union([z.string(), z.null()]).optional(),
    country: z.union([z.string(), z.null()]).optional(),
    region: z.union([z.string(), z.null()]).optional(),
    timezone: z.union([z.string(), z.null()]).optional(),
  }));

/** The zod schema of {@link T.WebSearchMode}. */
export const WebSearchModeSchema = /* @__PURE__ */ def<T.WebSearchMode>(() => z.union([z.literal("disabled"), z.literal("cached"), z.literal("indexed"), z.literal("live")]));

/** The zod schema of {@link T.WebSearchProvider}. */
export const WebSearchProviderSchema = /* @__PURE__ */ def<T.WebSearchProvider>(() => z.union([z.literal("standalone"), z.literal("search_mcp")]));

/** The zod schema of {@link T.WebSearchToolConfig}. */
export const WebSearchToolConfigSchema = /* @__PURE__ */ def<T.WebSearchToolConfig>(() => z.looseObject({
    allowed_domains: z.union([z.array(z.string()), z.null()]).optional(),
    context_size: z.union([z.lazy(() => WebSearchContextSizeSchema), z.null()]).optional(),
    location: z.union([z.lazy(() => WebSearchLocationSchema), z.null()]).optional(),
  }));

/** The zod schema of {@link T.WindowsSandboxImplementation}. */
export const WindowsSandboxImplementationSchema = /* @__PURE__ */ def<T.WindowsSandboxImplementation>(() => z.union([z.literal("elevated"), z.literal("unelevated"), z.literal("mxc")]));

/** The zod schema of {@link T.WindowsSandboxReadiness}. */
export const WindowsSandboxReadinessSchema = /* @__PURE__ */ def<T.WindowsSandboxReadiness>(() => z.union([z.literal("ready"), z.literal("notConfigured"), z.literal("updateRequired")]));

/** The zod schema of {@link T.WindowsSandboxReadinessResponse}. */
export const WindowsSandboxReadinessResponseSchema = /* @__PURE__ */ def<T.WindowsSandboxReadinessResponse>(() => z.looseObject({
    status: z.lazy(() => WindowsSandboxReadinessSchema),
  }));

/** The zod schema of {@link T.WindowsSandboxSetupCompletedNotification}. */
export const WindowsSandboxSetupCompletedNotificationSchema = /* @__PURE__ */ def<T.WindowsSandboxSetupCompletedNotification>(() => z.looseObject({
    error: z.union([z.string(), z.null()]).optional(),
    mode: z.lazy(() => WindowsSandboxSetupModeSchema),
    success: z.boolean(),
  }));

/** The zod schema of {@link T.WindowsSandboxSetupMode}. */
export const WindowsSandboxSetupModeSchema = /* @__PURE__ */ def<T.WindowsSandboxSetupMode>(() => z.union([z.literal("elevated"), z.literal("unelevated")]));

/** The zod schema of {@link T.WindowsSandboxSetupStartParams}. */
export const WindowsSandboxSetupStartParamsSchema = /* @__PURE__ */ def<T.WindowsSandboxSetupStartParams>(() => z.looseObject({
    cwd: z.union([z.lazy(() => AbsolutePathBufSchema), z.null()]).optional(),
    mode: z.lazy(() => WindowsSandboxSetupModeSchema),
  }));

/** The zod schema of {@link T.WindowsSandboxSetupStartResponse}. */
export const WindowsSandboxSetupStartResponseSchema = /* @__PURE__ */ def<T.WindowsSandboxSetupStartResponse>(() => z.looseObject({
    started: z.boolean(),
  }));

/** The zod schema of {@link T.WindowsWorldWritableWarningNotification}. */
export const WindowsWorldWritableWarningNotificationSchema = /* @__PURE__ */ def<T.WindowsWorldWritableWarningNotification>(() => z.looseObject({
    extraCount: z.number(),
    failedScan: z.boolean(),
    samplePaths: z.array(z.string()),
  }));

/** The zod schema of {@link T.WorkspaceMessage}. */
export const WorkspaceMessageSchema = /* @__PURE__ */ def<T.WorkspaceMessage>(() => z.looseObject({
    archivedAt: z.union([z.number(), z.null()]).optional(),
    createdAt: z.union([z.number(), z.null()]).optional(),
    messageBody: z.string(),
    messageId: z.string(),
    messageType: z.lazy(() => WorkspaceMessageTypeSchema),
  }));

/** The zod schema of {@link T.WorkspaceMessageType}. */
export const WorkspaceMessageTypeSchema = /* @__PURE__ */ def<T.WorkspaceMessageType>(() => z.union([z.literal("headline"), z.literal("announcement"), z.literal("unknown")]));

/** The zod schema of {@link T.WorkspaceRouting}. */
export const WorkspaceRoutingSchema = /* @__PURE__ */ def<T.WorkspaceRouting>(() => z.looseObject({
    accountRoutingOverride: z.lazy(() => AccountRoutingOverrideSchema),
    backendOrigin: z.string(),
    chatgptAccountId: z.string(),
  }));

/** The zod schema of {@link T.WriteStatus}. */
export const WriteStatusSchema = /* @__PURE__ */ def<T.WriteStatus>(() => z.union([z.literal("ok"), z.literal("okOverridden")]));
