import { describe, expect, it } from "vitest";
import { blockOrderOf, sortInReadingOrder } from "./reading-order.ts";
import { makeAnnotation } from "./test-fixtures.ts";

const order = blockOrderOf([{ id: "h1" }, { id: "p1" }, { id: "p3" }, { id: "p2" }]);
const at = (paragraphId: string, start: number, extra: Partial<Parameters<typeof makeAnnotation>[0]> = {}) =>
  makeAnnotation({ target: { paragraphId, start, end: start + 3 }, ...extra });

describe("sortInReadingOrder", () => {
  it("orders by the paragraph's place in the statement, not its ID, then by offset", () => {
    const a = at("p2", 0);
    const b = at("p3", 10);
    const c = at("p3", 2);
    const d = at("p1", 50);
    expect(sortInReadingOrder([a, b, c, d], order).map((x) => x.id)).toEqual([d, c, b, a].map((x) => x.id));
  });

  it("puts the shorter of two spans starting together first, then the older", () => {
    const long = makeAnnotation({ target: { paragraphId: "p1", start: 0, end: 9 } });
    const short = makeAnnotation({ target: { paragraphId: "p1", start: 0, end: 4 } });
    const acrossLater = makeAnnotation({ target: { paragraphId: "p1", start: 0, end: 2, endParagraphId: "p3" } });
    const newer = makeAnnotation({ target: { paragraphId: "p1", start: 0, end: 4 }, createdAt: "2025-01-01T00:00:00.000Z" });
    expect(sortInReadingOrder([newer, acrossLater, long, short], order)).toEqual([short, newer, long, acrossLater]);
  });

  it("puts paragraphs missing from the current revision last, by their number", () => {
    const gone9 = at("p9", 0);
    const gone7 = at("p7", 0);
    const here = at("p2", 0);
    expect(sortInReadingOrder([gone9, here, gone7], order)).toEqual([here, gone7, gone9]);
  });

  it("does not change the list it is given", () => {
    const list = [at("p2", 0), at("p1", 0)];
    const copy = [...list];
    sortInReadingOrder(list, order);
    expect(list).toEqual(copy);
  });
});
