import { describe, expect, it } from "vitest";
import { findCommitments } from "./find-commitments.ts";
import type { StatementContext } from "./suggestion.ts";

const norway: StatementContext = { delegation: "Norway", onBehalfOf: null, councilForum: false };
const g77: StatementContext = { delegation: "Uganda", onBehalfOf: "Group of 77 and China", councilForum: false };
const found = (text: string, context = norway) =>
  findCommitments(text, context, { last: null }).map((f) => ({
    quote: text.slice(f.start, f.end),
    rule: f.rule,
    ...(f.kind === "commitment" ? { strength: f.attributes.strength, actor: f.attributes.actor } : {}),
  }));

describe("findCommitments", () => {
  it.each([
    ["We will host the meeting in 2025.", "We will host the meeting in 2025", "commitment-we-will", "pledge"],
    ["We will continue to work with all delegations.", "We will continue to work with all delegations", "commitment-we-will", "pledge"],
    [
      "Norway will contribute NOK 20 million to the fund.",
      "Norway will contribute NOK 20 million to the fund",
      "commitment-allocation",
      "pledge",
    ],
    ["My delegation commits to sharing its lessons.", "My delegation commits to sharing its lessons", "commitment-pledge", "pledge"],
    ["We pledge to achieve net zero by 2070.", "We pledge to achieve net zero by 2070", "commitment-pledge", "pledge"],
    ["Norway stands ready to share its experience.", "Norway stands ready to share its experience", "commitment-ready", "aspiration"],
    ["My country intends to present a draft.", "My country intends to present a draft", "commitment-ready", "aspiration"],
    [
      "The Government has allocated EUR 15 million to it.",
      "The Government has allocated EUR 15 million to it",
      "commitment-allocation",
      "pledge",
    ],
    ["We also remain firmly committed to peace.", "We also remain firmly committed to peace", "commitment-ready", "aspiration"],
  ])("finds %j", (text, quote, rule, strength) => {
    expect(found(text)).toMatchObject([{ quote, rule, strength }]);
  });

  it("resolves the actor: we and the Group to the group spoken for, my delegation to the delegation, a name to itself", () => {
    expect(found("We will act.", g77)[0]?.actor).toBe("Group of 77 and China");
    expect(found("The Group will engage.", g77)[0]?.actor).toBe("Group of 77 and China");
    expect(found("My delegation will engage.", g77)[0]?.actor).toBe("Uganda");
    expect(found("I will propose a text.", g77)[0]?.actor).toBe("Uganda");
    expect(found("We will act.")[0]?.actor).toBe("Norway");
    expect(found("UNODC will provide assistance.")[0]?.actor).toBe("UNODC");
    expect(found("The European Union will table a text.")[0]?.actor).toBe("European Union");
  });

  it("keeps the action the clause promises", () => {
    const [finding] = findCommitments("We will double our contribution; it matters.", norway, { last: null });
    expect(finding?.kind === "commitment" && finding.attributes.action).toBe("double our contribution");
  });

  it("splits two commitments joined in one sentence", () => {
    expect(found("Brazil will host the conference, and we will halve deforestation.").map((f) => f.quote)).toEqual([
      "Brazil will host the conference, and we will halve deforestation",
      "we will halve deforestation",
    ]);
  });

  it.each([
    "The meeting will resume at 3 p.m.",
    "The Convention will be opened for signature in 2025.",
    "I will speak in English.",
    "I will now turn to the situation in the region.",
    "We will not accept this.",
    "which will help the region.",
    "The report will be issued next week.",
    "I shall now give the floor to the representative of Egypt.",
    "The Assembly will now hear an address by the President.",
    "The United Kingdom will vote in favour.",
    "with the commitment of all",
  ])("finds nothing in %j", (text) => {
    expect(found(text)).toEqual([]);
  });
});
