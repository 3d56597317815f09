import type { Command } from "commander";

/**
 * Usage examples shown after each command's `--help` (and in docs/cli.md, generated
 * from the help output). A new command adds its examples here; test/package/cli.test.ts
 * fails for a command without any.
 */
export const COMMAND_EXAMPLES: Readonly<Record<string, readonly (readonly [command: string, what: string])[]>> = {
  validate: [
    ["rulecast validate rules/", "check every rule below rules/; exit code 1 if any is invalid"],
    ["rulecast validate detections/ --macros macros/", "Splunk detections, with their SPL macro definitions"],
    ["rulecast validate rules/ --json | jq -c 'select(.ok == false)'", "one JSON line per rule (for CI): show the invalid ones"],
  ],
  run: [
    ["rulecast run rules/ --events audit.jsonl --logsource product=kubernetes,service=audit", "run the rules for Kubernetes audit logs over an NDJSON file; one JSON line per hit"],
    ["cat audit.jsonl | rulecast run rules/ --events - --matches", "events on standard input; report the selected event lines only"],
  ],
  test: [
    ["rulecast test rules/", "run the detection tests attached to each rule (datasets beside the rules)"],
    ["rulecast test detections/ --macros macros/ --datasets attack_data/ --json", "Splunk detections whose datasets are named by URL; one JSON line per rule"],
  ],
  convert: [
    ["rulecast convert detections/ --macros macros/ --to sigma --out sigma/", "Splunk detections to normalized Sigma, one file per rule"],
    ["rulecast convert rule.yml --to lucene", "print the Lucene query of one rule"],
    ["rulecast convert rules/ --to esql --json", "ES|QL for every rule, one JSON line per rule"],
    ["rulecast convert rules/ --to matcher --out matchers.ts", "one TypeScript matcher module for the whole folder"],
  ],
};

const EXIT_CODES_HELP = `
Exit codes:
  0   every rule loaded, converted or passed
  1   a rule is invalid, could not be converted, or a test failed
  2   usage error (unknown command or option, missing argument)
  70  internal error (a bug in rulecast: please report it)

Environment:
  NO_COLOR=1     no colour in diagnostics (colour is used only on a terminal)
  FORCE_COLOR=1  colour even when stderr is not a terminal`;

/** Attaches the examples above to every registered command, and exit codes to the root help. */
export function addHelpExamples(program: Command): void {
  for (const cmd of program.commands) {
    const examples = COMMAND_EXAMPLES[cmd.name()];
    if (!examples || examples.length === 0) continue;
    const body = examples.map(([c, what]) => `  # ${what}\n  $ ${c}`).join("\n\n");
    cmd.addHelpText("after", `\nExamples:\n${body}\n`);
  }
  const all = Object.entries(COMMAND_EXAMPLES)
    .filter(([name]) => program.commands.some((c) => c.name() === name))
    .map(([, ex]) => `  $ ${ex[0]![0]}`);
  program.addHelpText("after", `\nExamples:\n${all.join("\n")}\n${EXIT_CODES_HELP}\n`);
}
