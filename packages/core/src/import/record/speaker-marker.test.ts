import { describe, expect, it } from "vitest";
import { opensMarker, parseSpeakerMarker } from "./speaker-marker.ts";

const read = (text: string) => {
  const marker = parseSpeakerMarker(text);
  return marker && { ...marker, rest: text.slice(marker.length).trim() };
};

describe("parseSpeakerMarker", () => {
  it.each([
    ["The President: I thank him.", { speaker: "The President", role: "President", noted: false }],
    ["The President (spoke in French): Je remercie.", { speaker: "The President", role: "President", language: "fr", noted: true }],
    ["The Acting President: I give the floor.", { speaker: "The Acting President", role: "Acting President", noted: false }],
    ["The Secretary-General: I have written.", { speaker: "The Secretary-General", role: "Secretary-General", noted: false }],
    ["The Chair (spoke in Arabic): Welcome.", { speaker: "The Chair", role: "Chair", language: "ar", noted: true }],
    ["Mr. Zhang Jun (China): China thanks.", { speaker: "Mr. Zhang Jun", delegation: "China", noted: false }],
    [
      "Ms. Joyini (South Africa) (spoke in Arabic): Text.",
      { speaker: "Ms. Joyini", delegation: "South Africa", language: "ar", noted: true },
    ],
    ["Mr. Guterres (Secretary-General): I thank.", { speaker: "Mr. Guterres", role: "Secretary-General", noted: false }],
    [
      "Ms. DiCarlo (Under-Secretary-General for Political and Peacebuilding Affairs): Thank you.",
      { speaker: "Ms. DiCarlo", role: "Under-Secretary-General for Political and Peacebuilding Affairs", noted: false },
    ],
    ["Archbishop Caccia (Holy See): The Holy See.", { speaker: "Archbishop Caccia", delegation: "Holy See", noted: false }],
    [
      "Dame Barbara Woodward (United Kingdom): Thank you.",
      { speaker: "Dame Barbara Woodward", delegation: "United Kingdom", noted: false },
    ],
    ["Mr. de Rivière (France) (spoke in French): Merci.", { speaker: "Mr. de Rivière", delegation: "France", language: "fr", noted: true }],
    ["Mr. Al-Thani (Qatar): Thank you.", { speaker: "Mr. Al-Thani", delegation: "Qatar", noted: false }],
    ["Mr. Skoog (European Union): I speak.", { speaker: "Mr. Skoog", delegation: "European Union", noted: false }],
    ["Ms Kim (Republic of Korea): Thank you.", { speaker: "Ms Kim", delegation: "Republic of Korea", noted: false }],
    ["Mr. O'Brien (Ireland) : Thank you.", { speaker: "Mr. O'Brien", delegation: "Ireland", noted: false }],
    ["Mr. Espot Zamora (Andorra) (spoke in Catalan): Gràcies.", { speaker: "Mr. Espot Zamora", delegation: "Andorra", noted: true }],
    ["President Biden: Mr. President.", { speaker: "President Biden", noted: false }],
    ["Ms. DiCarlo: I thank you, Mr. President.", { speaker: "Ms. DiCarlo", noted: false }],
    ["Mr. Lacroix (spoke in French): Merci.", { speaker: "Mr. Lacroix", language: "fr", noted: true }],
    ["The PRESIDENT: I thank him.", { speaker: "The President", role: "President", noted: false }],
    [
      "The ACTING PRESIDENT (interpretation from French): Text.",
      { speaker: "The Acting President", role: "Acting President", language: "fr", noted: true },
    ],
    ["Mr. PICKERING (United States of America): Text.", { speaker: "Mr. PICKERING", delegation: "United States of America", noted: false }],
    ["President Xi Jinping (spoke in Chinese): Text.", { speaker: "President Xi Jinping", language: "zh", noted: true }],
    [
      "Mr. Kariuki (Kenya) (Chair of the Committee established pursuant to resolution 1267 (1999)): Thank you.",
      {
        speaker: "Mr. Kariuki",
        delegation: "Kenya",
        role: "Chair of the Committee established pursuant to resolution 1267 (1999)",
        noted: false,
      },
    ],
  ])("reads %s", (text, wanted) => {
    const marker = read(text);
    expect(marker).toMatchObject(wanted);
    expect(marker?.rest).toBe(text.slice(text.indexOf(":", text.lastIndexOf(")") > 0 ? text.lastIndexOf(")") : 0) + 1).trim());
  });

  it.each([
    "Mr. President, I thank you for convening this meeting.",
    "the president: in lower case, speech.",
    "Mr. President: I say again that we cannot wait.",
    "Resolution 2720 (2023): it demands the release of all hostages.",
    'As the representative said, "Mr. Zhang Jun (China): China thanks" was the opening.',
    "Mr. Zhang Jun (China) said that the Council must act.",
    "Mr. Zhang Jun Li Wei Chen Ho: too long a name without brackets.",
    "The President of the Security Council (spoke in French): not a marker.",
    "General Assembly resolution 77/1 (2022): the text.",
    "Mr. (China): no name.",
    "Mr. Zhang Jun (China without a close: text",
    "Ms. Smith (in her personal capacity): she said.",
  ])("leaves %s alone", (text) => {
    expect(parseSpeakerMarker(text)).toBeNull();
  });

  it("reads a marker of 200,000 unclosed brackets once, and finds none", () => {
    expect(parseSpeakerMarker(`Mr. X ${"(".repeat(200_000)}`)).toBeNull();
    expect(parseSpeakerMarker("Mr. (".repeat(200_000))).toBeNull();
  });

  it("tells a line whose brackets run on to the next", () => {
    expect(opensMarker("Mrs. Thomas-Greenfield (United")).toBe(true);
    expect(opensMarker("Mrs. Thomas-Greenfield (United States of America): Thank you.")).toBe(false);
    expect(opensMarker("The situation (in")).toBe(false);
  });
});
