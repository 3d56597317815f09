/**
 * security_content is written for PyYAML, which accepts a quoted scalar whose continuation
 * lines start at column 0 (`search: '... \n| stats ...'` under a top-level key). YAML 1.2
 * (the `yaml` package) rejects that. This finds such scalars and indents their continuation
 * lines by two spaces, which YAML 1.2 reads with the same value (line folding ignores the
 * indentation). Loaders try it only after a strict parse failed, and say so with a warning.
 */
export interface IndentedText {
  readonly text: string;
  /** 1-based line numbers that were indented (their columns are 2 greater than in the file). */
  readonly shifted: ReadonlySet<number>;
}

/** Where a quoted scalar opened at `from` closes on this line, or -1 when it continues. */
function closingQuote(line: string, from: number, quote: string): number {
  for (let i = from; i < line.length; i++) {
    const ch = line[i];
    if (quote === '"' && ch === "\\") {
      i++;
      continue;
    }
    if (ch === quote) {
      if (quote === "'" && line[i + 1] === "'") {
        i++;
        continue;
      }
      return i;
    }
  }
  return -1;
}

/** The repaired text, or undefined when no top-level quoted scalar continues at column 0. */
export function indentQuotedContinuations(text: string): IndentedText | undefined {
  const lines = text.split("\n");
  const shifted = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const open = /^[A-Za-z_][\w-]*:[ \t]*(['"])/.exec(lines[i]!);
    if (!open) continue;
    const quote = open[1]!;
    if (closingQuote(lines[i]!, open[0].length, quote) >= 0) continue;
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j]!;
      if (line !== "" && !/^[ \t]/.test(line)) {
        lines[j] = `  ${line}`;
        shifted.add(j + 1);
      }
      if (closingQuote(lines[j]!, 0, quote) >= 0) {
        i = j;
        break;
      }
    }
  }
  return shifted.size ? { text: lines.join("\n"), shifted } : undefined;
}
