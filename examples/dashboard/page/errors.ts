/** Each action's error, in words a user understands, next to that action. */
import { ConnectionLostError, ConnectionRefusedError, TransportClosedError } from 'codex-rx';
import { asError } from './dom.js';

/** What the relay answers a request an observe token may not send. */
export const RELAY_FORBIDDEN_CODE = -32010;

export function isForbidden(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === RELAY_FORBIDDEN_CODE;
}

/** An error as a sentence for the user; the technical text stays in the title (tooltip). */
export function plainWords(error: unknown): string {
  if (isForbidden(error)) return 'Not allowed: this page only watches (its token is an observe token).';
  if (error instanceof ConnectionLostError || error instanceof TransportClosedError) return 'The server is not reachable right now; try again once it is back.';
  if (error instanceof ConnectionRefusedError) return 'The relay refused this page (wrong token or origin).';
  const message = asError(error).message;
  if (/chatgpt authentication required/i.test(message)) return 'Rate limits are shown after a ChatGPT login.';
  if (/select a thread/i.test(message)) return 'Select a thread first.';
  // `method: what went wrong` from a request: the method is for the tooltip.
  return message.replace(/^[a-z]+(\/[a-zA-Z]+)+: /, '');
}

/** Shows an action's error in its own slot (empty to clear it). */
export function showError(slot: HTMLElement, error: unknown | null): void {
  if (error === null) {
    slot.textContent = '';
    slot.removeAttribute('title');
    return;
  }
  slot.textContent = plainWords(error);
  const code = (error as { code?: unknown } | null)?.code;
  slot.title = `${asError(error).message}${typeof code === 'number' ? ` (${code})` : ''}`;
}
