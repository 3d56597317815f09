import { isMap, isSeq, LineCounter, parseDocument, type Document } from "yaml";
import { diagnostic, RuleError, type Diagnostic } from "../diagnostics/index.js";
import type { FieldCondition, Pipeline, RuleCondition, Transformation, TransformationType } from "./types.js";

const TYPES: ReadonlySet<string> = new Set<TransformationType>([
  "field_name_mapping", "field_name_prefix_mapping", "field_name_prefix", "field_name_suffix",
  "add_condition", "set_state", "change_logsource", "rule_failure",
]);

/**
 * Reads a processing pipeline in pySigma's YAML format. Throws RuleError with
 * `pipeline/invalid` diagnostics (with line and column) for anything it does not understand,
 * so a pipeline is never half-applied.
 */
export function loadPipeline(yamlText: string, file?: string): Pipeline {
  const lc = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: lc });
  const errors: Diagnostic[] = [];
  const at = (path: (string | number)[]) => {
    const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
    const offset = node?.range?.[0] ?? 0;
    const p = lc.linePos(offset);
    return { file, pos: { line: p.line, column: p.col, offset } };
  };
  const bad = (path: (string | number)[], message: string) => errors.push(diagnostic("pipeline/invalid", message, at(path)));
  for (const e of doc.errors) errors.push(diagnostic("pipeline/invalid", e.message, { file, pos: { line: e.linePos?.[0]?.line ?? 1, column: e.linePos?.[0]?.col ?? 1 } }));
  if (errors.length) throw new RuleError(errors);
  if (!isMap(doc.contents)) throw new RuleError([diagnostic("pipeline/invalid", "a pipeline is a YAML mapping", { file, pos: { line: 1, column: 1 } })]);
  const root = doc.toJS() as Record<string, unknown>;
  const transformations: Transformation[] = [];
  const list = root.transformations;
  if (!Array.isArray(list)) bad(["transformations"], "`transformations` must be a list");
  else list.forEach((t, i) => {
    const tr = readTransformation(t, ["transformations", i], bad);
    if (tr) transformations.push(tr);
  });
  for (const key of Object.keys(root)) {
    if (!["name", "priority", "transformations", "strict", "vars", "allowed_backends", "finalizers", "postprocessing"].includes(key)) bad([key], `unknown pipeline key '${key}'`);
  }
  if (root.finalizers !== undefined || root.postprocessing !== undefined) bad([root.finalizers !== undefined ? "finalizers" : "postprocessing"], "finalizers and postprocessing are not supported");
  if (errors.length) throw new RuleError(errors);
  return Object.freeze({
    name: typeof root.name === "string" ? root.name : (file ?? "pipeline"),
    priority: typeof root.priority === "number" ? root.priority : 0,
    strict: root.strict === true,
    transformations: Object.freeze(transformations),
    ...(file ? { file } : {}),
  });
}

type Bad = (path: (string | number)[], message: string) => void;

function strings(v: unknown): string[] | undefined {
  if (typeof v === "string") return [v];
  if (Array.isArray(v) && v.every((x) => typeof x === "string")) return v as string[];
  return undefined;
}

function readTransformation(t: unknown, path: (string | number)[], bad: Bad): Transformation | undefined {
  if (typeof t !== "object" || t === null || Array.isArray(t)) {
    bad(path, "a transformation is a mapping");
    return undefined;
  }
  const o = t as Record<string, unknown>;
  const type = o.type;
  if (typeof type !== "string" || !TYPES.has(type)) {
    bad([...path, "type"], `unsupported transformation type '${String(type)}' (supported: ${[...TYPES].join(", ")})`);
    return undefined;
  }
  const out: { -readonly [K in keyof Transformation]: Transformation[K] } = {
    type: type as TransformationType,
    ruleConditions: readRuleConditions(o.rule_conditions, [...path, "rule_conditions"], bad),
    ruleConditionOp: o.rule_cond_op === "or" ? "or" : "and",
    ruleConditionNot: o.rule_cond_not === true,
    fieldConditions: readFieldConditions(o.field_name_conditions, [...path, "field_name_conditions"], bad),
    fieldConditionOp: o.field_name_cond_op === "or" ? "or" : "and",
    fieldConditionNot: o.field_name_cond_not === true,
  };
  if (typeof o.id === "string") out.id = o.id;
  switch (out.type) {
    case "field_name_mapping":
    case "field_name_prefix_mapping": {
      const m = o.mapping;
      if (typeof m !== "object" || m === null || Array.isArray(m)) bad([...path, "mapping"], "`mapping` must map field names to names");
      else {
        const mapping: Record<string, string[]> = {};
        for (const [k, v] of Object.entries(m)) {
          const names = strings(v);
          if (!names || names.length === 0 || (out.type === "field_name_prefix_mapping" && names.length !== 1)) bad([...path, "mapping", k], `bad mapping for '${k}'`);
          else mapping[k] = names;
        }
        out.mapping = mapping;
      }
      break;
    }
    case "field_name_prefix":
    case "field_name_suffix": {
      const key = out.type === "field_name_prefix" ? "prefix" : "suffix";
      if (typeof o[key] !== "string") bad([...path], `\`${key}\` must be a string`);
      else out[key] = o[key] as string;
      break;
    }
    case "add_condition": {
      const c = o.conditions;
      if (typeof c !== "object" || c === null || Array.isArray(c)) bad([...path, "conditions"], "`conditions` must map fields to values");
      else {
        const conditions: Record<string, (string | number | boolean | null)[]> = {};
        for (const [k, v] of Object.entries(c)) {
          const vals = Array.isArray(v) ? v : [v];
          if (!vals.every((x) => x === null || ["string", "number", "boolean"].includes(typeof x))) bad([...path, "conditions", k], `bad value for '${k}'`);
          else conditions[k] = vals as (string | number | boolean | null)[];
        }
        out.conditions = conditions;
      }
      break;
    }
    case "set_state":
      if (typeof o.key !== "string" || (typeof o.val !== "string" && typeof o.val !== "number")) bad(path, "set_state needs `key` and `val`");
      else {
        out.key = o.key;
        out.val = String(o.val);
      }
      break;
    case "change_logsource": {
      const ls: { product?: string; category?: string; service?: string } = {};
      for (const k of ["product", "category", "service"] as const) if (typeof o[k] === "string") ls[k] = o[k] as string;
      out.logsource = ls;
      break;
    }
    case "rule_failure":
      out.message = typeof o.message === "string" ? o.message : "rule rejected by the processing pipeline";
      break;
  }
  return Object.freeze(out);
}

function readRuleConditions(v: unknown, path: (string | number)[], bad: Bad): RuleCondition[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) {
    bad(path, "`rule_conditions` must be a list");
    return [];
  }
  const out: RuleCondition[] = [];
  v.forEach((c: Record<string, unknown>, i) => {
    const pick = (keys: string[]) => Object.fromEntries(keys.filter((k) => typeof c[k] === "string").map((k) => [k, c[k] as string]));
    switch (c?.type) {
      case "logsource":
        out.push({ type: "logsource", ...pick(["product", "category", "service"]) });
        break;
      case "splunk_logsource":
        out.push({ type: "splunk_logsource", ...pick(["source", "sourcetype", "macro"]) });
        break;
      case "is_sigma_rule":
      case "is_sigma_correlation_rule":
        out.push({ type: c.type });
        break;
      default:
        bad([...path, i], `unsupported rule condition type '${String(c?.type)}'`);
    }
  });
  return out;
}

function readFieldConditions(v: unknown, path: (string | number)[], bad: Bad): FieldCondition[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) {
    bad(path, "`field_name_conditions` must be a list");
    return [];
  }
  const out: FieldCondition[] = [];
  v.forEach((c: Record<string, unknown>, i) => {
    const fields = strings(c?.fields);
    if ((c?.type !== "include_fields" && c?.type !== "exclude_fields") || !fields) bad([...path, i], "a field name condition is include_fields/exclude_fields with `fields`");
    else {
      const mode = c.mode === "re" ? "re" : "plain";
      if (mode === "re") for (const f of fields) {
        try {
          new RegExp(f);
        } catch {
          bad([...path, i], `bad regular expression '${f}'`);
        }
      }
      out.push({ type: c.type, fields, mode });
    }
  });
  return out;
}

export type { Document };
