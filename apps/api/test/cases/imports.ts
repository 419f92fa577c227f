import type { RouteCases } from "../support/route-cases.ts";

/** A meeting record of two turns, as pasted text. */
const RECORD = [
  "United Nations S/PV.9500",
  "Security Council\nSeventy-eighth year",
  "Mr. Zhang Jun (China): China welcomes the efforts of the Secretary-General.",
  "Mrs. Thomas-Greenfield (United States of America): The United States supports the resolution.",
].join("\n\n");
const record = () => ({ format: "text", content: RECORD });

export const importCases: RouteCases = {
  authorization: {
    importRecord: (c) => c.client.post("/api/imports/record", record()),
  },
  isolation: {},
  bodies: {
    importRecord: {
      path: () => "/api/imports/record",
      valid: record,
      wrongTypes: { format: "pdf", content: 7, turns: [{ index: "first" }], forum: 3, date: "7 December", meetingSymbol: [] },
    },
  },
  queries: {},
};
