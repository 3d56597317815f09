import { describe, expect, it } from "vitest";
import { RULECAST_UUID_NAMESPACE, uuidV5 } from "../../src/convert/uuid.js";
import * as shim from "../../playground/src/shims/uuid.js";

describe("playground shims give the core's answers", () => {
  it("uuidV5 shim equals src/convert/uuid.ts", () => {
    expect(shim.RULECAST_UUID_NAMESPACE).toBe(RULECAST_UUID_NAMESPACE);
    for (const name of ["", "kubernetes_pod_created_in_default_namespace", "ünïcödé ✓", "x".repeat(200)]) {
      expect(shim.uuidV5(name)).toBe(uuidV5(name));
    }
  });
});
