import { describe, expect, it } from "vitest";
import { afterRemoving, blockOrderOf, inReadingOrder, placeOf, stepFrom } from "./suggestion-order.ts";

const order = blockOrderOf([{ id: "p1" }, { id: "p2" }, { id: "p3" }]);
const s = (id: string, paragraphId: string, start: number, end = start + 4) => ({ id, target: { paragraphId, start, end } });

const items = [s("c", "p2", 10), s("a", "p1", 30), s("e", "p3", 0), s("b", "p2", 0), s("d", "p2", 10, 20), s("z", "gone", 0)];
const ordered = inReadingOrder(items, order);
const ids = (list: readonly { id: string }[]) => list.map((i) => i.id);

describe("inReadingOrder", () => {
  it("orders by paragraph, then start, end and ID; unknown paragraphs last", () => {
    expect(ids(ordered)).toEqual(["a", "b", "c", "d", "e", "z"]);
  });

  it("does not change the list it is given", () => {
    expect(ids(items)).toEqual(["c", "a", "e", "b", "d", "z"]);
  });
});

describe("stepFrom", () => {
  it("starts at the first going forward and at the last going back", () => {
    expect(stepFrom(ordered, order, null, "forward")?.id).toBe("a");
    expect(stepFrom(ordered, order, null, "backward")?.id).toBe("z");
  });

  it("walks every suggestion in order, then stops instead of wrapping", () => {
    const seen: string[] = [];
    let at = stepFrom(ordered, order, null, "forward");
    while (at) {
      seen.push(at.id);
      at = stepFrom(ordered, order, placeOf(at, order), "forward");
    }
    expect(seen).toEqual(["a", "b", "c", "d", "e", "z"]);
  });

  it("steps back past suggestions that start at the same offset", () => {
    const d = ordered.find((i) => i.id === "d");
    expect(d && stepFrom(ordered, order, placeOf(d, order), "backward")?.id).toBe("c");
    const a = ordered[0];
    expect(a && stepFrom(ordered, order, placeOf(a, order), "backward")).toBeNull();
  });

  it("says nothing in an empty list", () => {
    expect(stepFrom([], order, null, "forward")).toBeNull();
  });
});

describe("afterRemoving", () => {
  it("moves on to the next suggestion once the current one is accepted", () => {
    const gone = placeOf(s("c", "p2", 10), order);
    const rest = ordered.filter((i) => i.id !== "c");
    expect(afterRemoving(rest, order, gone)?.id).toBe("d");
  });

  it("falls back to the one before at the end, and to none when the list is empty", () => {
    const last = placeOf(s("z", "gone", 0), order);
    expect(afterRemoving(ordered, order, last)?.id).toBe("e");
    expect(afterRemoving([s("z", "gone", 0)], order, last)).toBeNull();
  });
});
