import { describe, expect, it } from "vitest";
import { relativeTime } from "./relative-time.ts";

const now = Date.parse("2024-06-15T12:00:00Z");
const ago = (ms: number) => new Date(now - ms).toISOString();

describe("relativeTime", () => {
  it("reads like a person would say it", () => {
    expect(relativeTime(ago(10_000), now)).toBe("just now");
    expect(relativeTime(ago(-60_000), now)).toBe("just now");
    expect(relativeTime(ago(5 * 60_000), now)).toBe("5 minutes ago");
    expect(relativeTime(ago(3 * 3_600_000), now)).toBe("3 hours ago");
    expect(relativeTime(ago(26 * 3_600_000), now)).toBe("yesterday");
    expect(relativeTime(ago(3 * 86_400_000), now)).toBe("3 days ago");
  });

  it("gives the date for anything older than a week", () => {
    expect(relativeTime("2024-03-02T10:00:00Z", now)).toBe("2 Mar");
    expect(relativeTime("2023-12-07T10:00:00Z", now)).toBe("7 Dec 2023");
    expect(relativeTime("not a date", now)).toBe("not a date");
  });
});
