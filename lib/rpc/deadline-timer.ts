/**
 * One timer for the deadlines of many requests, armed for the earliest: a request costs no timer
 * of its own (no `setTimeout` and `clearTimeout` each, which allocate and re-sort Node's timer
 * lists). The timer keeps the event loop alive only while a request with a deadline waits, like
 * the per-request timers it replaces; when it fires, `expire` rejects what is due and says when
 * the next deadline is. Deadlines are `performance.now()` values (monotonic).
 */
export class DeadlineTimer {
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** When the armed timer fires. */
  private due = 0;
  /** Requests with a deadline still waiting. */
  private waiting = 0;

  constructor(
    /** Settles every request due at `now`; returns the earliest deadline left (Infinity: none). */
    private readonly expire: (now: number) => number,
  ) {}

  /** A request with this deadline starts waiting. */
  add(deadline: number): void {
    if (this.waiting++ === 0) ref(this.timer, true);
    if (this.timer === null || deadline < this.due) this.arm(deadline);
  }

  /** A request added with a deadline stopped waiting (answered, aborted or failed). */
  remove(): void {
    if (--this.waiting === 0) ref(this.timer, false);
  }

  /** Stops the timer for good (the connection closed). */
  stop(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.waiting = 0;
  }

  private arm(deadline: number): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.due = deadline;
    this.timer = setTimeout(this.fire, Math.max(1, Math.ceil(deadline - performance.now())));
    if (this.waiting === 0) ref(this.timer, false);
  }

  private readonly fire = (): void => {
    this.timer = null;
    const next = this.expire(performance.now());
    if (next !== Infinity && this.timer === null) this.arm(next);
  };
}

/** `ref()`/`unref()` where the timer has them (Node); a browser's timer id has neither. */
function ref(timer: ReturnType<typeof setTimeout> | null, on: boolean): void {
  const t = timer as { ref?: () => void; unref?: () => void } | null;
  if (on) t?.ref?.();
  else t?.unref?.();
}
