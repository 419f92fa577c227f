import { describe, expect, it } from "vitest";
import { queueQuery, readQueueFilters, writeQueueFilters } from "./queue-params.ts";

describe("queue filters in the URL", () => {
  it("reads the filters, ignoring a kind it does not know", () => {
    expect(readQueueFilters(new URLSearchParams("statement=s1&kind=opinion&label=%20cyber"))).toEqual({
      statement: "s1",
      author: "",
      kind: "",
      label: "cyber",
      assigned: "",
    });
  });

  it("writes filters, drops empty ones and keeps other params", () => {
    const params = writeQueueFilters(new URLSearchParams("author=a&other=1"), { author: "", kind: "commitment" });
    expect(params.toString()).toBe("other=1&kind=commitment");
  });

  it("sends only the filters that are set", () => {
    expect(queueQuery({ statement: "", author: "u", kind: "position", label: "", assigned: "" })).toEqual({
      author: "u",
      kind: "position",
    });
  });

  it("narrows to the reviewer's assignments with ?assigned=me", () => {
    const filters = readQueueFilters(new URLSearchParams("assigned=me"));
    expect(queueQuery(filters)).toEqual({ assignedToMe: "true" });
    expect(readQueueFilters(new URLSearchParams("assigned=everyone")).assigned).toBe("");
  });
});
