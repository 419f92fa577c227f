// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { useEffect } from "react";
import { MemoryRouter, useLocation } from "react-router";
import { afterEach, describe, expect, it } from "vitest";
import { HeaderSearch } from "./header-search.tsx";

function Location() {
  const { pathname, search } = useLocation();
  return <output data-testid="location">{pathname + search}</output>;
}

/** A page with a filter of its own on / (as the codebook and the registry have), listening on the document. */
function PageFilter() {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== "/") return;
      e.preventDefault();
      document.getElementById("page-filter")?.focus();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
  return <input id="page-filter" aria-label="Filter the codes" />;
}

function setup(withPageFilter = false) {
  render(
    <MemoryRouter initialEntries={["/codebook"]}>
      <HeaderSearch />
      {withPageFilter ? <PageFilter /> : <input aria-label="Note" />}
      <button type="button">Elsewhere</button>
      <Location />
    </MemoryRouter>,
  );
  return screen.getByRole("searchbox", { name: "Search everything" });
}

afterEach(cleanup);

describe("HeaderSearch", () => {
  it("takes the focus on / from anywhere but a field, and opens the search page on Enter", async () => {
    const box = setup();
    expect(screen.getByRole("search", { name: "Everywhere" })).toBeTruthy();
    expect(box.getAttribute("aria-keyshortcuts")).toBe("/");

    fireEvent.keyDown(screen.getByRole("textbox", { name: "Note" }), { key: "/" });
    expect(document.activeElement).not.toBe(box);

    fireEvent.keyDown(screen.getByRole("button", { name: "Elsewhere" }), { key: "/" });
    expect(document.activeElement).toBe(box);

    fireEvent.change(box, { target: { value: ' "organised crime" 74/247 ' } });
    fireEvent.submit(screen.getByRole("search", { name: "Everywhere" }));
    await waitFor(() => expect(screen.getByTestId("location").textContent).toBe("/search?q=%22organised+crime%22+74%2F247"));
    expect((box as HTMLInputElement).value).toBe("");
  });

  it("leaves / to a page whose own filter takes it", () => {
    const box = setup(true);
    fireEvent.keyDown(screen.getByRole("button", { name: "Elsewhere" }), { key: "/" });
    expect(document.activeElement).toBe(screen.getByRole("textbox", { name: "Filter the codes" }));
    expect(document.activeElement).not.toBe(box);
  });

  it("clears its words on Escape", () => {
    const box = setup() as HTMLInputElement;
    fireEvent.change(box, { target: { value: "crime" } });
    fireEvent.keyDown(box, { key: "Escape" });
    expect(box.value).toBe("");
  });
});
