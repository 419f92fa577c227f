import type { Annotation } from "@verbatim/contract";
import { useCallback, useEffect, useRef } from "react";
import { AnnotationItem, type ItemFooter } from "./annotation-item.tsx";
import type { ParagraphNumbers } from "./paragraph-label.ts";
import { useListWindow } from "./use-list-window.ts";
import type { Instrument } from "./use-vocabulary.ts";

interface AnnotationListProps {
  annotations: readonly Annotation[];
  slug: string;
  selectedId: string | null;
  numbers: ParagraphNumbers;
  instruments: readonly Instrument[];
  onChoose: (id: string) => void;
  onDelete: (annotation: Annotation) => void;
  ItemFooter?: ItemFooter;
}

/** The panel's list, rendered a batch at a time; a selection made in the text scrolls its item into view. */
export function AnnotationList(props: AnnotationListProps) {
  const { annotations, slug, selectedId, numbers, instruments, onChoose, onDelete, ItemFooter } = props;
  const listRef = useRef<HTMLOListElement>(null);
  const top = useRef<HTMLLIElement>(null);
  const bottom = useRef<HTMLLIElement>(null);
  const chosenHere = useRef<string | null>(null);
  const selectedIndex = selectedId ? annotations.findIndex((a) => a.id === selectedId) : -1;
  const { from, to, showEarlier, showLater } = useListWindow(annotations.length, selectedIndex, top, bottom);

  const choose = useCallback(
    (id: string) => {
      chosenHere.current = id;
      onChoose(id);
    },
    [onChoose],
  );

  useEffect(() => {
    if (!selectedId || chosenHere.current === selectedId) return;
    const items = Array.from(listRef.current?.children ?? []) as HTMLElement[];
    const item = items.find((el) => el.dataset.itemId === selectedId);
    if (item && typeof item.scrollIntoView === "function") item.scrollIntoView({ block: "nearest" });
  }, [selectedId, selectedIndex]);

  return (
    <>
      {from > 0 && (
        <button type="button" className="button button-quiet annotation-list-more" onClick={showEarlier}>
          Show earlier ({from} not shown)
        </button>
      )}
      <ol ref={listRef} className="annotation-list" aria-label="Annotations in reading order">
        {from > 0 && <li ref={top} className="annotation-list-sentinel" aria-hidden="true" />}
        {annotations.slice(from, to).map((a) => (
          <AnnotationItem
            key={a.id}
            annotation={a}
            slug={slug}
            selected={a.id === selectedId}
            numbers={numbers}
            instruments={instruments}
            onChoose={choose}
            onDelete={onDelete}
            Footer={ItemFooter}
          />
        ))}
        {to < annotations.length && <li ref={bottom} className="annotation-list-sentinel" aria-hidden="true" />}
      </ol>
      {to < annotations.length && (
        <button type="button" className="button button-quiet annotation-list-more" onClick={showLater}>
          Show more ({annotations.length - to} not shown yet)
        </button>
      )}
    </>
  );
}
