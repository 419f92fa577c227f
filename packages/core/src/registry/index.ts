export { DEFAULT_DELEGATION_REGISTRY } from "./default-registry.ts";
export { delegationIndex, type DelegationIndex } from "./delegation-index.ts";
export { delegationKey, MAX_DELEGATION_CHARS } from "./delegation-key.ts";
export { normaliseDelegationName, resolveDelegation, resolveDelegationIn } from "./resolve-delegation.ts";
export type { RegistryEntry, RegistryKind, RegistryMatch } from "./registry-types.ts";
