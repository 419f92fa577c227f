import { describe, expect, it } from "vitest";
import { dueLabel, dueState, localDay } from "./due-date.ts";
import { assignedMessage, refusedMessage } from "./assign-messages.ts";

describe("due dates", () => {
  it("reads today in the reader's own calendar", () => {
    expect(localDay(new Date(2031, 2, 1, 23, 59))).toBe("2031-03-01");
  });

  it("is overdue once the day has passed, never when done", () => {
    expect(dueState("2031-02-28", "2031-03-01")).toBe("overdue");
    expect(dueState("2031-03-01", "2031-03-01")).toBe("today");
    expect(dueState("2031-03-02", "2031-03-01")).toBe("upcoming");
    expect(dueState("2031-02-28", "2031-03-01", true)).toBe("upcoming");
    expect(dueState(null, "2031-03-01")).toBe("none");
  });

  it("says so in words", () => {
    expect(dueLabel("2031-02-28", "2031-03-01")).toBe("Overdue: due 28 February 2031");
    expect(dueLabel("2031-03-01", "2031-03-01")).toBe("Due today");
    expect(dueLabel("2031-03-05", "2031-03-01")).toBe("Due 5 March 2031");
    expect(dueLabel(null, "2031-03-01")).toBe("No due date");
  });
});

describe("assignment messages", () => {
  const ana = { id: "a", name: "Ana" };
  const bo = { id: "b", name: "Bo" };
  it("names what was assigned to whom", () => {
    expect(assignedMessage("tag", [{ title: "On cyber" }], [ana])).toBe("Assigned “On cyber” to Ana for tagging.");
    expect(assignedMessage("review", [{ title: "x" }, { title: "y" }], [ana, bo])).toBe("Assigned 2 statements to Ana and Bo for review.");
  });

  it("names whom the API refused", () => {
    expect(refusedMessage({ assignees: ["b"] }, [ana, bo])).toMatch(/^Bo can no longer take this task/);
    expect(refusedMessage(null, [ana])).toMatch(/^Someone you chose/);
  });
});
