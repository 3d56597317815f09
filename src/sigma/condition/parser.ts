import { EmbeddedActionsParser, type IToken } from "chevrotain";
import type { ConditionNode } from "./ast.js";
import { All, And, AnyOf, CONDITION_TOKENS, Count, Identifier, LParen, Not, Of, Or, RParen, Them } from "./lexer.js";

/**
 * The Sigma condition grammar (see grammar/sigma-condition.ebnf). Precedence, loosest
 * first: `or`, `and`, `not` (the specification's order); parentheses group.
 */
export class SigmaConditionParser extends EmbeddedActionsParser {
  constructor() {
    super(CONDITION_TOKENS, { recoveryEnabled: false, maxLookahead: 2 });
    this.performSelfAnalysis();
  }

  public condition = this.RULE("condition", (): ConditionNode => this.SUBRULE(this.orExpression));

  private orExpression = this.RULE("orExpression", (): ConditionNode => {
    const children: ConditionNode[] = [this.SUBRULE(this.andExpression)];
    this.MANY(() => {
      this.CONSUME(Or);
      children.push(this.SUBRULE2(this.andExpression));
    });
    return this.ACTION(() => group("or", children));
  });

  private andExpression = this.RULE("andExpression", (): ConditionNode => {
    const children: ConditionNode[] = [this.SUBRULE(this.notExpression)];
    this.MANY(() => {
      this.CONSUME(And);
      children.push(this.SUBRULE2(this.notExpression));
    });
    return this.ACTION(() => group("and", children));
  });

  private notExpression = this.RULE("notExpression", (): ConditionNode =>
    this.OR([
      {
        ALT: () => {
          const tok = this.CONSUME(Not);
          const child = this.SUBRULE(this.notExpression);
          return { kind: "not", child, start: tok.startOffset, end: child?.end ?? tok.endOffset! + 1 } as ConditionNode;
        },
      },
      { ALT: () => this.SUBRULE(this.atom) },
    ]));

  private atom = this.RULE("atom", (): ConditionNode =>
    this.OR([
      {
        ALT: () => {
          const open = this.CONSUME(LParen);
          const inner = this.SUBRULE(this.orExpression);
          const close = this.CONSUME(RParen);
          return inner ? { ...inner, start: open.startOffset, end: close.startOffset + 1 } : inner;
        },
      },
      { ALT: () => this.SUBRULE(this.quantified) },
      {
        ALT: () => {
          const tok = this.CONSUME(Identifier);
          return { kind: "ref", name: tok.image, start: tok.startOffset, end: tok.startOffset + tok.image.length } as ConditionNode;
        },
      },
    ]));

  private quantified = this.RULE("quantified", (): ConditionNode => {
    let quantifierToken: IToken | undefined;
    const quantifier = this.OR([
      { ALT: () => { quantifierToken = this.CONSUME(Count); return "one" as const; } },
      { ALT: () => { quantifierToken = this.CONSUME(AnyOf); return "one" as const; } },
      { ALT: () => { quantifierToken = this.CONSUME(All); return "all" as const; } },
    ]);
    this.CONSUME(Of);
    const target = this.OR2([
      { ALT: () => this.CONSUME(Them) },
      { ALT: () => this.CONSUME2(Identifier) },
    ]);
    return this.ACTION(() => {
      const start = quantifierToken?.startOffset ?? 0;
      const end = target.startOffset + target.image.length;
      const node: { kind: "of"; quantifier: "one" | "all"; target?: string; start: number; end: number; count?: string } = {
        kind: "of", quantifier, start, end,
      };
      if (target.tokenType !== Them) node.target = target.image;
      if (quantifierToken?.tokenType === Count) node.count = quantifierToken.image;
      return node as ConditionNode;
    });
  });
}

function group(kind: "and" | "or", children: ConditionNode[]): ConditionNode {
  if (children.length === 1) return children[0]!;
  const first = children[0];
  const last = children[children.length - 1];
  return { kind, children, start: first?.start ?? 0, end: last?.end ?? 0 };
}
