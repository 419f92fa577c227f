import { afterEach, describe, expect, it, vi } from "vitest";
import { fetchAllAnnotations } from "./fetch-all-annotations.ts";
import { makeAnnotation } from "./test-fixtures.ts";

afterEach(() => vi.unstubAllGlobals());

describe("fetchAllAnnotations", () => {
  it("asks for the largest page and follows nextCursor to the end", async () => {
    const [a, b, c] = [makeAnnotation(), makeAnnotation(), makeAnnotation()];
    const pages = [
      { items: [a, b], nextCursor: "next-1" },
      { items: [c], nextCursor: null },
    ];
    const fetch = vi.fn(async () => new Response(JSON.stringify(pages.shift()), { status: 200 }));
    vi.stubGlobal("fetch", fetch);
    await expect(fetchAllAnnotations("my-slug")).resolves.toEqual([a, b, c]);
    const urls = fetch.mock.calls.map((call) => (call as unknown as [string])[0]);
    expect(urls).toEqual([
      "/api/statements/my-slug/annotations?limit=5000",
      "/api/statements/my-slug/annotations?limit=5000&cursor=next-1",
    ]);
  });
});
