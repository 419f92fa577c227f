import { QueryClientProvider } from "@tanstack/react-query";
import { fireEvent, render, screen } from "@testing-library/react";
import { MemoryRouter, Route, Routes, useParams } from "react-router";
import { vi } from "vitest";
import { createQueryClient } from "../../query-client.ts";
import { ImportDialog } from "./import-dialog.tsx";

function Opened() {
  return <p>Opened {useParams().slug}</p>;
}

/** The dialog as the library opens it, with a route that names the statement it opens afterwards. */
export function renderDialog(onClose = vi.fn()) {
  render(
    <QueryClientProvider client={createQueryClient()}>
      <MemoryRouter>
        <Routes>
          <Route path="/" element={<ImportDialog onClose={onClose} />} />
          <Route path="/s/:slug" element={<Opened />} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return onClose;
}

export function type(label: RegExp | string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

export async function pasteAndPreview(text: string) {
  type("Statement text", text);
  fireEvent.click(screen.getByRole("button", { name: "Preview" }));
  return screen.findByRole("heading", { name: "Preview" });
}
