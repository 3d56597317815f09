/**
 * Maps offsets of a YAML scalar's *value* back to offsets in the file, so diagnostics inside
 * a detection's `search:` point at the right line and column whatever the scalar style
 * (plain, 'single', "double", block `|`/`>`): escapes (`''`, `\"`), folded line breaks and
 * indentation are skipped by aligning the value with its source text character by character.
 */
export function scalarOffsetMap(value: string, fileText: string, start: number, end: number): (offset: number) => number {
  let src = start;
  const first = fileText[src];
  if (first === "'" || first === '"') src++;
  else if (first === "|" || first === ">") {
    const nl = fileText.indexOf("\n", src);
    src = nl < 0 ? end : nl + 1;
  }
  const map = new Int32Array(value.length + 1);
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    // Skip source characters that are not this value character (escape marks, folding, indentation).
    let probe = src;
    while (probe < end && fileText[probe] !== ch && probe - src < 64) probe++;
    if (probe < end && fileText[probe] === ch) src = probe;
    map[i] = Math.min(src, Math.max(start, end - 1));
    if (src < end) src++;
  }
  map[value.length] = Math.min(src, end);
  return (offset) => map[Math.max(0, Math.min(offset, value.length))]!;
}
