import { describe, expect, it } from "vitest";
import { parseForumLine } from "./forum-line.ts";

describe("parseForumLine", () => {
  it("reads a line that opens with a body, and a meeting of a body", () => {
    expect(parseForumLine("Third Committee")).toEqual({ forum: "Third Committee" });
    expect(parseForumLine("Security Council briefing on the situation in the Central African Republic")).toEqual({
      forum: "Security Council briefing on the situation in the Central African Republic",
    });
    expect(parseForumLine("Débat public du Conseil de sécurité sur les femmes, la paix et la sécurité")).toEqual({
      forum: "Débat public du Conseil de sécurité sur les femmes, la paix et la sécurité",
    });
  });

  it("takes the body before a dash, and the last body a line names", () => {
    expect(parseForumLine("Conseil de sécurité – Explication de vote")).toEqual({ forum: "Conseil de sécurité" });
    expect(parseForumLine("Second Committee – Agenda item 18: Macroeconomic policy questions")).toEqual({ forum: "Second Committee" });
    expect(parseForumLine("General Assembly, 78th session – Third Committee")).toEqual({ forum: "Third Committee" });
    expect(parseForumLine("General Assembly, 78th session")).toEqual({ forum: "General Assembly" });
  });

  it("returns null for running text and for a topic that only mentions a body", () => {
    expect(parseForumLine("Security Council members met today.")).toBeNull();
    expect(parseForumLine("Debate on the annual report of the Security Council")).toBeNull();
  });
});
