/** What "Load more" needs of an infinite query. */
interface Pages {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
}

/** "Load more" under a list read a page at a time; nothing once the last page is in. */
export function LoadMore({ pages, className = "search-more" }: { pages: Pages; className?: string }) {
  if (!pages.hasNextPage) return null;
  return (
    <button
      type="button"
      className={`button button-secondary ${className}`}
      onClick={() => void pages.fetchNextPage()}
      disabled={pages.isFetchingNextPage}
    >
      {pages.isFetchingNextPage ? "Loading…" : "Load more"}
    </button>
  );
}
