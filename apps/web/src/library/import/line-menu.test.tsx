// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { LineMenu } from "./line-menu.tsx";

afterEach(cleanup);

function renderMenu() {
  const onTitle = vi.fn();
  const onMerge = vi.fn();
  render(
    <LineMenu
      label="Change ¶1"
      disabled={false}
      items={[
        { label: "Mark as title", shortcut: "markTitle", onSelect: onTitle },
        { label: "Merge with the next", shortcut: "merge", onSelect: onMerge, disabled: true },
      ]}
    />,
  );
  return { onTitle, onMerge, button: screen.getByRole("button", { name: "Change ¶1" }) };
}

describe("LineMenu", () => {
  it("opens on its button with the first item focused, each item naming its key", () => {
    const { button } = renderMenu();
    expect(button.getAttribute("aria-haspopup")).toBe("menu");
    fireEvent.click(button);
    expect(button.getAttribute("aria-expanded")).toBe("true");
    const title = screen.getByRole("menuitem", { name: /Mark as title/ });
    expect(document.activeElement).toBe(title);
    expect(title.getAttribute("aria-keyshortcuts")).toBe("T");
  });

  it("runs an item and gives the focus back, and leaves a disabled item alone", () => {
    const { button, onTitle, onMerge } = renderMenu();
    fireEvent.click(button);
    fireEvent.click(screen.getByRole("menuitem", { name: /Merge/ }));
    expect(onMerge).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole("menuitem", { name: /Mark as title/ }));
    expect(onTitle).toHaveBeenCalledOnce();
    expect(screen.queryByRole("menu")).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it("moves with the arrows and closes on Escape without letting the key reach the dialog", () => {
    const { button } = renderMenu();
    const onKey = vi.fn();
    document.addEventListener("keydown", onKey);
    fireEvent.click(button);
    const menu = screen.getByRole("menu");
    fireEvent.keyDown(menu, { key: "ArrowDown" });
    expect(document.activeElement).toBe(screen.getByRole("menuitem", { name: /Merge/ }));
    fireEvent.keyDown(menu, { key: "Escape" });
    expect(screen.queryByRole("menu")).toBeNull();
    expect(document.activeElement).toBe(button);
    expect(onKey).not.toHaveBeenCalled();
    document.removeEventListener("keydown", onKey);
  });
});
