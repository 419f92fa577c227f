import { describe, expect, it } from "vitest";
import { moveCurrent, queueCommand, resolveCurrent } from "./queue-keys.ts";

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target: null,
  ...mods,
});

describe("queue keys", () => {
  it("maps J, K, A, R and D, in either case", () => {
    expect(["j", "k", "a", "r", "d", "J", "A"].map((k) => queueCommand(key(k)))).toEqual([
      "next",
      "previous",
      "accept",
      "reject",
      "dispute",
      "next",
      "accept",
    ]);
  });

  it("leaves other keys and modified keys to the browser", () => {
    expect(queueCommand(key("x"))).toBeNull();
    expect(queueCommand(key("Enter"))).toBeNull();
    expect(queueCommand(key("r", { ctrlKey: true }))).toBeNull();
    expect(queueCommand(key("a", { metaKey: true }))).toBeNull();
    expect(queueCommand(key("d", { altKey: true }))).toBeNull();
  });
});

describe("the current item", () => {
  const ids = ["a", "b", "c"];

  it("stays on its item when the list around it changes", () => {
    expect(resolveCurrent(["x", ...ids], { id: "b", index: 1 })).toEqual({ id: "b", index: 2 });
  });

  it("moves to the next item when the current one leaves, or to the last at the end", () => {
    expect(resolveCurrent(["a", "c"], { id: "b", index: 1 })).toEqual({ id: "c", index: 1 });
    expect(resolveCurrent(["a", "b"], { id: "c", index: 2 })).toEqual({ id: "b", index: 1 });
    expect(resolveCurrent([], { id: "c", index: 2 })).toEqual({ id: null, index: 0 });
  });

  it("starts at the first item", () => {
    expect(resolveCurrent(ids, { id: null, index: 0 })).toEqual({ id: "a", index: 0 });
  });

  it("steps with J and K and stops at either end", () => {
    expect(moveCurrent(ids, { id: "a", index: 0 }, 1)).toEqual({ id: "b", index: 1 });
    expect(moveCurrent(ids, { id: "c", index: 2 }, 1)).toEqual({ id: "c", index: 2 });
    expect(moveCurrent(ids, { id: "a", index: 0 }, -1)).toEqual({ id: "a", index: 0 });
    expect(moveCurrent(ids, { id: "c", index: 2 }, -1)).toEqual({ id: "b", index: 1 });
  });
});
