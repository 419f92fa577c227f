import { describe, expect, it } from "vitest";
import { htmlToText } from "./html-text.ts";

describe("htmlToText", () => {
  it("drops tags, breaks lines at blocks and <br>, decodes entities", () => {
    expect(htmlToText("<p>Important &amp; <b>new</b></p><p>a<br/>b &#128512; &#x41; &nbsp;x &bogus;</p>")).toBe(
      "Important & new\na\nb 😀 A  x &bogus;",
    );
  });
});
