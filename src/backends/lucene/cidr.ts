/**
 * IPv4 networks as exact regular expressions over the dotted-quad text of an address, for
 * keyword-mapped fields (a keyword field has no CIDR semantics; an `ip` field does).
 * Octets are written without leading zeros, as every IP formatter (and Elasticsearch's
 * `ip` type) prints them.
 */

export interface ParsedCidr {
  readonly version: 4 | 6;
  readonly address: string;
  readonly prefix: number;
}

/** Parses `a.b.c.d/n` or an IPv6 `x::y/n`; `undefined` when it is not a network. */
export function parseCidr(text: string): ParsedCidr | undefined {
  const m = /^([^/]+)(?:\/(\d{1,3}))?$/.exec(text.trim());
  if (!m) return undefined;
  const address = m[1]!;
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(address)) {
    if (address.split(".").some((o) => Number(o) > 255)) return undefined;
    const prefix = m[2] === undefined ? 32 : Number(m[2]);
    return prefix <= 32 ? { version: 4, address, prefix } : undefined;
  }
  if (address.includes(":") && /^[0-9a-fA-F:.]+$/.test(address)) {
    const prefix = m[2] === undefined ? 128 : Number(m[2]);
    return prefix <= 128 ? { version: 6, address, prefix } : undefined;
  }
  return undefined;
}

/** A regex (Lucene and ES|QL RLIKE syntax: anchored, `\.` literal dot) for the integers lo..hi without leading zeros. */
export function decimalRangeRegexp(lo: number, hi: number): string {
  const alts: string[] = [];
  for (const [a, b] of splitByLength(lo, hi)) alts.push(...sameLengthRange(String(a), String(b)));
  return alts.length === 1 ? alts[0]! : "(" + alts.join("|") + ")";
}

function splitByLength(lo: number, hi: number): [number, number][] {
  const out: [number, number][] = [];
  let a = lo;
  while (a <= hi) {
    const len = String(a).length;
    const maxOfLen = 10 ** len - 1;
    const b = Math.min(hi, maxOfLen);
    out.push([a, b]);
    a = b + 1;
  }
  return out;
}

/** Regexes for all numbers between two decimal strings of the same length. */
function sameLengthRange(a: string, b: string): string[] {
  if (a.length === 0) return [""];
  if (a === b) return [a];
  const digitClass = (x: string, y: string) => (x === y ? x : `[${x}-${y}]`);
  if (a.length === 1) return [digitClass(a, b)];
  const restLen = a.length - 1;
  const lowRest = "0".repeat(restLen);
  const highRest = "9".repeat(restLen);
  if (a[0] === b[0]) return sameLengthRange(a.slice(1), b.slice(1)).map((r) => a[0] + r);
  const out: string[] = [];
  // a[0] followed by a.slice(1)..99..9
  out.push(...sameLengthRange(a.slice(1), highRest).map((r) => a[0] + r));
  const midLo = Number(a[0]) + 1;
  const midHi = Number(b[0]) - 1;
  if (midLo <= midHi) out.push(digitClass(String(midLo), String(midHi)) + `[0-9]{${restLen}}`);
  out.push(...sameLengthRange(lowRest, b.slice(1)).map((r) => b[0] + r));
  return out.map((r) => r.replace(/\[0-9\]\{1\}/g, "[0-9]"));
}

/** An anchored regexp matching exactly the dotted-quad texts of the addresses in an IPv4 network. */
export function ipv4NetworkRegexp(cidr: ParsedCidr): string {
  const octets = cidr.address.split(".").map(Number);
  const parts: string[] = [];
  let bits = cidr.prefix;
  for (let i = 0; i < 4; i++) {
    const take = Math.max(0, Math.min(8, bits));
    bits -= take;
    const mask = take === 0 ? 0 : (0xff << (8 - take)) & 0xff;
    const lo = octets[i]! & mask;
    const hi = lo | (~mask & 0xff);
    parts.push(decimalRangeRegexp(lo, hi));
  }
  return parts.join("\\.");
}
