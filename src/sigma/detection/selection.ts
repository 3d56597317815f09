import * as build from "../../ast/builders.js";
import type { Expr } from "../../ast/expr.js";
import type { SourcePos } from "../../ast/position.js";
import type { RuleContext } from "../context.js";
import { isRecord } from "../source/yaml-documents.js";
import { detectionItemExpr } from "./detection-item.js";
import { splitDetectionKey } from "./modifiers.js";

/**
 * Converts one search identifier (a named selection of `detection:`) into an expression:
 * - a map: every item holds (AND);
 * - a list of maps: any map holds (OR);
 * - a list of plain values, or a single value: keywords, any of them found in the event (OR);
 * Returns undefined (after reporting) when some part is invalid.
 */
export function selectionExpr(ctx: RuleContext, name: string, value: unknown, pos: SourcePos | undefined): Expr | undefined {
  const origin = { selection: name };
  if (isRecord(value)) return mapExpr(ctx, name, value);
  if (Array.isArray(value)) {
    if (value.length === 0) {
      ctx.report("sigma/invalid-detection", `selection \`${name}\` is an empty list`, pos);
      return undefined;
    }
    const keywords: unknown[] = [];
    const keywordIndexes: number[] = [];
    const parts: Expr[] = [];
    let ok = true;
    value.forEach((item, i) => {
      if (isRecord(item)) {
        const e = mapExpr(ctx, name, item);
        if (e) parts.push(e);
        else ok = false;
      } else if (Array.isArray(item)) {
        ctx.report("sigma/invalid-detection", `selection \`${name}\` has a nested list; a list holds maps or values`, ctx.positions.value(value, i));
        ok = false;
      } else {
        keywords.push(item);
        keywordIndexes.push(i);
      }
    });
    if (keywords.length > 0) {
      const e = detectionItemExpr(ctx, {
        key: { modifiers: [] },
        value: keywords,
        keyPos: pos,
        valuePos: (i) => (i === undefined ? pos : ctx.positions.value(value, keywordIndexes[i]!)),
      }, name);
      if (e) parts.push(e);
      else ok = false;
    }
    if (!ok) return undefined;
    return parts.length === 1 ? parts[0]! : build.or(parts, { pos, origin });
  }
  if (value === null || value === undefined) {
    ctx.report("sigma/invalid-detection", `selection \`${name}\` is empty`, pos);
    return undefined;
  }
  // A single keyword.
  return detectionItemExpr(ctx, { key: { modifiers: [] }, value, keyPos: pos, valuePos: () => pos }, name);
}

function mapExpr(ctx: RuleContext, name: string, map: Record<string, unknown>): Expr | undefined {
  const keys = Object.keys(map);
  const pos = ctx.positions.of(map);
  if (keys.length === 0) {
    ctx.report("sigma/invalid-detection", `selection \`${name}\` has an empty map`, pos);
    return undefined;
  }
  const parts: Expr[] = [];
  let ok = true;
  for (const key of keys) {
    const value = map[key];
    if (isRecord(value)) {
      ctx.report("sigma/invalid-detection", `\`${key}\` in selection \`${name}\` has a map as value; values are plain values or lists of them`, ctx.positions.value(map, key));
      ok = false;
      continue;
    }
    const e = detectionItemExpr(ctx, {
      key: splitDetectionKey(key),
      written: key,
      value,
      keyPos: ctx.positions.key(map, key),
      valuePos: (i) => (i === undefined ? ctx.positions.value(map, key) : ctx.positions.value(value, i)),
    }, name);
    if (e) parts.push(e);
    else ok = false;
  }
  if (!ok) return undefined;
  return parts.length === 1 ? parts[0]! : build.and(parts, { pos, origin: { selection: name } });
}
