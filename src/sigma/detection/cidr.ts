import { isIPv4, isIPv6 } from "../../portable/ip.js";

/**
 * True for an IPv4 or IPv6 network in CIDR notation (`10.0.0.0/8`, `fe80::/10`), or a
 * single address (a /32 or /128 network), as pySigma's non-strict network parsing accepts.
 * IPv6 zone ids are refused (no backend can match them).
 */
export function isValidCidr(text: string): boolean {
  const slash = text.indexOf("/");
  const address = slash < 0 ? text : text.slice(0, slash);
  const prefix = slash < 0 ? undefined : text.slice(slash + 1);
  // A zone id (`fe80::1%eth0`) names an interface, not a network: event values never carry one.
  if (address.includes("%")) return false;
  const max = isIPv4(address) ? 32 : isIPv6(address) ? 128 : undefined;
  if (max === undefined) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= max;
}
