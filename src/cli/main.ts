#!/usr/bin/env node
import { Command } from "commander";
import { registerCommands } from "./commands/index.js";

/** The `rulecast` command line: a thin layer over the public API. */
export function buildProgram(): Command {
  const program = new Command();
  program
    .name("rulecast")
    .description("Transpile detection rules: Sigma and Splunk SPL in; matchers, Elasticsearch queries and Sigma out.")
    .showHelpAfterError()
    .exitOverride();
  registerCommands(program);
  return program;
}

async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (e) {
    const code = (e as { exitCode?: number }).exitCode;
    if (typeof code === "number") process.exitCode = code;
    else {
      process.stderr.write(`rulecast: ${(e as Error).stack ?? String(e)}\n`);
      process.exitCode = 70; // internal error (EX_SOFTWARE)
    }
  }
}

void main(process.argv);
