// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ExcerptPreview } from "./excerpt-preview.tsx";
import { EXCERPTS } from "./fake-export-api.ts";

afterEach(cleanup);

describe("ExcerptPreview", () => {
  it("puts a quote in marks, without doubling the marks of a quote that has its own", () => {
    const [first, second] = EXCERPTS;
    const own = { ...second!, quote: { ...second!.quote, exact: "“Transnational organized crime is a threat”" } };
    render(<ExcerptPreview preview={{ count: 2, statements: 1, items: [first!, own] }} />);
    const quotes = screen.getAllByRole("blockquote").map((q) => q.textContent);
    expect(quotes).toEqual(["“We are concerned about firearms”", "“Transnational organized crime is a threat”"]);
  });
});
