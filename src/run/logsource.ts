import type { LogSource, Rule } from "../ast/rule.js";
import { BUILTIN_LOGSOURCES, lookupLogSource } from "../convert/logsource-map.js";

/**
 * What the input events are, as far as routing rules goes: Sigma's product / category /
 * service, Splunk's source / sourcetype / index. Unset keys constrain nothing.
 */
export interface InputLogSource {
  readonly product?: string;
  readonly category?: string;
  readonly service?: string;
  readonly source?: string;
  readonly sourcetype?: string;
  readonly index?: string;
}

const KEYS = ["product", "category", "service", "source", "sourcetype", "index"] as const;

/** A malformed `--logsource` value (a command-line error, not a rule error). */
export class LogSourceOptionError extends Error {
  override readonly name = "LogSourceOptionError";
}

/** Parses `product=kubernetes,service=audit` (the `--logsource` option). */
export function parseLogSourceOption(text: string): InputLogSource {
  const out: Record<string, string> = {};
  for (const part of text.split(",").map((s) => s.trim()).filter(Boolean)) {
    const eq = part.indexOf("=");
    const key = eq < 0 ? "" : part.slice(0, eq).trim();
    if (!(KEYS as readonly string[]).includes(key)) {
      throw new LogSourceOptionError(`--logsource: expected key=value with key one of ${KEYS.join(", ")}, got ${JSON.stringify(part)}`);
    }
    out[key] = part.slice(eq + 1).trim();
  }
  return out;
}

/** True when no key is set: every rule then runs as if its log source matched. */
export function isUnspecified(input: InputLogSource): boolean {
  return KEYS.every((k) => input[k] === undefined);
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Splunk metadata values may be wildcards (`source=*kube*`). */
function splunkValueMatches(ruleValue: string, input: string): boolean {
  if (!ruleValue.includes("*")) return same(ruleValue, input);
  const re = new RegExp("^" + ruleValue.split("*").map((p) => p.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&")).join(".*") + "$", "is");
  return re.test(input);
}

/** The input's Sigma log source: as given, else what its Splunk source/sourcetype stands for (the Splunk->Sigma table). */
function inputSigmaKeys(input: InputLogSource): Pick<InputLogSource, "product" | "category" | "service"> {
  if (input.product !== undefined || input.category !== undefined || input.service !== undefined) return input;
  const row = BUILTIN_LOGSOURCES.find((r) =>
    (r.source !== undefined && input.source !== undefined && same(r.source, input.source)) ||
    (r.sourcetype !== undefined && input.sourcetype !== undefined && same(r.sourcetype, input.sourcetype)));
  return row?.logsource ?? {};
}

/**
 * Does a rule apply to input of this log source? A log source key that both the rule and the
 * input name must agree (case-insensitively); keys only one side names do not constrain.
 * Sigma rules are routed by product/category/service, Splunk rules by source/sourcetype/index
 * and also, when their log source is a known one (`kube_audit`, `source=kubernetes`, ...), by
 * the Sigma log source it stands for; a Splunk-only input (`--source kubernetes`) routes Sigma
 * rules the same way.
 */
export function ruleAppliesTo(rule: Rule, input: InputLogSource): boolean {
  const ls: LogSource = rule.logsource;
  const sigma = ls.splunk ? { ...lookupLogSource(ls)?.logsource, ...pick(ls) } : ls;
  const have = inputSigmaKeys(input);
  for (const k of ["product", "category", "service"] as const) {
    const want = sigma[k];
    if (want !== undefined && have[k] !== undefined && !same(want, have[k]!)) return false;
  }
  const splunk = ls.splunk;
  if (splunk) {
    for (const k of ["source", "sourcetype", "index"] as const) {
      const want = splunk[k];
      const given = input[k];
      if (want && want.length > 0 && given !== undefined && !want.some((w) => splunkValueMatches(w, given))) return false;
    }
  }
  return true;
}

function pick(ls: LogSource): Pick<LogSource, "product" | "category" | "service"> {
  const out: { product?: string; category?: string; service?: string } = {};
  for (const k of ["product", "category", "service"] as const) if (ls[k] !== undefined) out[k] = ls[k];
  return out;
}
