interface Selectable {
  focus(): void;
  select(): void;
}

/**
 * Copies the text to the clipboard; where the browser refuses (no permission, an insecure origin), selects it in
 * its field instead, so the user can copy it with the keyboard.
 */
export async function copyText(
  text: string,
  field: Selectable | null,
  clipboard: Pick<Clipboard, "writeText"> | undefined = globalThis.navigator?.clipboard,
): Promise<"copied" | "selected"> {
  try {
    if (!clipboard) throw new Error("no clipboard");
    await clipboard.writeText(text);
    return "copied";
  } catch {
    field?.focus();
    field?.select();
    return "selected";
  }
}
