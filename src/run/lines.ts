import { createReadStream } from "node:fs";
import type { Readable } from "node:stream";

/** One line of an NDJSON input, with its 1-based number. */
export interface InputLine {
  readonly line: number;
  readonly text: string;
}

/**
 * Splits a stream into lines (`\n`, with a `\r` before it dropped), one batch per chunk read,
 * without holding more than one chunk and one partial line: memory stays constant for any
 * input size, and consumers pay one `await` per chunk, not per line.
 */
export async function* readLineBatches(input: Readable): AsyncGenerator<InputLine[]> {
  input.setEncoding("utf8");
  let rest = "";
  let line = 0;
  for await (const chunk of input as AsyncIterable<string>) {
    const text = rest + chunk;
    const batch: InputLine[] = [];
    let start = 0;
    for (;;) {
      const nl = text.indexOf("\n", start);
      if (nl < 0) break;
      const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      batch.push({ line: ++line, text: text.slice(start, end) });
      start = nl + 1;
    }
    rest = text.slice(start);
    if (batch.length > 0) yield batch;
  }
  if (rest.length > 0) yield [{ line: ++line, text: rest.endsWith("\r") ? rest.slice(0, -1) : rest }];
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
