import { describe, expect, it, vi } from "vitest";
import { copyText } from "./copy-text.ts";

const field = () => ({ focus: vi.fn(), select: vi.fn() });

describe("copyText", () => {
  it("writes to the clipboard when it can", async () => {
    const clipboard = { writeText: vi.fn(() => Promise.resolve()) };
    const input = field();
    expect(await copyText("https://x/invite/t", input, clipboard)).toBe("copied");
    expect(clipboard.writeText).toHaveBeenCalledWith("https://x/invite/t");
    expect(input.select).not.toHaveBeenCalled();
  });

  it("selects the text when the clipboard refuses or is missing", async () => {
    for (const clipboard of [{ writeText: vi.fn(() => Promise.reject(new Error("denied"))) }, undefined]) {
      const input = field();
      expect(await copyText("link", input, clipboard)).toBe("selected");
      expect(input.focus).toHaveBeenCalled();
      expect(input.select).toHaveBeenCalled();
    }
  });
});
