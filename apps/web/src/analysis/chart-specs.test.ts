// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { chartSvgFile } from "./chart-download.ts";
import { barsOverTime, stackedBars } from "./chart-specs.ts";
import { delegationByTopic, kindsByMonth } from "./test-matrix.ts";

const text = { label: "Stances by delegation", description: "A bar per delegation." };

describe("the charts", () => {
  // The heatmap's colour ramp is drawn on a canvas, which jsdom lacks: the browser test (e2e/analysis.spec.ts) draws it.
  it("carry their accessible name and description, and draw a legend of their columns", () => {
    for (const { plot, legend } of [stackedBars(delegationByTopic, text), barsOverTime(kindsByMonth, text)]) {
      expect(plot.getAttribute("aria-label")).toBe(text.label);
      expect(plot.getAttribute("aria-description")).toBe(text.description);
      expect(legend).not.toBeNull();
    }
    expect(stackedBars(delegationByTopic, text).legend?.textContent).toBe("CybercrimePiracy, at sea");
  });

  it("download as one standalone SVG: its parts stacked, its name as a title, on white", () => {
    const { plot, legend } = stackedBars(delegationByTopic, text);
    const file = chartSvgFile([legend!, plot], text.label);
    expect(file.markup.startsWith("<svg")).toBe(true);
    expect(file.markup).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(file.markup).toContain(`<title>${text.label}</title>`);
    expect(file.markup).toContain("Norland");
    expect(file.width).toBe(Number(plot.getAttribute("width")));
    expect(file.height).toBe(Number(legend!.getAttribute("height")) + Number(plot.getAttribute("height")) + 8);
  });
});
