import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { cidr, field } from "../../src/ast/builders.js";
import { compileMatcher } from "../../src/backends/matcher/index.js";
import { rcParseV6 } from "../../src/backends/matcher/runtime.js";
import { isIPv6 } from "../../src/portable/ip.js";
import { ruleOf } from "./helpers.js";

// ---------------------------------------------------------------------------------
// An independent reference: validity from the RFC 3986 §3.2.2 `IPv6address` ABNF (the
// grammar form of RFC 4291 §2.2), value as one 128-bit BigInt built from bit widths.

const H16 = "[0-9a-fA-F]{1,4}";
const DEC_OCTET = "(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])";
const IPV4 = `${DEC_OCTET}(?:\\.${DEC_OCTET}){3}`;
const LS32 = `(?:${H16}:${H16}|${IPV4})`;
const upTo = (n: number) => (n < 0 ? "" : `(?:(?:${H16}:){0,${n}}${H16})?`);
const IPV6_ABNF = new RegExp(
  "^(?:" +
    [
      `(?:${H16}:){6}${LS32}`,
      `::(?:${H16}:){5}${LS32}`,
      `${upTo(0)}::(?:${H16}:){4}${LS32}`,
      `${upTo(1)}::(?:${H16}:){3}${LS32}`,
      `${upTo(2)}::(?:${H16}:){2}${LS32}`,
      `${upTo(3)}::${H16}:${LS32}`,
      `${upTo(4)}::${LS32}`,
      `${upTo(5)}::${H16}`,
      `${upTo(6)}::`,
    ].join("|") +
    ")$",
);

/** The 128-bit value of a valid spelling: each piece shifted in by its width (16 bits, 32 for IPv4). */
function referenceValue(text: string): bigint {
  const piecesValue = (run: string): [bigint, number] => {
    let v = 0n;
    let bits = 0;
    for (const p of run === "" ? [] : run.split(":")) {
      if (p.includes(".")) {
        for (const o of p.split(".")) v = (v << 8n) | BigInt(Number(o));
        bits += 32;
      } else {
        v = (v << 16n) | BigInt("0x" + p);
        bits += 16;
      }
    }
    return [v, bits];
  };
  const dbl = text.indexOf("::");
  if (dbl < 0) return piecesValue(text)[0];
  const [high, highBits] = piecesValue(text.slice(0, dbl));
  const [low] = piecesValue(text.slice(dbl + 2));
  return (high << BigInt(128 - highBits)) | low;
}

const asBigInt = (groups: readonly number[]): bigint => groups.reduce((v, g) => (v << 16n) | BigInt(g), 0n);

// ---------------------------------------------------------------------------------
// Valid spellings of an address: any run of zero groups compressed, mixed case,
// zero-padded groups, and an IPv4 tail for the last 32 bits.

interface Spelling {
  readonly text: string;
  readonly groups: readonly number[];
}

const group = fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.constant(0xffff) }, { weight: 4, arbitrary: fc.integer({ min: 0, max: 0xffff }) });

const spelling: fc.Arbitrary<Spelling> = fc
  .record({
    groups: fc.array(group, { minLength: 8, maxLength: 8 }),
    v4Tail: fc.boolean(),
    runPick: fc.nat(),
    compress: fc.boolean(),
    cases: fc.array(fc.boolean(), { minLength: 32, maxLength: 32 }),
    pads: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 8, maxLength: 8 }),
  })
  .map(({ groups, v4Tail, runPick, compress, cases, pads }) => {
    const hexCount = v4Tail ? 6 : 8;
    const pieces = groups.slice(0, hexCount).map((g, i) => {
      let h = g.toString(16);
      h = "0".repeat(Math.min(pads[i]!, 4 - h.length)) + h;
      return [...h].map((c, j) => (cases[(i * 4 + j) % 32] ? c.toUpperCase() : c)).join("");
    });
    if (v4Tail) pieces.push([groups[6]! >> 8, groups[6]! & 0xff, groups[7]! >> 8, groups[7]! & 0xff].join("."));
    // Every run of zero groups among the hex groups ([start, end)), any length >= 1.
    const runs: [number, number][] = [];
    for (let s = 0; s < hexCount; s++) for (let e = s + 1; e <= hexCount && groups[e - 1] === 0; e++) runs.push([s, e]);
    if (!compress || runs.length === 0) return { text: pieces.join(":"), groups };
    const [s, e] = runs[runPick % runs.length]!;
    return { text: pieces.slice(0, s).join(":") + "::" + pieces.slice(e).join(":"), groups };
  });

/** Single-character edits of a valid spelling: mostly invalid, some still valid. */
const mutated: fc.Arbitrary<string> = fc
  .record({ base: spelling, at: fc.nat(), op: fc.integer({ min: 0, max: 2 }), ch: fc.constantFrom(..."0fF9g:.%1 -") })
  .map(({ base, at, op, ch }) => {
    const t = base.text;
    const i = at % (t.length + 1);
    if (op === 0) return t.slice(0, i) + ch + t.slice(i);
    if (op === 1) return t.slice(0, i) + t.slice(i + 1);
    return t.slice(0, i) + ch + t.slice(i + 1);
  });

describe("rcParseV6 (matcher runtime IPv6 parser)", () => {
  it("reference sanity: the ABNF and the BigInt reference on known spellings", () => {
    expect(IPV6_ABNF.test("::ffff:10.1.2.3")).toBe(true);
    expect(IPV6_ABNF.test("1:2:3:4:5:6:7:1.2.3.4")).toBe(false);
    expect(referenceValue("::ffff:10.1.2.3")).toBe(0xffff0a010203n);
    expect(referenceValue("1::")).toBe(1n << 112n);
  });

  it("reads an IPv4-mapped address with the ffff group kept", () => {
    expect(rcParseV6("::ffff:10.1.2.3")).toEqual([0, 0, 0, 0, 0, 0xffff, 0x0a01, 0x0203]);
    expect(rcParseV6("::FFFF:192.168.1.7")).toEqual([0, 0, 0, 0, 0, 0xffff, 0xc0a8, 0x0107]);
    expect(rcParseV6("0:0:0:0:0:ffff:10.1.2.3")).toEqual([0, 0, 0, 0, 0, 0xffff, 0x0a01, 0x0203]);
    expect(rcParseV6("64:ff9b::10.1.2.3")).toEqual([0x64, 0xff9b, 0, 0, 0, 0, 0x0a01, 0x0203]);
  });

  it("reads IPv4 tails after 6 groups and right after ::", () => {
    expect(rcParseV6("1:2:3:4:5:6:1.2.3.4")).toEqual([1, 2, 3, 4, 5, 6, 0x0102, 0x0304]);
    expect(rcParseV6("::1.2.3.4")).toEqual([0, 0, 0, 0, 0, 0, 0x0102, 0x0304]);
    expect(rcParseV6("1:2:3:4:5::1.2.3.4")).toEqual([1, 2, 3, 4, 5, 0, 0x0102, 0x0304]);
    expect(rcParseV6("::0.0.0.0")).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it("reads ::, ::1, 1::, full and zero-padded forms", () => {
    expect(rcParseV6("::")).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(rcParseV6("::1")).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
    expect(rcParseV6("1::")).toEqual([1, 0, 0, 0, 0, 0, 0, 0]);
    expect(rcParseV6("1:2:3:4:5:6:7::")).toEqual([1, 2, 3, 4, 5, 6, 7, 0]);
    expect(rcParseV6("::2:3:4:5:6:7:8")).toEqual([0, 2, 3, 4, 5, 6, 7, 8]);
    expect(rcParseV6("1:2:3:4:5:6:7:8")).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(rcParseV6("FE80:0000:0000:0000:0000:0000:0000:00aB")).toEqual([0xfe80, 0, 0, 0, 0, 0, 0, 0xab]);
  });

  it.each([
    ["too many groups", "1:2:3:4:5:6:7:8:9"],
    ["too few groups", "1:2:3:4:5:6:7"],
    [":: standing for no group", "1:2:3:4::5:6:7:8"],
    ["two ::", "1::2::3"],
    ["three colons", "1:::2"],
    ["leading single colon", ":1:2:3:4:5:6:7"],
    ["trailing single colon", "1:2:3:4:5:6:7:"],
    ["IPv4 tail after 7 groups", "1:2:3:4:5:6:7:1.2.3.4"],
    ["IPv4 tail with :: and 6 groups", "1::2:3:4:5:6:1.2.3.4"],
    ["IPv4 before ::", "1.2.3.4::"],
    ["IPv4 not last", "::1.2.3.4:1"],
    ["IPv4 in the middle", "1:2:3:1.2.3.4:5:6:7"],
    ["IPv4 alone", "1.2.3.4"],
    ["IPv4 octet > 255", "::ffff:256.1.2.3"],
    ["IPv4 leading zero (as rcParseV4)", "::ffff:10.01.2.3"],
    ["IPv4 with 3 octets", "::ffff:1.2.3"],
    ["IPv4 with 5 octets", "::ffff:1.2.3.4.5"],
    ["bad hex", "g::1"],
    ["5-digit group", "12345::"],
    ["empty group text", ""],
    ["single colon", ":"],
    ["zone id", "fe80::1%eth0"],
    ["space", " ::1"],
    ["sign", "-1::"],
    ["prefix", "::1/128"],
  ])("rejects %s: %j", (_what, text) => {
    expect(rcParseV6(text)).toBeUndefined();
  });

  it("property: every valid spelling of a random address parses to its 128 bits (and agrees with the reference)", () => {
    fc.assert(
      fc.property(spelling, ({ text, groups }) => {
        expect(IPV6_ABNF.test(text), text).toBe(true);
        const parsed = rcParseV6(text);
        expect(parsed, text).toEqual(groups);
        expect(asBigInt(parsed!), text).toBe(referenceValue(text));
      }),
      { numRuns: 3000 },
    );
  });

  it("property: on edited spellings the parser accepts exactly what the RFC grammar accepts", () => {
    fc.assert(
      fc.property(mutated, (text) => {
        const valid = IPV6_ABNF.test(text);
        const parsed = rcParseV6(text);
        expect(parsed !== undefined, text).toBe(valid);
        if (valid) expect(asBigInt(parsed!), text).toBe(referenceValue(text));
      }),
      { numRuns: 5000 },
    );
  });

  it("property: src/portable/ip.ts isIPv6 agrees with the parser (zone ids aside, which only it accepts, as node:net does)", () => {
    fc.assert(
      fc.property(fc.oneof(spelling.map((s) => s.text), mutated), (text) => {
        const accepted = rcParseV6(text) !== undefined;
        if (text.includes("%")) expect(accepted, text).toBe(false);
        else expect(isIPv6(text), text).toBe(accepted);
      }),
      { numRuns: 5000 },
    );
  });
});

describe("matcher cidr on IPv4-mapped and IPv4-tailed addresses", () => {
  const m = (network: string) => compileMatcher(ruleOf(cidr(field("ip"), network)));

  it("::ffff:0:0/96 holds every IPv4-mapped spelling, and nothing outside it", () => {
    const net = m("::ffff:0:0/96");
    for (const ip of ["::ffff:10.1.2.3", "::FFFF:192.168.1.7", "0:0:0:0:0:ffff:0.0.0.0", "::ffff:a01:203", "0::ffff:255.255.255.255"]) {
      expect(net.match({ ip }), ip).toBe(true);
    }
    // Before the fix `::ffff:10.1.2.3` read as `::10.1.2.3`, which is in ::/96, not here.
    for (const ip of ["::10.1.2.3", "::fffe:10.1.2.3", "64:ff9b::10.1.2.3", "10.1.2.3", "::ffff:10.01.2.3"]) {
      expect(net.match({ ip }), ip).toBe(false);
    }
    expect(m("::/96").match({ ip: "::ffff:10.1.2.3" })).toBe(false);
    expect(m("::/96").match({ ip: "::10.1.2.3" })).toBe(true);
  });

  it("a mapped network written with an IPv4 tail selects by the IPv4 bits", () => {
    const net = m("::ffff:10.0.0.0/104");
    expect(net.match({ ip: "::ffff:10.255.0.1" })).toBe(true);
    expect(net.match({ ip: "0:0:0:0:0:FFFF:0A00:0001" })).toBe(true);
    expect(net.match({ ip: "::ffff:11.0.0.1" })).toBe(false);
    expect(net.match({ ip: "::10.0.0.1" })).toBe(false);
    // IPv4 text stays IPv4: an IPv6 network does not match it (AST Cidr semantics).
    expect(net.match({ ip: "10.0.0.1" })).toBe(false);
    const exact = m("::ffff:192.168.1.7");
    expect(exact.match({ ip: "::ffff:c0a8:107" })).toBe(true);
    expect(exact.match({ ip: "::ffff:192.168.1.8" })).toBe(false);
  });

  it("an IPv4 tail after six groups lands in the last 32 bits", () => {
    expect(m("1:2:3:4:5:6::/96").match({ ip: "1:2:3:4:5:6:1.2.3.4" })).toBe(true);
    expect(m("1:2:3:4:5:6:102:300/120").match({ ip: "1:2:3:4:5:6:1.2.3.4" })).toBe(true);
    expect(m("1:2:3:4:5:6:102:400/120").match({ ip: "1:2:3:4:5:6:1.2.3.4" })).toBe(false);
    expect(m("1:2:3:4:5:6::/96").match({ ip: "1:2:3:4:5:6:7:1.2.3.4" })).toBe(false);
  });
});
