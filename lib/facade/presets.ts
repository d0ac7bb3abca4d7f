import { InvalidArgumentError } from '../errors.js';
import type * as T from '../generated/types.js';

/**
 * Raw approval policies, the wire's `approvalPolicy` values. Pass them as `approvalPolicy` per
 * thread or per turn. (`approval_policy = "untrusted"` in config makes 0.169.0 exit at start;
 * per thread it works.) For the Python SDK's presets see {@link ApprovalMode}.
 */
export const ApprovalPolicy = {
  /**
   * Ask before running anything not known to be safe. An accepted command still runs in the
   * thread's sandbox first; 0.169.0 retries it unsandboxed only when it detects a sandbox denial,
   * and that detection is timing-dependent (the process must exit within 150 ms). Give the thread a
   * sandbox the command can work in (e.g. {@link Sandbox.workspaceWrite}) rather than rely on the retry.
   */
  untrusted: 'untrusted',
  /** The model asks when it wants to leave the sandbox. */
  onRequest: 'on-request',
  /** Never ask; sandbox failures go back to the model. */
  never: 'never',
} as const satisfies Record<string, T.AskForApproval>;
export type ApprovalPolicy = (typeof ApprovalPolicy)[keyof typeof ApprovalPolicy];

/**
 * Approval presets with the Python SDK's meaning. Pass one as `approvalMode` to `startThread()`,
 * `resumeThread()`, `forkThread()`, `thread.turn()` or `thread.run()`; codex-rx expands it into
 * wire fields:
 *
 * | preset | sends |
 * |---|---|
 * | `autoReview` | `approvalPolicy: "on-request"`, `approvalsReviewer: "auto_review"` |
 * | `denyAll` | `approvalPolicy: "never"` |
 * | `dangerouslyBypassApprovalsAndSandbox` | `approvalPolicy: "never"` and full access (`sandbox: "danger-full-access"` on threads, `sandboxPolicy: {type: "dangerFullAccess"}` on turns) |
 *
 * `startThread()` without any approval setting sends `autoReview`, like the Python SDK; pass
 * `approvalMode: null` to send nothing and let the server's config decide.
 */
export const ApprovalMode = {
  /** The model asks when it wants to leave the sandbox, and an automatic reviewer (`auto_review`) answers instead of you. */
  autoReview: 'autoReview',
  /** Never ask: whatever needs approval is refused and the model is told so. */
  denyAll: 'denyAll',
  /** Never ask and run without a sandbox. Refused together with an explicit sandbox setting. */
  dangerouslyBypassApprovalsAndSandbox: 'dangerouslyBypassApprovalsAndSandbox',
} as const;
export type ApprovalMode = (typeof ApprovalMode)[keyof typeof ApprovalMode];

/** Sandbox presets: `sandbox` on threads, expanded to the wire's `sandboxPolicy` on turns. */
export const Sandbox = {
  readOnly: 'read-only',
  workspaceWrite: 'workspace-write',
  dangerFullAccess: 'danger-full-access',
} as const satisfies Record<string, T.SandboxMode>;
export type Sandbox = (typeof Sandbox)[keyof typeof Sandbox];

/** Settings codex-rx expands into wire fields, for threads and turns alike. */
export interface PresetSettings {
  /** An approval preset; see {@link ApprovalMode}. `null` sends no approval setting at all. */
  approvalMode?: ApprovalMode | null;
  /**
   * Lets sandboxed commands reach the network (like `@openai/codex-sdk`'s `networkAccessEnabled`).
   * For `workspace-write` and `read-only` sandboxes.
   */
  networkAccess?: boolean;
  /**
   * Extra directories sandboxed commands may write to, besides the working directory (like
   * `@openai/codex-sdk`'s `additionalDirectories`). Only with the `workspace-write` sandbox.
   */
  additionalDirectories?: readonly string[];
}

/** Turn settings codex-rx expands: {@link PresetSettings} and a sandbox preset. */
export interface TurnPresetSettings extends PresetSettings {
  /** A sandbox preset for this turn and the next ones; sent as `sandboxPolicy`. Not together with `sandboxPolicy`. */
  sandbox?: Sandbox | T.SandboxMode;
}

const APPROVAL_MODES = new Set<string>(Object.values(ApprovalMode));

function checkMode(mode: unknown, where: string): void {
  if (mode === null || mode === undefined || APPROVAL_MODES.has(mode as string)) return;
  throw new InvalidArgumentError(`${where}: unknown approvalMode ${JSON.stringify(mode)}; use one of ${[...APPROVAL_MODES].join(', ')} (raw wire values go in approvalPolicy).`);
}

function approvalFields(mode: ApprovalMode): { approvalPolicy: T.AskForApproval; approvalsReviewer?: T.ApprovalsReviewer } {
  switch (mode) {
    case 'autoReview':
      return { approvalPolicy: 'on-request', approvalsReviewer: 'auto_review' };
    case 'denyAll':
    case 'dangerouslyBypassApprovalsAndSandbox':
      return { approvalPolicy: 'never' };
  }
}

function refuseApprovalMix(params: { approvalPolicy?: unknown; approvalsReviewer?: unknown }, mode: ApprovalMode, where: string): void {
  const mixed = (['approvalPolicy', 'approvalsReviewer'] as const).filter((k) => params[k] !== undefined && params[k] !== null);
  if (mixed.length) throw new InvalidArgumentError(`${where}: approvalMode ${mode} sets ${mixed.join(' and ')} itself; pass one or the other.`);
}

/**
 * Thread params (`thread/start`, `thread/resume`, `thread/fork`) with the presets expanded.
 * `defaultMode` is what is sent when no approval setting is given (`startThread()` sends
 * `autoReview`).
 */
export function threadParams<P extends { approvalPolicy?: T.AskForApproval | null; approvalsReviewer?: T.ApprovalsReviewer | null; sandbox?: T.SandboxMode | null; config?: { [key: string]: unknown } | null }>(
  params: P & PresetSettings,
  where: string,
  defaultMode: ApprovalMode | null = null,
): P {
  const { approvalMode, networkAccess, additionalDirectories, ...wire } = params;
  checkMode(approvalMode, where);
  const out = { ...wire } as P;
  const explicitApproval = (wire.approvalPolicy ?? null) !== null || (wire.approvalsReviewer ?? null) !== null;
  const mode = approvalMode === undefined ? (explicitApproval ? null : defaultMode) : approvalMode;
  if (mode) {
    refuseApprovalMix(wire, mode, where);
    Object.assign(out, approvalFields(mode));
    if (mode === 'dangerouslyBypassApprovalsAndSandbox') {
      if ((wire.sandbox ?? null) !== null || networkAccess !== undefined || additionalDirectories !== undefined) {
        throw new InvalidArgumentError(`${where}: approvalMode dangerouslyBypassApprovalsAndSandbox runs without a sandbox; it cannot be combined with sandbox, networkAccess or additionalDirectories.`);
      }
      out.sandbox = 'danger-full-access';
    }
  }
  if (networkAccess !== undefined || additionalDirectories !== undefined) {
    const sandbox = out.sandbox ?? null;
    if (sandbox === 'danger-full-access') throw new InvalidArgumentError(`${where}: networkAccess and additionalDirectories apply to a sandbox; danger-full-access has none.`);
    if (additionalDirectories !== undefined && sandbox === 'read-only') throw new InvalidArgumentError(`${where}: additionalDirectories needs the workspace-write sandbox, not read-only.`);
    const config: Record<string, unknown> = { ...(wire.config ?? {}) };
    if (networkAccess !== undefined) {
      if (sandbox === 'read-only') throw new InvalidArgumentError(`${where}: networkAccess on a thread applies to the workspace-write sandbox; for read-only, pass it per turn with sandbox: Sandbox.readOnly.`);
      config['sandbox_workspace_write.network_access'] = networkAccess;
    }
    if (additionalDirectories !== undefined) {
      config['sandbox_workspace_write.writable_roots'] = [...additionalDirectories];
      if (sandbox === null) out.sandbox = 'workspace-write';
    }
    out.config = config;
  }
  return out;
}

/** `turn/start` settings with the presets expanded (`sandbox` becomes `sandboxPolicy`). */
export function turnParams<P extends { approvalPolicy?: T.AskForApproval | null; approvalsReviewer?: T.ApprovalsReviewer | null; sandboxPolicy?: T.SandboxPolicy | null }>(
  params: P & TurnPresetSettings,
  where = 'turn/start',
): P {
  const { approvalMode, networkAccess, additionalDirectories, sandbox, ...wire } = params;
  checkMode(approvalMode, where);
  const out = { ...wire } as P;
  const explicitSandbox = (wire.sandboxPolicy ?? null) !== null;
  if (sandbox !== undefined && explicitSandbox) throw new InvalidArgumentError(`${where}: pass either sandbox (a preset) or sandboxPolicy, not both.`);
  if (approvalMode) {
    refuseApprovalMix(wire, approvalMode, where);
    Object.assign(out, approvalFields(approvalMode));
    if (approvalMode === 'dangerouslyBypassApprovalsAndSandbox') {
      if (explicitSandbox || sandbox !== undefined || networkAccess !== undefined || additionalDirectories !== undefined) {
        throw new InvalidArgumentError(`${where}: approvalMode dangerouslyBypassApprovalsAndSandbox runs without a sandbox; it cannot be combined with sandbox, sandboxPolicy, networkAccess or additionalDirectories.`);
      }
      out.sandboxPolicy = { type: 'dangerFullAccess' };
      return out;
    }
  }
  if (sandbox !== undefined || networkAccess !== undefined || additionalDirectories !== undefined) {
    if (explicitSandbox) throw new InvalidArgumentError(`${where}: networkAccess and additionalDirectories build the sandboxPolicy; put them into your sandboxPolicy instead.`);
    out.sandboxPolicy = sandboxPolicy(sandbox ?? (additionalDirectories !== undefined ? 'workspace-write' : undefined), networkAccess, additionalDirectories, where);
  }
  return out;
}

/** The wire `SandboxPolicy` of a sandbox preset with the conveniences applied. */
export function sandboxPolicy(mode: T.SandboxMode | undefined, networkAccess: boolean | undefined, additionalDirectories: readonly string[] | undefined, where: string): T.SandboxPolicy {
  switch (mode) {
    case 'danger-full-access':
      if (networkAccess !== undefined || additionalDirectories !== undefined) {
        throw new InvalidArgumentError(`${where}: networkAccess and additionalDirectories apply to a sandbox; danger-full-access has none.`);
      }
      return { type: 'dangerFullAccess' };
    case 'read-only':
    case undefined:
      if (additionalDirectories !== undefined) throw new InvalidArgumentError(`${where}: additionalDirectories needs the workspace-write sandbox, not read-only.`);
      if (mode === undefined) {
        // networkAccess alone: the turn keeps no implicit mode, so name the one it applies to.
        throw new InvalidArgumentError(`${where}: networkAccess on a turn needs a sandbox preset too (sandbox: Sandbox.workspaceWrite or Sandbox.readOnly).`);
      }
      return networkAccess === undefined ? { type: 'readOnly' } : { type: 'readOnly', networkAccess };
    case 'workspace-write':
      return {
        type: 'workspaceWrite',
        ...(networkAccess !== undefined ? { networkAccess } : {}),
        ...(additionalDirectories !== undefined ? { writableRoots: [...additionalDirectories] } : {}),
      };
    default:
      throw new InvalidArgumentError(`${where}: unknown sandbox ${JSON.stringify(mode)}; use one of ${Object.values(Sandbox).join(', ')}.`);
  }
}
