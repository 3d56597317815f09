import Ajv2020, { type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import type { RuleContext } from "./context.js";
import correlationSchema from "./schema/sigma-correlation-rules-schema.json" with { type: "json" };
import detectionSchema from "./schema/sigma-detection-rule-schema.json" with { type: "json" };
import filterSchema from "./schema/sigma-filters-schema.json" with { type: "json" };

export type SigmaRuleKind = "detection" | "correlation" | "filter";

const SCHEMAS: Record<SigmaRuleKind, object> = { detection: detectionSchema, correlation: correlationSchema, filter: filterSchema };
let ajv: Ajv2020 | undefined;
const validators: Partial<Record<SigmaRuleKind, ValidateFunction>> = {};

/**
 * The official schema for a kind of rule, compiled once on first use (compiling costs far
 * more than validating; a run that sees no correlation or filter rule never compiles theirs).
 */
function compiled(kind: SigmaRuleKind): ValidateFunction {
  let validate = validators[kind];
  if (!validate) {
    if (!ajv) {
      // strict: false because the official schemas use a few non-standard keywords (e.g. `items` on objects).
      ajv = new Ajv2020({ allErrors: true, strict: false });
      addFormats(ajv);
    }
    validate = ajv.compile(SCHEMAS[kind]);
    validators[kind] = validate;
  }
  return validate;
}

/**
 * Validates a rule document against the official Sigma JSON schema for its kind and
 * reports each violation as `sigma/schema` at the offending YAML node.
 */
export function validateSigmaSchema(ctx: RuleContext, doc: Record<string, unknown>, kind: SigmaRuleKind): void {
  const validate = compiled(kind);
  if (validate(doc)) return;
  for (const { path, message, asKey } of summarize(validate.errors ?? [])) {
    const where = path.length === 0 ? "the rule" : `\`${path.join(".")}\``;
    ctx.report("sigma/schema", `${where} ${message} (${kind} rule schema)`, ctx.positions.at(doc, path, asKey));
  }
}

interface Violation {
  path: (string | number)[];
  message: string;
  asKey: boolean;
}

/**
 * One message per offending node: alternatives of `oneOf` consts become "must be one of",
 * and the generic "must match a schema in anyOf" is dropped when a more precise error exists.
 */
function summarize(errors: readonly ErrorObject[]): Violation[] {
  const byPath = new Map<string, ErrorObject[]>();
  for (const e of errors) {
    const list = byPath.get(e.instancePath) ?? [];
    list.push(e);
    byPath.set(e.instancePath, list);
  }
  const out: Violation[] = [];
  for (const [pointer, list] of byPath) {
    const path = pointer === "" ? [] : pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
    const consts = list.filter((e) => e.keyword === "const").map((e) => JSON.stringify((e.params as { allowedValue: unknown }).allowedValue));
    if (consts.length > 0) {
      out.push({ path, message: `must be one of ${consts.join(", ")}`, asKey: false });
      continue;
    }
    const types = list.filter((e) => e.keyword === "type").map((e) => (e.params as { type: string }).type);
    if (types.length > 1) {
      out.push({ path, message: `must be ${types.join(" or ")}`, asKey: false });
      continue;
    }
    const precise = list.filter((e) => e.keyword !== "anyOf" && e.keyword !== "oneOf" && e.keyword !== "if");
    const chosen = precise.length > 0 ? precise : list;
    const seen = new Set<string>();
    for (const e of chosen) {
      let message = e.message ?? "is invalid";
      let p = path;
      let asKey = false;
      if (e.keyword === "additionalProperties") {
        const extra = (e.params as { additionalProperty: string }).additionalProperty;
        p = [...path, extra];
        asKey = true;
        message = "is not allowed here";
      } else if (e.keyword === "required") {
        message = `needs \`${(e.params as { missingProperty: string }).missingProperty}\``;
      }
      const key = `${p.join("/")}|${message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ path: p, message, asKey });
    }
  }
  return out;
}
