import { describe, expect, it } from "vitest";
import { derivedGuid, fnv1a64, guidOf, isGuid } from "./guid.ts";

describe("GUIDs", () => {
  it("computes FNV-1a 64 as published (test vectors of the FNV reference code)", () => {
    expect(fnv1a64("")).toBe("cbf29ce484222325");
    expect(fnv1a64("a")).toBe("af63dc4c8601ec8c");
    expect(fnv1a64("foobar")).toBe("85944171f73967e8");
  });

  it("hashes the UTF-8 bytes of every character, as a BigInt reference does", () => {
    const reference = (s: string) => {
      let h = 0xcbf29ce484222325n;
      for (const b of new TextEncoder().encode(s)) h = ((h ^ BigInt(b)) * 0x100000001b3n) & 0xffffffffffffffffn;
      return h.toString(16).padStart(16, "0");
    };
    for (const s of ["é", "€", "🌍", "a🇨🇳b", "𝐧𝐨𝐰", "x\uD800y"]) expect(fnv1a64(s)).toBe(reference(s));
  });

  it("derives the same GUID for the same key, a different one for another, in REFI-QDA's pattern", () => {
    const a = derivedGuid("code:position:urges");
    expect(a).toBe(derivedGuid("code:position:urges"));
    expect(a).not.toBe(derivedGuid("code:position:supports"));
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(isGuid(a)).toBe(true);
    expect(derivedGuid("🌍 ünïcode")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("differs in its first digits for keys that differ in their last character", () => {
    expect(derivedGuid("note:a1").slice(0, 8)).not.toBe(derivedGuid("note:a2").slice(0, 8));
  });

  it("does not collide over many keys", () => {
    const seen = new Set(Array.from({ length: 20_000 }, (_, i) => derivedGuid(`selection:${i}`)));
    expect(seen.size).toBe(20_000);
  });

  it("keeps an entity's own UUID, lower-cased and without braces, and derives one for other IDs", () => {
    expect(guidOf("user", "{0F8FAD5B-D9CB-469F-A165-70867728950E}")).toBe("0f8fad5b-d9cb-469f-a165-70867728950e");
    expect(guidOf("user", "u1")).toBe(derivedGuid("user:u1"));
    expect(isGuid("not-a-guid")).toBe(false);
  });
});
