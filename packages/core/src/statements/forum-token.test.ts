import { describe, expect, it } from "vitest";
import { forumToken } from "./forum-token.ts";

describe("forumToken", () => {
  it.each([
    ["UN Security Council Open Debate on Transnational Organized Crime", "unsc"],
    ["Security Council", "unsc"],
    ["CCPCJ 32nd session", "ccpcj32"],
    ["32nd Session of the United Nations Commission on Crime Prevention and Criminal Justice", "ccpcj32"],
    ["Commission on Narcotic Drugs", "cnd"],
    ["CND 66", "cnd66"],
    ["78th session of the General Assembly", "unga78"],
    ["UNGA Special Session", "unga"],
    ["Human Rights Council, 54th session", "hrc54"],
    ["Open-ended Working Group on ICT", "oewgi"],
    ["Pledging", "pledging"],
  ])("%s → %s", (forum, token) => expect(forumToken(forum)).toBe(token));
});
