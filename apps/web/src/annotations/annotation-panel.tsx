import type { Annotation } from "@verbatim/contract";
import { useCallback, useMemo, useState } from "react";
import { AnnotationFilters } from "./annotation-filters.tsx";
import type { ItemFooter } from "./annotation-item.tsx";
import { AnnotationList } from "./annotation-list.tsx";
import { AnnotationNotices } from "./annotation-notices.tsx";
import { countText, filterAnnotations, filterChoices, isFiltering, NO_FILTERS } from "./filter-annotations.ts";
import { paragraphNumbers } from "./paragraph-label.ts";
import { resolveAnnotationId } from "./saved-ids.ts";
import { useDeleteAnnotation } from "./use-delete-annotation.ts";
import { useInstruments } from "./use-vocabulary.ts";

export interface AnnotationPanelProps {
  slug: string;
  /** The statement being read: its paragraphs give the ¶ numbers. */
  statement: { paragraphs: readonly { id: string; number: number | null }[] };
  /** In reading order (useAnnotations); undefined while loading. */
  annotations: readonly Annotation[] | undefined;
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** Asks the reader to scroll to the annotation's highlight. */
  onReveal: (id: string) => void;
  /** Shown under each annotation: the reader page passes its review and discussion. */
  ItemFooter?: ItemFooter;
}

const NO_INSTRUMENTS: never[] = [];
const NO_ANNOTATIONS: readonly Annotation[] = [];

/** The side panel: the statement's annotations in reading order, with filters, edit and delete (with undo) where the API allows them. */
export function AnnotationPanel({ slug, statement, annotations, selectedId, onSelect, onReveal, ItemFooter }: AnnotationPanelProps) {
  const remove = useDeleteAnnotation(slug);
  const instruments = useInstruments().data ?? NO_INSTRUMENTS;
  const [filters, setFilters] = useState(NO_FILTERS);
  const all = annotations ?? NO_ANNOTATIONS;
  const shown = useMemo(() => filterAnnotations(all, filters), [all, filters]);
  const choices = useMemo(() => filterChoices(all), [all]);
  const numbers = useMemo(() => paragraphNumbers(statement.paragraphs), [statement.paragraphs]);
  const filtering = isFiltering(filters);

  const choose = useCallback(
    (id: string) => {
      onSelect(id);
      onReveal(id);
    },
    [onSelect, onReveal],
  );
  const { mutate: deleteAnnotation } = remove;
  const onDelete = useCallback((a: Annotation) => deleteAnnotation(a), [deleteAnnotation]);

  return (
    // Not a named region: the page puts the panel in its <aside aria-label="Annotations"> landmark.
    <section className="annotation-panel">
      <div className="annotation-panel-head">
        <h2>Annotations</h2>
        <p className="annotation-count" aria-live="polite">
          {annotations ? countText(all.length, shown.length, filtering) : "Loading annotations…"}
        </p>
      </div>
      {all.length > 0 && <AnnotationFilters filters={filters} choices={choices} onChange={setFilters} />}
      {annotations && all.length === 0 && (
        <p className="annotation-empty">
          No annotations yet. Select words in the statement and tag them as a position, a commitment or a cross-reference.
        </p>
      )}
      {all.length > 0 && shown.length === 0 && (
        <div className="annotation-empty">
          <p>No annotations match these filters.</p>
          <button type="button" className="button button-quiet" onClick={() => setFilters(NO_FILTERS)}>
            Clear filters
          </button>
        </div>
      )}
      {filtering && shown.length > 0 && (
        <button type="button" className="button button-quiet annotation-clear-filters" onClick={() => setFilters(NO_FILTERS)}>
          Clear filters
        </button>
      )}
      <AnnotationList
        annotations={shown}
        slug={slug}
        selectedId={selectedId ? resolveAnnotationId(selectedId) : null}
        numbers={numbers}
        instruments={instruments}
        onChoose={choose}
        onDelete={onDelete}
        ItemFooter={ItemFooter}
      />
      <AnnotationNotices />
    </section>
  );
}
