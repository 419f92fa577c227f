// @vitest-environment jsdom
import type { AgreementFigures, AttributeFigures } from "@verbatim/contract";
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { AgreementSummary } from "./agreement-summary.tsx";

const kind = (kappa: number | null, alpha: number | null, ac1: number | null): AgreementFigures => ({
  kappa,
  alpha,
  ac1,
  units: 100,
  taggedByAny: 95,
  unanimous: 90,
  annotators: 2,
});
const attribute = (kappa: number | null, alpha: number | null, ac1: number | null): AttributeFigures => ({
  kappa,
  alpha,
  ac1,
  units: 4,
  ratedByAll: 3,
  unanimous: 2,
  annotators: 2,
});
const none = attribute(null, null, null);

afterEach(cleanup);

describe("AgreementSummary", () => {
  it("shows AC1 beside κ and α, per kind, per attribute and per code, and says why AC1", () => {
    render(
      <AgreementSummary
        agreement={{
          overall: kind(-1 / 19, -9 / 190, 161 / 181),
          byKind: { position: kind(0.5, 16 / 30, 9 / 17), commitment: kind(0, 0, 0), "cross-reference": kind(null, null, null) },
          byAttribute: {
            "position.stance": attribute(1 / 2, 6 / 11, 41 / 73),
            "commitment.strength": none,
            "cross-reference.relation": none,
            "cross-reference.target": none,
          },
          byCode: [{ code: { type: "topic", name: "drugs" }, figures: kind(0.2, 0.125, 0) }],
        }}
      />,
    );
    const region = screen.getByRole("region", { name: "Agreement" });
    expect(region.textContent).toContain("Cohen's κ −0.05 (poor) · Krippendorff's α −0.05 (too low to rely on) · Gwet's AC1 0.89");
    const stance = within(screen.getByRole("table", { name: "Per attribute, on the words tagged" })).getByRole("row", {
      name: /Position stance/,
    });
    expect(
      within(stance)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    ).toEqual(["0.50 (moderate)", "0.55 (too low to rely on)", "0.56", "4 stretches, 3 tagged by all, 2 unanimous"]);
    const kinds = screen.getByRole("table", { name: "Per kind" });
    expect(within(kinds).getByRole("row", { name: /Position/ }).textContent).toContain("0.53");
    expect(
      within(screen.getByRole("table", { name: /Per topic and label/ })).getByRole("row", { name: /Topic: drugs/ }).textContent,
    ).toContain("95 of 100 tagged, 90 unanimous");
    expect(screen.getByText("Why Gwet's AC1 as well?").tagName).toBe("SUMMARY");
    expect(region.textContent).toContain("kappa paradox");
  });

  it("leaves κ out for more than two annotators, and the code table out when nobody used a code", () => {
    const three = { ...kind(null, 0.4, 0.6), annotators: 3 };
    render(
      <AgreementSummary
        agreement={{
          overall: three,
          byKind: { position: three, commitment: three, "cross-reference": three },
          byAttribute: {
            "position.stance": none,
            "commitment.strength": none,
            "cross-reference.relation": none,
            "cross-reference.target": none,
          },
          byCode: [],
        }}
      />,
    );
    expect(screen.queryByText(/Cohen's κ/)).toBeNull();
    expect(screen.queryByRole("table", { name: /Per topic and label/ })).toBeNull();
    expect(screen.getByRole("region", { name: "Agreement" }).textContent).toContain("Gwet's AC1 0.60");
  });
});
