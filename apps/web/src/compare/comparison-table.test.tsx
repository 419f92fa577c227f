// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { afterEach, describe, expect, it } from "vitest";
import { makeAnnotation, OTHER } from "../annotations/test-fixtures.ts";
import { ComparisonTable } from "./comparison-table.tsx";
import type { Comparison } from "./use-comparison.ts";

afterEach(cleanup);

const ANN = { id: "0c4b7c3e-8d0e-4a8f-9a55-0f6f4f1a2b01", name: "Ann Analyst" };

describe("ComparisonTable", () => {
  it("names the attribute that differs on the same words, and explains every outcome in a legend", () => {
    const urges = makeAnnotation({ author: ANN, kind: "position", attributes: { stance: "urges" } });
    const supports = makeAnnotation({ author: OTHER, kind: "position", attributes: { stance: "supports" } });
    const comparison = {
      statement: { id: urges.statementId, slug: urges.statementSlug, title: "Compared" },
      candidates: [],
      annotators: [ANN, OTHER],
      paragraphs: [
        {
          id: "p1",
          number: 1,
          text: "We urge all States.",
          groups: [{ outcome: "attribute", differs: ["position.stance"], annotations: [urges, supports] }],
        },
      ],
      unplaced: [],
      agreement: null,
    } as Comparison;
    render(
      <MemoryRouter>
        <ComparisonTable slug={urges.statementSlug} comparison={comparison} onAdopt={() => {}} adopting={false} />
      </MemoryRouter>,
    );
    const row = screen.getByRole("row", { name: /¶1/ });
    expect(within(row).getByText("Different stance").className).toBe("outcome-badge outcome-attribute");
    const legend = within(screen.getByLabelText("Outcomes"));
    expect(legend.getByText("Different attribute")).toBeTruthy();
    expect(legend.getByText("the same words and kind, but a different stance, strength, relation or target")).toBeTruthy();
  });
});
