import type { Command } from "commander";
import { registerValidate } from "./validate.js";

/** Every subcommand. A new command adds one line here. */
export function registerCommands(program: Command): void {
  registerValidate(program);
}
