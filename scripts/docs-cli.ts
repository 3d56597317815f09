/**
 * Regenerates docs/cli.md from the CLI's own `--help` output (commander), so the
 * reference cannot drift from the code. `npm run docs:cli`; test/package/docs.test.ts
 * fails when the committed file is stale.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Command } from "commander";
import { buildProgram } from "../src/cli/program.js";

/** Help text at a fixed width, without colour, whatever the terminal. */
function helpOf(cmd: Command): string {
  cmd.configureHelp({ helpWidth: 100 });
  cmd.configureOutput({ getOutHelpWidth: () => 100, getOutHasColors: () => false });
  let after = "";
  // addHelpText('after') is emitted on the help event, not by helpInformation(): capture it.
  cmd.configureOutput({ writeOut: (s) => (after += s), getOutHelpWidth: () => 100, getOutHasColors: () => false });
  cmd.outputHelp();
  return after.trimEnd();
}

/** The whole CLI reference as Markdown. */
export function renderCliDoc(): string {
  const program = buildProgram();
  const out = [
    "# Command line reference",
    "",
    "`rulecast` is a thin layer over the library (see [getting-started.md](getting-started.md)).",
    "Install it with `npm install rulecast` (then `npx rulecast ...`), or run it from a clone with `npm run rulecast -- ...`.",
    "This file is generated from the commands' `--help` output by `npm run docs:cli`.",
    "",
    "## Output conventions",
    "",
    "- Diagnostics go to **stderr** in compiler style, `file:line:column: error[code]: message`, followed by the",
    "  source line and a caret under the column. Colour is used only when stderr is a terminal and `NO_COLOR` is",
    "  not set (`FORCE_COLOR=1` forces it). Codes are listed in [diagnostics.md](diagnostics.md).",
    "- `--json` prints **one JSON object per rule per line** on stdout:",
    "  `{\"file\",\"id\",\"title\",\"ok\",\"output\"?,\"diagnostics\":[{\"code\",\"severity\",\"message\",\"line\",\"column\"}]}`.",
    "- Long batches show a progress bar on stderr, only on a terminal and never with `--json`.",
    "",
    "## Exit codes",
    "",
    "| code | meaning |",
    "| --- | --- |",
    "| 0 | every rule loaded, converted or passed its tests |",
    "| 1 | a rule is invalid, could not be converted, or a test failed (the diagnostics say which) |",
    "| 2 | usage error: unknown command or option, missing argument |",
    "| 70 | internal error: a bug in rulecast (the stack trace is printed; please report it) |",
    "",
    "## `rulecast`",
    "",
    "```text",
    helpOf(program),
    "```",
  ];
  for (const cmd of [...program.commands].sort((a, b) => a.name().localeCompare(b.name()))) {
    out.push("", `## \`rulecast ${cmd.name()}\``, "", "```text", helpOf(cmd), "```");
  }
  return out.join("\n") + "\n";
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(new URL("../docs/cli.md", import.meta.url), renderCliDoc());
}
