/**
 * Human names for ids: a thread's name, else its first prompt; a turn's place in its thread
 * ("turn 3"). Ids are UUIDv7, whose first characters change only every ~65 s, so they are never
 * shown shortened: the full id is in the element's title (tooltip).
 */
import { BehaviorSubject } from 'rxjs';

/** Thread names by id (ids are unique across servers), updated by the threads panel. */
export const threadNames = new BehaviorSubject<ReadonlyMap<string, string>>(new Map());

export function nameThread(id: string, name: string | null | undefined): void {
  const clean = name?.replace(/\[\[scenario:[a-z0-9_]+\]\]\s*/g, '').trim();
  if (!clean || threadNames.value.get(id) === clean) return;
  threadNames.next(new Map(threadNames.value).set(id, clean.length > 48 ? `${clean.slice(0, 47)}…` : clean));
}

export function threadName(id: string | null | undefined): string {
  return (id && threadNames.value.get(id)) || 'untitled thread';
}
