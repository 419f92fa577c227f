import { describe, expect, it } from "vitest";
import { matchMembers } from "./match-members.ts";

const m = (id: string, name: string, email: string) => ({ id, name, email });
const members = [
  m("1", "Ana Analyst", "ana@x.org"),
  m("2", "Ben Brown", "ben@x.org"),
  m("3", "Zoe Banner", "zb@x.org"),
  m("4", "Me", "me@x.org"),
];

describe("matchMembers", () => {
  it("puts names that start with the query first, then any word, then emails; never oneself", () => {
    expect(matchMembers(members, "b", "4").map((x) => x.id)).toEqual(["2", "3"]);
    expect(matchMembers(members, "zb", "4").map((x) => x.id)).toEqual(["3"]);
    expect(matchMembers(members, "", "4").map((x) => x.id)).toEqual(["1", "2", "3"]);
    expect(matchMembers(members, "me", "4")).toEqual([]);
  });
});
