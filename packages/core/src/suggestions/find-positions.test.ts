import { describe, expect, it } from "vitest";
import { findPositions } from "./find-positions.ts";
import type { StatementContext } from "./suggestion.ts";

const eu: StatementContext = { delegation: "European Union", onBehalfOf: null, councilForum: false };
const found = (text: string) =>
  findPositions(text, eu, { last: null }).map((f) => ({
    quote: text.slice(f.start, f.end),
    ...(f.kind === "position" ? { stance: f.attributes.stance, actor: f.attributes.actor } : {}),
  }));

describe("findPositions", () => {
  it.each([
    ["We welcome the report.", "We welcome the report", "welcomes"],
    ["The Council welcomed the agreement.", "The Council welcomed the agreement", "welcomes"],
    ["We fully support the mandate.", "We fully support the mandate", "supports"],
    ["My delegation voted in favour of the draft.", "My delegation voted in favour of the draft", "supports"],
    ["China opposes unilateral sanctions.", "China opposes unilateral sanctions", "opposes"],
    ["We cannot accept this text.", "We cannot accept this text", "opposes"],
    ["We strongly condemn the attack.", "We strongly condemn the attack", "condemns"],
    ["We are gravely concerned by the violence.", "We are gravely concerned by the violence", "concerned"],
    ["The Group notes with concern the decline.", "The Group notes with concern the decline", "concerned"],
    ["The Council expressed deep concern over it.", "The Council expressed deep concern over it", "concerned"],
    ["We urge all States to ratify.", "We urge all States to ratify", "urges"],
    ["We call upon the parties to talk.", "We call upon the parties to talk", "urges"],
    ["Nepal calls for reimbursement.", "Nepal calls for reimbursement", "urges"],
    ["We encourage UNODC to act.", "We encourage UNODC to act", "urges"],
    ["We reaffirm our commitment.", "We reaffirm our commitment", "reaffirms"],
    ["Nepal reiterates its support.", "Nepal reiterates its support", "reaffirms"],
    ["The Committee took note of the report.", "The Committee took note of the report", "notes"],
    ["We take note with appreciation of it.", "We take note with appreciation of it", "notes"],
    ["The United Kingdom will vote in favour.", "The United Kingdom will vote in favour", "supports"],
    ["The Group reiterates its firm rejection of sanctions.", "The Group reiterates its firm rejection of sanctions", "opposes"],
    ["We reiterate our deep concern at the violence.", "We reiterate our deep concern at the violence", "concerned"],
    ["1. Encourages Member States to act;", "Encourages Member States to act", "urges"],
    ["5. Also invites donors to give.", "invites donors to give", "urges"],
  ])("finds %j", (text, quote, stance) => {
    expect(found(text)).toMatchObject([{ quote, stance }]);
  });

  it("reads two stances joined in one sentence, the second with the first's actor", () => {
    expect(found("We urge restraint and call for a ceasefire.")).toEqual([
      { quote: "We urge restraint and call for a ceasefire", stance: "urges", actor: "European Union" },
      { quote: "call for a ceasefire", stance: "urges", actor: "European Union" },
    ]);
  });

  it.each([
    "with the support of partners",
    "a warm welcome to the delegates",
    "our condemnation of the attack",
    "we continue to provide support to victims",
    "The report notes that violence rose.",
    "The Convention supports cooperation.",
    "support for victims and welcome centres",
    "The United States welcomes the opportunity to discuss the partnership.",
    "China welcomes the convening of this open debate.",
    "I invite the following briefers to participate in this meeting.",
    "Encourages Member States to act, it says in paragraph 40 of the long report that nobody reads.",
  ])("finds nothing in %j", (text) => {
    expect(found(text)).toEqual([]);
  });
});
