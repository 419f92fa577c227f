import { describe, expect, it } from "vitest";
import { resolveTarget } from "./resolve-target.ts";
import { selectedSpan } from "./span-quote.ts";

const blocks = [
  { id: "h1", text: "Opening remarks" },
  { id: "p1", text: "Mr. President," },
  { id: "p2", text: "We welcome the report 🌐 and support it." },
];
const at = (block: number, offset: number) => ({ block, offset });

describe("selectedSpan", () => {
  it("gives the target and the quote with its context, as resolveTarget reads them back", () => {
    const start = blocks[2]!.text.indexOf("the report");
    const span = selectedSpan(blocks, at(2, start), at(2, start + 10));
    expect(span).toEqual({
      target: { paragraphId: "p2", start, end: start + 10 },
      quote: { exact: "the report", prefix: "We welcome ", suffix: " 🌐 and support it." },
    });
    const back = resolveTarget(blocks, { ...span!.target, exact: span!.quote.exact });
    expect(back).toEqual({ ok: true, value: span });
  });

  it("trims white space and block boundaries at either end", () => {
    expect(selectedSpan(blocks, at(1, 14), at(2, 2))?.target).toEqual({ paragraphId: "p2", start: 0, end: 2 });
    expect(selectedSpan(blocks, at(1, 0), at(2, 0))).toMatchObject({ target: { paragraphId: "p1", start: 0, end: 14 } });
  });

  it("joins the blocks of a span across them with a newline", () => {
    expect(selectedSpan(blocks, at(0, 8), at(1, 3))?.quote.exact).toBe("remarks\nMr.");
  });

  it("never starts or ends inside a surrogate pair", () => {
    const globe = blocks[2]!.text.indexOf("🌐");
    const span = selectedSpan(blocks, at(2, globe + 1), at(2, globe + 1 + 1));
    expect(span?.quote.exact).toBe("🌐");
  });

  it("is nothing for a span of white space or an empty one", () => {
    expect(selectedSpan(blocks, at(1, 14), at(2, 0))).toBeNull();
    expect(selectedSpan(blocks, at(2, 3), at(2, 3))).toBeNull();
  });
});
