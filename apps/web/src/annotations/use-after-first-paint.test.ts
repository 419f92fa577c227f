// @vitest-environment jsdom
import { act, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useAfterFirstPaint } from "./use-after-first-paint.ts";

beforeEach(() => vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "requestAnimationFrame", "cancelAnimationFrame"] }));
afterEach(() => vi.useRealTimers());

describe("useAfterFirstPaint", () => {
  it("holds the first value back until the frame after it arrived, then passes every value at once", () => {
    const { result, rerender } = renderHook(({ value }: { value: string[] | undefined }) => useAfterFirstPaint(value), {
      initialProps: { value: undefined as string[] | undefined },
    });
    expect(result.current).toBeUndefined();
    const first = ["a"];
    rerender({ value: first });
    expect(result.current).toBeUndefined();
    act(() => {
      vi.advanceTimersToNextFrame();
    });
    act(() => {
      vi.runOnlyPendingTimers();
    });
    expect(result.current).toBe(first);
    const second = ["a", "b"];
    rerender({ value: second });
    expect(result.current).toBe(second);
  });
});
