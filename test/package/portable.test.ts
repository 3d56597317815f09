import { createHash } from "node:crypto";
import { isIPv4 as nodeIsIPv4, isIPv6 as nodeIsIPv6 } from "node:net";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isIP, isIPv4, isIPv6 } from "../../src/portable/ip.js";
import { fromHex, sha1, toHex } from "../../src/portable/sha1.js";
import { uuidV5Portable } from "../../src/portable/uuid.js";

describe("browser-safe replacements give Node's answers", () => {
  it("sha1 equals node:crypto on known vectors and random data", () => {
    expect(toHex(sha1(new TextEncoder().encode("abc")))).toBe("a9993e364706816aba3e25717850c26c9cd0d89d");
    expect(toHex(sha1(new Uint8Array()))).toBe("da39a3ee5e6b4b0d3255bfef95601890afd80709");
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      expect(toHex(sha1(bytes))).toBe(createHash("sha1").update(bytes).digest("hex"));
    }), { numRuns: 300 });
  });

  it("uuidV5 matches RFC 9562's example and the node:crypto construction", () => {
    // RFC 9562 appendix A.4: DNS namespace, name "www.example.com".
    expect(uuidV5Portable("www.example.com", "6ba7b810-9dad-11d1-80b4-00c04fd430c8")).toBe("2ed6657d-e927-568b-95e1-2665a8aea6a2");
    expect(toHex(fromHex("00ff10"))).toBe("00ff10");
    expect(() => fromHex("0g")).toThrow();
  });

  it("isIPv4/isIPv6 agree with node:net", () => {
    const samples = [
      "1.2.3.4", "255.255.255.255", "256.1.1.1", "01.2.3.4", "1.2.3", "1.2.3.4.5", "0.0.0.0", " 1.2.3.4", "",
      "::", "::1", "1::", "fe80::1%eth0", "fe80::1%", "2001:db8::8a2e:370:7334", "2001:db8:0:0:0:0:2:1", "1:2:3:4:5:6:7:8:9",
      "1:2:3:4:5:6:7::", "::ffff:192.168.1.1", "::ffff:999.1.1.1", "1::2::3", ":1:2:3:4:5:6:7", "12345::", "g::1", "1:2:3:4:5:6:1.2.3.4",
    ];
    for (const s of samples) {
      expect(isIPv4(s), s).toBe(nodeIsIPv4(s));
      expect(isIPv6(s), s).toBe(nodeIsIPv6(s));
    }
    const hexGroup = fc.stringMatching(/^[0-9a-f]{0,5}$/);
    fc.assert(fc.property(fc.array(hexGroup, { minLength: 1, maxLength: 10 }), fc.boolean(), (gs, zone) => {
      const s = gs.join(":") + (zone ? "%1" : "");
      expect(isIPv6(s), s).toBe(nodeIsIPv6(s));
    }), { numRuns: 2000 });
    expect(isIP("10.0.0.1")).toBe(4);
    expect(isIP("::1")).toBe(6);
    expect(isIP("x")).toBe(0);
  });
});
