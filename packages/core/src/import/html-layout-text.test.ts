import { describe, expect, it } from "vitest";
import { layoutTextOf } from "./html-layout-text.ts";

describe("layoutTextOf", () => {
  it("records the text of navigation, header, footer and aside regions, not of scripts", () => {
    const html =
      "<header><h1>Mission of Arcadia</h1></header><nav><ul><li>Home</li><li>Statements</li></ul></nav><p>Speech.</p>" +
      "<aside><p>Related</p></aside><footer><p>Copyright &copy; 2024</p><script>track()</script></footer>";
    expect(layoutTextOf(html)).toEqual([
      { text: "Mission of Arcadia", reason: "navigation" },
      { text: "Home Statements", reason: "navigation" },
      { text: "Related", reason: "footer" },
      { text: "Copyright © 2024", reason: "footer" },
    ]);
  });

  it("records a nested region once, with the outer region's reason", () => {
    expect(layoutTextOf("<footer><nav>Back to top</nav> Share</footer>")).toEqual([{ text: "Back to top Share", reason: "footer" }]);
  });
});
