import type { Annotation } from "@verbatim/contract";
import type { QueryClient } from "@tanstack/react-query";

/** The update mutation's key (use-update-annotation.ts), by which a later write finds what a save answered. */
export const updateAnnotationKey = (slug: string) => ["update-annotation", slug] as const;

/**
 * One statement's annotation edits, deletions and restores from this page run one after another (TanStack Query's
 * mutation scope): each is shown at once, but a request waits for the one before it, so a deletion clicked while a
 * save is on its way is sent after it, with the version the save made rather than a stale one (409).
 */
export const annotationWrites = (slug: string) => ({ id: `annotation-writes:${slug}` });

/** The newest version of an annotation this page knows: as the caller saw it, or as a save of it since answered. */
export function newestVersion(queryClient: QueryClient, slug: string, annotation: Pick<Annotation, "id" | "version">): number {
  const saved = queryClient
    .getMutationCache()
    .findAll({ mutationKey: updateAnnotationKey(slug), status: "success" })
    .flatMap((m) => {
      const data = m.state.data as Annotation | undefined;
      return data?.id === annotation.id ? [data.version] : [];
    });
  return Math.max(annotation.version, ...saved);
}
