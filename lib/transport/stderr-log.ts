import { Subject, type Observable } from 'rxjs';
import type { Redactor } from './redactor.js';

/**
 * The server's stderr as the SDK shows it: each line redacted, a hot stream of lines, and the
 * last `limit` lines kept for error reports.
 */
export class StderrLog {
  private readonly subject = new Subject<string>();
  /** Hot: every stderr line, redacted. Completes with {@link StderrLog.complete}. */
  readonly lines$: Observable<string> = this.subject.asObservable();
  private readonly tail: string[] = [];

  constructor(
    private readonly redactor: Redactor,
    private readonly limit = 100,
  ) {}

  push(raw: string): void {
    const line = this.redactor.redact(raw);
    this.tail.push(line);
    if (this.tail.length > this.limit) this.tail.shift();
    this.subject.next(line);
  }

  /** The last lines, oldest first. */
  lines(): string[] {
    return this.tail.slice();
  }

  complete(): void {
    this.subject.complete();
  }
}
