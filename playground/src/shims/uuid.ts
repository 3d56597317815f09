/**
 * Browser stand-in for src/convert/uuid.ts, which uses `node:crypto` and `Buffer`
 * (not available in browsers). Same ids (test/playground/shims.test.ts checks it).
 * Remove once src/convert/uuid.ts uses src/portable/uuid.ts itself.
 */
import { uuidV5Portable } from "../../../src/portable/uuid.js";

export const RULECAST_UUID_NAMESPACE = "5a1c3f0e-8b7d-4c2a-9e61-3d0f6b2a7c45";

export function uuidV5(name: string, namespace: string = RULECAST_UUID_NAMESPACE): string {
  return uuidV5Portable(name, namespace);
}
