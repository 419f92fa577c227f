import { describe, expect, it } from "vitest";
import { delegationKey, delegationWords } from "./delegation-key.ts";
import { stripDelegationWords, withoutFormalPrefix } from "./strip-delegation.ts";

const strip = (text: string) => stripDelegationWords(delegationWords(text) ?? []).join(" ");

describe("delegationWords and delegationKey", () => {
  it("fold case, accents, punctuation and 'St.'", () => {
    expect(delegationWords("Côte d’Ivoire")).toEqual(["cote", "d", "ivoire"]);
    expect(delegationKey("St. Kitts & Nevis")).toBe("saintkittsandnevis");
    expect(delegationKey("The Gambia")).toBe("gambia");
  });

  it("refuse text too long to be a name", () => {
    expect(delegationWords("x".repeat(301))).toBeNull();
    expect(delegationWords("a ".repeat(41))).toBeNull();
  });
});

describe("stripDelegationWords", () => {
  it("removes lead-ins, a mission's destination and a members suffix", () => {
    expect(strip("on behalf of the Group of 77 and China")).toBe("group of 77 and china");
    expect(strip("Permanent Mission of Japan to the United Nations in New York")).toBe("japan");
    expect(strip("European Union and their member countries")).toBe("european union");
    expect(strip("African Union and its members")).toBe("african union");
  });

  it("keeps 'and China', 'to' outside a mission, and a lead-in with nothing after it", () => {
    expect(strip("G-77 and China")).toBe("g 77 and china");
    expect(strip("Friends to the end")).toBe("friends to the end");
    expect(strip("on behalf of")).toBe("on behalf of");
  });
});

describe("withoutFormalPrefix", () => {
  it("drops a State's formal prefix, and answers null without one", () => {
    expect(withoutFormalPrefix(["the", "kingdom", "of", "the", "netherlands"])).toEqual(["the", "netherlands"]);
    expect(withoutFormalPrefix(["democratic", "republic", "of", "the", "congo"])).toBeNull();
    expect(withoutFormalPrefix(["republic", "of"])).toBeNull();
  });
});
