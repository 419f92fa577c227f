import { describe, expect, it } from "vitest";
import { parseVenueLine } from "./venue-line.ts";

describe("parseVenueLine", () => {
  it("reads rooms, buildings and a city with its state", () => {
    expect(parseVenueLine("New York, New York")).toEqual({ place: "New York" });
    expect(parseVenueLine("New York, NY")).toEqual({ place: "New York" });
    expect(parseVenueLine("Geneva, Switzerland")).toEqual({ place: "Geneva" });
    expect(parseVenueLine("United Nations Headquarters")).toEqual({ place: "United Nations Headquarters" });
    expect(parseVenueLine("Security Council Chamber")).toEqual({ place: "Security Council Chamber" });
  });

  it("returns null for other lines", () => {
    expect(parseVenueLine("Security Council")).toBeNull();
    expect(parseVenueLine("New York, we met")).toBeNull();
  });
});
