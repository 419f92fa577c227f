import { describe, expect, it } from "vitest";
import { withCodeNames } from "./code.ts";

const cyber = { id: "c1", name: "cybercrime", type: "topic" as const };
const oda = { id: "c2", name: "ODA", type: "label" as const };

describe("withCodeNames", () => {
  it("names a position's topics and every annotation's labels from its codes, in order", () => {
    expect(withCodeNames("position", { stance: "urges", topics: ["old name"] }, [cyber, oda])).toEqual({
      attributes: { stance: "urges", topics: ["cybercrime"] },
      labels: ["ODA"],
    });
  });

  it("leaves topics out of a position without topic codes, and never gives another kind topics", () => {
    expect(withCodeNames("position", { stance: "urges", topics: ["gone"] }, [oda]).attributes).toEqual({ stance: "urges" });
    expect(withCodeNames("commitment", { strength: "pledge" }, [cyber, oda])).toEqual({
      attributes: { strength: "pledge" },
      labels: ["ODA"],
    });
  });
});
