/** Where a node came from in its source text. Lines and columns are 1-based. */
export interface SourcePos {
  readonly line: number;
  readonly column: number;
  /** 0-based character offset into the source text, when known. */
  readonly offset?: number;
  readonly endLine?: number;
  readonly endColumn?: number;
}

/**
 * Provenance that is not semantics: which macro a node was expanded from, which
 * Sigma modifiers produced it. Emitters use it to write idiomatic output; equality
 * and every matcher ignore it.
 */
export interface Origin {
  /** SPL macro names this node was expanded from, outermost first. */
  readonly macros?: readonly string[];
  /** Sigma: the selection (detection item) name this node came from. */
  readonly selection?: string;
  /** Sigma: the modifier chain and the value as written, for value-expanding modifiers (windash, base64offset, expand, ...). */
  readonly sigma?: { readonly modifiers: readonly string[]; readonly value?: unknown };
}

/** Every AST node may carry a position and an origin. */
export interface NodeBase {
  readonly pos?: SourcePos;
  readonly origin?: Origin;
}
