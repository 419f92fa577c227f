import { describe, expect, it } from "vitest";
import { DEFAULT_DELEGATION_REGISTRY } from "./default-registry.ts";
import { normaliseDelegationName, resolveDelegation } from "./resolve-delegation.ts";

const keyOf = (text: string) => resolveDelegation(DEFAULT_DELEGATION_REGISTRY, text)?.entry.key ?? null;
const nameOf = (text: string) => normaliseDelegationName(DEFAULT_DELEGATION_REGISTRY, text);

describe("resolveDelegation", () => {
  it("maps formal names and common short forms to the UN's name", () => {
    expect(nameOf("People's Republic of China")).toBe("China");
    for (const us of ["US", "USA", "U.S.", "United States", "the United States of America"]) {
      expect(nameOf(us)).toBe("United States of America");
    }
    expect(nameOf("UK")).toBe("United Kingdom of Great Britain and Northern Ireland");
    expect(nameOf("Britain")).toBe("United Kingdom of Great Britain and Northern Ireland");
    expect(nameOf("Russia")).toBe("Russian Federation");
    expect(nameOf("Iran")).toBe("Iran (Islamic Republic of)");
    expect(nameOf("Islamic Republic of Iran")).toBe("Iran (Islamic Republic of)");
    expect(nameOf("Turkey")).toBe("Türkiye");
    expect(nameOf("Ivory Coast")).toBe("Côte d'Ivoire");
    expect(nameOf("North Korea")).toBe("Democratic People's Republic of Korea");
    expect(nameOf("DPRK")).toBe("Democratic People's Republic of Korea");
    expect(nameOf("South Korea")).toBe("Republic of Korea");
    expect(nameOf("Bolivia")).toBe("Bolivia (Plurinational State of)");
    expect(nameOf("Venezuela")).toBe("Venezuela (Bolivarian Republic of)");
    expect(nameOf("Vietnam")).toBe("Viet Nam");
    expect(nameOf("Syria")).toBe("Syrian Arab Republic");
    expect(nameOf("Laos")).toBe("Lao People's Democratic Republic");
    expect(nameOf("Micronesia")).toBe("Micronesia (Federated States of)");
    expect(nameOf("The Netherlands")).toBe("Netherlands (Kingdom of the)");
    expect(nameOf("Kingdom of the Netherlands")).toBe("Netherlands (Kingdom of the)");
    expect(nameOf("Moldova")).toBe("Republic of Moldova");
    expect(nameOf("Tanzania")).toBe("United Republic of Tanzania");
    expect(nameOf("Czech Republic")).toBe("Czechia");
    expect(nameOf("Swaziland")).toBe("Eswatini");
    expect(nameOf("Macedonia")).toBe("North Macedonia");
    expect(nameOf("Cape Verde")).toBe("Cabo Verde");
    expect(nameOf("East Timor")).toBe("Timor-Leste");
    expect(nameOf("Burma")).toBe("Myanmar");
    expect(nameOf("Vatican")).toBe("Holy See");
    expect(nameOf("Palestine")).toBe("State of Palestine");
  });

  it("ignores case, accents, apostrophe styles, hyphens and spacing", () => {
    expect(keyOf("Turkiye")).toBe("TUR");
    expect(keyOf("TÜRKIYE")).toBe("TUR");
    expect(keyOf("Cote d'Ivoire")).toBe("CIV");
    expect(keyOf("Côte d’Ivoire")).toBe("CIV");
    expect(keyOf("Lao People’s Democratic Republic")).toBe("LAO");
    expect(keyOf("Guinea Bissau")).toBe("GNB");
    expect(keyOf("  timor leste ")).toBe("TLS");
    expect(keyOf("São Tomé and Príncipe")).toBe("STP");
    expect(keyOf("St. Lucia")).toBe("LCA");
    expect(keyOf("St Vincent & the Grenadines")).toBe("VCT");
  });

  it("keeps similar names apart and refuses ambiguous ones", () => {
    expect(keyOf("Congo")).toBe("COG");
    expect(keyOf("Republic of the Congo")).toBe("COG");
    expect(keyOf("Congo-Brazzaville")).toBe("COG");
    expect(keyOf("Democratic Republic of the Congo")).toBe("COD");
    expect(keyOf("DRC")).toBe("COD");
    expect(keyOf("DR Congo")).toBe("COD");
    expect(keyOf("Congo, Democratic Republic of the")).toBe("COD");
    expect(keyOf("Korea")).toBeNull();
    expect(keyOf("Republic of Korea")).toBe("KOR");
    expect(keyOf("Korea, Republic of")).toBe("KOR");
    expect(keyOf("Guinea")).toBe("GIN");
    expect(keyOf("Republic of Guinea")).toBe("GIN");
    expect(keyOf("Guinea-Bissau")).toBe("GNB");
    expect(keyOf("Equatorial Guinea")).toBe("GNQ");
    expect(keyOf("Papua New Guinea")).toBe("PNG");
    expect(keyOf("Niger")).toBe("NER");
    expect(keyOf("Nigeria")).toBe("NGA");
    expect(keyOf("Dominica")).toBe("DMA");
    expect(keyOf("Commonwealth of Dominica")).toBe("DMA");
    expect(keyOf("Dominican Republic")).toBe("DOM");
    expect(keyOf("Sudan")).toBe("SDN");
    expect(keyOf("South Sudan")).toBe("SSD");
    expect(keyOf("Republic of South Sudan")).toBe("SSD");
    // "Republic of China" is Taiwan's name for itself, not China.
    expect(keyOf("Republic of China")).toBeNull();
    expect(keyOf("America")).toBeNull();
  });

  it("strips what is said around the name", () => {
    expect(keyOf("on behalf of the Group of 77 and China")).toBe("G77");
    expect(keyOf("On behalf of the European Union and its member States")).toBe("EU");
    expect(keyOf("the European Union and its 27 member States")).toBe("EU");
    expect(keyOf("Delegation of Brazil")).toBe("BRA");
    expect(keyOf("The Permanent Mission of the Republic of Korea to the United Nations")).toBe("KOR");
    expect(keyOf("Permanent Mission of Japan to the United Nations Office at Geneva")).toBe("JPN");
    expect(keyOf("Mission of Saint Vincent and the Grenadines to the UN")).toBe("VCT");
    expect(keyOf("Government of the Kingdom of Eswatini")).toBe("SWZ");
    expect(keyOf("State of Qatar")).toBe("QAT");
    expect(keyOf("the member States of the Caribbean Community")).toBe("CARICOM");
  });

  it("reads a trailing bracket only when it names the same entry", () => {
    expect(keyOf("Alliance of Small Island States (AOSIS)")).toBe("AOSIS");
    expect(keyOf("European Union (EU)")).toBe("EU");
    expect(keyOf("Bolivia (Plurinational State of)")).toBe("BOL");
    expect(keyOf("Congo (Democratic Republic of the)")).toBe("COD");
    expect(keyOf("Congo (DRC)")).toBeNull();
    expect(keyOf("Korea (South)")).toBeNull();
  });

  it("resolves groups by their UN names and short forms", () => {
    const cases: [string, string][] = [
      ["G-77", "G77"],
      ["G77", "G77"],
      ["G-77 and China", "G77"],
      ["Group of 77", "G77"],
      ["EU", "EU"],
      ["African Group", "AFRICAN-GROUP"],
      ["Group of African States", "AFRICAN-GROUP"],
      ["Asia-Pacific Group", "APG"],
      ["Asia and the Pacific Group", "APG"],
      ["GRULAC", "GRULAC"],
      ["Western European and other States Group", "WEOG"],
      ["Eastern European Group", "EEG"],
      ["Non-Aligned Movement", "NON-ALIGNED"],
      ["NAM", "NON-ALIGNED"],
      ["Organisation of Islamic Cooperation", "OIC"],
      ["CARICOM", "CARICOM"],
      ["AOSIS", "AOSIS"],
      ["least developed countries", "LDC"],
      ["LDCs", "LDC"],
      ["Arab Group", "ARAB-GROUP"],
      ["Arab League", "LAS"],
      ["landlocked developing countries", "LLDC"],
    ];
    for (const [text, key] of cases) expect(keyOf(text), text).toBe(key);
  });

  it("falls back to ISO alpha-3 codes only where no name or alias has them", () => {
    expect(resolveDelegation(DEFAULT_DELEGATION_REGISTRY, "chn")).toMatchObject({ via: "iso3" });
    expect(keyOf("DEU")).toBe("DEU");
    expect(keyOf("Namibia")).toBe("NAM");
    expect(keyOf("AU")).toBe("AU");
  });

  it("leaves unknown delegations as typed, trimmed", () => {
    expect(keyOf("Atlantis")).toBeNull();
    expect(keyOf("")).toBeNull();
    expect(nameOf("  Kosovo ")).toBe("Kosovo");
    expect(nameOf(" Chinese Taipei")).toBe("Chinese Taipei");
  });

  it("answers null for hostile input", () => {
    expect(keyOf("China ".repeat(20_000))).toBeNull();
    expect(keyOf("a".repeat(100_000))).toBeNull();
    expect(keyOf(`${"(".repeat(50_000)}China${")".repeat(50_000)}`)).toBeNull();
    // Punctuation carries no identity, however much of it there is.
    expect(keyOf(`${"(".repeat(140)}China${")".repeat(140)}`)).toBe("CHN");
    expect(keyOf("Congo ".repeat(45))).toBeNull();
    expect(keyOf("the ".repeat(70))).toBeNull();
    expect(keyOf(`${"on behalf of ".repeat(3)}the`)).toBeNull();
    expect(keyOf(`on behalf of ${"on behalf of ".repeat(20)}`)).toBeNull();
  });
});
