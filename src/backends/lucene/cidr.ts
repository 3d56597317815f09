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

/** The 8 16-bit groups of an IPv6 address text (`::` compression and an IPv4 tail allowed). */
export function ipv6Groups(text: string): number[] | undefined {
  let head = text;
  const tail: number[] = [];
  const v4 = /^(.*:)(\d{1,3}(?:\.\d{1,3}){3})$/.exec(text);
  if (v4) {
    const o = v4[2]!.split(".").map(Number);
    if (o.some((x) => x > 255)) return undefined;
    head = v4[1]!.endsWith("::") ? v4[1]! : v4[1]!.slice(0, -1);
    tail.push((o[0]! << 8) | o[1]!, (o[2]! << 8) | o[3]!);
  }
  const parse = (s: string) => (s === "" ? [] : s.split(":").map((g) => (/^[0-9a-fA-F]{1,4}$/.test(g) ? parseInt(g, 16) : NaN)));
  const want = 8 - tail.length;
  let groups: number[];
  const dbl = head.indexOf("::");
  if (dbl >= 0) {
    if (head.indexOf("::", dbl + 1) >= 0) return undefined;
    const l = parse(head.slice(0, dbl));
    const r = parse(head.slice(dbl + 2));
    if (l.length + r.length >= want) return undefined;
    groups = [...l, ...new Array<number>(want - l.length - r.length).fill(0), ...r];
  } else groups = parse(head);
  groups.push(...tail);
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : undefined;
}

/**
 * `::ffff:0:0/96` as Elasticsearch's `ip` type reads it: every IPv4 address. Written as IPv4
 * because ES parses `::ffff:...` to a (4-byte) IPv4 address, where a /96 prefix is invalid.
 */
export const MAPPED_IPV4_NETWORK = "0.0.0.0/0";

/**
 * A CIDR on an `ip` field. Elasticsearch stores an IPv4 address as IPv4-mapped IPv6
 * (`::ffff:a.b.c.d`), so `10.1.2.3` and `::ffff:10.1.2.3` are the same 16 bytes, while the AST
 * (like Python's `ipaddress`) keeps the families apart. An IPv6 network that contains the mapped
 * range excludes it (else every IPv4 value would match, e.g. `::/0`); the rest cannot be told
 * apart in the index, and `caveat` says what differs (for a `backend/approximation` warning).
 */
export function ipFieldCidr(cidr: ParsedCidr, text: string): { network: string; exclude?: string; caveat?: string } {
  const overlap = mappedIpv4Overlap(cidr);
  if (overlap === "none") return { network: text };
  if (overlap === "contains") return { network: text, exclude: MAPPED_IPV4_NETWORK, caveat: `values written as IPv4-mapped IPv6 (::ffff:a.b.c.d) are not matched: the ip type stores them as IPv4, which ${text} excludes` };
  if (cidr.version === 4) return { network: text, caveat: `values written as IPv4-mapped IPv6 (::ffff:a.b.c.d) inside ${text} also match: the ip type stores them as IPv4` };
  // Inside ::ffff:0:0/96: ES reads the address as IPv4, so the network is written as its IPv4 equivalent.
  const g = ipv6Groups(cidr.address)!;
  const v4 = `${g[6]! >> 8}.${g[6]! & 0xff}.${g[7]! >> 8}.${g[7]! & 0xff}/${cidr.prefix - 96}`;
  return { network: v4, caveat: `IPv4 values inside ${text} also match: the ip type stores IPv4 as IPv4-mapped IPv6` };
}

/** How a network overlaps `::ffff:0:0/96`, where Elasticsearch's `ip` type stores every IPv4 address. */
export function mappedIpv4Overlap(cidr: ParsedCidr): "none" | "inside" | "contains" {
  if (cidr.version === 4) return "inside";
  const g = ipv6Groups(cidr.address);
  if (!g) return "none";
  const mapped = [0, 0, 0, 0, 0, 0xffff];
  const bits = Math.min(cidr.prefix, 96);
  for (let i = 0; i * 16 < bits; i++) {
    const take = Math.min(16, bits - i * 16);
    const mask = (0xffff << (16 - take)) & 0xffff;
    if ((g[i]! & mask) !== (mapped[i]! & mask)) return "none";
  }
  return cidr.prefix >= 96 ? "inside" : "contains";
}
