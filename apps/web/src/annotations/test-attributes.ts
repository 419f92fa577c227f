import type { TaggedAttributes } from "@verbatim/core";

/** Test data only: attributes that fit each kind, for fixtures that name a kind but not its attributes. */
export const TEST_ATTRIBUTES: { [K in TaggedAttributes["kind"]]: Extract<TaggedAttributes, { kind: K }>["attributes"] } = {
  position: { stance: "supports" },
  commitment: { strength: "pledge" },
  "cross-reference": { target: "UNTOC", relation: "cites" },
};
