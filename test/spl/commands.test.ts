import { describe, expect, it } from "vitest";
import { codes, detection, m, mcs, spl } from "./helpers.js";

const f = (path: string) => ({ kind: "Field", path });
const stage = (search: string, index = 0) => {
  const { rule, diagnostics } = spl(search);
  expect(codes(diagnostics)).toEqual([]);
  return rule!.pipeline[index];
};

describe("command semantics", () => {
  it("fillnull: no fields, a value, a field list", () => {
    expect(stage("a=1 | fillnull")).toEqual({ kind: "Fillnull", value: "0", fields: null });
    expect(stage('a=1 | fillnull value="Unknown" x y')).toEqual({ kind: "Fillnull", value: "Unknown", fields: ["x", "y"] });
  });

  it("stats: count, fn(field) as name, count(eval(...)), dc, by with commas", () => {
    expect(stage('a=1 | stats count values(user.groups{}) as groups dc(ip) count(eval(action="fail")) as fails by host, user')).toEqual({
      kind: "Stats",
      command: "stats",
      aggregations: [
        { fn: "count", as: "count" },
        { fn: "values", as: "groups", field: { kind: "Field", path: "user.groups", written: "user.groups{}" } },
        { fn: "dc", as: "dc(ip)", field: f("ip") },
        { fn: "count", as: "fails", eval: { kind: "Binary", op: "=", left: { kind: "FieldValue", field: f("action") }, right: { kind: "Literal", value: "fail" } } },
      ],
      by: [f("host"), f("user")],
    });
  });

  it("eventstats and percentiles", () => {
    expect(stage("a=1 | eventstats avg(x) as mean perc95(x) by h")).toEqual({
      kind: "Stats", command: "eventstats", by: [f("h")],
      aggregations: [{ fn: "avg", as: "mean", field: f("x") }, { fn: "perc", percentile: 95, as: "perc95(x)", field: f("x") }],
    });
  });

  it("tstats: data model to the log source, where to the filter, span to a Bin stage", () => {
    const { rule, diagnostics } = spl("| tstats `security_content_summariesonly` count from datamodel=Endpoint.Processes where Processes.process_name IN (\"a.exe\", b.exe) by Processes.dest _time span=1h");
    expect(codes(diagnostics)).toEqual([]);
    expect(rule!.logsource).toEqual({ splunk: { datamodel: "Endpoint.Processes" } });
    expect(rule!.filter).toEqual({ kind: "Or", children: [m("Processes.process_name", "a.exe"), m("Processes.process_name", "b.exe")] });
    expect(rule!.pipeline).toEqual([
      { kind: "Fillnull", value: "null", fields: ["Processes.dest", "_time"] },
      { kind: "Bin", field: "_time", span: "1h" },
      { kind: "Stats", command: "tstats", aggregations: [{ fn: "count", as: "count" }], by: [f("Processes.dest"), f("_time")], datamodel: "Endpoint.Processes" },
    ]);
  });

  it("tstats fillnull_value= fills missing by-fields before grouping (security_content_summariesonly)", () => {
    const { rule } = spl("| tstats `security_content_summariesonly` count from datamodel=Endpoint.Processes by Processes.dest");
    expect(rule!.pipeline.map((s) => s.kind)).toEqual(["Fillnull", "Stats"]);
    expect(rule!.pipeline[0]).toEqual({ kind: "Fillnull", value: "null", fields: ["Processes.dest"] });
  });

  it("from datamodel (three spellings) sets the data model; a search after it joins the filter", () => {
    for (const head of ["| from datamodel Web.Web", "| from datamodel=Web.Web", "| from datamodel:Web.Web"]) {
      const { rule, diagnostics } = spl(`${head} | search status=404 | stats count by src`);
      expect(codes(diagnostics)).toEqual([]);
      expect(rule!.logsource).toEqual({ splunk: { datamodel: "Web.Web" } });
      expect(rule!.filter).toEqual(m("status", "404"));
      expect(rule!.pipeline.map((s) => s.kind)).toEqual(["Stats"]);
    }
  });

  it("eval: several assignments, functions, concatenation", () => {
    expect(stage('a=1 | eval x=if(match(p, "^a"), lower(u) . "-" . v, null()), y=len(z)*2')).toEqual({
      kind: "Eval",
      assignments: [
        {
          field: "x",
          expr: {
            kind: "Call", name: "if",
            args: [
              { kind: "Call", name: "match", args: [{ kind: "FieldValue", field: f("p") }, { kind: "Literal", value: "^a" }] },
              {
                kind: "Binary", op: ".",
                left: { kind: "Binary", op: ".", left: { kind: "Call", name: "lower", args: [{ kind: "FieldValue", field: f("u") }] }, right: { kind: "Literal", value: "-" } },
                right: { kind: "FieldValue", field: f("v") },
              },
              { kind: "Call", name: "null", args: [] },
            ],
          },
        },
        { field: "y", expr: { kind: "Binary", op: "*", left: { kind: "Call", name: "len", args: [{ kind: "FieldValue", field: f("z") }] }, right: { kind: "Literal", value: 2 } } },
      ],
    });
  });

  it("rename (with wildcards), table, fields", () => {
    expect(stage("a=1 | rename sourceIPs{} as src_ip, Processes.* AS *")).toEqual({ kind: "Rename", renames: [{ from: "sourceIPs{}", to: "src_ip" }, { from: "Processes.*", to: "*" }] });
    expect(stage("a=1 | table _time, host user*")).toEqual({ kind: "Table", fields: ["_time", "host", "user*"] });
    expect(stage("a=1 | fields - b64x_*")).toEqual({ kind: "Fields", mode: "remove", fields: ["b64x_*"] });
    expect(stage("a=1 | fields x y")).toEqual({ kind: "Fields", mode: "keep", fields: ["x", "y"] });
  });

  it("dedup, sort, head", () => {
    expect(stage("a=1 | dedup 2 host user keepempty=true sortby -_time")).toEqual({
      kind: "Dedup", fields: ["host", "user"], count: 2, keepEmpty: true, consecutive: false, sortBy: [{ field: "_time", descending: true }],
    });
    expect(stage("a=1 | sort 0 - count, +num(port) host")).toEqual({
      kind: "Sort", limit: null, keys: [{ field: "count", descending: true }, { field: "port", descending: false, as: "num" }, { field: "host", descending: false }],
    });
    expect(stage("a=1 | sort count")).toMatchObject({ kind: "Sort", limit: 10000 });
    expect(stage("a=1 | head 5")).toEqual({ kind: "Head", count: 5 });
    expect(stage("a=1 | head")).toEqual({ kind: "Head", count: 10 });
  });

  it("convert and bin/bucket", () => {
    expect(stage('a=1 | convert timeformat="%Y" ctime(firstTime) AS first, ctime(lastTime)')).toEqual({
      kind: "Convert", timeformat: "%Y", conversions: [{ fn: "ctime", field: "firstTime", as: "first" }, { fn: "ctime", field: "lastTime" }],
    });
    expect(stage("a=1 | bucket _time span=5m")).toEqual({ kind: "Bin", field: "_time", span: "5m" });
    expect(stage("a=1 | bin span=1h _time as hour")).toEqual({ kind: "Bin", field: "_time", span: "1h", as: "hour" });
  });

  it("search/where/regex right after the base search join the filter; after stats they are Filter stages", () => {
    const { rule } = spl('a=1 | search b=2 | where c="x" | regex d="^\\d+$" | stats count by a | where count > 5 | search a=1');
    expect(rule!.filter).toEqual({
      kind: "And",
      children: [m("a", "1"), m("b", "2"), mcs("c", "x"), { kind: "Regex", field: f("d"), pattern: "^\\d+$", flags: { i: false, m: false, s: false } }],
    });
    expect(rule!.pipeline.map((s) => [s.kind, "command" in s ? s.command : ""])).toEqual([["Stats", "stats"], ["Filter", "where"], ["Filter", "search"]]);
  });

  it("a fillnull before a search keeps the search a Filter stage", () => {
    const { rule } = spl("a=1 | fillnull | search b=0");
    expect(rule!.filter).toEqual(m("a", "1"));
    expect(rule!.pipeline[1]).toEqual({ kind: "Filter", command: "search", filter: m("b", "0") });
  });
});

describe("where translation", () => {
  const where = (cond: string) => spl(`a=1 | stats count by a | where ${cond}`).rule!.pipeline[1];
  const ex = (p: string) => ({ kind: "Exists", field: f(p) });

  it("like: % and _ wildcards, literal * and ?, case-sensitive", () => {
    expect(where('like(p, "%a*b_")')).toMatchObject({ filter: mcs("p", "*", "a*b", "?") });
    expect(where('p LIKE "x%"')).toMatchObject({ filter: mcs("p", "x", "*") });
  });

  it("lower(f) like a lower-case pattern is a case-insensitive match", () => {
    expect(where('like(lower(p), "%powershell%")')).toMatchObject({ filter: m("p", "*", "powershell", "*") });
  });

  it("match() is a Regex, isnull/isnotnull are Exists, cidrmatch is a Cidr", () => {
    expect(where('match(p, "^a.*")')).toMatchObject({ filter: { kind: "Regex", field: f("p"), pattern: "^a.*" } });
    expect(where("isnull(p)")).toMatchObject({ filter: { kind: "Not", child: ex("p") } });
    expect(where("isnotnull(p) AND NOT isnull(q)")).toMatchObject({ filter: { kind: "And", children: [ex("p"), ex("q")] } });
    expect(where('cidrmatch("10.0.0.0/8", ip)')).toMatchObject({ filter: { kind: "Cidr", field: f("ip"), cidr: "10.0.0.0/8" } });
  });

  it("NOT over a comparison needs the field (eval null is not true)", () => {
    expect(where('NOT p="x"')).toMatchObject({ filter: { kind: "And", children: [ex("p"), { kind: "Not", child: mcs("p", "x") }] } });
    expect(where('p!="x"')).toMatchObject({ filter: { kind: "And", children: [ex("p"), { kind: "Not", child: mcs("p", "x") }] } });
  });

  it("IN lists, numeric comparisons with the literal on either side", () => {
    expect(where('p IN ("a", "b")')).toMatchObject({ filter: { kind: "Or", children: [mcs("p", "a"), mcs("p", "b")] } });
    expect(where("5 < count")).toMatchObject({ filter: { kind: "Compare", field: f("count"), op: "gt", value: 5, numeric: true } });
  });

  it("compares numeric strings as numbers, as eval does", () => {
    expect(where('code="403"')).toMatchObject({ filter: { kind: "Compare", field: f("code"), op: "eq", value: 403, numeric: true } });
    expect(where('count >= "10"')).toMatchObject({ filter: { kind: "Compare", op: "gte", value: 10, numeric: true } });
    expect(where('like(code, "40%")')).toMatchObject({ filter: mcs("code", "40", "*") });
  });

  it("keeps anything else as an EvalCondition", () => {
    expect(where("len(p) > 200")).toMatchObject({ filter: { kind: "EvalCondition", expr: { kind: "Binary", op: ">" } } });
    expect(where("a=b")).toMatchObject({ filter: { kind: "EvalCondition" } });
  });
});

describe("unsupported commands and expressions", () => {
  it("keeps lookup/rex/spath/join as Command stages with spl/unsupported-command naming the command and position", () => {
    const { rule, diagnostics } = spl('a=1\n| rex field=x "(?<y>\\d+)" | lookup t k OUTPUT v | stats count by y');
    expect(diagnostics.filter((d) => d.code === "spl/unsupported-command").map((d) => [d.line, d.column, /`(\w+)`/.exec(d.message)?.[1]])).toEqual([[2, 3, "rex"], [2, 29, "lookup"]]);
    expect(rule!.pipeline[0]).toEqual({ kind: "Command", name: "rex", text: 'field=x "(?<y>\\d+)"', args: ["(?<y>\\d+)"], options: { field: "x" } });
    expect(rule!.pipeline[1]).toMatchObject({ kind: "Command", name: "lookup", args: ["t", "k", "OUTPUT", "v"] });
    expect(spl("a=1 | lookup t k AS key OUTPUT v AS value").rule!.pipeline[0]).toMatchObject({
      kind: "Command", name: "lookup", renames: [{ from: "k", to: "key" }, { from: "v", to: "value" }],
    });
    expect(rule!.pipeline[2]).toMatchObject({ kind: "Stats" });
  });

  it("reports unknown eval functions with spl/unsupported-expression", () => {
    const { diagnostics } = spl("a=1 | eval x=frobnicate(y)");
    expect(codes(diagnostics)).toEqual(["spl/unsupported-expression"]);
  });

  it("reports spl/invalid-argument for a head count that is not a number", () => {
    const { rule, diagnostics } = spl("a=1 | head 1.5");
    expect(codes(diagnostics)).toEqual(["spl/invalid-argument", "spl/unsupported-command"]);
    expect(rule!.pipeline[0]).toMatchObject({ kind: "Command", name: "head" });
  });

  it("says per detection whether it translates fully (spl/translation info)", () => {
    const full = detection("detect_outbound_smb_traffic").diagnostics.filter((d) => d.code === "spl/translation");
    expect(full.map((d) => [d.severity, d.message])).toEqual([["info", "translates fully: filter yes, pipeline yes"]]);
    const partial = detection("first_time_seen_running_windows_service").diagnostics.filter((d) => d.code === "spl/translation");
    expect(partial[0]!.message).toMatch(/^translates partly: filter yes, pipeline no \(kept as commands: rex, lookup/);
  });
});

describe("real detections (fixtures)", () => {
  it.each([
    "detect_f5_tmui_rce_cve_2020_5902", "aws_multiple_users_failing_to_authenticate_from_ip", "detect_baron_samedit_cve_2021_3156_segfault",
    "detect_outbound_smb_traffic", "windows_unusual_ntlm_authentication_users_by_source", "kubernetes_abuse_of_secret_by_unusual_user_agent",
    "windows_ad_rogue_domain_controller_network_activity", "regsvr32_with_known_silent_switch_cmdline", "suspicious_plistbuddy_usage_via_osquery",
    "detect_zerologon_via_zeek", "processes_tapping_keyboard_events",
  ])("%s translates fully", (name) => {
    const { rule, diagnostics } = detection(name);
    expect(diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    expect(rule!.pipeline.some((s) => s.kind === "Command")).toBe(false);
  });
});
