import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as b from "../../src/ast/builders.js";
import { stripPositions } from "../../src/ast/equal.js";
import type { Expr } from "../../src/ast/expr.js";
import { walkExpr } from "../../src/ast/visit.js";
import { ANY, ONE, pattern } from "../../src/ast/pattern.js";
import { loadSigmaText } from "../../src/sigma/index.js";
import { expectDiagnostic, filterOf, loadOne, ruleWith } from "./helpers.js";

const s = stripPositions;
const f = (name: string) => b.field(name);
const m = (field: string, p: Parameters<typeof b.match>[1], cased = false) => b.match(f(field), p, cased);
const item = (key: string, value: string) => filterOf(`    selection:\n        ${key}: ${value}\n    condition: selection`);
const fixture = (name: string) => readFileSync(new URL(`../fixtures/sigma/${name}`, import.meta.url), "utf8");

describe("string shape modifiers", () => {
  it("contains, startswith, endswith add wildcards", () => {
    expect(item("CommandLine|contains", "'-enc'")).toEqual(s(m("CommandLine", pattern([ANY, "-enc", ANY]))));
    expect(item("Image|startswith", "'C:\\Temp\\'")).toEqual(s(m("Image", pattern(["C:\\Temp\\", ANY]))));
    expect(item("Image|endswith", "'\\cmd.exe'")).toEqual(s(m("Image", pattern([ANY, "\\cmd.exe"]))));
  });

  it("keeps wildcards already written and does not double them", () => {
    expect(item("CommandLine|contains", "'*a?b*'")).toEqual(s(m("CommandLine", pattern([ANY, "a", ONE, "b", ANY]))));
  });

  it("all turns a value list into AND", () => {
    expect(item("CommandLine|contains|all", "['a', 'b']")).toEqual(s(b.and([m("CommandLine", pattern([ANY, "a", ANY])), m("CommandLine", pattern([ANY, "b", ANY]))])));
  });

  it("cased makes the match case-sensitive", () => {
    expect(item("User|cased", "'Admin'")).toEqual(s(m("User", "Admin", true)));
    expect(item("User|contains|cased", "'Admin'")).toEqual(s(m("User", pattern([ANY, "Admin", ANY]), true)));
  });

  it("works on a real rule (contains|all)", () => {
    const rule = loadOne(fixture("sigmahq/modifiers/proc_creation_win_lolbin_pubprn.yml"));
    const ands: Expr[] = [];
    walkExpr(rule.filter, (e) => { if (e.kind === "And") ands.push(e); });
    expect(ands.length).toBeGreaterThan(0);
  });
});

describe("value modifiers", () => {
  it("exists true/false", () => {
    expect(item("User|exists", "true")).toEqual(s(b.exists(f("User"))));
    expect(item("User|exists", "false")).toEqual(s(b.not(b.exists(f("User")))));
  });

  it("neq negates the whole item as pySigma does (true when the field is missing)", () => {
    expect(item("User|neq", "'root'")).toEqual(s(b.not(m("User", "root"))));
    expect(item("User|neq", "['root', 'admin']")).toEqual(s(b.not(b.or([m("User", "root"), m("User", "admin")]))));
  });

  it("lt/lte/gt/gte compare numbers", () => {
    expect(item("Count|gt", "5")).toEqual(s(b.compare(f("Count"), "gt", 5, { numeric: true })));
    expect(item("Count|lte", "1.5")).toEqual(s(b.compare(f("Count"), "lte", 1.5, { numeric: true })));
    expect(item("Count|lt", "0")).toEqual(s(b.compare(f("Count"), "lt", 0, { numeric: true })));
    expect(item("Count|gte", "[1, 2]")).toEqual(s(b.or([b.compare(f("Count"), "gte", 1), b.compare(f("Count"), "gte", 2)])));
  });

  it("time modifiers compare a part of a date", () => {
    for (const part of ["minute", "hour", "day", "week", "month", "year"] as const) {
      expect(item(`Timestamp|${part}`, "3")).toEqual(s(b.compare(f("Timestamp"), "eq", 3, { numeric: true, timePart: part })));
    }
  });

  it("re with flags; contains/startswith/endswith change nothing on a regex search", () => {
    expect(item("CommandLine|re", "'a.*b'")).toEqual(s(b.regex(f("CommandLine"), "a.*b")));
    expect(item("CommandLine|re|i|m|s", "'^a.b$'")).toEqual(s(b.regex(f("CommandLine"), "^a.b$", { i: true, m: true, s: true })));
    expect(item("CommandLine|re|ignorecase|multiline|dotall", "'x'")).toEqual(s(b.regex(f("CommandLine"), "x", { i: true, m: true, s: true })));
    expect(item("CommandLine|re|contains", "'x'")).toEqual(s(b.regex(f("CommandLine"), "x")));
  });

  it("re keeps the PCRE text as written (inline flags too)", () => {
    const rule = loadOne(fixture("sigmahq/modifiers/proc_creation_win_hktl_wsass.yml"));
    const regexes: Expr[] = [];
    walkExpr(rule.filter, (e) => { if (e.kind === "Regex") regexes.push(e); });
    expect(regexes.length).toBeGreaterThan(0);
    expect(regexes.every((r) => r.kind === "Regex" && r.pattern.startsWith("(?i)") && !r.flags.i)).toBe(true);
  });

  it("cidr", () => {
    expect(item("DestinationIp|cidr", "['10.0.0.0/8', 'fe80::/10']")).toEqual(s(b.or([b.cidr(f("DestinationIp"), "10.0.0.0/8"), b.cidr(f("DestinationIp"), "fe80::/10")])));
  });

  it("fieldref compares two fields (cased keeps case)", () => {
    expect(item("TargetFilename|fieldref", "Image")).toEqual(s(b.fieldEquals(f("TargetFilename"), f("Image"), false)));
    expect(item("TargetFilename|fieldref|cased", "Image")).toEqual(s(b.fieldEquals(f("TargetFilename"), f("Image"), true)));
    expect(item("TargetFilename|fieldref|neq", "Image")).toEqual(s(b.not(b.fieldEquals(f("TargetFilename"), f("Image"), false))));
    expect(s(loadOne(fixture("sigmahq/modifiers/file_delete_win_delete_own_image.yml")).filter)).toEqual(s(b.fieldEquals(f("TargetFilename"), f("Image"), false)));
  });
});

describe("encoding modifiers", () => {
  it("base64 encodes the UTF-8 text", () => {
    expect(item("Data|base64", "'cmd'")).toEqual(s(m("Data", "Y21k")));
    expect(item("Data|base64|contains", "'cmd'")).toEqual(s(m("Data", pattern([ANY, "Y21k", ANY]))));
  });

  it("base64offset gives the three shifted forms (pySigma's cuts)", () => {
    expect(item("Data|base64offset|contains", "'cmd'")).toEqual(s(b.or([
      m("Data", pattern([ANY, "Y21k", ANY])), m("Data", pattern([ANY, "NtZ", ANY])), m("Data", pattern([ANY, "jbW", ANY])),
    ])));
    // The values SigmaHQ documents for WriteProcessMemory.
    const e = item("Data|base64offset|contains", "'WriteProcessMemory'");
    expect(e).toEqual(s(b.or([
      m("Data", pattern([ANY, "V3JpdGVQcm9jZXNzTWVtb3J5", ANY])),
      m("Data", pattern([ANY, "dyaXRlUHJvY2Vzc01lbW9ye", ANY])),
      m("Data", pattern([ANY, "Xcml0ZVByb2Nlc3NNZW1vcn", ANY])),
    ])));
  });

  it("utf16le/wide, utf16be and utf16 (with BOM) chained with base64", () => {
    expect(item("Data|utf16le|base64", "'cmd'")).toEqual(s(m("Data", "YwBtAGQA")));
    expect(item("Data|wide|base64", "'cmd'")).toEqual(s(m("Data", "YwBtAGQA")));
    expect(item("Data|utf16be|base64", "'cmd'")).toEqual(s(m("Data", "AGMAbQBk")));
    expect(item("Data|utf16|base64", "'cmd'")).toEqual(s(m("Data", "//5jAG0AZAA=")));
  });

  it("wide without base64 matches the NUL-interleaved text (as pySigma)", () => {
    expect(item("Data|wide|contains", "'cmd'")).toEqual(s(m("Data", pattern([ANY, "c\u0000m\u0000d\u0000", ANY]))));
  });

  it("a real rule with wide|base64offset", () => {
    const rule = loadOne(fixture("sigmahq/modifiers/proc_creation_win_exploit_cve_2025_53770_indicators.yml"));
    const texts: string[] = [];
    walkExpr(rule.filter, (e) => { if (e.kind === "Match") texts.push(JSON.stringify(e.pattern)); });
    expect(texts.some((t) => t.includes("cwBwAGkAbgBzAHQAYQBsAGwAMAAuAGEAcwBwAHgA"))).toBe(true);
  });

  it("keeps the written value and modifiers in origin for value-expanding modifiers", () => {
    const rule = loadOne(ruleWith(`    selection:\n        Data|base64offset|contains: 'cmd'\n    condition: selection`));
    expect(rule.filter.origin?.sigma).toEqual({ modifiers: ["base64offset", "contains"], value: "cmd" });
    expect(rule.filter.origin?.selection).toBe("selection");
  });
});

describe("windash", () => {
  it("replaces a dash or slash that starts a word by the five dash characters", () => {
    const dashes = ["-", "/", "\u2013", "\u2014", "\u2015"];
    expect(item("CommandLine|windash|contains", "' -foo'")).toEqual(s(b.or(dashes.map((d) => m("CommandLine", pattern([ANY, ` ${d}foo`, ANY]))))));
  });

  it("leaves dashes inside words and gives every combination for several", () => {
    const e = item("CommandLine|windash", "'-a-b /c'");
    expect(e.kind).toBe("Or");
    expect(e.kind === "Or" && e.children.length).toBe(25);
    expect(JSON.stringify(e)).toContain("\u2015a-b \u2014c");
  });

  it("a real rule", () => {
    const rule = loadOne(fixture("sigmahq/modifiers/proc_creation_win_lolbin_unregmp2.yml"));
    expect(JSON.stringify(rule.filter)).toContain("\u2015HideWMP");
  });
});

describe("expand", () => {
  it("expands placeholders from the placeholders option", () => {
    expect(filterOf(`    selection:\n        User|expand: '%admins%'\n    condition: selection`, { placeholders: { admins: ["root", "adm*"] } })).toEqual(
      s(b.or([m("User", "root"), m("User", pattern(["adm", ANY]))])),
    );
  });

  it("\\% is a literal percent sign", () => {
    expect(filterOf(`    selection:\n        Path|expand: '\\%x%d%'\n    condition: selection`, { placeholders: { d: ["C"] } })).toEqual(s(m("Path", "%xC")));
  });

  it("without values it is sigma/unsupported-placeholder at the value, never a wildcard", () => {
    const text = fixture("sigmahq/modifiers/proc_creation_win_userdomain_variable_enumeration.yml");
    const { rules, diagnostics } = loadSigmaText(text, { file: "x.yml" });
    expect(rules).toEqual([]);
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([["sigma/unsupported-placeholder", 20]]);
    const ok = loadSigmaText(text, { file: "x.yml", placeholders: { userdomain: ["CORP"] } });
    expect(ok.diagnostics).toEqual([]);
    expect(JSON.stringify(ok.rules[0]!.filter)).toContain("CORP");
  });
});

describe("modifier diagnostics", () => {
  const rule = (key: string, value: string) => ruleWith(`    selection:\n        ${key}: ${value}\n    condition: selection`);

  it("unknown modifier, at the key", () => {
    const d = expectDiagnostic(rule("Image|endwith", "'x'"), "sigma/unknown-modifier");
    expect([d.line, d.column]).toEqual([8, 9]);
    expect(d.message).toContain("endwith");
  });

  it.each([
    ["Image|all", "'x'"],
    ["Image|re|cased", "'x'"],
    ["Image|contains|re", "'x'"],
    ["Image|i", "'x'"],
    ["Image|exists|contains", "true"],
    ["Image|gt|contains", "5"],
    ["Image|hour|gt", "5"],
    ["Image|cidr|contains", "'10.0.0.0/8'"],
    ["Image|fieldref|contains", "Other"],
    ["Image|contains|base64", "'x'"],
    ["'|re'", "'x'"],
  ])("invalid combination %s", (key, value) => {
    expectDiagnostic(rule(key, value), "sigma/invalid-modifier-combination");
  });

  it.each([
    ["Count|gt", "'five'"],
    ["Ip|cidr", "'10.0.0.0/33'"],
    ["Ip|cidr", "'not-an-ip'"],
    ["Ip|cidr", "'fe80::1%eth0/64'"], // a zone id names an interface: no event value carries one
    ["User|exists", "'yes'"],
    ["CommandLine|re", "'a(b'"],
    ["Data|base64", "'a*b'"],
    ["Data|utf16le", "'\u00e9'"],
    ["F|fieldref", "'a*'"],
    ["T|hour", "1.5"],
  ])("invalid value %s: %s", (key, value) => {
    const d = expectDiagnostic(rule(key, value), "sigma/invalid-value");
    expect(d.line).toBe(8);
  });
});
