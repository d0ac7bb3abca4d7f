import { isUtf8 } from 'node:buffer';

/** Default bound on one inbound line: 64 MiB. */
export const DEFAULT_MAX_LINE_BYTES = 64 * 1024 * 1024;

/** What the decoder reports besides complete lines. */
export interface LineDecoderEvents {
  line(line: string): void;
  /** A line longer than the bound was dropped; `bytes` is how much of it was seen. */
  oversized(bytes: number, head: string): void;
  /** A line that is not valid UTF-8 was dropped (JSON text is UTF-8); `head` is its start, lossily decoded. */
  invalid(head: string): void;
}

const NEWLINE = 0x0a;
const CR = 0x0d;

/**
 * Splits a byte stream into `\n`-terminated lines. Chunks may split a line (or a UTF-8 character)
 * anywhere; `\r\n` and blank lines are accepted. A line over `maxLineBytes` is skipped up to its
 * newline and reported once through `oversized`, and decoding goes on.
 */
export class LineDecoder {
  private parts: Buffer[] = [];
  private size = 0;
  private discarding = false;
  private discarded = 0;
  private discardedHead = '';

  constructor(
    private readonly events: LineDecoderEvents,
    private readonly maxLineBytes = DEFAULT_MAX_LINE_BYTES,
  ) {}

  push(chunk: Buffer): void {
    let start = 0;
    while (start < chunk.length) {
      const nl = chunk.indexOf(NEWLINE, start);
      const end = nl === -1 ? chunk.length : nl;
      this.append(chunk, start, end);
      if (nl === -1) return;
      this.finishLine();
      start = nl + 1;
    }
  }

  /** Flushes a final line without a trailing newline (at end of stream). */
  end(): void {
    if (this.size > 0 || this.discarding) this.finishLine();
  }

  private append(chunk: Buffer, start: number, end: number): void {
    const n = end - start;
    if (n === 0) return;
    if (this.discarding) {
      this.discarded += n;
      return;
    }
    if (this.size + n > this.maxLineBytes) {
      this.discarding = true;
      this.discarded = this.size + n;
      this.discardedHead = Buffer.concat([...this.parts, chunk.subarray(start, Math.min(end, start + 200))]).subarray(0, 200).toString('utf8');
      this.parts = [];
      this.size = 0;
      return;
    }
    this.parts.push(chunk.subarray(start, end));
    this.size += n;
  }

  private finishLine(): void {
    if (this.discarding) {
      this.events.oversized(this.discarded, this.discardedHead);
      this.discarding = false;
      this.discarded = 0;
      this.discardedHead = '';
      return;
    }
    const buf = this.parts.length === 1 ? this.parts[0]! : Buffer.concat(this.parts, this.size);
    this.parts = [];
    this.size = 0;
    let len = buf.length;
    if (len > 0 && buf[len - 1] === CR) len--;
    if (len === 0) return;
    // Decoding would silently turn bad bytes into U+FFFD: such a line is not the server's message.
    if (!isUtf8(buf.subarray(0, len))) {
      this.events.invalid(buf.toString('utf8', 0, Math.min(len, 200)));
      return;
    }
    this.events.line(buf.toString('utf8', 0, len));
  }
}
