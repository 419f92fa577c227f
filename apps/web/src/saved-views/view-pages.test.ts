import { describe, expect, it } from "vitest";
import { viewHref, viewLinkUrl } from "./view-pages.ts";

describe("view pages", () => {
  it("opens each kind on its page with its params, and the page alone when it has none", () => {
    expect(viewHref({ kind: "search", params: "q=crime&delegation=CHN" })).toBe("/search?q=crime&delegation=CHN");
    expect(viewHref({ kind: "passages", params: "topic=cybercrime" })).toBe("/passages?topic=cybercrime");
    expect(viewHref({ kind: "matrix", params: "rows=delegation&cols=topic" })).toBe("/analysis?rows=delegation&cols=topic");
    expect(viewHref({ kind: "passages", params: "" })).toBe("/passages");
  });

  it("links a view by its ID", () => {
    expect(viewLinkUrl("00000000-0000-4000-8000-000000000001", "https://verbatim.example")).toBe(
      "https://verbatim.example/views/00000000-0000-4000-8000-000000000001",
    );
  });
});
