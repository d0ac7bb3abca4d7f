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

  /**
   * Like {@link Redactor.redact}, for text cut from something longer: a secret cut in half at the
   * end of the text is masked too (a tail of 4 or more characters that begins a secret).
   */
  redactCut(text: string): string {
    const masked = this.redact(text);
    for (const secret of this.secrets) {
      for (let n = Math.min(secret.length - 1, masked.length); n >= 4; n--) {
        if (masked.endsWith(secret.slice(0, n))) return `${masked.slice(0, masked.length - n)}${MASK}`;
      }
    }
    return masked;
  }

  /** Deep copy of a JSON value with secrets masked in every string. */
  redactValue<T>(value: T): T {
    if (!this.pattern) return value;
    return JSON.parse(this.redact(JSON.stringify(value) ?? 'null')) as T;
  }
}
