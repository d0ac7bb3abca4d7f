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
/** What decoding puts in place of bytes that are not UTF-8. */
const REPLACEMENT = '\uFFFD';

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
    // The common chunk: whole lines, nothing pending (a server writes each message in one go).
    // Decoded whole, without the slicing below (its trailing newline is valid UTF-8, and emitLines
    // ends at it). Decoding turns every invalid sequence into U+FFFD: text without one came from
    // valid UTF-8, and only text with one needs the bytes checked.
    const length = chunk.length;
    if (this.size === 0 && !this.discarding && length > 0 && chunk[length - 1] === NEWLINE && length - 1 <= this.maxLineBytes) {
      const text = chunk.toString();
      if (!text.includes(REPLACEMENT) || isUtf8(chunk)) {
        this.emitLines(text);
        return;
      }
    }
    let start = 0;
    // A line begun in an earlier chunk (or one being skipped) ends at this chunk's first newline.
    if (this.size > 0 || this.discarding) {
      const nl = chunk.indexOf(NEWLINE);
      if (nl === -1) {
        this.append(chunk, 0, chunk.length);
        return;
      }
      this.append(chunk, 0, nl);
      this.finishLine();
      start = nl + 1;
    }
    // The whole lines of the chunk: one decode for all of them when they are valid and within the
    // bound together (a newline byte never occurs inside a UTF-8 sequence, so every line of a
    // valid run is valid); else line by line, which reports the bad ones. Decoding turns every
    // invalid sequence into U+FFFD, so text without one came from valid bytes: the bytes are
    // checked only when it has one (searching a Latin-1 string for it returns at once).
    const last = chunk.lastIndexOf(NEWLINE);
    if (last >= start) {
      const text = last - start <= this.maxLineBytes ? chunk.toString('utf8', start, last) : null;
      if (text !== null && (text.indexOf(REPLACEMENT) === -1 || isUtf8(chunk.subarray(start, last)))) this.emitLines(text);
      else this.lineByLine(chunk, start, last + 1);
      start = last + 1;
    }
    if (start < chunk.length) this.append(chunk, start, chunk.length);
  }

  /** Emits the lines of decoded text (no trailing newline), without `\r` endings and blank lines. */
  private emitLines(text: string): void {
    let from = 0;
    for (;;) {
      const nl = text.indexOf('\n', from);
      let end = nl === -1 ? text.length : nl;
      if (end > from && text.charCodeAt(end - 1) === CR) end--;
      if (end > from) this.events.line(text.slice(from, end));
      if (nl === -1) return;
      from = nl + 1;
    }
  }

  /** Splits `chunk[start, end)` line by line, each line checked and bounded on its own. */
  private lineByLine(chunk: Buffer, start: number, end: number): void {
    while (start < end) {
      const nl = chunk.indexOf(NEWLINE, start);
      const stop = nl === -1 || nl >= end ? end : nl;
      this.append(chunk, start, stop);
      if (stop === end && (nl === -1 || nl >= end)) return;
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
