import type { Expr, Keyword, Match } from "../../ast/expr.js";
import type { FieldRef } from "../../ast/field.js";
import { isWildcard, type Pattern } from "../../ast/pattern.js";
import type { Rule } from "../../ast/rule.js";
import type { Aggregation, CommandStage, Stage } from "../../ast/stage.js";
import type { ValueExpr } from "../../ast/value-expr.js";
import { diagnostic, RuleError, type Diagnostic } from "../../diagnostics/index.js";
import { pipelineRowFields } from "./row-fields.js";
import { commentText, jsLiteral, ruleIdentifier } from "./literal.js";
import { declareFieldWalk } from "./field-access.js";
import { translatePcre } from "./pcre.js";
import { analyseRegex, linearRegexProgram, regexPrefilter } from "../../regex/index.js";
import { RUNTIME_JS, RUNTIME_TS } from "./runtime-source.generated.js";
import { EVAL_FUNCTION_NAMES } from "./eval-functions.js";

/** Options of the matcher backend. */
export interface MatcherOptions {
  /** `ts` (default): a typed TypeScript module; `js`: the same code without type annotations. */
  language?: "ts" | "js";
  /**
   * Timestamp fields tried in order for `_time`, `earliest`/`latest` and correlations.
   * Default: {@link DEFAULT_TIMESTAMP_FIELDS}.
   */
  timestampFields?: readonly string[];
  /** Most events a pipeline or correlation holds at once before `run/state-limit` (default 1,000,000). */
  stateLimit?: number;
  /** Every loaded rule: correlations find the rules they reference here. */
  rules?: readonly Rule[];
  /**
   * `inline` (default): the runtime is pasted into the module. `external` (JavaScript only):
   * the module's rule code expects the runtime's names in scope, so `compileMatcher` can
   * instantiate the (same) runtime once per process instead of once per rule.
   */
  runtime?: "inline" | "external";
  /**
   * Build each pipeline row with every field of its event. Default (`false`): only the
   * fields the pipeline can read (`pipelineRowFields`), which gives the same results for
   * less work and memory; `true` is there to check that claim and for debugging.
   */
  fullRows?: boolean;
}

/** Where event time is found when no option says otherwise (Sigma, ECS, Kubernetes audit, Windows XML events). */
export const DEFAULT_TIMESTAMP_FIELDS: readonly string[] = [
  "_time", "@timestamp", "timestamp", "requestReceivedTimestamp", "stageTimestamp",
  "Event.System.TimeCreated.SystemTime", "Event.System.TimeCreated.#attributes.SystemTime", "Event.System.TimeCreated",
  "TimeCreated", "UtcTime", "eventTime", "time",
];

export const DEFAULT_STATE_LIMIT = 1_000_000;

/** What one rule compiled to inside a module. */
export interface ModuleEntry {
  readonly rule: Rule;
  /** The exported constant's name. */
  readonly name: string;
}

/** A generated module with the rules it holds and the problems of the rules it could not hold. */
export interface GeneratedModule {
  readonly code: string;
  readonly entries: readonly ModuleEntry[];
  readonly diagnostics: readonly Diagnostic[];
}

/** Field paths with more dot-separated segments than this are read by the runtime's general resolver. */
const MAX_INLINE_SEGMENTS = 8;

class Unsupported extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(diagnostic.message);
  }
}

/** Emits the code of one module: shared constants first, then one block per rule. */
class ModuleWriter {
  private readonly entries: { name: string; key: string; render: () => string }[] = [];
  private readonly names = new Map<string, string>();
  private readonly uses = new Map<string, number>();
  private counter = 0;

  constructor(readonly ts: boolean) {}

  /** The declarations, in order. */
  get constants(): string[] {
    return this.entries.map((e) => e.render());
  }

  /** `: type` in TypeScript, nothing in JavaScript. */
  t(annotation: string): string {
    return this.ts ? annotation : "";
  }

  /** A mark to roll back to when a rule fails to compile halfway. */
  mark(): number {
    return this.entries.length;
  }

  rollback(mark: number): void {
    for (const e of this.entries.splice(mark)) {
      this.names.delete(e.key);
      this.uses.delete(e.name);
    }
  }

  /** A module-level constant for `init` (deduplicated), returning its name. */
  constant(prefix: string, init: string): string {
    const key = `const:${init}`;
    const existing = this.names.get(key);
    if (existing) return existing;
    const name = `${prefix}${this.counter++}`;
    this.entries.push({ name, key, render: () => `const ${name} = ${init};` });
    this.names.set(key, name);
    return name;
  }

  /**
   * A predicate evaluated at most once per event, however many rules of the module use
   * it: its value is kept until \`rcGeneration\` (bumped per event) changes. Returns the call.
   */
  memo(code: string): string {
    return this.memoBody(`  return ${code};`);
  }

  /** {@link ModuleWriter.memo} for a predicate written as statements (indented, ending in `return`). */
  memoBody(body: string): string {
    const key = `memo:${body}`;
    let name = this.names.get(key);
    if (!name) {
      const fn = `q${this.counter++}`;
      name = fn;
      const params = `(ev${this.t(": unknown")}, ctx${this.t("?: RcContext")})${this.t(": boolean")} {`;
      // A predicate used once needs no memo: it is a plain function (V8 inlines it).
      const render = () =>
        (this.uses.get(fn) ?? 0) < 2
          ? [`function ${fn}${params}`, body, "}"].join("\n")
          : [
            `let ${fn}g = -1;`,
            `let ${fn}v = false;`,
            `function ${fn}e${params}`,
            body,
            "}",
            `function ${fn}${params}`,
            `  if (${fn}g !== rcGeneration) {`,
            `    ${fn}g = rcGeneration;`,
            `    ${fn}v = ${fn}e(ev, ctx);`,
            "  }",
            `  return ${fn}v;`,
            "}",
          ].join("\n");
      this.entries.push({ name: fn, key, render });
      this.names.set(key, fn);
    }
    this.uses.set(name, (this.uses.get(name) ?? 0) + 1);
    return `${name}(ev, ctx)`;
  }

  /**
   * A module-level constant whose initializer refers to its own name (a recursive arrow
   * function), declared once per `what` (a key for everything its text depends on).
   */
  declare(prefix: string, what: string, build: (self: string) => string): string {
    const key = `declare:${prefix}:${what}`;
    const existing = this.names.get(key);
    if (existing) return existing;
    const name = `${prefix}${this.counter++}`;
    const init = build(name);
    this.entries.push({ name, key, render: () => `const ${name} = ${init};` });
    this.names.set(key, name);
    return name;
  }

  /** Does some predicate keep its value per event (used by several rules), so `match` must start a new generation? */
  get memoized(): boolean {
    for (const n of this.uses.values()) if (n >= 2) return true;
    return false;
  }

  field(f: FieldRef): string {
    return this.constant("f", `rcField(${jsLiteral(f.path)})`);
  }
}

/** Compiles the parts of one rule. Throws {@link Unsupported} for what the matcher cannot run. */
class RuleCompiler {
  constructor(
    private readonly w: ModuleWriter,
    private readonly rule: Rule,
  ) {}

  private unsupported(message: string, pos?: { line: number; column: number }, code: "backend/unsupported" | "backend/regex-untranslatable" = "backend/unsupported"): never {
    throw new Unsupported(diagnostic(code, message, { file: this.rule.file, pos: pos ?? this.rule.pos }));
  }

  private pattern(p: Pattern, caseSensitive: boolean): string {
    const parts = p.parts.map((x) => (isWildcard(x) ? (x.wildcard === "*" ? 0 : 1) : x));
    return this.w.constant("t", `rcPattern(${jsLiteral(parts)}, ${caseSensitive})`);
  }

  private regex(pattern: string, flags: { i: boolean; m: boolean; s: boolean }, pos?: { line: number; column: number }, allowLinear = true): string {
    const tr = translatePcre(pattern, flags);
    if (!tr.ok) this.unsupported(`regular expression ${jsLiteral(pattern)} cannot run in JavaScript: ${tr.reason}`, pos, "backend/regex-untranslatable");
    // Patterns a backtracking RegExp could run in super-linear time (ReDoS) run on the linear-time NFA instead.
    const linear = allowLinear ? linearProgramIfUnsafe(pattern, flags) : undefined;
    if (linear) return this.w.constant("re", `rcLinearRegex(${jsLiteral(linear.program)}, ${linear.start})`);
    return this.w.constant("re", `new RegExp(${jsLiteral(tr.source)}, ${jsLiteral(tr.flags)})`);
  }

  /** A JS boolean expression over `ev` (and `ctx`); each predicate is memoized per event. */
  expr(e: Expr): string {
    switch (e.kind) {
      case "And":
        return e.children.length === 0 ? "true" : `(${e.children.map((c) => this.expr(c)).join(" && ")})`;
      case "Or": {
        if (e.children.length === 0) return "false";
        return `(${this.literalGroups(e.children).join(" || ")})`;
      }
      case "Not":
        return `!${this.expr(e.child)}`;
      case "Const":
        return e.value ? "true" : "false";
      default:
        return this.w.memoBody(this.predicate(e));
    }
  }

  /**
   * The alternatives of an `Or`, with literal matches on the same field (same case rule)
   * merged into one set lookup, and keywords of the same scope and case rule into one walk
   * of the event; order is kept otherwise (the result does not depend on it).
   */
  private literalGroups(children: readonly Expr[]): string[] {
    const groups = new Map<string, { field?: FieldRef; scope?: Keyword["scope"]; cs: boolean; members: (Match | Keyword)[] }>();
    const out: (string | { key: string })[] = [];
    for (const c of children) {
      if (c.kind === "Match" || c.kind === "Keyword") {
        const key = c.kind === "Match" ? `${c.field.path}\u0000${c.caseSensitive}` : `\u0000keyword\u0000${c.scope}\u0000${c.caseSensitive}`;
        let g = groups.get(key);
        if (!g) {
          g = c.kind === "Match" ? { field: c.field, cs: c.caseSensitive, members: [] } : { scope: c.scope, cs: c.caseSensitive, members: [] };
          groups.set(key, g);
          out.push({ key });
        }
        g.members.push(c);
      } else out.push(this.expr(c));
    }
    return out.map((x) => {
      if (typeof x === "string") return x;
      const g = groups.get(x.key)!;
      if (g.members.length === 1) return this.expr(g.members[0]!);
      const parts = g.members.map((m) => m.pattern.parts.map((p) => (isWildcard(p) ? (p.wildcard === "*" ? 0 : 1) : p)));
      const exact = parts.every((p) => p.every((q) => typeof q === "string"));
      const test = exact
        ? this.w.constant("t", `rcAnyOf(${jsLiteral([...new Set(parts.map((p) => p.join("")))])}, ${g.cs})`)
        : this.w.constant("t", `rcAnyPattern(${jsLiteral(parts)}, ${g.cs})`);
      // Keywords: any of the patterns on any value is one walk with the combined test.
      if (g.field === undefined) return this.w.memo(`rcKeyword(ev, ctx, ${test}, ${g.scope === "raw"})`);
      return this.w.memoBody(this.fieldBody(g.field, test));
    });
  }

  /** The body of a predicate testing every value of `f` with `visitor`. */
  private fieldBody(f: FieldRef, visitor: string): string {
    return `  return ${this.walker(f)}(ev, ${visitor});`;
  }

  /** A function `(event, visit) => boolean` visiting every value of `f`. */
  private walker(f: FieldRef): string {
    const w = this.w;
    // The emitted walk has a line per (step, dotted key): quadratic in the segments, so long paths keep the shared resolver.
    if (f.path.split(".").length > MAX_INLINE_SEGMENTS) return w.field(f);
    return declareFieldWalk(f.path, (prefix, key, build) => w.declare(prefix, key, build), w.ts);
  }

  /**
   * A visitor for a case-insensitive single ASCII literal with the literal as constants (what
   * `rcPattern([lit], false)` does, specialised for the JIT), or undefined for other patterns.
   */
  private literalVisitor(p: Pattern, caseSensitive: boolean): string | undefined {
    const lit = p.parts[0];
    if (caseSensitive || p.parts.length !== 1 || typeof lit !== "string" || /[^\x00-\x7f]/.test(lit)) return undefined;
    const w = this.w;
    return w.constant(
      "s",
      `(v${w.t(": RcScalar")})${w.t(": boolean")} => { const s = typeof v === "string" ? v : String(v); return s.length === ${lit.length} && (s === ${jsLiteral(lit)} || rcFoldEquals(s, ${jsLiteral(lit.toLowerCase())})); }`,
    );
  }

  /** The body (statements ending in `return`) of one predicate. */
  private predicate(e: Expr): string {
    return e.kind === "Match" || e.kind === "Compare" || e.kind === "Regex" || e.kind === "Cidr" ? this.fieldPredicate(e) : `  return ${this.predicateCode(e)};`;
  }

  /** A predicate on the values of one field: direct property access where the event allows it. */
  private fieldPredicate(e: Extract<Expr, { kind: "Match" | "Compare" | "Regex" | "Cidr" }>): string {
    const w = this.w;
    switch (e.kind) {
      case "Match": {
        const visitor = this.pattern(e.pattern, e.caseSensitive);
        return this.fieldBody(e.field, this.literalVisitor(e.pattern, e.caseSensitive) ?? visitor);
      }
      case "Compare": {
        const args = [jsLiteral(e.op), jsLiteral(e.value), String(e.numeric)];
        if (e.timePart) args.push(jsLiteral(e.timePart));
        return this.fieldBody(e.field, w.constant("c", `rcCompare(${args.join(", ")})`));
      }
      case "Regex": {
        const re = this.regex(e.pattern, e.flags, e.pos);
        const pre = regexPrefilter(e.pattern, e.flags);
        const args = pre.minLength > 0 || pre.literal !== "" ? `${re}, ${pre.minLength}, ${jsLiteral(pre.literal)}` : re;
        return this.fieldBody(e.field, w.constant("p", `rcRegex(${args})`));
      }
      case "Cidr":
        if (!/^[0-9a-fA-F.:]+(\/\d{1,3})?$/.test(e.cidr)) this.unsupported(`not an IP network: ${jsLiteral(e.cidr)}`, e.pos);
        return this.fieldBody(e.field, w.constant("p", `rcCidr(${jsLiteral(e.cidr)})`));
    }
  }

  /** The code (an expression) of a predicate that is not a field test. */
  private predicateCode(e: Expr): string {
    const w = this.w;
    switch (e.kind) {
      case "And":
        return e.children.length === 0 ? "true" : `(${e.children.map((c) => this.expr(c)).join(" && ")})`;
      case "Or":
        return e.children.length === 0 ? "false" : `(${e.children.map((c) => this.expr(c)).join(" || ")})`;
      case "Not":
        return `!${this.expr(e.child)}`;
      case "Const":
        return e.value ? "true" : "false";
      case "Match":
      case "Compare":
      case "Regex":
      case "Cidr":
        throw new Error("field predicates are compiled by fieldPredicate");
      case "Exists":
        return `rcExists(ev, ${w.field(e.field)})`;
      case "FieldEquals":
        return `rcFieldEquals(ev, ${this.walker(e.field)}, ${this.walker(e.other)}, ${e.caseSensitive})`;
      case "Keyword":
        return `rcKeyword(ev, ctx, ${this.pattern(e.pattern, e.caseSensitive)}, ${e.scope === "raw"})`;
      case "EvalCondition":
        return `rcTruthy(${this.value(e.expr)})`;
    }
  }

  /** A JS expression computing an SPL eval value over `ev`. */
  value(v: ValueExpr): string {
    switch (v.kind) {
      case "Literal":
        return jsLiteral(v.value);
      case "FieldValue":
        return `rcFieldValue(ev, ${this.w.field(v.field)})`;
      case "Unary":
        return `rcUnary(${jsLiteral(v.op)}, ${this.value(v.operand)})`;
      case "Binary":
        return `rcBinary(${jsLiteral(v.op)}, ${this.value(v.left)}, ${this.value(v.right)})`;
      case "Call": {
        if (!EVAL_FUNCTION_NAMES.includes(v.name)) this.unsupported(`eval function ${v.name}() is not supported by the matcher`, v.pos);
        const regexArg = v.name === "match" || v.name === "replace" || v.name === "mvfind" ? 1 : -1;
        const args = v.args.map((a, i) => {
          if (i !== regexArg) return this.value(a);
          if (a.kind !== "Literal" || typeof a.value !== "string") this.unsupported(`${v.name}() needs a literal regular expression`, a.pos ?? v.pos);
          // The eval functions take the RegExp object in place of the pattern text.
          // `replace` needs a real RegExp (match positions); `match`/`mvfind` only test, so they take the linear-time engine too.
          return `${this.regex(a.value as string, { i: false, m: false, s: false }, a.pos ?? v.pos, v.name !== "replace")} as unknown as RcEval`;
        });
        const call = `rcCall(${jsLiteral(v.name)}, [${args.join(", ")}])`;
        return this.w.ts ? call : call.replace(/ as unknown as RcEval/g, "");
      }
    }
  }

  /** A function `(ev) => value` for eval stages and `count(eval(...))`. */
  private evalFn(v: ValueExpr): string {
    return `(ev${this.w.t(": RcRow")})${this.w.t(": RcEval")} => ${this.value(v)}`;
  }

  private stage(s: Stage): string {
    const w = this.w;
    switch (s.kind) {
      case "Filter": {
        if (s.filter.kind === "Const" && s.filter.value) return "// (keeps every row)";
        const fn = w.constant("filter", `(ev${w.t(": unknown")}, ctx${w.t("?: RcContext")})${w.t(": boolean")} => ${this.expr(s.filter)}`);
        // A new generation per row: memoized predicates must not reuse the previous row's answer.
        return `rows = rows.filter((r) => (rcGeneration++, ${fn}(rcRowView(r))));`;
      }
      case "Fillnull":
        return `rows = rcFillnull(rows, ${jsLiteral(s.value)}, ${jsLiteral(s.fields)});`;
      case "Stats": {
        if (s.command === "tstats") this.unsupported("tstats reads accelerated data model summaries, not raw events: the matcher cannot run it", s.pos);
        const aggs = s.aggregations.map((a) => this.aggregation(a));
        const by = s.by.map((b) => b.written ?? b.path);
        return `rows = rcStats(rows, { command: ${jsLiteral(s.command)}, by: ${jsLiteral(by)}, aggs: [${aggs.join(", ")}] }, STATE_LIMIT);`;
      }
      case "Eval":
        return `rows = rcEvalStage(rows, [${s.assignments.map((a) => `{ field: ${jsLiteral(a.field)}, fn: ${this.evalFn(a.expr)} }`).join(", ")}]);`;
      case "Rename":
        return `rows = rcRename(rows, ${jsLiteral(s.renames)});`;
      case "Table":
        return `rows = rcTable(rows, ${jsLiteral(s.fields)});`;
      case "Fields":
        return `rows = rcFields(rows, ${jsLiteral(s.mode)}, ${jsLiteral(s.fields)});`;
      case "Dedup": {
        const args = [jsLiteral(s.fields), String(s.count), String(s.keepEmpty), String(s.consecutive)];
        if (s.sortBy) args.push(jsLiteral(s.sortBy));
        return `rows = rcDedup(rows, ${args.join(", ")});`;
      }
      case "Sort":
        return `rows = rcSort(rows, ${jsLiteral(s.keys)}, ${jsLiteral(s.limit)});`;
      case "Head":
        return `rows = rcHead(rows, ${s.count});`;
      case "Convert": {
        const known = ["ctime", "mktime", "num", "auto", "none", "rmcomma", "security_content_ctime"];
        const conversions = s.conversions.map((c) => {
          if (!known.includes(c.fn)) this.unsupported(`convert function ${c.fn}() is not supported by the matcher`, s.pos);
          return { ...c, fn: c.fn === "security_content_ctime" ? "ctime" : c.fn };
        });
        return `rows = rcConvert(rows, ${jsLiteral(s.timeformat ?? "%m/%d/%Y %H:%M:%S")}, ${jsLiteral(conversions)});`;
      }
      case "Bin": {
        const span = s.span === undefined ? undefined : spanSeconds(s.span);
        if (span === undefined) {
          this.unsupported(s.span === undefined ? "bin without span= depends on the data's range: give a span" : `bin span ${jsLiteral(s.span)} is not supported`, s.pos);
        }
        return `rows = rcBin(rows, ${jsLiteral(s.field)}, ${span}${s.as ? `, ${jsLiteral(s.as)}` : ""});`;
      }
      case "Command":
        if (s.name === "rex") return this.rex(s);
        if (s.name === "spath") return this.spath(s);
        if (s.name === "mvexpand") return this.mvexpand(s);
        return this.unsupported(`SPL command '${s.name}' has no matcher semantics (it cannot be evaluated on events here)`, s.pos);
    }
  }

  /** `rex field=f "regex"`: field extraction with named groups (sed mode and `_raw` are refused). */
  private rex(s: CommandStage): string {
    const fieldName = s.options.field ?? "_raw";
    if (s.options.mode === "sed") this.unsupported("rex mode=sed (rewriting values) is not supported by the matcher", s.pos);
    if (fieldName === "_raw") this.unsupported("rex on _raw: matcher rows keep the event's fields, not its raw text; give field=", s.pos);
    const pattern = s.args[0];
    if (pattern === undefined || s.args.length !== 1) this.unsupported("rex needs exactly one regular expression", s.pos);
    const max = s.options.max_match === undefined ? 1 : Number(s.options.max_match);
    if (!Number.isInteger(max) || max < 0) this.unsupported(`rex max_match=${jsLiteral(s.options.max_match)} is not a whole number`, s.pos);
    const tr = translatePcre(pattern!, { i: false, m: false, s: false });
    if (!tr.ok) this.unsupported(`regular expression ${jsLiteral(pattern)} cannot run in JavaScript: ${tr.reason}`, s.pos, "backend/regex-untranslatable");
    const re = this.w.constant("re", `new RegExp(${jsLiteral(tr.source)}, ${jsLiteral(tr.flags)})`);
    return `rows = rcRex(rows, ${jsLiteral(fieldName)}, ${re}, ${max});`;
  }

  /** `mvexpand f [limit=N]`. */
  private mvexpand(s: CommandStage): string {
    const limit = s.options.limit === undefined ? null : Number(s.options.limit);
    if (s.args.length !== 1 || Object.keys(s.options).some((k) => k !== "limit") || (limit !== null && !(Number.isInteger(limit) && limit > 0))) {
      this.unsupported("mvexpand takes one field and an optional limit=N", s.pos);
    }
    return `rows = rcMvexpand(rows, ${jsLiteral(s.args[0])}, ${jsLiteral(limit)});`;
  }

  /** `spath [input=] [path=|positional] [output=]` over JSON. */
  private spath(s: CommandStage): string {
    const unknown = Object.keys(s.options).filter((k) => !["input", "output", "path"].includes(k));
    if (unknown.length > 0 || s.args.length > 1) this.unsupported(`spath with ${unknown.length ? `option ${unknown.join(", ")}` : "several paths"} is not supported by the matcher`, s.pos);
    const path = s.options.path ?? s.args[0] ?? null;
    return `rows = rcSpath(rows, ${jsLiteral(s.options.input ?? null)}, ${jsLiteral(path)}, ${jsLiteral(s.options.output ?? null)});`;
  }

  private aggregation(a: Aggregation): string {
    const parts = [`fn: ${jsLiteral(a.fn)}`];
    if (a.field) parts.push(`field: ${jsLiteral(a.field.written ?? a.field.path)}`);
    if (a.eval) parts.push(`eval: ${this.evalFn(a.eval)}`);
    if (a.percentile !== undefined) parts.push(`percentile: ${jsLiteral(a.percentile)}`);
    parts.push(`as: ${jsLiteral(a.as)}`);
    return `{ ${parts.join(", ")} }`;
  }

  /** The pipeline function body, or undefined when the rule has no stages. */
  pipeline(): string | undefined {
    if (this.rule.pipeline.length === 0) return undefined;
    const lines = this.rule.pipeline.map((s) => {
      const where = s.pos ? ` (line ${s.pos.line})` : "";
      return `  // ${commentText(s.kind + where)}\n  ${this.stage(s)}`;
    });
    return lines.join("\n");
  }
}

/** Span text to seconds (`1h`, `5m`, `30s`, `1d`, `1w`, or a number). */
function spanSeconds(span: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)(s|sec|secs|second|seconds|m|min|mins|minute|minutes|h|hr|hrs|hour|hours|d|day|days|w|week|weeks)?$/i.exec(span.trim());
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = (m[2] ?? "").toLowerCase();
  const mult = unit === "" || unit.startsWith("s") ? 1 : unit.startsWith("m") ? 60 : unit.startsWith("h") ? 3600 : unit.startsWith("d") ? 86400 : 604800;
  return n * mult;
}

function ruleLabel(rule: Rule): string {
  return rule.meta.id ?? rule.meta.name ?? rule.meta.title;
}

/** Finds a rule by id or name. */
function findRule(rules: readonly Rule[], ref: string): Rule | undefined {
  return rules.find((r) => r.meta.id === ref) ?? rules.find((r) => r.meta.name === ref);
}

/** Emits the block of one rule; returns its lines or throws Unsupported. */
function emitRule(w: ModuleWriter, rule: Rule, name: string, options: MatcherOptions): (string | (() => string))[] {
  const c = new RuleCompiler(w, rule);
  const lines: (string | (() => string))[] = [];
  const id = rule.meta.id ?? rule.meta.name ?? "";
  lines.push(`// ${commentText(`Rule: ${rule.meta.title}`)}`);
  if (id) lines.push(`// ${commentText(`id: ${id}`)}`);
  if (rule.file) lines.push(`// ${commentText(`file: ${rule.file}`)}`);
  if (rule.ruleType === "filter") {
    throw new Unsupported(diagnostic("backend/unsupported", "a Sigma filter rule is not run on its own: loadRules applies it to the rules it names", { file: rule.file, pos: rule.pos }));
  }
  let kind: "filter" | "pipeline" | "correlation" = "filter";
  const fields: string[] = [];
  if (rule.correlation) {
    kind = "correlation";
    const corr = rule.correlation;
    const all = options.rules ?? [];
    const refs = corr.rules.map((ref) => {
      const target = findRule(all, ref);
      if (!target) throw new Unsupported(diagnostic("sigma/unresolved-reference", `correlation references rule ${jsLiteral(ref)}, which is not loaded`, { file: rule.file, pos: corr.pos ?? rule.pos }));
      if (target.correlation || target.pipeline.length > 0) {
        throw new Unsupported(diagnostic("backend/unsupported", `correlation over rule ${jsLiteral(ref)}, which is itself a correlation or a pipeline`, { file: rule.file, pos: corr.pos ?? rule.pos }));
      }
      return { ref, target };
    });
    const refFns = refs.map(({ ref, target }) => {
      const fn = `${name}_rule${refs.findIndex((r) => r.ref === ref)}`;
      lines.push(`// ${commentText(`references: ${target.meta.title} (${ref})`)}`);
      lines.push(`function ${fn}(ev${w.t(": unknown")}, ctx${w.t("?: RcContext")})${w.t(": boolean")} {\n  rcGeneration++;\n  return ${new RuleCompiler(w, target).expr(target.filter)};\n}`);
      return { ref, target, fn };
    });
    const fieldOf = (alias: string, ref: string, target: Rule): string => {
      const map = corr.aliases?.[alias];
      const f = map?.[ref] ?? (target.meta.id ? map?.[target.meta.id] : undefined) ?? (target.meta.name ? map?.[target.meta.name] : undefined) ?? alias;
      return w.constant("f", `rcField(${jsLiteral(f.replace(/\{\}/g, ""))})`);
    };
    const groupBy = corr.groupBy.map((g) => `{ name: ${jsLiteral(g)}, fields: [${refFns.map((r) => fieldOf(g, r.ref, r.target)).join(", ")}] }`);
    const spec = [
      `type: ${jsLiteral(corr.type)}`,
      `rules: [${refFns.map((r) => `{ name: ${jsLiteral(r.ref)}, match: ${r.fn} }`).join(", ")}]`,
      `groupBy: [${groupBy.join(", ")}]`,
      `timespanSeconds: ${corr.timespanMs / 1000}`,
      `conditions: ${jsLiteral(corr.conditions)}`,
      `timeFields: TIME_FIELDS`,
      `stateLimit: STATE_LIMIT`,
    ];
    if (corr.field && corr.field.length > 0) {
      const f0 = corr.field[0]!;
      spec.push(`field: [${refFns.map((r) => fieldOf(f0, r.ref, r.target)).join(", ")}]`, `fieldName: ${jsLiteral(f0)}`);
    }
    if (corr.percentile !== undefined) spec.push(`percentile: ${corr.percentile}`);
    lines.push(`function ${name}_test(ev${w.t(": unknown")}, ctx${w.t("?: RcContext")})${w.t(": boolean")} {\n  return ${refFns.map((r) => `${r.fn}(ev, ctx)`).join(" || ") || "false"};\n}`);
    lines.push(`function ${name}_correlation()${w.t(": RcCorrelation")} {\n  return new RcCorrelation({\n    ${spec.join(",\n    ")},\n  });\n}`);
    fields.push(`correlation: ${name}_correlation`);
  } else {
    lines.push(`function ${name}_test(ev${w.t(": unknown")}, ctx${w.t("?: RcContext")})${w.t(": boolean")} {\n  return ${c.expr(rule.filter)};\n}`);
    const body = c.pipeline();
    if (body !== undefined) {
      kind = "pipeline";
      lines.push(`function ${name}_pipeline(rows${w.t(": RcRow[]")})${w.t(": RcRow[]")} {\n${body}\n  return rows;\n}`);
      fields.push(`pipeline: ${name}_pipeline`);
      // Rows are built with only the fields the pipeline reads (cheaper to build and to hold).
      const rowFields = options.fullRows ? null : pipelineRowFields(rule.pipeline);
      if (rowFields !== null) fields.push(`rowFields: ${jsLiteral(rowFields)}`);
    }
  }
  // Rendered last: a new generation is only needed when some predicate of the module is memoized.
  lines.push(() => `function ${name}_match(ev${w.t(": unknown")}, ctx${w.t("?: RcContext")})${w.t(": boolean")} {\n${w.memoized ? "  rcGeneration++;\n" : ""}  return ${name}_test(ev, ctx);\n}`);
  fields.unshift(`match: ${name}_match`, `test: ${name}_test`);
  const head = [`id: ${jsLiteral(id)}`, `title: ${jsLiteral(rule.meta.title)}`, `kind: ${jsLiteral(kind)}`];
  const decl = `${w.ts ? "export " : ""}const ${name}${w.t(": RcRuleMatcher")} = {\n  ${[...head, ...fields, "timeFields: TIME_FIELDS", "stateLimit: STATE_LIMIT"].join(",\n  ")},\n};`;
  lines.push(decl);
  return lines;
}

/**
 * Builds a matcher module for a batch of rules. Rules the matcher cannot run are left
 * out of the module and reported in `diagnostics` (never dropped silently).
 */
export function buildMatcherModule(rules: readonly Rule[], options: MatcherOptions = {}): GeneratedModule {
  const ts = (options.language ?? "ts") === "ts";
  const w = new ModuleWriter(ts);
  const diagnostics: Diagnostic[] = [];
  const entries: ModuleEntry[] = [];
  const blocks: (() => string)[] = [];
  const taken = new Set<string>(["matchers"]);
  const lookup = options.rules ?? rules;
  for (const rule of rules) {
    const name = ruleIdentifier(rule.meta.title, taken);
    // A rule's constants only join the module if the whole rule compiles.
    const mark = w.mark();
    try {
      const lines = emitRule(w, rule, name, { ...options, rules: lookup });
      blocks.push(() => lines.map((l) => (typeof l === "string" ? l : l())).join("\n"));
      entries.push({ rule, name });
    } catch (e) {
      if (!(e instanceof Unsupported)) throw e;
      w.rollback(mark);
      diagnostics.push(e.diagnostic);
    }
  }
  const timeFields = (options.timestampFields ?? DEFAULT_TIMESTAMP_FIELDS).map((f) => `rcField(${jsLiteral(f)})`);
  const stateLimit = options.stateLimit ?? DEFAULT_STATE_LIMIT;
  const header = [
    "// Generated by rulecast (matcher backend). Self-contained: no runtime dependency.",
    `// Rules: ${entries.length}. Each rule exports a matcher: match(event) selects events; pipelines and correlations run through rcCreateRun(matcher).`,
  ];
  const runtime = options.runtime === "external" && !ts ? "// (runtime linked externally: the names of RUNTIME_JS are in scope)" : ts ? RUNTIME_TS : RUNTIME_JS;
  const list = `${ts ? "export " : ""}const matchers${w.t(": readonly RcRuleMatcher[]")} = [${entries.map((e) => e.name).join(", ")}];`;
  const begin = `/** Starts a new event for the matchers' \`test\` functions (predicates shared by several rules run once per event). */\n${ts ? "export " : ""}function beginEvent()${w.t(": void")} {\n  rcGeneration++;\n}`;
  const tail = ts
    ? "export { rcCreateRun, rcEventRow, type RcRuleMatcher, type RcRun, type RcRow, type RcContext };"
    : `return { matchers, rcCreateRun, rcEventRow, beginEvent };`;
  const code = [
    ...header,
    ts ? "/* eslint-disable */" : "",
    "",
    "// ---- runtime",
    runtime,
    "// ---- rules",
    `const TIME_FIELDS${w.t(": readonly RcResolver[]")} = [${timeFields.join(", ")}];`,
    `const STATE_LIMIT = ${stateLimit};`,
    "// Bumped once per event: memoized predicates (q*) recompute when it changes.",
    "let rcGeneration = 0;",
    ...w.constants,
    "",
    ...blocks.flatMap((b) => [b(), ""]),
    list,
    begin,
    tail,
    "",
  ].join("\n");
  return { code, entries, diagnostics };
}

/**
 * The source of a readable, typed TypeScript module exporting one matcher per rule
 * (rule title and id in comments) and `matchers`, the list of all of them. The module
 * carries its own small runtime: it imports nothing.
 *
 * @throws {@link RuleError} with every diagnostic when some rule cannot be compiled
 *   (use {@link buildMatcherModule} to get a module of the others).
 */
export function generateMatcherModule(rules: readonly Rule[], options: MatcherOptions = {}): string {
  const built = buildMatcherModule(rules, options);
  if (built.diagnostics.some((d) => d.severity === "error")) throw new RuleError(built.diagnostics);
  return built.code;
}

export { ruleLabel };

/** The linear-time program for a regex that is not provably linear under backtracking; `undefined` when RegExp is safe (or the pattern is outside src/regex's subset). */
function linearProgramIfUnsafe(pattern: string, flags: { i: boolean; m: boolean; s: boolean }): ReturnType<typeof linearRegexProgram> | undefined {
  try {
    return analyseRegex(pattern, flags).complexity === "linear" ? undefined : linearRegexProgram(pattern, flags);
  } catch {
    return undefined;
  }
}
