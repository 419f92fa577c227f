// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { Modal } from "./modal.tsx";

function Page({ closable = true }: { closable?: boolean }) {
  const [open, setOpen] = useState(false);
  return (
    <main>
      <h1>Page</h1>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      {open && (
        <Modal labelledBy="title" onClose={() => closable && setOpen(false)}>
          <h2 id="title">Confirm</h2>
          <button type="button">Cancel</button>
          <input aria-label="Reason" data-autofocus />
          <button type="button">Confirm</button>
        </Modal>
      )}
    </main>
  );
}

function open(closable?: boolean) {
  render(<Page closable={closable} />);
  const opener = screen.getByRole("button", { name: "Open" });
  opener.focus();
  fireEvent.click(opener);
  return { opener, dialog: screen.getByRole("dialog", { name: "Confirm" }) };
}

afterEach(cleanup);

describe("Modal", () => {
  it("opens over an inert page, focused on its data-autofocus field, and gives focus back when it closes", () => {
    const { opener, dialog } = open();
    expect(document.activeElement).toBe(screen.getByLabelText("Reason"));
    expect(screen.getByRole("heading", { name: "Page", hidden: true }).closest("[inert]")).toBeTruthy();
    fireEvent.keyDown(dialog, { key: "Escape" });
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(document.activeElement).toBe(opener);
    expect(document.querySelector("[inert]")).toBeNull();
  });

  it("stays open on Escape while its owner says it may not close", () => {
    const { dialog } = open(false);
    fireEvent.keyDown(dialog, { key: "Escape" });
    expect(screen.getByRole("dialog", { name: "Confirm" })).toBeTruthy();
  });

  it("takes Tab round from the last control to the first, and Shift+Tab back", () => {
    const { dialog } = open();
    const first = screen.getByRole("button", { name: "Cancel" });
    const last = screen.getByRole("button", { name: "Confirm" });
    last.focus();
    fireEvent.keyDown(dialog, { key: "Tab" });
    expect(document.activeElement).toBe(first);
    fireEvent.keyDown(dialog, { key: "Tab", shiftKey: true });
    expect(document.activeElement).toBe(last);
  });
});
