import { QueryClient } from "@tanstack/react-query";
import { afterEach, describe, expect, it, vi } from "vitest";
import { paragraphCitationQuery } from "./paragraph-citations.ts";

afterEach(() => vi.unstubAllGlobals());

describe("paragraphCitationQuery", () => {
  it("asks for the references wanted in the same tick in one request, and gives each its own citation", async () => {
    const fetch = vi.fn(async (url: string) => {
      const refs = new URL(url, "http://x").searchParams.get("refs")!.split(",");
      const items = refs.map((ref) => ({
        ref,
        citation: ref === "gone#p1" ? null : `Cited ${ref}`,
        title: null,
        inCurrent: ref !== "gone#p1",
      }));
      return new Response(JSON.stringify({ items }), { status: 200 });
    });
    vi.stubGlobal("fetch", fetch);
    const client = new QueryClient();
    const refs = ["a-b#p4", "c-d#p2", "gone#p1", "a-b#p4"];
    const results = await Promise.all(refs.map((ref) => client.fetchQuery(paragraphCitationQuery(ref))));
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(results.map((r) => r.citation)).toEqual(["Cited a-b#p4", "Cited c-d#p2", null, "Cited a-b#p4"]);
  });
});
