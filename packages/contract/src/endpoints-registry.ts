import { type Endpoint, read, write } from "./endpoint.ts";
import * as R from "./registry.ts";

/** The registry of who speaks: delegations, observer States and the groups that speak for others (issue 15). */
export const registryEndpoints = {
  listDelegations: {
    method: "get",
    path: "/api/registry/delegations",
    summary:
      "The workspace's registry of delegations and groups: the built-in UN Member States, observer States and groups with " +
      "their ISO 3166 codes and aliases, and the entries and aliases the workspace added. Statements are normalised to its names",
    access: "viewer",
    response: R.DelegationRegistry,
    status: 200,
    errors: read,
  },
  addDelegation: {
    method: "post",
    path: "/api/registry/delegations",
    summary:
      "Add an entry to the registry, or (with extends) aliases to an entry it has. conflict: a name, alias, key or ISO code " +
      "that another entry has already (the message names it)",
    access: "admin",
    body: R.AddDelegationEntryRequest,
    response: R.DelegationEntry,
    status: 201,
    errors: [...write, "conflict"],
  },
  statementsToNormalise: {
    method: "get",
    path: "/api/registry/normalise",
    summary:
      "The live statements whose delegation or on-behalf-of the registry names otherwise (stored before the registry or " +
      "before an entry or alias was added), each with the change normalising would make. Admins",
    access: "admin",
    response: R.StatementsToNormalise,
    status: 200,
    errors: read,
  },
  normaliseStatements: {
    method: "post",
    path: "/api/registry/normalise",
    summary:
      "Store the registry's names on every statement listed by GET /api/registry/normalise, each as a metadata edit (its " +
      "version raised, a history entry and a live event); one edited meanwhile is skipped. Admins",
    access: "admin",
    response: R.NormalisedStatements,
    status: 200,
    errors: write,
  },
} as const satisfies Record<string, Endpoint>;
