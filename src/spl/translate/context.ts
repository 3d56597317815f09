import type { NodeBase, SourcePos } from "../../ast/position.js";
import { diagnostic, type Diagnostic, type DiagnosticCode } from "../../diagnostics/index.js";
import type { ExpandedSearch } from "../macros/expand.js";
import { SplParser } from "../syntax/parse.js";

/** What every translation step shares: the expanded search, positions, and collected diagnostics. */
export class TranslateContext {
  readonly diagnostics: Diagnostic[] = [];
  /** Commands (and search parts) that had to be kept without semantics, in order. */
  readonly unsupported: string[] = [];
  /** Expressions kept as `EvalCondition`/eval with functions rulecast does not know. */
  readonly unsupportedExpressions: string[] = [];
  readonly parser = new SplParser();

  constructor(
    readonly expanded: ExpandedSearch,
    /** File position of an offset of the written search. */
    readonly posOfSource: (offset: number) => SourcePos,
    readonly file: string | undefined,
  ) {}

  get text(): string {
    return this.expanded.text;
  }

  /** File position of an offset of the expanded text. */
  posAt(offset: number): SourcePos {
    return this.posOfSource(this.expanded.sourceOffset(offset));
  }

  /** Position and macro origin of a node starting at an expanded-text offset. */
  locate = (offset: number): Pick<NodeBase, "pos" | "origin"> => {
    const macros = this.expanded.macrosAt(offset);
    const pos = this.posAt(offset);
    return macros.length > 0 ? { pos, origin: { macros } } : { pos };
  };

  report(code: DiagnosticCode, message: string, offset: number): void {
    this.diagnostics.push(diagnostic(code, message, { file: this.file, pos: this.posAt(offset) }));
  }
}
