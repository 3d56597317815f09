import { EmbeddedActionsParser, type IToken, type TokenType } from "chevrotain";
import type { BinaryOp, ValueExpr } from "../../ast/value-expr.js";
import {
  ALL_TOKENS, And, Comma, CompareOp, DoubleEquals, Equals, EvalCommand, ExprAnd, ExprIn, ExprLike, ExprNot, ExprOr, ExprXor,
  Greater, GreaterEq, Identifier, In, LBracket, Less, LessEq, LParen, MacroRef, Minus, Not, NotEquals, NumberLiteral, Or,
  Percent, Pipe, Plus, QuotedString, RBracket, RParen, SearchCommand, SubsearchGenerator, SingleQuoted, Slash, Star, Dot, WhereCommand, Word,
} from "./lexer.js";
import type { EvalAssignment, SearchNode, SearchOp, SplArg, SplCommand, SplPipeline, SplValue } from "./tree.js";
import { binaryNode, callNode, fieldValueNode, literalNode, unaryNode, type NodeLocator } from "./value-nodes.js";

const end = (t: IToken) => t.startOffset + t.image.length;

// Alternatives built through helpers: a function passed as an argument gets no inferred
// name, which keeps transpilers' keep-names wrappers off this hot path.
type Alt<T> = { ALT: () => T; GATE?: () => boolean };
const alt = <T>(fn: () => T): Alt<T> => ({ ALT: fn });
const gated = <T>(gate: () => boolean, fn: () => T): Alt<T> => ({ GATE: gate, ALT: fn });
const separated = (sep: TokenType, fn: () => void) => ({ SEP: sep, DEF: fn });
const gatedDef = (gate: () => boolean, fn: () => void) => ({ GATE: gate, DEF: fn });

/** Unescapes a double-quoted SPL string: `\"` -> `"`, `\\` -> `\`; other backslashes stay. */
export function unquoteSplString(raw: string): string {
  return raw.slice(1, -1).replace(/\\(["\\])/g, "$1");
}

function valueOf(t: IToken): SplValue {
  const quoted = t.tokenType === QuotedString;
  return {
    text: quoted ? unquoteSplString(t.image) : t.image,
    quoted,
    raw: t.image,
    start: t.startOffset,
    end: end(t),
  };
}

const SEARCH_OPS = new Map<TokenType, SearchOp>([
  [Equals, "="], [DoubleEquals, "="], [NotEquals, "!="], [Less, "<"], [LessEq, "<="], [Greater, ">"], [GreaterEq, ">="],
]);

const EXPR_OPS = new Map<TokenType, BinaryOp>([
  [Equals, "="], [DoubleEquals, "=="], [NotEquals, "!="], [Less, "<"], [LessEq, "<="], [Greater, ">"], [GreaterEq, ">="],
  [Plus, "+"], [Minus, "-"], [Dot, "."], [Star, "*"], [Slash, "/"], [Percent, "%"],
]);

/**
 * The SPL grammar (Chevrotain, embedded actions). Internal: use {@link SplParser} in
 * `parse.ts`, the project's facade. Rule names match `grammar/spl.ebnf`.
 */
export class SplGrammar extends EmbeddedActionsParser {
  /** Gives value-expression nodes their file position and macro origin. */
  locate: NodeLocator = () => ({});
  private searchText = "";

  constructor() {
    super(ALL_TOKENS, { recoveryEnabled: false, maxLookahead: 3 });
    this.performSelfAnalysis();
  }

  /** Sets the text being parsed (values written as one run of characters are sliced from it). */
  setSource(text: string): void {
    this.searchText = text;
  }

  // ---------- pipeline ----------

  public pipeline = this.RULE("pipeline", (): SplPipeline => {
    const commands: SplCommand[] = [];
    const first = this.LA(1);
    this.OPTION(() => {
      const c = this.OR([
        alt(() => this.SUBRULE(this.searchCommand)),
        alt(() => this.SUBRULE(this.evalCommand)),
        alt(() => this.SUBRULE(this.whereCommand)),
        alt(() => this.SUBRULE(this.generatingCommand)),
        alt(() => this.SUBRULE(this.baseSearch)),
      ]);
      this.ACTION(() => commands.push(c));
    });
    this.MANY(() => {
      this.CONSUME(Pipe);
      const c = this.SUBRULE(this.command);
      this.ACTION(() => commands.push(c));
    });
    return this.ACTION(() => {
      const last = this.LA(0);
      const start = commands[0]?.start ?? first.startOffset;
      return { commands, start: Number.isNaN(start) ? 0 : start, end: commands.length ? commands[commands.length - 1]!.end : Math.max(0, end(last)) };
    });
  });

  private baseSearch = this.RULE("baseSearch", (): SplCommand => {
    const search = this.SUBRULE(this.searchExpression);
    return this.ACTION(() => ({ name: "search", base: true, args: [], search, start: search.start, end: search.end }));
  });

  private command = this.RULE("command", (): SplCommand => {
    return this.OR([
      alt(() => this.SUBRULE(this.searchCommand)),
      alt(() => this.SUBRULE(this.evalCommand)),
      alt(() => this.SUBRULE(this.whereCommand)),
      alt(() => this.SUBRULE(this.genericCommand)),
    ]);
  });

  private searchCommand = this.RULE("searchCommand", (): SplCommand => {
    const kw = this.CONSUME(SearchCommand);
    const search = this.OPTION(() => this.SUBRULE(this.searchExpression));
    return this.ACTION(() => ({ name: "search", base: false, args: [], search, start: kw.startOffset, end: search?.end ?? end(kw) }));
  });

  private evalCommand = this.RULE("evalCommand", (): SplCommand => {
    const kw = this.CONSUME(EvalCommand);
    const assignments: EvalAssignment[] = [];
    this.AT_LEAST_ONE_SEP(separated(Comma, () => {
        const a = this.SUBRULE(this.evalAssignment);
        this.ACTION(() => assignments.push(a));
      }));
    return this.ACTION(() => ({ name: "eval", base: false, args: [], assignments, start: kw.startOffset, end: assignments[assignments.length - 1]!.end }));
  });

  private evalAssignment = this.RULE("evalAssignment", (): EvalAssignment => {
    const target = this.OR([
      alt(() => this.CONSUME(Identifier)),
      alt(() => this.CONSUME(SingleQuoted)),
      alt(() => this.CONSUME(QuotedString)),
    ]);
    this.CONSUME(Equals);
    const expr = this.SUBRULE(this.expression);
    return this.ACTION(() => ({
      field: target.tokenType === QuotedString || target.tokenType === SingleQuoted ? unquoteSplString(target.image) : target.image,
      expr,
      start: target.startOffset,
      end: end(this.LA(0)),
    }));
  });

  private whereCommand = this.RULE("whereCommand", (): SplCommand => {
    const kw = this.CONSUME(WhereCommand);
    const expr = this.SUBRULE(this.expression);
    return this.ACTION(() => ({ name: "where", base: false, args: [], expr, start: kw.startOffset, end: end(this.LA(0)) }));
  });

  private genericCommand = this.RULE("genericCommand", (): SplCommand => {
    const name = this.OR([alt(() => this.CONSUME(Word)), alt(() => this.CONSUME(MacroRef))]);
    return this.commandArguments(name);
  });

  /** `[ tstats ... ]`: a generating command opening a subsearch without a pipe. */
  private generatingCommand = this.RULE("generatingCommand", (): SplCommand => {
    const name = this.CONSUME(SubsearchGenerator);
    return this.commandArguments(name);
  });

  private commandArguments(name: IToken): SplCommand {
    const args: SplArg[] = [];
    this.MANY(() => {
      const a = this.SUBRULE(this.argument);
      this.ACTION(() => args.push(a));
    });
    return this.ACTION(() => ({
      name: name.tokenType === MacroRef ? name.image : name.image.toLowerCase(),
      base: false,
      args,
      start: name.startOffset,
      end: args.length ? args[args.length - 1]!.end : end(name),
    }));
  }

  private argument = this.RULE("argument", (): SplArg => {
    return this.OR([
      alt(() => {
          const t = this.OR1([
            alt(() => this.CONSUME(Word)),
            alt(() => this.CONSUME(And)),
            alt(() => this.CONSUME(Or)),
            alt(() => this.CONSUME(Not)),
            alt(() => this.CONSUME(In)),
          ]);
          return this.ACTION((): SplArg => ({ kind: "word", ...valueOf(t) }));
        }),
      alt(() => {
          const t = this.CONSUME(QuotedString);
          return this.ACTION((): SplArg => ({ kind: "string", ...valueOf(t) }));
        }),
      alt(() => {
          const t = this.CONSUME(CompareOp);
          return this.ACTION((): SplArg => ({ kind: "op", op: t.image, start: t.startOffset, end: end(t) }));
        }),
      alt(() => {
          const t = this.CONSUME(Comma);
          return this.ACTION((): SplArg => ({ kind: "comma", start: t.startOffset, end: end(t) }));
        }),
      alt(() => {
          const open = this.CONSUME(LParen);
          const args: SplArg[] = [];
          this.MANY(() => {
            const a = this.SUBRULE(this.argument);
            this.ACTION(() => args.push(a));
          });
          const close = this.CONSUME(RParen);
          return this.ACTION((): SplArg => ({ kind: "group", args, start: open.startOffset, end: end(close) }));
        }),
      alt(() => {
          const s = this.SUBRULE(this.subsearch);
          return this.ACTION((): SplArg => ({ kind: "subsearch", pipeline: s.pipeline, start: s.start, end: s.end }));
        }),
      alt(() => {
          const t = this.CONSUME(MacroRef);
          return this.ACTION((): SplArg => ({ kind: "macro", text: t.image, start: t.startOffset, end: end(t) }));
        }),
    ]);
  });

  private subsearch = this.RULE("subsearch", (): { pipeline: SplPipeline; start: number; end: number } => {
    const open = this.CONSUME(LBracket);
    const pipeline = this.SUBRULE(this.pipeline);
    const close = this.CONSUME(RBracket);
    return this.ACTION(() => ({ pipeline, start: open.startOffset, end: end(close) }));
  });

  // ---------- search language: OR binds tighter than AND ----------

  public searchExpression = this.RULE("searchExpression", (): SearchNode => {
    const children: SearchNode[] = [];
    const first = this.SUBRULE(this.searchDisjunction);
    this.ACTION(() => children.push(first));
    this.MANY(() => {
      this.OPTION(() => this.CONSUME(And));
      const next = this.SUBRULE2(this.searchDisjunction);
      this.ACTION(() => children.push(next));
    });
    return this.ACTION(() => (children.length === 1 ? children[0]! : { kind: "and", children, start: children[0]!.start, end: children[children.length - 1]!.end }));
  });

  private searchDisjunction = this.RULE("searchDisjunction", (): SearchNode => {
    const children: SearchNode[] = [];
    const first = this.SUBRULE(this.searchNegation);
    this.ACTION(() => children.push(first));
    this.MANY(() => {
      this.CONSUME(Or);
      const next = this.SUBRULE2(this.searchNegation);
      this.ACTION(() => children.push(next));
    });
    return this.ACTION(() => (children.length === 1 ? children[0]! : { kind: "or", children, start: children[0]!.start, end: children[children.length - 1]!.end }));
  });

  private searchNegation = this.RULE("searchNegation", (): SearchNode => {
    return this.OR([
      alt(() => {
          const kw = this.CONSUME(Not);
          const child = this.SUBRULE(this.searchNegation);
          return this.ACTION((): SearchNode => ({ kind: "not", child, start: kw.startOffset, end: child.end }));
        }),
      alt(() => this.SUBRULE(this.searchPrimary)),
    ]);
  });

  private searchPrimary = this.RULE("searchPrimary", (): SearchNode => {
    return this.OR([
      alt(() => {
          this.CONSUME(LParen);
          const inner = this.SUBRULE(this.searchExpression);
          this.CONSUME(RParen);
          return inner;
        }),
      alt(() => {
          const s = this.SUBRULE(this.subsearch);
          return this.ACTION((): SearchNode => ({ kind: "subsearch", pipeline: s.pipeline, start: s.start, end: s.end }));
        }),
      alt(() => {
          const t = this.CONSUME(MacroRef);
          return this.ACTION((): SearchNode => ({ kind: "macro", text: t.image, start: t.startOffset, end: end(t) }));
        }),
      alt(() => this.SUBRULE(this.searchTerm)),
    ]);
  });

  /** A term, a `field op value` comparison, `field IN (...)`, or a `TERM()`/`CASE()` directive. */
  private searchTerm = this.RULE("searchTerm", (): SearchNode => {
    const left = this.SUBRULE(this.searchValue);
    let result: SearchNode | undefined;
    this.OPTION(() => {
      this.OR([
        alt(() => {
            const op = this.CONSUME(CompareOp);
            const right = this.SUBRULE2(this.searchValue);
            this.ACTION(() => {
              result = { kind: "compare", field: left.value, op: SEARCH_OPS.get(op.tokenType)!, value: right.value, start: left.start, end: right.end };
              if (right.kind === "directive") result = { ...result, directive: right.name };
            });
          }),
        alt(() => {
            this.CONSUME(In);
            this.CONSUME(LParen);
            const values: SplValue[] = [];
            this.MANY(() => {
              this.OR1([
                alt(() => {
                    const v = this.SUBRULE3(this.searchValue);
                    this.ACTION(() => values.push(v.value));
                  }),
                alt(() => this.CONSUME(Comma)),
              ]);
            });
            const close = this.CONSUME(RParen);
            this.ACTION(() => {
              result = { kind: "in", field: left.value, values, start: left.start, end: end(close) };
            });
          }),
      ]);
    });
    return this.ACTION(() => result ?? (left.kind === "directive"
      ? { kind: "directive", name: left.name, value: left.value, start: left.start, end: left.end }
      : { kind: "term", value: left.value, start: left.start, end: left.end }));
  });

  /** A bare word, a quoted string, or `TERM(x)`/`CASE(x)`. */
  private searchValue = this.RULE("searchValue", (): { kind: "value" | "directive"; name: "TERM" | "CASE"; value: SplValue; start: number; end: number } => {
    return this.OR([
      gated(() => /^(TERM|CASE)$/i.test(this.LA(1).image) && this.LA(2).tokenType === LParen, () => {
          const name = this.CONSUME(Word);
          this.CONSUME(LParen);
          const inner = this.OR1([alt(() => this.CONSUME2(Word)), alt(() => this.CONSUME(QuotedString))]);
          const close = this.CONSUME(RParen);
          return this.ACTION(() => ({
            kind: "directive" as const, name: name.image.toUpperCase() as "TERM" | "CASE", value: valueOf(inner), start: name.startOffset, end: end(close),
          }));
        }),
      // A word running into parentheses (`*GetCurrent()*`, `relative_time(now(),"-1d")`): one value, as written.
      gated(() => this.LA(1).tokenType === Word && this.LA(2).tokenType === LParen && this.LA(2).startOffset === end(this.LA(1)), () => {
          const first = this.CONSUME4(Word);
          const group = this.SUBRULE(this.argument);
          let last: IToken | undefined;
          this.OPTION(gatedDef(() => this.LA(1).tokenType === Word && this.LA(1).startOffset === group.end, () => {
            last = this.CONSUME5(Word);
          }));
          return this.ACTION(() => {
            const stop = last ? end(last) : group.end;
            const raw = this.searchText.slice(first.startOffset, stop);
            return { kind: "value" as const, name: "TERM" as const, value: { text: raw, quoted: false, raw, start: first.startOffset, end: stop }, start: first.startOffset, end: stop };
          });
        }),
      alt(() => {
          const t = this.OR2([alt(() => this.CONSUME3(Word)), alt(() => this.CONSUME2(QuotedString))]);
          return this.ACTION(() => ({ kind: "value" as const, name: "TERM" as const, value: valueOf(t), start: t.startOffset, end: end(t) }));
        }),
    ]);
  });

  // ---------- eval/where expressions: OR < XOR < AND < NOT < comparison < + - . < * / % < unary ----------

  public expression = this.RULE("expression", (): ValueExpr => this.binaryChain([ExprOr], () => this.SUBRULE(this.xorExpression), () => this.SUBRULE2(this.xorExpression)));

  private xorExpression = this.RULE("xorExpression", (): ValueExpr => this.binaryChain([ExprXor], () => this.SUBRULE(this.andExpression), () => this.SUBRULE2(this.andExpression)));

  private andExpression = this.RULE("andExpression", (): ValueExpr => this.binaryChain([ExprAnd], () => this.SUBRULE(this.notExpression), () => this.SUBRULE2(this.notExpression)));

  private notExpression = this.RULE("notExpression", (): ValueExpr => {
    return this.OR([
      alt(() => {
          const kw = this.CONSUME(ExprNot);
          const operand = this.SUBRULE(this.notExpression);
          return this.ACTION(() => unaryNode("NOT", operand, this.locate(kw.startOffset)));
        }),
      alt(() => this.SUBRULE(this.comparison)),
    ]);
  });

  private comparison = this.RULE("comparison", (): ValueExpr => {
    let left = this.SUBRULE(this.additive);
    this.OPTION(() => {
      this.OR([
        alt(() => {
            const op = this.CONSUME(CompareOp);
            const right = this.SUBRULE2(this.additive);
            this.ACTION(() => {
              left = binaryNode(EXPR_OPS.get(op.tokenType)!, left, right, this.locate(op.startOffset));
            });
          }),
        alt(() => {
            const op = this.CONSUME(ExprLike);
            const right = this.SUBRULE3(this.additive);
            this.ACTION(() => {
              left = binaryNode("LIKE", left, right, this.locate(op.startOffset));
            });
          }),
        alt(() => {
            const op = this.CONSUME(ExprIn);
            const list = this.SUBRULE(this.callArguments);
            this.ACTION(() => {
              left = callNode("in", [left, ...list], this.locate(op.startOffset));
            });
          }),
      ]);
    });
    return left;
  });

  private additive = this.RULE("additive", (): ValueExpr => this.binaryChain([Plus, Minus, Dot], () => this.SUBRULE(this.multiplicative), () => this.SUBRULE2(this.multiplicative)));

  private multiplicative = this.RULE("multiplicative", (): ValueExpr => this.binaryChain([Star, Slash, Percent], () => this.SUBRULE(this.unary), () => this.SUBRULE2(this.unary)));

  private unary = this.RULE("unary", (): ValueExpr => {
    return this.OR([
      alt(() => {
          const op = this.CONSUME(Minus);
          const operand = this.SUBRULE(this.unary);
          return this.ACTION(() => (operand.kind === "Literal" && typeof operand.value === "number"
            ? literalNode(-operand.value, this.locate(op.startOffset))
            : unaryNode("-", operand, this.locate(op.startOffset))));
        }),
      alt(() => this.SUBRULE(this.primary)),
    ]);
  });

  private primary = this.RULE("primary", (): ValueExpr => {
    return this.OR([
      alt(() => {
          const t = this.CONSUME(NumberLiteral);
          return this.ACTION(() => literalNode(Number(t.image), this.locate(t.startOffset)));
        }),
      alt(() => {
          const t = this.CONSUME(QuotedString);
          return this.ACTION(() => literalNode(unquoteSplString(t.image), this.locate(t.startOffset)));
        }),
      alt(() => {
          const t = this.CONSUME(SingleQuoted);
          return this.ACTION(() => fieldValueNode(t.image.slice(1, -1).replace(/\\(['\\])/g, "$1"), this.locate(t.startOffset)));
        }),
      alt(() => {
          const name = this.OR1([alt(() => this.CONSUME(Identifier)), alt(() => this.CONSUME(ExprIn))]);
          let args: ValueExpr[] | undefined;
          this.OPTION(() => {
            args = this.SUBRULE1(this.callArguments);
          });
          return this.ACTION(() => (args
            ? callNode(name.image.toLowerCase(), args, this.locate(name.startOffset))
            : fieldValueNode(name.image, this.locate(name.startOffset))));
        }),
      alt(() => {
          this.CONSUME(LParen);
          const inner = this.SUBRULE(this.expression);
          this.CONSUME(RParen);
          return inner;
        }),
    ]);
  });

  private callArguments = this.RULE("callArguments", (): ValueExpr[] => {
    const args: ValueExpr[] = [];
    this.CONSUME(LParen);
    this.MANY_SEP(separated(Comma, () => {
        const a = this.SUBRULE(this.expression);
        this.ACTION(() => args.push(a));
      }));
    this.CONSUME(RParen);
    return args;
  });

  /** `operand (op operand)*`, left-associative. */
  private binaryChain(ops: TokenType[], first: () => ValueExpr, next: () => ValueExpr): ValueExpr {
    let left = first();
    this.MANY(() => {
      const op = this.OR(ops.map((t, i) => (alt(() => this.consumeIdx(t, i)))));
      const right = next();
      this.ACTION(() => {
        const name: BinaryOp = EXPR_OPS.get(op.tokenType) ?? (op.tokenType === ExprOr ? "OR" : op.tokenType === ExprAnd ? "AND" : "XOR");
        left = binaryNode(name, left, right, this.locate(op.startOffset));
      });
    });
    return left;
  }

  private consumeIdx(t: TokenType, i: number): IToken {
    switch (i) {
      case 0: return this.CONSUME(t);
      case 1: return this.CONSUME1(t);
      default: return this.CONSUME2(t);
    }
  }
}

