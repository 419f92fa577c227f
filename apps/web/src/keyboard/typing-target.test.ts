// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { isTypingTarget } from "./typing-target.ts";

function element(html: string): Element {
  document.body.innerHTML = html;
  return document.querySelector("[data-target]") ?? document.body;
}

describe("isTypingTarget", () => {
  it("is true in text fields and editors, a note's among them", () => {
    expect(isTypingTarget(element('<input data-target type="text">'))).toBe(true);
    expect(isTypingTarget(element("<textarea data-target></textarea>"))).toBe(true);
    expect(isTypingTarget(element('<div contenteditable="true"><p data-target>note</p></div>'))).toBe(true);
  });

  it("is false in the read-only reader, on buttons and checkboxes, and off elements", () => {
    expect(isTypingTarget(element('<div contenteditable="true" aria-readonly="true"><p data-target>text</p></div>'))).toBe(false);
    expect(isTypingTarget(element('<input data-target type="checkbox">'))).toBe(false);
    expect(isTypingTarget(element("<button data-target>Go</button>"))).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
