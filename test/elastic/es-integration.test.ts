import { beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import type { Expr } from "../../src/ast/expr.js";
import type { Rule } from "../../src/ast/rule.js";
import { loadRules } from "../../src/api/load-files.js";
import { filterOnlyExpr, luceneOfExpr } from "../../src/backends/lucene/index.js";
import { dslOfExpr } from "../../src/backends/dsl/index.js";
import { esqlOfExpr, toEsql } from "../../src/backends/esql/index.js";
import { parseRuleText } from "../../src/api/load.js";
import { compileMatcher } from "../../src/backends/matcher/index.js";
import { k8sEvents, labels, matcherHits, PROJECT_ROOT, type IndexedEvent } from "./helpers.js";
import { cidr, field } from "../../src/ast/builders.js";

/*
 * Against a real Elasticsearch (>= 8.14) when ELASTICSEARCH_URL is set (README, "Testing
 * against Elasticsearch"): index the k8s-audit fixtures with the documented mapping (every
 * string a keyword without ignore_above, docs/elastic.md) and check the Lucene, Query DSL and
 * ES|QL filters of every seed and SigmaHQ Kubernetes rule select the matcher's events.
 * ES|QL assumes single-valued fields; the filters of these rules read only single-valued
 * fields (the multivalued sourceIPs/user.groups appear only in the SPL stats tails).
 */
const URL_ = process.env.ELASTICSEARCH_URL;
const INDEX = "rulecast-test-k8s";

async function es(method: string, path: string, body?: unknown, ndjson = false): Promise<any> {
  const res = await fetch(`${URL_}${path}`, {
    method,
    headers: { "content-type": ndjson ? "application/x-ndjson" : "application/json" },
    body: body === undefined ? undefined : ndjson ? (body as string) : JSON.stringify(body),
  });
  const json = await res.json();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json).slice(0, 500)}`);
  return json;
}

describe.skipIf(!URL_)(`Elasticsearch integration${URL_ ? "" : " (skipped: set ELASTICSEARCH_URL, e.g. http://localhost:9200)"}`, () => {
  let events: IndexedEvent[];
  let rules: { rule: Rule; filter: Expr }[];

  beforeAll(async () => {
    events = k8sEvents();
    const loaded = await loadRules([join(PROJECT_ROOT, "rules/splunk"), join(PROJECT_ROOT, "rules/sigma")], { macros: join(PROJECT_ROOT, "rules/splunk/macros") });
    rules = loaded.rules.map((rule) => ({ rule, filter: filterOnlyExpr(rule, "test", { stages: "filter-only" }) }));
    await fetch(`${URL_}/${INDEX}`, { method: "DELETE" });
    await es("PUT", `/${INDEX}`, {
      settings: { number_of_shards: 1, number_of_replicas: 0 },
      mappings: {
        dynamic_templates: [{ all_as_keyword: { match_mapping_type: "*", mapping: { type: "keyword" } } }],
        properties: { "event.original": { type: "keyword" }, ord: { type: "long" } },
      },
    });
    const bulk = events.flatMap((e, i) => [JSON.stringify({ index: { _index: INDEX, _id: String(i) } }), JSON.stringify({ ...(e.event as object), ord: i, event: { original: e.raw } })]).join("\n") + "\n";
    const r = await es("POST", "/_bulk?refresh=true", bulk, true);
    expect(r.errors).toBe(false);
  }, 300_000);

  const ids = async (query: unknown) => {
    const r = await es("POST", `/${INDEX}/_search`, { size: 10_000, _source: false, query, sort: [{ ord: "asc" }], track_total_hits: true });
    return (r.hits.hits as { _id: string }[]).map((h) => Number(h._id));
  };

  it("Lucene (query_string) and Query DSL hits equal the matcher's", async () => {
    const bad: string[] = [];
    for (const { rule, filter } of rules) {
      const expected = matcherHits(rule, filter, events);
      const lucene = await ids({ query_string: { query: luceneOfExpr(filter), default_field: "*", allow_leading_wildcard: true } });
      const dsl = await ids(dslOfExpr(filter));
      if (lucene.join() !== expected.join()) bad.push(`${rule.meta.title} [lucene]: ${labels(events, lucene).length} vs ${expected.length}`);
      if (dsl.join() !== expected.join()) bad.push(`${rule.meta.title} [dsl]: ${labels(events, dsl).length} vs ${expected.length}`);
    }
    expect(bad).toEqual([]);
  });

  it("ES|QL WHERE hits equal the matcher's", async () => {
    const bad: string[] = [];
    for (const { rule, filter } of rules) {
      const expected = matcherHits(rule, filter, events);
      const query = `FROM ${INDEX} | WHERE ${esqlOfExpr(filter)} | KEEP ord | SORT ord | LIMIT 10000`;
      const r = await es("POST", "/_query", { query });
      const got = (r.values as number[][]).map((row) => row[0]!);
      if (got.join() !== expected.join()) bad.push(`${rule.meta.title} [esql]: ${got.length} vs ${expected.length}`);
    }
    expect(bad).toEqual([]);
  });

  it("ES|QL per-value filters on multivalued fields equal the matcher (and STATS BY groups per value)", async () => {
    const MV = "rulecast-test-mv";
    const docs = [
      { sourceIPs: ["10.0.0.1", "192.168.1.5"], user: { groups: ["system:masters", "dev"] }, verb: "create" },
      { sourceIPs: ["192.168.1.5"], user: { groups: ["dev"] }, verb: "create" },
      { sourceIPs: "10.1.2.3", user: { groups: "system:masters" }, verb: "get" },
      { user: { groups: [] }, verb: "create" },
      { sourceIPs: ["172.16.0.1", "10.9.9.9"], verb: "delete" },
    ];
    await fetch(`${URL_}/${MV}`, { method: "DELETE" });
    await es("PUT", `/${MV}`, { mappings: { dynamic_templates: [{ all_as_keyword: { match_mapping_type: "*", mapping: { type: "keyword" } } }] } });
    const bulk = docs.flatMap((d, i) => [JSON.stringify({ index: { _index: MV, _id: String(i) } }), JSON.stringify(d)]).join("\n") + "\n";
    await es("POST", "/_bulk?refresh=true", bulk, true);
    const searches = [
      "sourceIPs{}=10.*",
      "NOT user.groups{}=system:masters",
      "sourceIPs{}!=192.168.1.5",
      'verb=create user.groups{}="system:*" sourceIPs{}=192.*',
    ];
    for (const text of searches) {
      const rule = parseRuleText(text, { format: "spl" }).rules[0]!;
      const m = compileMatcher(rule);
      const expected = docs.flatMap((d, i) => (m.match(d) ? [String(i)] : []));
      const r = await es("POST", "/_query", { query: `${toEsql(rule, { index: MV })}\n| KEEP _id\n| SORT _id\n| LIMIT 100` });
      expect((r.values as string[][]).map((row) => row[0]), text).toEqual(expected);
    }
    const stats = parseRuleText("verb=create | stats count by sourceIPs{}", { format: "spl" }).rules[0]!;
    const r = await es("POST", "/_query", { query: `${toEsql(stats, { index: MV })}\n| SORT sourceIPs` });
    expect(r.values).toEqual([[1, "10.0.0.1"], [2, "192.168.1.5"]]);
  });

  it("CIDR: IPv6 regexps on keyword text and CIDR terms on an ip field select the expected addresses", async () => {
    const NET = "rulecast-test-cidr";
    const addresses = ["fe80::1", "FE80:0:0:0:0:0:0:1", "fe80:0000::0001", "febf:ffff::", "fec0::1", "2001:db8::5", "2001:0DB8:0:0::5", "2001:db9::", "::1", "10.1.2.3"];
    await fetch(`${URL_}/${NET}`, { method: "DELETE" });
    await es("PUT", `/${NET}`, {
      // The exact IPv6 regexps are longer than the default index.max_regex_length (backend/query-limit).
      settings: { "index.max_regex_length": 100_000 },
      mappings: { properties: { kw: { type: "keyword" }, ip: { type: "ip" } } },
    });
    const bulk = addresses.flatMap((a, i) => [JSON.stringify({ index: { _index: NET, _id: String(i) } }), JSON.stringify({ kw: a, ip: a })]).join("\n") + "\n";
    await es("POST", "/_bulk?refresh=true", bulk, true);
    const hitIds = async (query: unknown) => {
      const r = await es("POST", `/${NET}/_search`, { size: 100, _source: false, query });
      return (r.hits.hits as { _id: string }[]).map((h) => h._id).sort();
    };
    const expected: Record<string, string[]> = { "fe80::/10": ["0", "1", "2", "3"], "2001:db8::/32": ["5", "6"], "::1/128": ["8"] };
    for (const [net, want] of Object.entries(expected)) {
      for (const [name, opts] of [["kw", {}], ["ip", { ipFields: ["ip"] }]] as const) {
        const e = cidr(field(name), net);
        expect(await hitIds({ query_string: { query: luceneOfExpr(e, opts), default_field: "*", allow_leading_wildcard: true } }), `${name} lucene ${net}`).toEqual(want);
        expect(await hitIds(dslOfExpr(e, opts)), `${name} dsl ${net}`).toEqual(want);
        const r = await es("POST", "/_query", { query: `FROM ${NET} METADATA _id | WHERE ${esqlOfExpr(e, opts)} | KEEP _id | SORT _id` });
        expect((r.values as string[][]).map((row) => row[0]), `${name} esql ${net}`).toEqual(want);
      }
    }
  });
});
