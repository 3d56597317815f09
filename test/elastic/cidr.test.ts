import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cidr, field } from "../../src/ast/builders.js";
import type { Expr } from "../../src/ast/expr.js";
import { parseRuleText } from "../../src/api/load.js";
import { dslOfExpr } from "../../src/backends/dsl/index.js";
import { luceneOfExpr } from "../../src/backends/lucene/index.js";
import { ipv6Groups } from "../../src/backends/lucene/cidr.js";
import { compileMatcher } from "../../src/backends/matcher/index.js";
import { rcParseV6 } from "../../src/backends/matcher/runtime.js";
import { RuleError, type Diagnostic } from "../../src/diagnostics/index.js";
import { PROJECT_ROOT } from "./helpers.js";
import { harnessUnavailable, runHarness, type FlatDoc, type HarnessQuery } from "./lucene-harness.js";

/*
 * CIDR on Elasticsearch: keyword fields get an exact regexp over IPv4 text; fields declared `ip`
 * (ipFields / --ip-field) get a CIDR term, which ES's `ip` type answers on 16-byte addresses
 * (IpFieldMapper: `addr/len` -> InetAddressPoint.newPrefixQuery). Both are run on real Lucene
 * and compared with the matcher (the AST's meaning: the value is an address inside the network).
 */

const BASE = parseRuleText("title: t\nlogsource: { product: p }\ndetection: { sel: { x: 1 }, condition: sel }\n", { format: "sigma" }).rules[0]!;

function matcherHits(e: Expr, values: readonly string[], path: string): number[] {
  const m = compileMatcher({ ...BASE, filter: e, pipeline: [] });
  return values.flatMap((v, i) => (m.match({ [path]: v }) ? [i] : []));
}

const IPV4 = [
  "0.0.0.0", "9.255.255.255", "10.0.0.0", "10.0.0.1", "10.1.2.3", "10.127.255.255", "10.128.0.0", "10.255.255.255", "11.0.0.0",
  "100.64.0.1", "172.15.255.255", "172.16.0.0", "172.31.255.255", "172.32.0.0", "192.168.0.1", "192.168.1.255", "192.168.2.0",
  "199.1.2.3", "200.0.0.0", "249.0.0.1", "250.0.0.1", "255.255.255.255", "1.2.3.4", "10.0.0.10", "10.0.0.100",
];
const NETWORKS_V4 = ["0.0.0.0/0", "10.0.0.0/8", "10.0.0.0/9", "10.128.0.0/9", "172.16.0.0/12", "192.168.0.0/16", "192.168.1.0/24", "10.0.0.0/31", "10.0.0.1/32", "200.0.0.0/5", "192.168.1.128/25", "10.0.0.0/28"];

describe.skipIf(harnessUnavailable !== undefined)(`CIDR on real Lucene${harnessUnavailable ? ` (skipped: ${harnessUnavailable})` : ""}`, () => {
  it("keyword fields: the IPv4 regexp selects exactly the matcher's addresses (Lucene and DSL)", () => {
    const docs: FlatDoc[] = IPV4.map((v) => ({ k: { ip: [v] }, n: {} }));
    const queries: HarnessQuery[] = NETWORKS_V4.flatMap((net) => [
      { id: `l ${net}`, lucene: luceneOfExpr(cidr(field("ip"), net)) },
      { id: `d ${net}`, dsl: dslOfExpr(cidr(field("ip"), net)) },
    ]);
    const results = runHarness(docs, queries);
    for (const net of NETWORKS_V4) {
      const expected = matcherHits(cidr(field("ip"), net), IPV4, "ip");
      expect(results.get(`l ${net}`), net).toEqual({ hits: expected });
      expect(results.get(`d ${net}`), net).toEqual({ hits: expected });
    }
  });

  it("ip fields (ipFields): CIDR terms are exact for every IPv6 spelling; the IPv4/mapped overlap is warned (Lucene and DSL)", () => {
    const addresses = [
      "fe80::1", "FE80::1", "fe80:0:0:0:0:0:0:1", "fe80:0000:0000:0000:0000:0000:0000:0001", "febf:ffff::", "fec0::1", "fe7f::ffff",
      "2001:db8::", "2001:DB8:0:0:1::1", "2001:0db8:ffff:ffff:ffff:ffff:ffff:ffff", "2001:db9::1", "::1", "::",
      "::ffff:10.1.2.3", "10.1.2.3", "11.0.0.1", "192.168.1.7", "::ffff:192.168.1.7", "64:ff9b::10.1.2.3",
    ];
    const networks = ["fe80::/10", "2001:db8::/32", "2001:db8::/48", "::/0", "::/64", "::1/128", "10.0.0.0/8", "192.168.1.0/24", "fe80::1/128", "64:ff9b::/96", "::ffff:10.0.0.0/104"];
    const docs: FlatDoc[] = addresses.map((v) => ({ k: {}, n: {}, ip: { "source.ip": [v] } }));
    const opts = { ipFields: ["source.ip"] };
    const warned = new Set<string>();
    const queries: HarnessQuery[] = networks.flatMap((net) => {
      const ds: Diagnostic[] = [];
      const out: HarnessQuery[] = [
        { id: `l ${net}`, lucene: luceneOfExpr(cidr(field("source.ip"), net), { ...opts, diagnostics: ds }) },
        { id: `d ${net}`, dsl: dslOfExpr(cidr(field("source.ip"), net), { ...opts, diagnostics: ds }) },
      ];
      if (ds.length) warned.add(net);
      expect(ds.every((d) => d.code === "backend/approximation")).toBe(true);
      return out;
    });
    expect(luceneOfExpr(cidr(field("source.ip"), "fe80::/10"), opts)).toBe('source.ip:"fe80::/10"');
    expect(dslOfExpr(cidr(field("source.ip"), "fe80::/10"), opts)).toEqual({ term: { "source.ip": { value: "fe80::/10" } } });
    expect(luceneOfExpr(cidr(field("source.ip"), "::/0"), opts)).toBe('(source.ip:"::/0" AND NOT source.ip:"0.0.0.0/0")'); // ES reads IPv4 as ::ffff:0:0/96
    const results = runHarness(docs, queries, ["source.ip"]);
    // ES's ip type stores 10.1.2.3 and ::ffff:10.1.2.3 as the same 16 bytes; the AST keeps the
    // families apart. Only addresses ES stores as IPv4 (plain or mapped spelling) can differ, and
    // only for networks that carry a backend/approximation warning; everything else is exact.
    const storedAsIpv4 = new Set(addresses.flatMap((a, i) => (/^(::ffff:)?\d+\.\d+\.\d+\.\d+$/i.test(a) ? [i] : [])));
    const differences: string[] = [];
    for (const net of networks) {
      const expected = matcherHits(cidr(field("source.ip"), net), addresses, "source.ip");
      for (const kind of ["l", "d"]) {
        const got = results.get(`${kind} ${net}`) as { hits: number[] };
        expect(got.hits, `${kind} ${net}`).toBeDefined();
        const plain = (xs: number[]) => (warned.has(net) ? xs.filter((i) => !storedAsIpv4.has(i)) : xs);
        if (JSON.stringify(plain(got.hits)) !== JSON.stringify(plain(expected))) differences.push(`${kind} ${net}: ${JSON.stringify(got)} vs matcher ${JSON.stringify(expected)}`);
        if (JSON.stringify(got.hits) !== JSON.stringify(expected)) expect(warned.has(net), `${net} differs on a mapped spelling without a warning`).toBe(true);
      }
    }
    expect(differences).toEqual([]);
    expect([...warned].sort()).toEqual(["10.0.0.0/8", "192.168.1.0/24", "::/0", "::/64", "::ffff:10.0.0.0/104"].sort());
  });
});

describe.skipIf(harnessUnavailable !== undefined)(`IPv6 CIDR on keyword fields, real Lucene${harnessUnavailable ? ` (skipped: ${harnessUnavailable})` : ""}`, () => {
  /** Spellings of one address: leading zeros or not, either case, `::` wherever zeros allow, an IPv4 tail. */
  function spellings(g: readonly number[]): { text: string; v4Tail: boolean }[] {
    const out = new Map<string, boolean>();
    for (const pad of [1, 4]) for (const upper of [false, true]) {
      const gs = g.map((v) => (upper ? v.toString(16).toUpperCase() : v.toString(16)).padStart(pad, "0"));
      out.set(gs.join(":"), false);
      for (let i = 0; i < 8; i++) for (let j = 0; i + j < 8; j++) if (g.slice(i, 8 - j).every((x) => x === 0)) out.set(`${gs.slice(0, i).join(":")}::${gs.slice(8 - j).join(":")}`, false);
      const v4 = `${g[6]! >> 8}.${g[6]! & 255}.${g[7]! >> 8}.${g[7]! & 255}`;
      out.set(`${gs.slice(0, 6).join(":")}:${v4}`, true);
      for (let i = 0; i < 6; i++) for (let j = 0; i + j < 6; j++) if (g.slice(i, 6 - j).every((x) => x === 0)) out.set(`${gs.slice(0, i).join(":")}::${gs.slice(6 - j, 6).join(":")}${j ? ":" : ""}${v4}`, true);
    }
    return [...out].map(([text, v4Tail]) => ({ text, v4Tail }));
  }
  const groups = (text: string) => text.split(":").map((h) => parseInt(h, 16)); // full 8-group form only
  const inside = (a: readonly number[], net: readonly number[], prefix: number) => {
    for (let k = 0, left = prefix; k < 8 && left > 0; k++, left -= 16) {
      const mask = (0xffff << (16 - Math.min(16, left))) & 0xffff;
      if ((a[k]! & mask) !== (net[k]! & mask)) return false;
    }
    return true;
  };

  it("the regexp selects exactly the addresses in the network, in every spelling (Lucene and DSL; matcher on hex spellings)", () => {
    // Network, its 8 groups, and addresses near its edges.
    const cases: [string, string, string[]][] = [
      ["fe80::/10", "fe80:0:0:0:0:0:0:0", ["fe80:0:0:0:0:0:0:1", "febf:ffff:0:0:0:0:0:ffff", "fec0:0:0:0:0:0:0:0", "fe7f:ffff:ffff:ffff:ffff:ffff:ffff:ffff"]],
      ["2001:db8::/32", "2001:db8:0:0:0:0:0:0", ["2001:db8:0:0:0:0:0:5", "2001:db8:ffff:1:0:0:0:0", "2001:db9:0:0:0:0:0:0", "2001:db7:ffff:0:0:0:a:b"]],
      ["::1/128", "0:0:0:0:0:0:0:1", ["0:0:0:0:0:0:0:1", "0:0:0:0:0:0:0:0", "0:0:0:0:0:0:0:2", "1:0:0:0:0:0:0:1"]],
      ["fc00::/7", "fc00:0:0:0:0:0:0:0", ["fd12:3456:0:0:0:0:0:1", "fc00:0:0:0:0:0:0:0", "fe00:0:0:0:0:0:0:0", "fbff:0:0:0:0:0:0:1"]],
      ["::ffff:0:0/96", "0:0:0:0:0:ffff:0:0", ["0:0:0:0:0:ffff:a01:203", "0:0:0:0:0:fffe:a01:203", "0:0:0:0:0:ffff:ffff:ffff"]],
      ["2001:db8::/127", "2001:db8:0:0:0:0:0:0", ["2001:db8:0:0:0:0:0:1", "2001:db8:0:0:0:0:0:2", "2001:db8:0:0:0:0:0:0"]],
      ["::/0", "0:0:0:0:0:0:0:0", ["0:0:0:0:0:0:0:0", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "1:2:3:4:5:6:7:8"]],
    ];
    const values: { text: string; v4Tail: boolean; g: number[] }[] = [];
    for (const [, , addrs] of cases) for (const a of addrs) for (const sp of spellings(groups(a))) values.push({ ...sp, g: groups(a) });
    values.push(...["10.1.2.3", "fe80::1%eth0", "fe80:::1", "1::2::3", "fe80::1.2.3"].map((text) => ({ text, v4Tail: false, g: [] })));
    const docs: FlatDoc[] = values.map((v) => ({ k: { ip: [v.text] }, n: {} }));
    const queries: HarnessQuery[] = cases.flatMap(([net]) => [
      { id: `l ${net}`, lucene: luceneOfExpr(cidr(field("ip"), net)) },
      { id: `d ${net}`, dsl: dslOfExpr(cidr(field("ip"), net)) },
    ]);
    const results = runHarness(docs, queries);
    for (const [net, base] of cases) {
      const prefix = Number(net.split("/")[1]);
      const expected = values.flatMap((v, i) => (v.g.length && inside(v.g, groups(base), prefix) ? [i] : []));
      expect(results.get(`l ${net}`), net).toEqual({ hits: expected });
      expect(results.get(`d ${net}`), net).toEqual({ hits: expected });
      // The matcher agrees on every spelling, IPv4 tails (::ffff:10.1.2.3) included.
      const m = compileMatcher({ ...BASE, filter: cidr(field("ip"), net), pipeline: [] });
      expect(values.flatMap((v, i) => (m.match({ ip: v.text }) ? [i] : [])), net).toEqual(expected);
    }
  });

  it("warns (backend/query-limit) that the regexp exceeds ES's default index.max_regex_length, naming --ip-field", () => {
    const ds: Diagnostic[] = [];
    luceneOfExpr(cidr(field("client.ip"), "fe80::/10"), { diagnostics: ds });
    dslOfExpr(cidr(field("client.ip"), "fe80::/10"), { diagnostics: ds });
    expect(ds.map((d) => [d.code, d.severity])).toEqual([["backend/query-limit", "warning"], ["backend/query-limit", "warning"]]);
    expect(ds[0]!.message).toContain("index.max_regex_length");
    expect(ds[0]!.message).toContain("--ip-field client.ip");
    expect(luceneOfExpr(cidr(field("client.ip"), "10.0.0.0/8"), { ipFields: ["other"] })).toMatch(/^client\.ip:\/10\\\./);
  });
});

describe("CIDR options", () => {
  it("rulecast convert --ip-field and --multivalued-field reach the Elasticsearch targets", () => {
    const dir = mkdtempSync(join(tmpdir(), "rulecast-cidr-"));
    const rule = join(dir, "r.yml");
    writeFileSync(rule, "title: v6\nlogsource: { product: p }\ndetection:\n  sel: { src|cidr: 'fe80::/10' }\n  condition: sel\n");
    const spl = join(dir, "r.spl");
    writeFileSync(spl, "groups=admin | stats count by user\n");
    const cli = (...args: string[]) => spawnSync(join(PROJECT_ROOT, "node_modules/.bin/tsx"), ["src/cli/main.ts", ...args], { cwd: PROJECT_ROOT, encoding: "utf8", timeout: 120_000 });
    const ok = cli("convert", rule, "--to", "lucene", "--ip-field", "src", "dst");
    expect(ok.status).toBe(0);
    expect(ok.stdout.trim()).toBe('src:"fe80::/10"');
    const keyword = cli("convert", rule, "--to", "dsl", "--json");
    expect(keyword.status).toBe(0);
    const record = JSON.parse(keyword.stdout.trim());
    expect(record.diagnostics.map((d: { code: string }) => d.code)).toEqual(["backend/query-limit"]);
    const esql = cli("convert", spl, "--to", "esql", "--multivalued-field", "groups");
    expect(esql.status).toBe(0);
    expect(esql.stdout).toContain("| MV_EXPAND _mv0");
  }, 120_000);
});

describe("ipv6Groups agrees with the matcher's parser on IPv4 tails", () => {
  it("refuses leading zeros in the IPv4 part, as rcParseV6 does", () => {
    for (const text of ["::1.2.3.04", "::ffff:010.1.2.3", "::ffff:10.1.2.3", "1:2:3:4:5:6:1.2.3.4", "::0.0.0.0"]) {
      expect(ipv6Groups(text), text).toEqual(rcParseV6(text));
    }
    expect(ipv6Groups("::1.2.3.04")).toBeUndefined();
  });
});
