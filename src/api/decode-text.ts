import { diagnostic, type Diagnostic } from "../diagnostics/index.js";

// TextDecoder (not Buffer) keeps this module usable in browsers. `ignoreBOM`: the BOM is dropped by hand.
const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });

/**
 * Turns a rule file's bytes into text, or says why it is not UTF-8 text.
 * A UTF-8 byte order mark is dropped (not an error); UTF-16 (with or without a byte
 * order mark), binary data (NUL bytes) and invalid UTF-8 (e.g. Latin-1 bytes) are
 * `input/encoding` errors pointing at the first offending byte, never silently
 * replaced with U+FFFD.
 */
export function decodeRuleFile(bytes: Uint8Array, file?: string): { text: string } | { diagnostic: Diagnostic } {
  const at = (offset: number) => ({ file, pos: positionOfByte(bytes, offset) });
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const order = bytes[0] === 0xff ? "little" : "big";
    return { diagnostic: diagnostic("input/encoding", `the file is UTF-16 (${order}-endian byte order mark); save it as UTF-8`, at(0)) };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return { diagnostic: diagnostic("input/encoding", "the file holds NUL bytes: it is binary data or UTF-16 text, not UTF-8", at(nul)) };
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad !== undefined) {
    const byte = bytes[bad]!.toString(16).toUpperCase().padStart(2, "0");
    return { diagnostic: diagnostic("input/encoding", `invalid UTF-8 at byte ${bad} (0x${byte}); the file may be Latin-1 or Windows-1252: save it as UTF-8`, at(bad)) };
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return { text: utf8.decode(bytes.subarray(start)) };
}

/** The 1-based line and column (in characters) of a byte offset; the line's earlier bytes are valid UTF-8. */
function positionOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  // A UTF-8 byte order mark is not a column.
  if (lineStart === 0 && offset >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) lineStart = 3;
  const before = utf8.decode(bytes.subarray(lineStart, offset));
  return { line, column: before.length + 1 };
}

/** The offset of the first byte that does not start a well-formed UTF-8 sequence, or `undefined`. */
export function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  const n = bytes.length;
  for (let i = 0; i < n; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) (need = 1), (min = 0x80);
    else if (b >= 0xe0 && b <= 0xef) (need = 2), (min = 0x800);
    else if (b >= 0xf0 && b <= 0xf4) (need = 3), (min = 0x10000);
    else return i;
    if (i + need >= n) return i;
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points above U+10FFFF are not UTF-8.
    if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return i;
    i += need + 1;
  }
  return undefined;
}
