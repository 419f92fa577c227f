import { describe, expect, it } from "vitest";
import { MAX_LISTED_REPAIRS, MAX_REPAIR_EXCERPT, repairMojibake } from "./repair-mojibake.ts";
import { decodeWindows1252 } from "./windows-1252.ts";

/** What a UTF-8 text looks like once read as Windows-1252. */
const misread = (text: string): string => decodeWindows1252(Buffer.from(text, "utf8"));
const repaired = (text: string): string => repairMojibake(text).text;

describe("repairMojibake: the issue's examples", () => {
  it("reads 'Ã­' and a lone 'Ã' before a contraction as an apostrophe", () => {
    expect(repaired("the future of AfricaÃ­s children")).toBe("the future of Africa's children");
    expect(repaired("the UNÃs role in the region")).toBe("the UN's role in the region");
    expect(repaired("we donÃ­t agree, and itÃs clear")).toBe("we don't agree, and it's clear");
  });

  it("reads a lone 'Ã' between words as a space", () => {
    expect(repaired("all theÃpeople of Gaza")).toBe("all the people of Gaza");
    expect(repaired("all the Ã people of Gaza")).toBe("all the people of Gaza");
  });

  it("decodes reversible sequences", () => {
    expect(repaired("itâ€™s")).toBe("it’s");
    expect(repaired("cafÃ©, MÃ¼nchen")).toBe("café, München");
    expect(repaired("â€œPeaceâ€ â€“ now â€” alwaysâ€¦")).toBe("“Peace” – now — always…");
    expect(repaired("â€œPeaceâ€\u009d")).toBe("“Peace”");
    expect(repaired("Â£100 and 5Â\u00a0%")).toBe("£100 and 5\u00a0%");
    expect(repaired("ï»¿Statement")).toBe("Statement");
  });

  it("repairs a whole French sentence read as Windows-1252", () => {
    const mojibake = "Le SecrÃ©taire gÃ©nÃ©ral a dÃ©clarÃ© Ã\u00a0 New York quâ€™il Ã©tait trÃ¨s prÃ©occupÃ© par la sÃ©curitÃ© des civils.";
    expect(repaired(mojibake)).toBe("Le Secrétaire général a déclaré à New York qu’il était très préoccupé par la sécurité des civils.");
  });

  it("undoes text misread twice", () => {
    for (const text of [
      "l’été à Genève",
      "La política de la región está cambiando también.",
      "Africa’s future — “quotes” …",
      "Привет, 中文 😀",
    ]) {
      expect(repaired(misread(misread(text)))).toBe(text);
    }
  });
});

describe("repairMojibake: texts misread as Windows-1252 come back whole", () => {
  const texts = [
    "« Nous condamnons l’attaque », a déclaré la déléguée française\u00a0; « c’est inacceptable\u00a0».",
    "Señor Presidente: la situación en la región está empeorando; ¿qué haremos?",
    "A delegação do Brasil saúda a ação humanitária em São Paulo e no Pará.",
    "Die Bundesrepublik Deutschland begrüßt die Erklärung über Zusammenarbeit.",
    "Polska i Czechy: Łódź, Dvořák, Kraków. România: București, Constanța.",
    "Господин Председатель, Российская Федерация благодарит вас.",
    "السيد الرئيس، تود المملكة العربية السعودية أن تشكركم.",
    "主席先生，中国代表团感谢您召开这次会议。",
    "Việt Nam hoan nghênh nghị quyết.",
    "Thank you 👍🏽 — the € and ™ signs • and “quotes”.",
  ];
  for (const text of texts) {
    it(text.slice(0, 30), () => {
      expect(repaired(misread(text))).toBe(text);
    });
  }
});

describe("repairMojibake: correct text is left alone", () => {
  const correct = [
    "Monsieur le Président, « la sécurité\u00a0» de l’été à Genève, naïve, Noël, ça, où.",
    "« L'ÉTÉ\u00a0» — CAFÉ», PERÚ…, AQUÍ”, PASÓ–, groß– und Klein.",
    "SÃO PAULO, NÃO, IRMÃS, MANHÃ, AMANHÃ, SÃO TOMÉ E PRÍNCIPE.",
    "Ãlvaro, (Ã), the end: Ã",
    "Señor Presidente: la situación en la región está empeorando; ¿qué haremos?",
    "A delegação do Brasil saúda a ação humanitária; ótimo.",
    "Straße, Ärger, Übung, Öl, Ñandú, Æsir, Ørsted, Ångström, ß.",
    "Господин Председатель, благодарю вас.",
    "السيد الرئيس، أشكركم.",
    "主席先生，谢谢。一二三",
    "😀👍🏽🇺🇳 and Côte d’Ivoire, Türkiye, İstanbul, Ελλάδα, שלום.",
    "Price: £5, 10°C, ½ cup, ©2023, ®, ±3, ¿Sí? ¡No!",
  ];
  for (const text of correct) {
    it(text.slice(0, 30), () => {
      expect(repairMojibake(text)).toEqual({ text, repairs: [] });
    });
  }
});

describe("repairMojibake: the report", () => {
  it("lists each repaired line by its 1-based number, whatever ends it", () => {
    const text = "First line\r\nSecond: cafÃ©\rThird\nFourth: the UNÃs role\n";
    expect(repairMojibake(text)).toEqual({
      text: "First line\r\nSecond: café\rThird\nFourth: the UN's role\n",
      repairs: [
        { line: 2, before: "Second: cafÃ©", after: "Second: café" },
        { line: 4, before: "Fourth: the UNÃs role", after: "Fourth: the UN's role" },
      ],
    });
  });

  it("lists the first 200 repaired lines but repairs them all", () => {
    const text = Array.from({ length: 1000 }, (_, i) => `Line ${i}: cafÃ©`).join("\n");
    const result = repairMojibake(text);
    expect(result.repairs).toHaveLength(MAX_LISTED_REPAIRS);
    expect(result.repairs.at(-1)?.line).toBe(MAX_LISTED_REPAIRS);
    expect(result.text.split("\n").every((line) => line.endsWith("café"))).toBe(true);
  });

  it("shows a long line's repair in a short window", () => {
    const text = `${"a".repeat(5000)} cafÃ© ${"b".repeat(5000)}`;
    const [repair] = repairMojibake(text).repairs;
    expect(repair?.before.length).toBeLessThanOrEqual(MAX_REPAIR_EXCERPT + 2);
    expect(repair?.before).toContain("cafÃ©");
    expect(repair?.after).toContain("café");
    expect(repair?.after.startsWith("…")).toBe(true);
    expect(repair?.after.endsWith("…")).toBe(true);
  });
});

describe("repairMojibake: hostile input", () => {
  it("leaves a 2 MB line of 'Ã' as it is", () => {
    const text = "Ã".repeat(2_000_000);
    const result = repairMojibake(text);
    expect(result.text === text).toBe(true);
    expect(result.repairs).toEqual([]);
  });

  it("reads 1,000,000 'â€' pairs as closing quotes", () => {
    const result = repairMojibake("â€".repeat(1_000_000));
    expect(result.text === "\u201d".repeat(1_000_000)).toBe(true);
    expect(result.repairs).toHaveLength(1);
    expect(result.repairs[0]?.after.length).toBeLessThanOrEqual(MAX_REPAIR_EXCERPT + 1);
  });

  it("repairs 200,000 alternating lost-byte marks inside one word", () => {
    const result = repairMojibake("aÃ".repeat(200_000));
    expect(result.text === `${"a ".repeat(199_999)}aÃ`).toBe(true);
  });
});
