import { uuidV5Portable } from "../portable/uuid.js";

/**
 * The namespace of every id rulecast derives (a fixed random UUID; changing it would
 * change every converted rule's id).
 */
export const RULECAST_UUID_NAMESPACE = "5a1c3f0e-8b7d-4c2a-9e61-3d0f6b2a7c45";

/** RFC 9562 version-5 UUID (SHA-1 of namespace + name): the same name always gives the same id. Browser-safe. */
export function uuidV5(name: string, namespace: string = RULECAST_UUID_NAMESPACE): string {
  return uuidV5Portable(name, namespace);
}
