import { describe, expect, it } from "vitest";
import { isHttpUrl } from "./http-url.ts";

describe("isHttpUrl", () => {
  it.each(["https://undocs.org/A/RES/74/247", "http://example.org", "HTTPS://www.unodc.org/unodc/en/treaties/CTOC/index.html#x"])(
    "accepts %s",
    (s) => expect(isHttpUrl(s)).toBe(true),
  );
  it.each([
    "",
    "undocs.org/A/RES/74/247",
    "ftp://example.org",
    "mailto:a@b.org",
    "javascript:alert(1)",
    "https://",
    "https://exa mple.org",
    "https:/x",
  ])("rejects %j", (s) => expect(isHttpUrl(s)).toBe(false));
});
