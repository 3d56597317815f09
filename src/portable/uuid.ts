import { fromHex, sha1, toHex } from "./sha1.js";

/**
 * RFC 9562 version-5 UUID (SHA-1 of namespace bytes + UTF-8 name), browser-safe.
 * Gives the same ids as the `node:crypto` construction.
 */
export function uuidV5Portable(name: string, namespace: string): string {
  const ns = fromHex(namespace.replace(/-/g, ""));
  const nameBytes = new TextEncoder().encode(name);
  const data = new Uint8Array(ns.length + nameBytes.length);
  data.set(ns);
  data.set(nameBytes, ns.length);
  const b = sha1(data).subarray(0, 16);
  b[6] = (b[6]! & 0x0f) | 0x50;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = toHex(b);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
