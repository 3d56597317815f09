import type { SourcePos } from "./position.js";

/**
 * Line/column positions of character offsets in a source text, computed the way the `yaml`
 * package's `LineCounter` does (lines start at 0 and after every `\n`; 1-based line and
 * column), so a rule read by the fast YAML reader reports the same positions as one read by
 * `yaml`; SPL searches use it too.
 */
export class LineIndex {
  private starts: number[] | undefined;

  constructor(private readonly text: string) {}

  /** Offsets where lines start (built on first use: most files never need a position). */
  lineStarts(): readonly number[] {
    if (!this.starts) {
      const starts = [0];
      const t = this.text;
      for (let i = t.indexOf("\n"); i !== -1; i = t.indexOf("\n", i + 1)) starts.push(i + 1);
      this.starts = starts;
    }
    return this.starts;
  }

  /** 1-based line and column of a character offset. */
  posAt(offset: number): SourcePos {
    const starts = this.lineStarts();
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid]! < offset) low = mid + 1;
      else high = mid;
    }
    if (starts[low] === offset) return { line: low + 1, column: 1, offset };
    if (low === 0) return { line: 0, column: offset, offset };
    return { line: low, column: offset - starts[low - 1]! + 1, offset };
  }
}
