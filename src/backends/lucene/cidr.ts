/**
 * IP networks as exact regular expressions over the text of an address, for keyword-mapped
 * fields (a keyword field has no CIDR semantics; an `ip` field does): IPv4 dotted quads below,
 * IPv6 spellings further down.
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
    const parts = v4[2]!.split(".");
    const o = parts.map(Number);
    // Leading zeros are refused, as the matcher and the Sigma front-end refuse them (`04` may mean octal).
    if (o.some((x) => x > 255) || parts.some((p) => p.length > 1 && p.startsWith("0"))) return undefined;
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
/** Elasticsearch's default `index.max_regex_length`: longer regexp queries are refused unless raised. */
export const ES_MAX_REGEX_LENGTH = 1000;

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

/*
 * IPv6 networks as exact regexps over address text, for keyword fields. One address has many
 * spellings (RFC 4291 section 2.2): 8 groups of 1-4 hex digits in either case with optional
 * leading zeros, at most one `::` standing for one or more zero groups, and an optional dotted
 * IPv4 tail for the last 32 bits. The regexp is the union of every layout (where `::` sits, with
 * or without the IPv4 tail) with each group limited to the values the prefix allows.
 */

const HEX = "0123456789abcdef";

/** One hex digit class for digit values lo..hi, both cases (`[a-fA-F]`-style). */
function hexDigitClass(lo: number, hi: number): string {
  if (lo === 0 && hi === 15) return "[0-9a-fA-F]";
  const parts: string[] = [];
  const digits = [lo, Math.min(hi, 9)];
  if (digits[0]! <= digits[1]!) parts.push(digits[0] === digits[1] ? String(digits[0]) : `${digits[0]}-${digits[1]}`);
  const letters = [Math.max(lo, 10), hi];
  if (letters[0]! <= letters[1]!) {
    const a = HEX[letters[0]!]!;
    const b = HEX[letters[1]!]!;
    parts.push(a === b ? `${a}${a.toUpperCase()}` : `${a}-${b}${a.toUpperCase()}-${b.toUpperCase()}`);
  }
  const body = parts.join("");
  return /^[0-9]$/.test(body) ? body : `[${body}]`;
}

/** Regexps for the fixed-width hex strings (leading zeros included) of the values lo..hi. */
function hexFixedRange(lo: number, hi: number, width: number): string[] {
  if (width === 1) return [hexDigitClass(lo, hi)];
  const size = 16 ** (width - 1);
  const a = Math.floor(lo / size);
  const b = Math.floor(hi / size);
  const rest = (x: number, y: number) => hexFixedRange(x, y, width - 1);
  if (a === b) return rest(lo % size, hi % size).map((r) => hexDigitClass(a, a) + r);
  const out: string[] = [];
  out.push(...rest(lo % size, size - 1).map((r) => hexDigitClass(a, a) + r));
  if (a + 1 <= b - 1) out.push(hexDigitClass(a + 1, b - 1) + `[0-9a-fA-F]{${width - 1}}`);
  out.push(...rest(0, hi % size).map((r) => hexDigitClass(b, b) + r));
  return out;
}

/** A regexp for the texts (1-4 hex digits, leading zeros optional) of the 16-bit values lo..hi. */
function hexGroupRegexp(lo: number, hi: number): string {
  if (lo === 0 && hi === 0xffff) return "[0-9a-fA-F]{1,4}";
  const alts: string[] = [];
  for (let width = 1; width <= 4; width++) {
    const max = 16 ** width - 1;
    if (lo > max) continue;
    alts.push(...hexFixedRange(lo, Math.min(hi, max), width));
  }
  return alts.length === 1 ? alts[0]! : "(" + alts.join("|") + ")";
}

/** Regexps already built, by network: rule sets repeat the same few (fe80::/10, fc00::/7, ::1/128). */
const IPV6_REGEXPS = new Map<string, string | undefined>();

/** An anchored regexp matching exactly the textual forms of the addresses in an IPv6 network. */
export function ipv6NetworkRegexp(cidr: ParsedCidr): string | undefined {
  const key = `${cidr.address}/${cidr.prefix}`;
  if (IPV6_REGEXPS.has(key)) return IPV6_REGEXPS.get(key);
  const re = buildIpv6NetworkRegexp(cidr);
  if (IPV6_REGEXPS.size >= 256) IPV6_REGEXPS.clear();
  IPV6_REGEXPS.set(key, re);
  return re;
}

function buildIpv6NetworkRegexp(cidr: ParsedCidr): string | undefined {
  const g = ipv6Groups(cidr.address);
  if (!g) return undefined;
  const lo: number[] = [];
  const hi: number[] = [];
  for (let k = 0; k < 8; k++) {
    const bits = Math.max(0, Math.min(16, cidr.prefix - 16 * k));
    const mask = bits === 0 ? 0 : (0xffff << (16 - bits)) & 0xffff;
    lo.push(g[k]! & mask);
    hi.push((g[k]! & mask) | (~mask & 0xffff));
  }
  const group = (k: number) => hexGroupRegexp(lo[k]!, hi[k]!);
  const free = (k: number) => lo[k] === 0 && hi[k] === 0xffff;
  // Groups from..to-1 joined by `:`; a run of unconstrained groups is one counted repetition.
  const run = (from: number, to: number) => {
    const parts: string[] = [];
    for (let k = from; k < to; ) {
      let n = 0;
      while (k + n < to && free(k + n)) n++;
      if (n > 1) {
        parts.push(`[0-9a-fA-F]{1,4}(\\:[0-9a-fA-F]{1,4}){${n - 1}}`);
        k += n;
      } else parts.push(group(k++));
    }
    return parts.join("\\:");
  };
  const zeroOk = (from: number, to: number) => lo.slice(from, to).every((x) => x === 0);
  const v4Tail = ipv4NetworkRegexp({
    version: 4,
    address: `${g[6]! >> 8}.${g[6]! & 0xff}.${g[7]! >> 8}.${g[7]! & 0xff}`,
    prefix: Math.max(0, Math.min(32, cidr.prefix - 96)),
  });
  const forms: string[] = [];
  // Hex groups only, and hex groups then an IPv4 tail for groups 6-7 (`groups` hex groups in all).
  for (const [groups, tail] of [[8, ""], [6, v4Tail]] as const) {
    const end = (text: string) => (tail ? (text === "" || text.endsWith("\\:\\:") ? text : text + "\\:") + tail : text);
    forms.push(end(run(0, groups)));
    for (let i = 0; i < groups; i++) {
      for (let j = 0; i + j < groups; j++) {
        if (!zeroOk(i, groups - j)) continue; // the groups `::` stands for must be allowed to be 0
        forms.push(end(run(0, i) + "\\:\\:" + run(groups - j, groups)));
      }
    }
  }
  return "(" + forms.join("|") + ")";
}
