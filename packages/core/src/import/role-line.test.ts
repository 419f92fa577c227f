import { describe, expect, it } from "vitest";
import { parseRoleLine, roleIn } from "./role-line.ts";

describe("parseRoleLine", () => {
  it("reads an office alone, with its country when the line names one", () => {
    expect(parseRoleLine("Alternate Representative for Special Political Affairs")).toEqual({
      role: "Alternate Representative for Special Political Affairs",
    });
    expect(parseRoleLine("Deputy Permanent Representative")).toEqual({ role: "Deputy Permanent Representative" });
    expect(parseRoleLine("Ambassador and Permanent Representative of Nepal to the United Nations")).toEqual({
      role: "Ambassador and Permanent Representative",
      delegation: "Nepal",
    });
    expect(parseRoleLine("U.S. Representative to the United Nations")).toEqual({
      role: "U.S. Representative to the United Nations",
      delegation: "United States",
    });
    expect(parseRoleLine("Représentant permanent adjoint de la France auprès des Nations unies")).toEqual({
      role: "Représentant permanent adjoint",
      delegation: "France",
    });
  });

  it("returns null for a speaker line and for speech", () => {
    expect(parseRoleLine("Ambassador Linda Thomas-Greenfield")).toBeNull();
    expect(parseRoleLine("Representatives of civil society joined us.")).toBeNull();
  });
});

describe("roleIn", () => {
  it("reads the office before the country, or the first part naming an office", () => {
    expect(roleIn("Deputy Permanent Representative of China to the UN at the meeting")).toEqual({
      role: "Deputy Permanent Representative",
      delegation: "China",
    });
    expect(roleIn("Ambassadrice, Représentante permanente du Luxembourg")).toEqual({
      role: "Ambassadrice, Représentante permanente",
      delegation: "Luxembourg",
    });
    expect(roleIn("Representante Permanente de Colombia ante las Naciones Unidas, sobre la cuestión")).toEqual({
      role: "Representante Permanente",
      delegation: "Colombia",
    });
    expect(roleIn("President of the 77th session of the General Assembly")).toEqual({
      role: "President of the 77th session of the General Assembly",
    });
    expect(roleIn("in her capacity as a friend")).toBeNull();
  });

  it("reads only the start of an endless tail", () => {
    expect(roleIn(`${"Minister for ".repeat(50_000)}`)).toBeNull();
  });
});
