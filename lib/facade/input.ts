import type { AskForApproval, SandboxMode, UserInput } from '../generated/types.js';

/** What a turn takes: a string, one input item, or an array of items (text, image, local image, skill, mention…). */
export type TurnInput = string | UserInput | readonly (string | UserInput)[];

/** Normalizes {@link TurnInput} into the wire's `UserInput[]`. */
export function toUserInput(input: TurnInput): UserInput[] {
  const items = Array.isArray(input) ? input : [input as string | UserInput];
  return items.map((item) => (typeof item === 'string' ? { type: 'text', text: item, text_elements: [] } : item));
}

/** Input item builders. */
export const Input = {
  text: (text: string): UserInput => ({ type: 'text', text, text_elements: [] }),
  imageUrl: (url: string): UserInput => ({ type: 'image', url }),
  localImage: (path: string): UserInput => ({ type: 'localImage', path }),
  skill: (name: string, path: string): UserInput => ({ type: 'skill', name, path }),
  mention: (name: string, path: string): UserInput => ({ type: 'mention', name, path }),
} as const;

/**
 * Approval presets, mapped to the wire's `approvalPolicy`. Use them per thread or per turn:
 * `approval_policy = "untrusted"` in config makes 0.169.0 exit at start, but per thread it works.
 */
export const ApprovalMode = {
  /** Ask before running anything not known to be safe. */
  untrusted: 'untrusted',
  /** The model asks when it wants to leave the sandbox. */
  onRequest: 'on-request',
  /** Never ask; sandbox failures go back to the model. */
  never: 'never',
} as const satisfies Record<string, AskForApproval>;
export type ApprovalMode = (typeof ApprovalMode)[keyof typeof ApprovalMode];

/** Sandbox presets, mapped to the wire's `sandbox` mode. */
export const Sandbox = {
  readOnly: 'read-only',
  workspaceWrite: 'workspace-write',
  dangerFullAccess: 'danger-full-access',
} as const satisfies Record<string, SandboxMode>;
export type Sandbox = (typeof Sandbox)[keyof typeof Sandbox];
