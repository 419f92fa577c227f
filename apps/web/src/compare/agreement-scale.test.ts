import { describe, expect, it } from "vitest";
import { ac1Text, alphaReading, alphaText, formatFigure, kappaBand, kappaText } from "./agreement-scale.ts";

describe("agreement scale", () => {
  it("formats figures with two decimals, a minus sign and a dash for none", () => {
    expect(formatFigure(0.4)).toBe("0.40");
    expect(formatFigure(100 / 238)).toBe("0.42");
    expect(formatFigure(-1 / 6)).toBe("−0.17");
    expect(formatFigure(-0.001)).toBe("0.00");
    expect(formatFigure(null)).toBe("—");
  });

  it("reads κ in Landis and Koch's bands, edges included in the lower band", () => {
    expect([-0.1, 0, 0.2, 0.21, 0.4, 0.41, 0.6, 0.62, 0.8, 0.81, 1].map(kappaBand)).toEqual([
      "poor",
      "slight",
      "slight",
      "fair",
      "fair",
      "moderate",
      "moderate",
      "substantial",
      "substantial",
      "almost perfect",
      "almost perfect",
    ]);
    expect(kappaBand(null)).toBeNull();
    expect(kappaText(0.62)).toBe("Cohen's κ 0.62 (substantial)");
    expect(kappaText(null)).toBe("Cohen's κ —");
  });

  it("reads α against Krippendorff's thresholds", () => {
    expect([0.9, 0.8, 0.7, 0.667, 0.5].map(alphaReading)).toEqual(["reliable", "reliable", "tentative", "tentative", "too low to rely on"]);
    expect(alphaText(0.55)).toBe("Krippendorff's α 0.55 (too low to rely on)");
    expect(alphaText(null)).toBe("Krippendorff's α —");
  });

  it("gives AC1 as a bare figure", () => {
    expect(ac1Text(161 / 181)).toBe("Gwet's AC1 0.89");
    expect(ac1Text(null)).toBe("Gwet's AC1 —");
  });
});
