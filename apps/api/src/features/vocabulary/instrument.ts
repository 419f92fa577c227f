import type { Instrument } from "../../generated/prisma/client.ts";

/** An instrument of the registry as the contract shows it. */
export const presentInstrument = (i: Instrument) => ({
  key: i.key,
  name: i.name,
  shortNames: i.shortNames,
  symbol: i.symbol,
  adoptedBy: i.adoptedBy,
  inForce: i.inForce,
});
