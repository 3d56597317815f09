import type { Command } from "commander";
import { registerConvert } from "./convert.js";
import { registerRun } from "./run.js";
import { registerTest } from "./test.js";
import { registerValidate } from "./validate.js";

/** Every subcommand. A new command adds one line here. */
export function registerCommands(program: Command): void {
  registerValidate(program);
  registerConvert(program);
  registerRun(program);
  registerTest(program);
}
