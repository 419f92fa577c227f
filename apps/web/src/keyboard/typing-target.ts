/**
 * Whether a key press lands in something the user types into: a text field, a select, or an editor such as a
 * note's. The reader's text is contenteditable only to take a caret (aria-readonly), so it is not typing.
 */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (typeof Element === "undefined" || !(target instanceof Element)) return false;
  const field = target.closest("input, textarea, select, [contenteditable]:not([contenteditable='false'])");
  if (!field) return false;
  if (field instanceof HTMLInputElement)
    return !["checkbox", "radio", "button", "submit", "reset", "range", "color", "file"].includes(field.type);
  return field.closest("[aria-readonly='true']") === null;
}
