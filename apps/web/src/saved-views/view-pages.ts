import type { SavedViewKind } from "@verbatim/contract";

/** The page each kind of view opens on: its params are that page's URL query. */
export const VIEW_PAGES: Record<SavedViewKind, string> = { search: "/search", passages: "/passages", matrix: "/analysis" };

/** What a kind of view is called in sentences ("Save this search"). */
export const VIEW_NOUNS: Record<SavedViewKind, string> = { search: "search", passages: "passages filter", matrix: "matrix" };
/** Its heading in the plural, for the list ("Saved searches"). */
export const VIEW_LIST_NAMES: Record<SavedViewKind, string> = {
  search: "Saved searches",
  passages: "Saved passages filters",
  matrix: "Saved matrices",
};

/** The page with the view's state, as the view was saved. */
export function viewHref(view: { kind: SavedViewKind; params: string }): string {
  const page = VIEW_PAGES[view.kind];
  return view.params ? `${page}?${view.params}` : page;
}

/** The view's link, which opens its page for anyone in the workspace and keeps working when it is renamed. */
export const viewLinkPath = (id: string): string => `/views/${encodeURIComponent(id)}`;

/** The link to share, with the app's origin. */
export const viewLinkUrl = (id: string, origin: string): string => `${origin}${viewLinkPath(id)}`;
