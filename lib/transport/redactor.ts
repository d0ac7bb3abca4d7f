const MASK = '[REDACTED]';

/**
 * Remembers every secret the SDK was handed (API keys, tokens) and masks them in any text that
 * leaves the SDK: error messages, stderr lines, diagnostics. Shared by one client's layers.
 */
export class Redactor {
  private readonly secrets = new Set<string>();
  private pattern: RegExp | null = null;

  /** Adds a secret. Blank strings and very short values are ignored (masking them would garble text). */
  add(secret: unknown): void {
    if (typeof secret !== 'string' || secret.trim().length < 4 || this.secrets.has(secret)) return;
    this.secrets.add(secret);
    const sorted = [...this.secrets].sort((a, b) => b.length - a.length);
    this.pattern = new RegExp(sorted.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  }

  /** The text with every known secret replaced by `[REDACTED]`. */
  redact(text: string): string {
    return this.pattern && text ? text.replace(this.pattern, MASK) : text;
  }

  /** Deep copy of a JSON value with secrets masked in every string. */
  redactValue<T>(value: T): T {
    if (!this.pattern) return value;
    return JSON.parse(this.redact(JSON.stringify(value) ?? 'null')) as T;
  }
}
