import type { InstrumentEntry } from "./suggestion.ts";

/** A few registry instruments in the seed's shape (fixtures/suggestions/instruments.json has them all), for unit tests. */
export const TEST_INSTRUMENTS: InstrumentEntry[] = [
  { key: "UN-CHARTER", name: "Charter of the United Nations", shortNames: ["the Charter", "UN Charter"], symbol: null },
  {
    key: "UNTOC",
    name: "United Nations Convention against Transnational Organized Crime",
    shortNames: ["UNTOC", "Palermo Convention", "Organized Crime Convention"],
    symbol: "A/RES/55/25",
  },
  {
    key: "UNTOC-TIP",
    name: "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children",
    shortNames: ["Trafficking in Persons Protocol", "Palermo Protocol"],
    symbol: "A/RES/55/25",
  },
  {
    key: "UNTOC-SOM",
    name: "Protocol against the Smuggling of Migrants by Land, Sea and Air",
    shortNames: ["Smuggling of Migrants Protocol"],
    symbol: "A/RES/55/25",
  },
  { key: "UNCAC", name: "United Nations Convention against Corruption", shortNames: ["UNCAC", "Merida Convention"], symbol: "A/RES/58/4" },
  {
    key: "SINGLE-CONVENTION-1961",
    name: "Single Convention on Narcotic Drugs, 1961 (as amended by the 1972 Protocol)",
    shortNames: ["1961 Convention"],
    symbol: null,
  },
  {
    key: "AGENDA-2030",
    name: "Transforming our world: the 2030 Agenda for Sustainable Development",
    shortNames: ["2030 Agenda", "SDGs"],
    symbol: "A/RES/70/1",
  },
  {
    key: "A/RES/74/247",
    name: "Countering the use of information and communications technologies for criminal purposes",
    shortNames: ["resolution 74/247"],
    symbol: "A/RES/74/247",
  },
  {
    key: "S/RES/1373 (2001)",
    name: "Security Council resolution 1373 (2001) on threats to international peace and security caused by terrorist acts",
    shortNames: ["resolution 1373"],
    symbol: "S/RES/1373 (2001)",
  },
];
