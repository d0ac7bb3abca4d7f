import type { UserInput } from '../generated/types.js';

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
