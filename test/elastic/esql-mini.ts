/**
 * A small ES|QL evaluator for the subset the multivalued tests emit, written from the ES|QL
 * reference so the per-value strategy can be checked without a cluster:
 * - https://www.elastic.co/docs/reference/query-languages/esql/esql-multivalued-fields :
 *   comparisons, LIKE and functions given a multivalued value return null (with a warning);
 *   `IS NULL`/`IS NOT NULL` see a multivalued value as non-null.
 * - MV_EXPAND (commands/mv_expand; MvExpandOperator): one row per value; a null cell stays one row.
 * - STATS ... BY (commands/stats-by): a row with a multivalued key is in every value's group
 *   (elastic/elasticsearch#135109); null is a group key; MAX/VALUES skip nulls and read every value.
 * - three-valued AND/OR/NOT; WHERE keeps rows whose condition is TRUE.
 * Supported: FROM [METADATA], WHERE, EVAL, MV_EXPAND, STATS (COUNT(*), MAX, VALUES) BY, DROP,
 * RENAME; expressions: literals, columns, ==, !=, <, <=, >, >=, LIKE, IS [NOT] NULL, AND, OR,
 * NOT, COALESCE, CASE, TO_DOUBLE, CIDR_MATCH(TO_IP(x)) (IPv4). Anything else throws.
 */

export type Cell = null | string | number | boolean | (string | number | boolean)[];
export type Row = Record<string, Cell>;

type Tok = { t: "id" | "str" | "num" | "op"; v: string };

function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) i++;
    else if (c === '"') {
      let s = "";
      i++;
      while (src[i] !== '"') {
        if (i >= src.length) throw new Error("unterminated string");
        if (src[i] === "\\") {
          const n = src[++i]!;
          s += ({ n: "\n", r: "\r", t: "\t" } as Record<string, string>)[n] ?? n;
        } else s += src[i];
        i++;
      }
      i++;
      out.push({ t: "str", v: s });
    } else if (c === "`") {
      let s = "";
      i++;
      for (;;) {
        if (src[i] === "`" && src[i + 1] === "`") (s += "`"), (i += 2);
        else if (src[i] === "`") break;
        else s += src[i++];
      }
      i++;
      out.push({ t: "id", v: s });
    } else if (/[0-9]/.test(c)) {
      const m = /^[0-9]+(\.[0-9]+)?/.exec(src.slice(i))!;
      out.push({ t: "num", v: m[0] });
      i += m[0].length;
    } else if (/[A-Za-z_@]/.test(c)) {
      const m = /^[A-Za-z_@][A-Za-z0-9_.@]*/.exec(src.slice(i))!;
      out.push({ t: "id", v: m[0] });
      i += m[0].length;
    } else {
      const two = src.slice(i, i + 2);
      if (["==", "!=", "<=", ">="].includes(two)) (out.push({ t: "op", v: two }), (i += 2));
      else if ("(),<>=*".includes(c)) (out.push({ t: "op", v: c }), i++);
      else throw new Error(`unexpected ${c}`);
    }
  }
  return out;
}

type Expr = (row: Row) => Cell;

const isMv = (c: Cell): c is (string | number | boolean)[] => Array.isArray(c);
const KW = new Set(["AND", "OR", "NOT", "IS", "NULL", "LIKE", "RLIKE", "TRUE", "FALSE"]);

class Parser {
  private i = 0;
  constructor(private readonly toks: Tok[]) {}
  private peek(v?: string): boolean {
    const t = this.toks[this.i];
    return t !== undefined && (v === undefined || (t.t !== "str" && t.v.toUpperCase() === v));
  }
  private take(v?: string): Tok {
    const t = this.toks[this.i++];
    if (!t || (v !== undefined && t.v.toUpperCase() !== v)) throw new Error(`expected ${v ?? "token"} at ${this.i}`);
    return t;
  }
  done(): boolean {
    return this.i >= this.toks.length;
  }
  expr(): Expr {
    return this.or();
  }
  private or(): Expr {
    let l = this.and();
    while (this.peek("OR")) {
      this.take();
      const a = l, b = this.and();
      l = (r) => { const x = a(r), y = b(r); return x === true || y === true ? true : x === null || y === null ? null : false; };
    }
    return l;
  }
  private and(): Expr {
    let l = this.not();
    while (this.peek("AND")) {
      this.take();
      const a = l, b = this.not();
      l = (r) => { const x = a(r), y = b(r); return x === false || y === false ? false : x === null || y === null ? null : true; };
    }
    return l;
  }
  private not(): Expr {
    if (this.peek("NOT")) {
      this.take();
      const a = this.not();
      return (r) => { const x = a(r); return x === null ? null : !x; };
    }
    return this.cmp();
  }
  private cmp(): Expr {
    const l = this.primary();
    if (this.peek("IS")) {
      this.take();
      const neg = this.peek("NOT") ? (this.take(), true) : false;
      this.take("NULL");
      return (r) => (l(r) === null) !== neg;
    }
    if (this.peek("RLIKE")) {
      this.take();
      const re = luceneRegexpToJs(this.take().v);
      return (r) => { const v = l(r); return v === null || isMv(v) ? null : re.test(String(v)); };
    }
    if (this.peek("LIKE")) {
      this.take();
      const pat = this.take().v;
      return (r) => { const v = l(r); return v === null || isMv(v) ? null : likeMatches(String(v), pat); };
    }
    const t = this.toks[this.i];
    if (t?.t === "op" && ["==", "!=", "<", "<=", ">", ">="].includes(t.v)) {
      this.take();
      const rhs = this.primary();
      return (r) => {
        const a = l(r), b = rhs(r);
        if (a === null || b === null || isMv(a) || isMv(b)) return null;
        const c = typeof a === "number" && typeof b === "number" ? a - b : String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
        return { "==": c === 0, "!=": c !== 0, "<": c < 0, "<=": c <= 0, ">": c > 0, ">=": c >= 0 }[t.v]!;
      };
    }
    return l;
  }
  private args(): Expr[] {
    this.take("(");
    const out: Expr[] = [];
    if (!this.peek(")")) for (;;) { out.push(this.expr()); if (this.peek(")")) break; this.take(","); }
    this.take(")");
    return out;
  }
  private primary(): Expr {
    const t = this.take();
    if (t.t === "str") return () => t.v;
    if (t.t === "num") return () => Number(t.v);
    if (t.t === "op" && t.v === "(") { const e = this.expr(); this.take(")"); return e; }
    if (t.t === "id" && this.peek("(") && !KW.has(t.v.toUpperCase())) return this.call(t.v.toUpperCase());
    if (t.t === "id" && t.v.toUpperCase() === "TRUE") return () => true;
    if (t.t === "id" && t.v.toUpperCase() === "FALSE") return () => false;
    if (t.t === "id" && t.v.toUpperCase() === "NULL") return () => null;
    if (t.t === "id") return (r) => (t.v in r ? r[t.v]! : null);
    throw new Error(`unexpected ${t.v}`);
  }
  private call(name: string): Expr {
    const a = this.args();
    switch (name) {
      case "COALESCE": return (r) => { for (const x of a) { const v = x(r); if (v !== null) return v; } return null; };
      case "CASE": return (r) => {
        let k = 0;
        for (; k + 1 < a.length; k += 2) if (a[k]!(r) === true) return a[k + 1]!(r);
        return k < a.length ? a[k]!(r) : null;
      };
      case "TO_DOUBLE": return (r) => {
        // Conversion functions convert each value of a multivalued input.
        const v = a[0]!(r);
        const one = (x: string | number | boolean) => (typeof x === "number" ? x : /^\s*-?\d+(\.\d+)?\s*$/.test(String(x)) ? Number(x) : null);
        if (v === null) return null;
        if (!isMv(v)) return one(v);
        const vs = v.map(one).filter((x): x is number => x !== null);
        return vs.length === 0 ? null : vs.length === 1 ? vs[0]! : vs;
      };
      case "TO_IP": return (r) => a[0]!(r);
      case "MV_SORT": return (r) => { const v = a[0]!(r); return isMv(v) ? [...v].sort() : v; };
      case "CIDR_MATCH": return (r) => {
        const ip = a[0]!(r), net = a[1]!(r);
        if (ip === null || isMv(ip) || net === null) return null;
        return ipv4InNetwork(String(ip), String(net));
      };
      default: throw new Error(`function ${name} not in the evaluator's subset`);
    }
  }
}

function likeMatches(value: string, pattern: string): boolean {
  let re = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === "\\") re += escapeRe(pattern[++i] ?? "\\");
    else if (c === "*") re += "[\\s\\S]*";
    else if (c === "?") re += "[\\s\\S]";
    else re += escapeRe(c);
  }
  return new RegExp(`^${re}$`, "u").test(value);
}

/**
 * A Lucene regexp (anchored, `.` any code point) as a JS RegExp, for the subset rulecast writes:
 * every non-alphanumeric literal is backslash-escaped, so Lucene-only operators (`~ & < > # @`)
 * never appear unescaped (they are refused here if they do).
 */
function luceneRegexpToJs(re: string): RegExp {
  let out = "";
  const chars = [...re];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c === "\\") out += `\\u{${chars[++i]!.codePointAt(0)!.toString(16)}}`;
    else if (c === ".") out += "[\\s\\S]";
    else if (/[\[\]()|*+?{},\-^0-9A-Za-z]/.test(c)) out += c;
    else if (/[~&<>#@"]/.test(c)) throw new Error(`Lucene operator ${c} not in the evaluator's subset`);
    else out += `\\u{${c.codePointAt(0)!.toString(16)}}`;
  }
  return new RegExp(`^(?:${out})$`, "u");
}

function escapeRe(c: string): string {
  return c.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&");
}

function ipv4InNetwork(ip: string, net: string): boolean | null {
  const num = (s: string) => { const p = s.split(".").map(Number); return p.length === 4 && p.every((x) => x >= 0 && x <= 255) ? ((p[0]! << 24) | (p[1]! << 16) | (p[2]! << 8) | p[3]!) >>> 0 : undefined; };
  const [addr, bits] = net.split("/");
  const a = num(ip), b = num(addr!);
  if (a === undefined) return null; // TO_IP of a non-address is null
  const n = Number(bits ?? 32);
  const mask = n === 0 ? 0 : (0xffffffff << (32 - n)) >>> 0;
  return ((a & mask) >>> 0) === ((b! & mask) >>> 0);
}

function splitTop(text: string): string[] {
  const out: string[] = [];
  let depth = 0, cur = "", q: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (q) { cur += c; if (c === "\\" && q === '"') cur += text[++i]; else if (c === q) q = null; continue; }
    if (c === '"' || c === "`") q = c;
    if (c === "(") depth++;
    if (c === ")") depth--;
    if (c === "," && depth === 0) { out.push(cur.trim()); cur = ""; } else cur += c;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

function parseExpr(text: string): Expr {
  const p = new Parser(tokenize(text));
  const e = p.expr();
  if (!p.done()) throw new Error(`trailing input in ${text}`);
  return e;
}

function name(text: string): string {
  const t = tokenize(text);
  if (t.length !== 1 || t[0]!.t !== "id") throw new Error(`not a column: ${text}`);
  return t[0]!.v;
}

function assignment(text: string): [string, string] {
  const m = /^(`(?:[^`]|``)+`|[A-Za-z_@][A-Za-z0-9_.@]*)\s*=\s*([\s\S]+)$/.exec(text);
  if (!m) throw new Error(`not an assignment: ${text}`);
  return [name(m[1]!), m[2]!];
}

const values = (c: Cell): (string | number | boolean)[] => (c === null ? [] : isMv(c) ? c : [c]);
const cellOf = (vs: (string | number | boolean)[]): Cell => (vs.length === 0 ? null : vs.length === 1 ? vs[0]! : vs);

/** Runs an ES|QL query over documents (cells already in ES's doc-values form). */
export function runEsql(query: string, docs: readonly Row[]): Row[] {
  let rows: Row[] = [];
  for (const cmd of query.split("\n| ")) {
    const m = /^([A-Z_]+)\s+([\s\S]*)$/.exec(cmd);
    if (!m) throw new Error(`bad command ${cmd}`);
    const [, verb, rest] = m as unknown as [string, string, string];
    switch (verb) {
      case "FROM":
        rows = docs.map((d, i) => (/METADATA/.test(rest) ? { ...d, _index: "idx", _id: String(i) } : { ...d }));
        break;
      case "WHERE": {
        const e = parseExpr(rest);
        rows = rows.filter((r) => e(r) === true);
        break;
      }
      case "EVAL":
        for (const part of splitTop(rest)) {
          const [col, text] = assignment(part);
          const e = parseExpr(text);
          rows = rows.map((r) => ({ ...r, [col]: e(r) }));
        }
        break;
      case "MV_EXPAND": {
        const col = name(rest);
        rows = rows.flatMap((r) => (isMv(r[col] ?? null) ? (r[col] as (string | number | boolean)[]).map((v) => ({ ...r, [col]: v })) : [r]));
        break;
      }
      case "DROP":
        for (const c of splitTop(rest).map(name)) rows = rows.map((r) => { const o = { ...r }; delete o[c]; return o; });
        break;
      case "RENAME":
        for (const part of splitTop(rest)) {
          const [from, to] = part.split(/\s+AS\s+/).map(name) as [string, string];
          rows = rows.map((r) => { const o: Row = { ...r, [to]: r[from] ?? null }; delete o[from]; return o; });
        }
        break;
      case "STATS": {
        const [aggText, byText] = rest.split(/\s+BY\s+(?=[^"]*$)/);
        const by = byText ? splitTop(byText).map(name) : [];
        const aggs = splitTop(aggText!).map((a) => {
          const [col, text] = assignment(a);
          const f = /^([A-Z_]+)\(([\s\S]*)\)$/.exec(text);
          if (!f) throw new Error(`bad aggregation ${text}`);
          return { col, fn: f[1]!, arg: f[2]! === "*" ? undefined : name(f[2]!) };
        });
        const groups = new Map<string, { key: Cell[]; rows: Row[] }>();
        for (const r of rows) {
          let combos: Cell[][] = [[]];
          for (const b of by) {
            const vs = [...new Set(values(r[b] ?? null))];
            const keys: Cell[] = vs.length ? vs : [null];
            combos = combos.flatMap((c) => keys.map((k) => [...c, k]));
          }
          for (const key of combos) {
            const id = JSON.stringify(key);
            if (!groups.has(id)) groups.set(id, { key, rows: [] });
            groups.get(id)!.rows.push(r);
          }
        }
        rows = [...groups.values()].map((g) => {
          const out: Row = {};
          for (const a of aggs) {
            const vs = a.arg === undefined ? [] : g.rows.flatMap((r) => values(r[a.arg!] ?? null));
            if (a.fn === "COUNT" && a.arg === undefined) out[a.col] = g.rows.length;
            else if (a.fn === "MAX") out[a.col] = vs.length ? vs.reduce((x, y) => (y > x ? y : x)) : null;
            else if (a.fn === "VALUES") out[a.col] = cellOf([...new Set(vs)]);
            else throw new Error(`aggregation ${a.fn} not in the evaluator's subset`);
          }
          by.forEach((b, i) => (out[b] = g.key[i]!));
          return out;
        });
        break;
      }
      default:
        throw new Error(`command ${verb} not in the evaluator's subset`);
    }
  }
  return rows;
}

/** An event as ES stores it for ES|QL with every string a keyword: flattened, arrays as values (deduplicated, sorted). */
export function docOf(event: Record<string, unknown>): Row {
  const flat: Record<string, (string | number | boolean)[]> = {};
  const walk = (node: unknown, path: string) => {
    if (node === null || node === undefined) return;
    if (Array.isArray(node)) for (const x of node) walk(x, path);
    else if (typeof node === "object") for (const [k, v] of Object.entries(node)) walk(v, path ? `${path}.${k}` : k);
    else (flat[path] ??= []).push(String(node));
  };
  walk(event, "");
  const out: Row = {};
  for (const [k, vs] of Object.entries(flat)) out[k] = cellOf([...new Set(vs)].sort() as string[]);
  return out;
}
