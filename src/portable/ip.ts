/**
 * IP address syntax checks with the same answers as `node:net`'s `isIPv4`/`isIPv6`, for
 * code in the browser-safe core (`node:net` does not exist in browsers).
 */

const V4_OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
const V4 = `${V4_OCTET}(?:\\.${V4_OCTET}){3}`;
const IPV4 = new RegExp(`^${V4}$`);

/** Dotted-quad IPv4 without leading zeros, as Node accepts it. */
export function isIPv4(s: string): boolean {
  return IPV4.test(s);
}

/** IPv6 text form (RFC 4291 §2.2: `::` compression, embedded IPv4 tail, optional `%zone`). */
export function isIPv6(s: string): boolean {
  const pct = s.indexOf("%");
  let addr = s;
  if (pct >= 0) {
    const zone = s.slice(pct + 1);
    if (zone === "" || /[%\s]/.test(zone)) return false;
    addr = s.slice(0, pct);
  }
  let groups = 8;
  const lastColon = addr.lastIndexOf(":");
  if (lastColon >= 0 && addr.slice(lastColon + 1).includes(".")) {
    if (!isIPv4(addr.slice(lastColon + 1))) return false;
    addr = addr.slice(0, lastColon + 1) + "0:0"; // the IPv4 tail stands for two groups
  }
  const halves = addr.split("::");
  if (halves.length > 2) return false;
  const hex = /^[0-9a-fA-F]{1,4}$/;
  const parts = (h: string) => (h === "" ? [] : h.split(":"));
  if (halves.length === 1) {
    const p = parts(addr);
    return p.length === groups && p.every((g) => hex.test(g));
  }
  const [head, tail] = [parts(halves[0]!), parts(halves[1]!)];
  groups -= 1; // `::` stands for at least one group
  return head.length + tail.length <= groups && [...head, ...tail].every((g) => hex.test(g));
}

/** 4 for IPv4, 6 for IPv6, 0 otherwise (as `node:net`'s `isIP`). */
export function isIP(s: string): 0 | 4 | 6 {
  return isIPv4(s) ? 4 : isIPv6(s) ? 6 : 0;
}
