import { Command, CommanderError } from "commander";
import { isRuleError } from "../diagnostics/index.js";
import { registerCommands } from "./commands/index.js";
import { addHelpExamples } from "./help.js";
import { EXIT, writeDiagnostics } from "./output.js";

/** The `rulecast` command line: a thin layer over the public API. */
export function buildProgram(): Command {
  const program = new Command();
  program
    .name("rulecast")
    .description("Transpile detection rules: Sigma and Splunk SPL in; matchers, Elasticsearch queries and Sigma out.")
    .showHelpAfterError()
    .exitOverride();
  registerCommands(program);
  addHelpExamples(program);
  return program;
}

/** Runs the CLI on `argv` (as `process.argv`) and sets `process.exitCode`; never throws. */
export async function runCli(argv: readonly string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync([...argv]);
  } catch (e) {
    process.exitCode = exitCodeFor(e);
  }
}

/**
 * Maps what escaped a command to the documented exit codes: commander's own errors are
 * usage errors (2) except `--help`/`--version` (0); a RuleError is a failed rule (1, with
 * its diagnostics printed); anything else is a bug (70, with the stack).
 */
export function exitCodeFor(e: unknown): number {
  if (e instanceof CommanderError) {
    if (e.code === "commander.helpDisplayed" || e.code === "commander.version") return EXIT.ok;
    // `command.error(msg, { exitCode })` is a command's own failure: keep the code it chose.
    if (e.code === "commander.error") return e.exitCode;
    return EXIT.usage;
  }
  if (isRuleError(e)) {
    writeDiagnostics(e.diagnostics);
    return EXIT.failed;
  }
  process.stderr.write(`rulecast: internal error (please report it): ${(e as Error)?.stack ?? String(e)}\n`);
  return EXIT.internal;
}
