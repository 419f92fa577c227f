// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ShortcutsHelp } from "./shortcuts-help.tsx";

function page() {
  render(
    <main>
      <ShortcutsHelp scopes={["reader"]} />
      <div contentEditable role="textbox" aria-readonly="true" aria-label="Text" tabIndex={0} />
      <textarea aria-label="Note" />
    </main>,
  );
  const text = screen.getByRole("textbox", { name: "Text" });
  act(() => text.focus());
  return text;
}

const pressQuestion = (target: Element) => fireEvent.keyDown(target, { key: "?", shiftKey: true });

afterEach(cleanup);

describe("ShortcutsHelp", () => {
  it("opens the sheet on ? from the reader's text, lists the page's keys by group, and Escape gives focus back", () => {
    const text = page();
    pressQuestion(text);
    const sheet = screen.getByRole("dialog", { name: "Keyboard shortcuts" });
    const selecting = within(sheet).getByRole("region", { name: "Selecting text" });
    expect(selecting.textContent).toContain("Select the sentence at the caret");
    expect(within(sheet).getByRole("region", { name: "Everywhere" }).textContent).toContain("Show the keyboard shortcuts");
    expect(within(sheet).queryByRole("region", { name: "Deciding" })).toBeNull();
    fireEvent.keyDown(sheet, { key: "Escape" });
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(document.activeElement).toBe(text);
  });

  it("does nothing on ? typed into a field", () => {
    page();
    const note = screen.getByRole("textbox", { name: "Note" });
    note.focus();
    pressQuestion(note);
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("names its key on the header button, which opens the sheet too", () => {
    page();
    const button = screen.getByRole("button", { name: "Keyboard shortcuts" });
    expect(button.getAttribute("aria-keyshortcuts")).toBe("Shift+?");
    expect(button.getAttribute("title")).toBe("Keyboard shortcuts (?)");
    fireEvent.click(button);
    expect(screen.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeTruthy();
  });
});
