import type { RegistryEntry } from "./registry-types.ts";
import { AFRICAN_STATES, LATIN_AMERICAN_AND_CARIBBEAN_STATES } from "./regional-groups.ts";

/**
 * Groups and organizations that deliver statements in UN bodies, under the names UN records use
 * ("on behalf of the Group of 77 and China"). `kind` is "organization" for those with a legal
 * personality and a seat of their own (EU, AU, OIC…), "group" for negotiating and political groups.
 * Members are listed only where membership is settled and every member is in the registry's States
 * (Montserrat in CARICOM and the Sahrawi Republic in the AU are not UN States, so are left out); groups
 * whose membership changes often (LDCs, AOSIS, NAM, OIC, the A3 and E10) have none.
 * Sources: the European Union's "EU countries" page; CARICOM, SICA, GCC, PIF and ASEAN member lists
 * (Timor-Leste joined ASEAN on 26 October 2025); the League of Arab States (Syria readmitted 2023).
 */
export const GROUPS: readonly RegistryEntry[] = [
  {
    key: "G77",
    name: "Group of 77 and China",
    kind: "group",
    aliases: ["G-77 and China", "G-77", "Group of 77", "Group of Seventy-Seven and China", "Group of Seventy-Seven"],
  },
  {
    key: "EU",
    name: "European Union",
    kind: "organization",
    aliases: ["EU", "European Union and its member States"],
    // prettier-ignore
    members: [
      "AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN", "IRL",
      "ITA", "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "SWE",
    ],
  },
  // Not "NAM": that is Namibia's alpha-3 code, and keys must be unique. "NAM" as text still resolves here.
  {
    key: "NON-ALIGNED",
    name: "Movement of Non-Aligned Countries",
    kind: "group",
    aliases: ["Non-Aligned Movement", "NAM"],
  },
  {
    key: "OIC",
    name: "Organization of Islamic Cooperation",
    kind: "organization",
    aliases: [
      "Organisation of Islamic Cooperation",
      "OIC",
      "OIC Group",
      "Organization of the Islamic Conference",
      "Organisation of the Islamic Conference",
    ],
  },
  {
    key: "CARICOM",
    name: "Caribbean Community",
    kind: "organization",
    aliases: ["CARICOM"],
    members: ["ATG", "BHS", "BRB", "BLZ", "DMA", "GRD", "GUY", "HTI", "JAM", "KNA", "LCA", "VCT", "SUR", "TTO"],
  },
  { key: "AOSIS", name: "Alliance of Small Island States", kind: "group", aliases: ["AOSIS"] },
  { key: "SIDS", name: "Small Island Developing States", kind: "group", aliases: ["SIDS"] },
  { key: "PSIDS", name: "Pacific Small Island Developing States", kind: "group", aliases: ["PSIDS", "Pacific SIDS"] },
  {
    key: "LDC",
    name: "Group of Least Developed Countries",
    kind: "group",
    aliases: ["Least Developed Countries", "LDCs", "LDC", "LDC Group"],
  },
  {
    key: "LLDC",
    name: "Group of Landlocked Developing Countries",
    kind: "group",
    aliases: ["Landlocked Developing Countries", "LLDCs", "LLDC", "LLDC Group"],
  },
  {
    key: "ARAB-GROUP",
    name: "Group of Arab States",
    kind: "group",
    aliases: ["Arab Group", "Arab States"],
    // prettier-ignore
    members: [
      "DZA", "BHR", "COM", "DJI", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MRT", "MAR", "OMN", "PSE",
      "QAT", "SAU", "SOM", "SDN", "SYR", "TUN", "ARE", "YEM",
    ],
  },
  {
    key: "LAS",
    name: "League of Arab States",
    kind: "organization",
    aliases: ["Arab League", "LAS"],
    // prettier-ignore
    members: [
      "DZA", "BHR", "COM", "DJI", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MRT", "MAR", "OMN", "PSE",
      "QAT", "SAU", "SOM", "SDN", "SYR", "TUN", "ARE", "YEM",
    ],
  },
  { key: "AU", name: "African Union", kind: "organization", aliases: ["AU"], members: AFRICAN_STATES },
  {
    key: "ASEAN",
    name: "Association of Southeast Asian Nations",
    kind: "organization",
    aliases: ["ASEAN"],
    members: ["BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "TLS", "VNM"],
  },
  {
    key: "CELAC",
    name: "Community of Latin American and Caribbean States",
    kind: "group",
    aliases: ["CELAC"],
    members: LATIN_AMERICAN_AND_CARIBBEAN_STATES,
  },
  {
    key: "SICA",
    name: "Central American Integration System",
    kind: "organization",
    aliases: ["SICA", "Sistema de la Integración Centroamericana"],
    members: ["BLZ", "CRI", "DOM", "SLV", "GTM", "HND", "NIC", "PAN"],
  },
  {
    key: "GCC",
    name: "Gulf Cooperation Council",
    kind: "organization",
    aliases: ["GCC", "Cooperation Council for the Arab States of the Gulf"],
    members: ["BHR", "KWT", "OMN", "QAT", "SAU", "ARE"],
  },
  {
    key: "PIF",
    name: "Pacific Islands Forum",
    kind: "organization",
    aliases: ["PIF"],
    members: ["AUS", "FJI", "KIR", "MHL", "FSM", "NRU", "NZL", "PLW", "PNG", "WSM", "SLB", "TON", "TUV", "VUT"],
  },
  {
    key: "NORDIC",
    name: "Nordic countries",
    kind: "group",
    aliases: ["Nordic States", "Nordics", "Nordic Group"],
    members: ["DNK", "FIN", "ISL", "NOR", "SWE"],
  },
  {
    key: "NB8",
    name: "Nordic-Baltic countries",
    kind: "group",
    aliases: ["Nordic-Baltic Eight", "NB8", "Nordic-Baltic States", "Nordic and Baltic States"],
    members: ["DNK", "EST", "FIN", "ISL", "LVA", "LTU", "NOR", "SWE"],
  },
  {
    key: "BENELUX",
    name: "Benelux",
    kind: "group",
    aliases: ["Benelux countries"],
    members: ["BEL", "NLD", "LUX"],
  },
  {
    key: "CANZ",
    name: "CANZ",
    kind: "group",
    aliases: ["Canada, Australia and New Zealand", "CANZ group"],
    members: ["CAN", "AUS", "NZL"],
  },
  { key: "MIKTA", name: "MIKTA", kind: "group", aliases: [], members: ["MEX", "IDN", "KOR", "TUR", "AUS"] },
  { key: "G4", name: "Group of Four", kind: "group", aliases: ["G4"], members: ["BRA", "DEU", "IND", "JPN"] },
  { key: "UFC", name: "Uniting for Consensus", kind: "group", aliases: ["UfC", "Uniting for Consensus group"] },
  { key: "L69", name: "L.69 Group", kind: "group", aliases: ["L.69"] },
  { key: "LMG", name: "Like-Minded Group", kind: "group", aliases: ["LMG", "Like-Minded Group of developing countries"] },
  {
    key: "A3",
    name: "African members of the Security Council",
    kind: "group",
    aliases: ["A3", "A3 plus", "A3+"],
  },
  { key: "E10", name: "Elected members of the Security Council", kind: "group", aliases: ["E10", "Elected ten"] },
  {
    key: "P5",
    name: "Permanent members of the Security Council",
    kind: "group",
    aliases: ["P5", "Five permanent members", "Permanent five"],
    members: ["CHN", "FRA", "RUS", "GBR", "USA"],
  },
  {
    key: "CHARTER-FRIENDS",
    name: "Group of Friends in Defence of the Charter of the United Nations",
    kind: "group",
    aliases: ["Group of Friends in Defense of the Charter of the United Nations", "Group of Friends in Defence of the UN Charter"],
  },
];
