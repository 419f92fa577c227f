import { describe, expect, it } from "vitest";
import { fromCapitals, onBehalfOfIn, parseSpeakerLine } from "./speaker-line.ts";

describe("parseSpeakerLine", () => {
  it("reads speaker, delegation and the group chaired", () => {
    expect(
      parseSpeakerLine(
        "H.E. Mr. Ana Lim, Permanent Representative of\nPalau, in her capacity as Chair of the Asia-Pacific Group in Vienna (May-Oct. 2023)",
      ),
    ).toEqual({ speaker: "H.E. Mr. Ana Lim", role: "Permanent Representative", delegation: "Palau", onBehalfOf: "Asia-Pacific Group" });
  });

  it("reads on behalf of", () => {
    expect(
      parseSpeakerLine(
        "Ambassador Jo Ray, Permanent Representative of the Republic of Oz to the United Nations, on behalf of the Group of 77 and China",
      ),
    ).toEqual({
      speaker: "Ambassador Jo Ray",
      role: "Permanent Representative",
      delegation: "Republic of Oz",
      onBehalfOf: "Group of 77 and China",
    });
  });

  it("gives just the speaker when nothing else is said", () => {
    expect(parseSpeakerLine("Ms. Kim Lee")).toEqual({ speaker: "Ms. Kim Lee" });
  });

  it("reads a line of 20,000 unfinished portfolios once", () => {
    expect(parseSpeakerLine(`H.E. Mr. A, ${"Minister for ".repeat(20_000)}`)).toEqual({ speaker: "H.E. Mr. A" });
  });
});

describe("onBehalfOfIn", () => {
  it("reads a known group, a list of States, and stops before who delivers it", () => {
    expect(onBehalfOfIn("Statement on behalf of the Group of 77 and China by Ms. X")).toBe("Group of 77 and China");
    expect(onBehalfOfIn("Joint Statement on behalf of Australia, Canada and New Zealand at the General Assembly")).toBe(
      "Australia, Canada and New Zealand",
    );
    expect(onBehalfOfIn("STATEMENT ON BEHALF OF THE GROUP OF 77 AND CHINA BY MS. SOFIA RAMOS")).toBe("Group of 77 and China");
    expect(onBehalfOfIn("Déclaration au nom de l'Union européenne")).toBe("Union européenne");
  });

  it("reads a long line once", () => {
    expect(onBehalfOfIn(`on behalf of ${"the Group, ".repeat(50_000)}`)).toBe("Group");
  });
});

describe("fromCapitals", () => {
  it("puts a name in capitals into title case, keeping initials", () => {
    expect(fromCapitals("MS. SOFIA RAMOS")).toBe("Ms. Sofia Ramos");
    expect(fromCapitals("H.E. MR. JOHN DOE")).toBe("H.E. Mr. John Doe");
    expect(fromCapitals("Ms. Sofia Ramos")).toBe("Ms. Sofia Ramos");
  });
});

describe("parseSpeakerLine in French and Spanish", () => {
  it("reads the speaker, role and delegation", () => {
    expect(parseSpeakerLine("M. François Delattre, représentant permanent de la France auprès des Nations unies")).toEqual({
      speaker: "M. François Delattre",
      role: "représentant permanent",
      delegation: "France",
    });
    expect(parseSpeakerLine("S.E. Embajadora María Emma Mejía, Representante Permanente de Colombia ante las Naciones Unidas")).toEqual({
      speaker: "S.E. Embajadora María Emma Mejía",
      role: "Representante Permanente",
      delegation: "Colombia",
    });
  });
});
