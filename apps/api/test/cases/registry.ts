import type { RouteCases } from "../support/route-cases.ts";

export const registryCases: RouteCases = {
  authorization: {
    listDelegations: (c) => c.client.get("/api/registry/delegations"),
    // A name no entry has yet, each time: an admin's add answers 201.
    addDelegation: (c, ctx) => c.client.post("/api/registry/delegations", { name: `Friends of Item ${ctx.next()}`, kind: "group" }),
    statementsToNormalise: (c) => c.client.get("/api/registry/normalise"),
    normaliseStatements: (c) => c.client.post("/api/registry/normalise"),
  },
  isolation: {},
  bodies: {
    addDelegation: {
      path: () => "/api/registry/delegations",
      valid: () => ({ name: "Friends of the Ocean", kind: "group" }),
      wrongTypes: { name: 5, kind: "tribe", aliases: "FOTO", iso3: "FRANCE" },
    },
  },
  queries: {},
};
