import { describe, expect, it } from "vitest";
import { commandDetails, SplParser } from "../../src/spl/index.js";
import { codes, detection, spl } from "./helpers.js";

const details = (command: string) => commandDetails(new SplParser().parsePipeline(`a=1 | ${command}`).value!.commands[1]!);

describe("semantic parse of commands without AST stages", () => {
  it("rex: field, pattern, named groups, sed mode, max_match", () => {
    expect(details('rex field=Message "The (?<service>[-\\(\\)\\s\\w]+) service entered the (?<state>\\w+) state"')).toEqual({
      details: { command: "rex", field: "Message", pattern: "The (?<service>[-\\(\\)\\s\\w]+) service entered the (?<state>\\w+) state", groups: ["service", "state"] },
    });
    expect(details('rex field=x mode=sed "s/a/b/g"')).toEqual({ details: { command: "rex", field: "x", pattern: "s/a/b/g", mode: "sed", groups: [] } });
    expect(details('rex "(?<a>.{8})" max_match=0')).toEqual({ details: { command: "rex", field: "_raw", pattern: "(?<a>.{8})", maxMatch: 0, groups: ["a"] } });
  });

  it("lookup: table, inputs with AS, OUTPUT/OUTPUTNEW fields", () => {
    expect(details("lookup update=true previously_seen_cmd_line process AS cmd OUTPUTNEW firstTimeSeen, enough_data AS ok")).toEqual({
      details: {
        command: "lookup", table: "previously_seen_cmd_line", inputs: [{ field: "process", as: "cmd" }],
        output: { mode: "OUTPUTNEW", fields: [{ field: "firstTimeSeen" }, { field: "enough_data", as: "ok" }] },
      },
    });
  });

  it("spath and iplocation", () => {
    expect(details('spath input=UserData_Xml output=x path="a.b{}"')).toEqual({ details: { command: "spath", input: "UserData_Xml", output: "x", path: "a.b{}" } });
    expect(details("spath protocol_stack")).toEqual({ details: { command: "spath", input: "_raw", path: "protocol_stack" } });
    expect(details("iplocation prefix=src_ sourceIPs{}")).toEqual({ details: { command: "iplocation", field: "sourceIPs{}", prefix: "src_", allFields: false } });
  });

  it("reports malformed ones with spl/invalid-argument and keeps them as Command stages", () => {
    const { rule, diagnostics } = spl("a=1 | rex field=x | lookup");
    expect(codes(diagnostics)).toEqual(["spl/invalid-argument", "spl/unsupported-command", "spl/invalid-argument", "spl/unsupported-command"]);
    expect(rule!.pipeline.map((s) => s.kind)).toEqual(["Command", "Command"]);
  });

  it("reads the rex and lookup of a real detection without complaint (fixture)", () => {
    expect(codes(detection("first_time_seen_running_windows_service").diagnostics).filter((c) => c === "spl/invalid-argument")).toEqual([]);
  });
});
