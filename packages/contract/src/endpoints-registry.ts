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
} as const satisfies Record<string, Endpoint>;
