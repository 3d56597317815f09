import type { TimePart } from "../../ast/expr.js";

/** Every modifier the Sigma specification (v2.1) defines, plus pySigma's long names of the regex flags. */
export const SIGMA_MODIFIERS = new Set([
  "all", "startswith", "endswith", "contains", "exists", "cased", "neq",
  "windash", "re", "i", "m", "s", "ignorecase", "multiline", "dotall",
  "base64", "base64offset", "utf16le", "utf16be", "utf16", "wide",
  "lt", "lte", "gt", "gte",
  "minute", "hour", "day", "week", "month", "year",
  "cidr", "expand", "fieldref",
]);

export const COMPARE_MODIFIERS: Readonly<Record<string, "lt" | "lte" | "gt" | "gte">> = { lt: "lt", lte: "lte", gt: "gt", gte: "gte" };
export const TIME_MODIFIERS: ReadonlySet<string> = new Set<TimePart>(["minute", "hour", "day", "week", "month", "year"]);
export const REGEX_FLAG_MODIFIERS: Readonly<Record<string, "i" | "m" | "s">> = {
  i: "i", ignorecase: "i", m: "m", multiline: "m", s: "s", dotall: "s",
};

/** A detection item's key split into its field (undefined for keyword items like `|all`) and modifiers. */
export interface DetectionKey {
  readonly field?: string;
  readonly modifiers: readonly string[];
}

export function splitDetectionKey(key: string): DetectionKey {
  const [field, ...modifiers] = key.split("|");
  return field === "" || field === undefined ? { modifiers } : { field, modifiers };
}
