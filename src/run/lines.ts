import { createReadStream } from "node:fs";
import type { Readable } from "node:stream";

/** One line of an NDJSON input, with its 1-based number. */
export interface InputLine {
  readonly line: number;
  readonly text: string;
  /** Set when the line was not kept (longer than the reader's limit): why; `text` is then empty. */
  readonly skipped?: string;
}

/** Longest line kept (in UTF-16 code units): longer lines are skipped and reported, so one line cannot exhaust memory. */
export const MAX_LINE_LENGTH = 64 * 1024 * 1024;

/**
 * Splits a stream into lines (`\n`, with a `\r` before it dropped), one batch per chunk read,
 * without holding more than one chunk and one partial line: memory stays constant for any
 * input size, and consumers pay one `await` per chunk, not per line. Only the new chunk is
 * searched for line ends (a long line costs linear time), and a line longer than
 * `maxLineLength` is dropped as it streams by and yielded with `skipped` set.
 */
export async function* readLineBatches(input: Readable, maxLineLength = MAX_LINE_LENGTH): AsyncGenerator<InputLine[]> {
  input.setEncoding("utf8");
  let parts: string[] = [];
  let partLength = 0;
  let line = 0;
  const finish = (tail: string): InputLine => {
    const length = partLength + tail.length;
    if (length > maxLineLength) return { line: ++line, text: "", skipped: `line longer than ${maxLineLength} characters (${length}); skipped` };
    let text = parts.length > 0 ? parts.join("") + tail : tail;
    if (text.charCodeAt(text.length - 1) === 13) text = text.slice(0, -1);
    return { line: ++line, text };
  };
  for await (const chunk of input as AsyncIterable<string>) {
    const batch: InputLine[] = [];
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf("\n", start);
      if (nl < 0) break;
      batch.push(finish(chunk.slice(start, nl)));
      parts = [];
      partLength = 0;
      start = nl + 1;
    }
    if (start < chunk.length) {
      const tail = chunk.slice(start);
      partLength += tail.length;
      // Past the limit the line's text is no longer kept, only its length.
      if (partLength > maxLineLength) parts = [];
      else parts.push(tail);
    }
    if (batch.length > 0) yield batch;
  }
  if (partLength > 0) yield [finish("")];
}

/** {@link readLineBatches}, one line at a time. */
export async function* readLines(input: Readable): AsyncGenerator<InputLine> {
  for await (const batch of readLineBatches(input)) yield* batch;
}

/** Line batches of a file, or of standard input for `-`. */
export function readLineBatchesOf(path: string): AsyncGenerator<InputLine[]> {
  return readLineBatches(path === "-" ? process.stdin : createReadStream(path, { highWaterMark: 1 << 20 }));
}

/** Lines of a file, or of standard input for `-`. */
export function readLinesOf(path: string): AsyncGenerator<InputLine> {
  return readLines(path === "-" ? process.stdin : createReadStream(path, { highWaterMark: 1 << 20 }));
}

/** Lines of a text already in memory. */
export function* linesOfText(text: string): Generator<InputLine> {
  let line = 0;
  let start = 0;
  while (start < text.length) {
    const nl = text.indexOf("\n", start);
    const stop = nl < 0 ? text.length : nl;
    const end = stop > start && text.charCodeAt(stop - 1) === 13 ? stop - 1 : stop;
    yield { line: ++line, text: text.slice(start, end) };
    start = stop + 1;
  }
}
