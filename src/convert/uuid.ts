import { createHash } from "node:crypto";

/**
 * The namespace of every id rulecast derives (a fixed random UUID; changing it would
 * change every converted rule's id).
 */
export const RULECAST_UUID_NAMESPACE = "5a1c3f0e-8b7d-4c2a-9e61-3d0f6b2a7c45";

/** RFC 9562 version-5 UUID (SHA-1 of namespace + name): the same name always gives the same id. */
export function uuidV5(name: string, namespace: string = RULECAST_UUID_NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ""), "hex");
  const hash = createHash("sha1").update(ns).update(Buffer.from(name, "utf8")).digest();
  const b = hash.subarray(0, 16);
  b[6] = (b[6]! & 0x0f) | 0x50;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = b.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
