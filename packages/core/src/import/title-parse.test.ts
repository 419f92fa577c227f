import { describe, expect, it } from "vitest";
import { parsePlaceDate, parseTitle, TITLE_START } from "./title-parse.ts";

describe("parseTitle", () => {
  it("reads speaker and forum from a remarks title", () => {
    expect(parseTitle("Remarks by Ambassador Li Wei at the UN Security Council Open Debate on Maritime Security")).toEqual({
      title: "Remarks by Ambassador Li Wei at the UN Security Council Open Debate on Maritime Security",
      speaker: "Ambassador Li Wei",
      forum: "UN Security Council Open Debate on Maritime Security",
    });
  });

  it("reads a group title broken over lines, with place and date on the last line", () => {
    expect(
      parseTitle(
        "Statement of the Group of Asia-Pacific States\nat the 33rd Session of the Commission on\nNarcotic Drugs\nVienna, 11-15 March 2024",
      ),
    ).toEqual({
      title: "Statement of the Group of Asia-Pacific States at the 33rd Session of the Commission on Narcotic Drugs",
      onBehalfOf: "Asia-Pacific Group",
      forum: "33rd Session of the Commission on Narcotic Drugs",
      place: "Vienna",
      date: "2024-03-11",
    });
  });

  it("reads a one-word delegation and a place and date after a comma", () => {
    expect(parseTitle("Statement by Japan at the General Assembly, New York, 5 October 2023")).toEqual({
      title: "Statement by Japan at the General Assembly",
      delegation: "Japan",
      forum: "General Assembly",
      place: "New York",
      date: "2023-10-05",
    });
  });

  it("prefers who speaks (by …) and reads a minister's country", () => {
    expect(parseTitle("Explanation of Vote by Japan on the draft resolution")).toMatchObject({ delegation: "Japan" });
    expect(parseTitle("Statement by the Minister for Foreign Affairs of Japan at the General Assembly")).toMatchObject({
      speaker: "Minister for Foreign Affairs of Japan",
      delegation: "Japan",
      forum: "General Assembly",
    });
    expect(parseTitle("Statement by Ms. Ana Lim on Item 5")).toMatchObject({ speaker: "Ms. Ana Lim" });
    expect(parseTitle("Joint Statement of the African Group at the Human Rights Council")).toMatchObject({ onBehalfOf: "African Group" });
  });

  it("reads what the title says about the speaker after the name", () => {
    expect(
      parseTitle("Statement by H.E. Ms. Ana Lim, Permanent Representative of Fiji to the United Nations, at the General Assembly"),
    ).toEqual({
      title: "Statement by H.E. Ms. Ana Lim, Permanent Representative of Fiji to the United Nations, at the General Assembly",
      speaker: "H.E. Ms. Ana Lim",
      role: "Permanent Representative",
      delegation: "Fiji",
      forum: "General Assembly",
    });
  });

  it("reads on behalf of", () => {
    expect(parseTitle("Statement by Cuba on behalf of the Group of 77 and China")).toMatchObject({
      delegation: "Cuba",
      onBehalfOf: "Group of 77 and China",
    });
  });
});

describe("TITLE_START", () => {
  it("matches title openings only", () => {
    expect(TITLE_START.test("Statement by the Chair")).toBe(true);
    expect(TITLE_START.test("Explanation of Vote after the vote")).toBe(true);
    expect(TITLE_START.test("Statements are welcome")).toBe(false);
  });
});

describe("parsePlaceDate", () => {
  it("reads place and the first day of a range", () => {
    expect(parsePlaceDate("Vienna, 22-26 May 2023")).toEqual({ place: "Vienna", date: "2023-05-22" });
    expect(parsePlaceDate("We met on 22 May 2023")).toBeNull();
  });

  it("ends the place at the first comma, so a line of many commas is read once", () => {
    expect(parsePlaceDate("Vienna, Austria, 22 May 2023")).toBeNull();
    expect(parsePlaceDate(`Vienna${", a".repeat(50_000)}, 22 May 2023`)).toBeNull();
  });
});

describe("parseTitle for the header shapes of issue 14", () => {
  it("reads a place and date in brackets and cuts the forum at the agenda item", () => {
    expect(
      parseTitle(
        "Statement on behalf of the Group of 77 and China by Ambassador Godfrey Kwoba, Deputy Permanent Representative of Uganda to the United Nations, at the plenary of the UN General Assembly on agenda item 38 (New York, 1 November 2023)",
      ),
    ).toEqual({
      title:
        "Statement on behalf of the Group of 77 and China by Ambassador Godfrey Kwoba, Deputy Permanent Representative of Uganda to the United Nations, at the plenary of the UN General Assembly on agenda item 38",
      speaker: "Ambassador Godfrey Kwoba",
      role: "Deputy Permanent Representative",
      delegation: "Uganda",
      onBehalfOf: "Group of 77 and China",
      forum: "plenary of the UN General Assembly",
      place: "New York",
      date: "2023-11-01",
    });
  });

  it("ends a bare body's forum before the topic, and a forum before a date", () => {
    expect(parseTitle("Remarks by Ambassador Jo Ray at the UN Security Council on the Conclusion of the Presidency").forum).toBe(
      "UN Security Council",
    );
    expect(parseTitle("We urge restraint: UK statement at the UN Security Council, 18 March 2022")).toMatchObject({
      forum: "UN Security Council",
      date: "2022-03-18",
    });
    expect(parseTitle("Explanation of Vote on a UN Security Council Resolution Renewing a Mandate").forum).toBe("UN Security Council");
  });

  it("reads a UN official's office and name", () => {
    expect(parseTitle("Remarks by Under-Secretary-General for Peace Operations Daniel Osei to the Security Council")).toMatchObject({
      speaker: "Daniel Osei",
      role: "Under-Secretary-General for Peace Operations",
      forum: "Security Council",
    });
  });

  it("reads French and Spanish titles", () => {
    expect(parseTitle("Déclaration de Mme Claire Fontaine, Représentante permanente du Luxembourg")).toMatchObject({
      speaker: "Mme Claire Fontaine",
      role: "Représentante permanente",
      delegation: "Luxembourg",
    });
    expect(parseTitle("Intervención de S.E. Embajadora Ana Ruiz, Representante Permanente de Chile")).toMatchObject({
      speaker: "S.E. Embajadora Ana Ruiz",
      delegation: "Chile",
    });
  });

  it("reads the venue and date lines under a hard-wrapped title apart from it", () => {
    expect(
      parseTitle(
        "Statement by H.E. Mr. Arjun Thapa, Permanent Representative of Nepal\nat the Security Council\nSecurity Council Chamber\nDecember 7th, 2023",
      ),
    ).toMatchObject({
      title: "Statement by H.E. Mr. Arjun Thapa, Permanent Representative of Nepal at the Security Council",
      place: "Security Council Chamber",
      date: "2023-12-07",
    });
  });

  it("reads a title in capitals", () => {
    expect(parseTitle("STATEMENT ON BEHALF OF THE GROUP OF 77 AND CHINA BY MS. SOFIA RAMOS, COUNSELLOR")).toMatchObject({
      speaker: "Ms. Sofia Ramos",
      role: "Counsellor",
      onBehalfOf: "Group of 77 and China",
    });
  });
});

describe("parseTitle reads a delegation of several words", () => {
  it("after Delegation of, Delegación de or Délégation de", () => {
    expect(parseTitle("Statement by the Delegation of the Republic of Korea").delegation).toBe("Republic of Korea");
    expect(parseTitle("Intervención de la Delegación de México").delegation).toBe("México");
    expect(parseTitle("Déclaration de la Délégation de la France").delegation).toBe("France");
  });
});
