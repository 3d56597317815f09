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
import { compileMatcher } from "../../src/backends/matcher/index.js";
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

describe("CIDR options", () => {
  it("refuses IPv6 on keyword fields, naming the field and --ip-field; other fields stay keyword", () => {
    const e = cidr(field("client.ip"), "2001:db8::/32");
    for (const write of [() => luceneOfExpr(e), () => dslOfExpr(e), () => luceneOfExpr(e, { ipFields: ["other"] })]) {
      let err: unknown;
      try {
        write();
      } catch (x) {
        err = x;
      }
      expect(err).toBeInstanceOf(RuleError);
      expect((err as RuleError).diagnostics[0]).toMatchObject({ code: "backend/unsupported" });
      expect((err as RuleError).diagnostics[0]!.message).toContain("--ip-field client.ip");
    }
    expect(luceneOfExpr(cidr(field("client.ip"), "10.0.0.0/8"), { ipFields: ["other"] })).toMatch(/^client\.ip:\/10\\\./);
  });

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
    const refused = cli("convert", rule, "--to", "dsl", "--json");
    expect(refused.status).not.toBe(0);
    expect(JSON.parse(refused.stdout.trim()).diagnostics[0].code).toBe("backend/unsupported");
    const esql = cli("convert", spl, "--to", "esql", "--multivalued-field", "groups");
    expect(esql.status).toBe(0);
    expect(esql.stdout).toContain("| MV_EXPAND _mv0");
  }, 120_000);
});
