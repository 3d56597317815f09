import { readFileSync } from "node:fs";
import { fail } from "../diagnostics/index.js";
import { builtinPipelines } from "./builtin.js";
import { loadPipeline } from "./load.js";
import type { Pipeline } from "./types.js";

/** A built-in pipeline by name, or a pipeline YAML file by path (Node only: reads the file). */
export function resolvePipeline(nameOrFile: string): Pipeline {
  const builtin = builtinPipelines()[nameOrFile];
  if (builtin) return builtin;
  let text: string;
  try {
    text = readFileSync(nameOrFile, "utf8");
  } catch {
    fail("pipeline/unknown", `'${nameOrFile}' is neither a built-in pipeline (${Object.keys(builtinPipelines()).join(", ")}) nor a readable file`);
  }
  return loadPipeline(text, nameOrFile);
}
