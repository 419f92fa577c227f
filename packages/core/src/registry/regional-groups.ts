import type { RegistryEntry } from "./registry-types.ts";

/**
 * The five UN regional groups with their members, as DGACM lists them ("Regional groups of Member
 * States", un.org/dgacm/en/content/regional-groups): Türkiye is listed in both the Asia-Pacific and the
 * Western European and other States groups (it takes part in both, and counts in WEOG for elections);
 * the United States attends WEOG as an observer and counts in it for elections, so it is listed there.
 * Kiribati has been in the Asia-Pacific group since 2010. Every Member State is in at least one group.
 */
// prettier-ignore
export const AFRICAN_STATES = [
  "DZA", "AGO", "BEN", "BWA", "BFA", "BDI", "CPV", "CMR", "CAF", "TCD", "COM", "COG", "CIV", "COD",
  "DJI", "EGY", "GNQ", "ERI", "SWZ", "ETH", "GAB", "GMB", "GHA", "GIN", "GNB", "KEN", "LSO", "LBR",
  "LBY", "MDG", "MWI", "MLI", "MRT", "MUS", "MAR", "MOZ", "NAM", "NER", "NGA", "RWA", "STP", "SEN",
  "SYC", "SLE", "SOM", "ZAF", "SSD", "SDN", "TGO", "TUN", "UGA", "TZA", "ZMB", "ZWE",
] as const;

// prettier-ignore
export const ASIA_PACIFIC_STATES = [
  "AFG", "BHR", "BGD", "BTN", "BRN", "KHM", "CHN", "CYP", "PRK", "FJI", "IND", "IDN", "IRN", "IRQ",
  "JPN", "JOR", "KAZ", "KIR", "KWT", "KGZ", "LAO", "LBN", "MYS", "MDV", "MHL", "FSM", "MNG", "MMR",
  "NRU", "NPL", "OMN", "PAK", "PLW", "PNG", "PHL", "QAT", "KOR", "WSM", "SAU", "SGP", "SLB", "LKA",
  "SYR", "TJK", "THA", "TLS", "TON", "TUR", "TKM", "TUV", "ARE", "UZB", "VUT", "VNM", "YEM",
] as const;

// prettier-ignore
export const EASTERN_EUROPEAN_STATES = [
  "ALB", "ARM", "AZE", "BLR", "BIH", "BGR", "HRV", "CZE", "EST", "GEO", "HUN", "LVA", "LTU", "MNE",
  "MKD", "POL", "MDA", "ROU", "RUS", "SRB", "SVK", "SVN", "UKR",
] as const;

// prettier-ignore
export const LATIN_AMERICAN_AND_CARIBBEAN_STATES = [
  "ATG", "ARG", "BHS", "BRB", "BLZ", "BOL", "BRA", "CHL", "COL", "CRI", "CUB", "DMA", "DOM", "ECU",
  "SLV", "GRD", "GTM", "GUY", "HTI", "HND", "JAM", "MEX", "NIC", "PAN", "PRY", "PER", "KNA", "LCA",
  "VCT", "SUR", "TTO", "URY", "VEN",
] as const;

// prettier-ignore
export const WESTERN_EUROPEAN_AND_OTHER_STATES = [
  "AND", "AUS", "AUT", "BEL", "CAN", "DNK", "FIN", "FRA", "DEU", "GRC", "ISL", "IRL", "ISR", "ITA",
  "LIE", "LUX", "MLT", "MCO", "NLD", "NZL", "NOR", "PRT", "SMR", "ESP", "SWE", "CHE", "TUR", "GBR",
  "USA",
] as const;

export const REGIONAL_GROUPS: readonly RegistryEntry[] = [
  {
    key: "AFRICAN-GROUP",
    name: "Group of African States",
    kind: "group",
    aliases: ["African Group", "African States", "Africa Group"],
    members: AFRICAN_STATES,
  },
  {
    key: "APG",
    name: "Group of Asia-Pacific States",
    kind: "group",
    aliases: [
      "Asia-Pacific Group",
      "APG",
      "Asia and the Pacific Group",
      "Asia-Pacific States",
      "Group of Asia and the Pacific Small Island Developing States",
      "Asian Group",
      "Group of Asian States",
    ],
    members: ASIA_PACIFIC_STATES,
  },
  {
    key: "EEG",
    name: "Group of Eastern European States",
    kind: "group",
    aliases: ["Eastern European Group", "Eastern European States", "EEG"],
    members: EASTERN_EUROPEAN_STATES,
  },
  {
    key: "GRULAC",
    name: "Group of Latin American and Caribbean States",
    kind: "group",
    aliases: ["GRULAC", "Latin American and Caribbean Group", "Latin American and Caribbean States"],
    members: LATIN_AMERICAN_AND_CARIBBEAN_STATES,
  },
  {
    key: "WEOG",
    name: "Group of Western European and other States",
    kind: "group",
    aliases: ["WEOG", "Western European and Others Group", "Western European and other States Group", "Western European and other States"],
    members: WESTERN_EUROPEAN_AND_OTHER_STATES,
  },
];
