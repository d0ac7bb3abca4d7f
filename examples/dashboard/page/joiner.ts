import { Subject } from 'rxjs';
import type { Codex, Thread } from 'codex-rx';

/** Joins a thread once (`resumeThread`), so its turn events and approvals reach this client. */
export interface Joiner {
  (id: string): Promise<Thread>;
  /** The threads joined so far, and a tick when one more is. */
  joined: Set<string>;
  changed: Subject<void>;
}

/** A {@link Joiner} for one client; a failed join is tried again next time. */
export function joiner(codex: Codex): Joiner {
  const pending = new Map<string, Promise<Thread>>();
  const join = ((id: string) => {
    let thread = pending.get(id);
    if (!thread) {
      thread = codex.resumeThread(id);
      pending.set(id, thread);
      thread.then(
        () => (join.joined.add(id), join.changed.next()),
        () => pending.delete(id),
      );
    }
    return thread;
  }) as Joiner;
  join.joined = new Set();
  join.changed = new Subject<void>();
  return join;
}
