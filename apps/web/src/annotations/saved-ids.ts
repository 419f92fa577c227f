import { registerClientStore } from "../queries/client-state.ts";

/** Optimistic IDs mapped to the IDs the server gave, so a selection made before the answer survives it. */
const saved = new Map<string, string>();
registerClientStore(() => saved.clear());
const MAX_REMEMBERED = 500;

export function rememberSavedId(optimisticId: string, id: string): void {
  saved.set(optimisticId, id);
  if (saved.size > MAX_REMEMBERED) saved.delete(saved.keys().next().value ?? "");
}

/** The server's ID for an optimistic one once it is saved; any other ID as it is. */
export function resolveAnnotationId(id: string): string {
  return saved.get(id) ?? id;
}
