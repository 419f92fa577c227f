import type { AnnotationKind } from "@verbatim/core";
import { useQuery } from "@tanstack/react-query";
import { useCallback, useMemo, useState } from "react";
import { afterRemoving, blockOrderOf, inReadingOrder, placeOf, type SuggestionPlace, stepFrom } from "./suggestion-order.ts";
import { type Suggestion, type SuggestionList, suggestionsQuery } from "./suggestions-query.ts";
import { useAcceptAllSuggestions, useAcceptSuggestion, useDismissSuggestion } from "./use-suggestion-mutations.ts";

export interface SuggestionMode {
  on: boolean;
  /** The list as the server sent it (abilities, revision, language); undefined until loaded or outside the mode. */
  list: SuggestionList | undefined;
  loading: boolean;
  error: unknown;
  retry(): void;
  /** In reading order. */
  ordered: readonly Suggestion[];
  current: Suggestion | null;
  toggle(): void;
  leave(): void;
  /** Makes the next (or previous) suggestion current; false past either end, where Tab leaves the text. */
  step(direction: "forward" | "backward"): boolean;
  choose(id: string): void;
  accept(): void;
  /** The suggestion whose attributes are being edited before accepting (the tagging form is open), or null. */
  editing: Suggestion | null;
  startEditing(): void;
  stopEditing(): void;
  /** Accepts the suggestion being edited with the form's attributes. */
  acceptEdited(attributes: Record<string, unknown>): void;
  dismiss(): void;
  acceptAll(kind: AnnotationKind): void;
  acceptingAll: boolean;
}

const NONE: readonly Suggestion[] = [];

/**
 * Suggestion mode of one statement's reader: on or off, the suggestions in reading order, the current one, and
 * what the keys and the panel do with it. Accepting or dismissing moves on to the next suggestion at once.
 */
export function useSuggestionMode(
  slug: string,
  paragraphs: readonly { id: string }[],
  available: boolean,
  /** A suggestion a link names (SUGGESTION_PARAM): the mode starts on, with it current. */
  linked: string | null = null,
): SuggestionMode {
  const [on, setOn] = useState(linked !== null);
  const [currentId, setCurrentId] = useState<string | null>(linked);
  const [editing, setEditing] = useState<Suggestion | null>(null);
  // Where the current suggestion was: Tab carries on from there once it has left the list.
  const [place, setPlace] = useState<SuggestionPlace | null>(null);
  const active = on && available;
  const query = useQuery({ ...suggestionsQuery(slug), enabled: active });
  const list = active ? query.data : undefined;
  const blockOrder = useMemo(() => blockOrderOf(paragraphs), [paragraphs]);
  const ordered = useMemo(() => (list ? inReadingOrder(list.items, blockOrder) : NONE), [list, blockOrder]);
  const current = (currentId && ordered.find((s) => s.id === currentId)) || null;
  const acceptOne = useAcceptSuggestion(slug);
  const acceptMany = useAcceptAllSuggestions(slug);
  const dismissOne = useDismissSuggestion(slug);

  const makeCurrent = useCallback(
    (next: Suggestion | null) => {
      setCurrentId(next?.id ?? null);
      if (next) setPlace(placeOf(next, blockOrder));
    },
    [blockOrder],
  );

  const leave = useCallback(() => {
    setOn(false);
    setEditing(null);
    setCurrentId(null);
    setPlace(null);
  }, []);

  const step = (direction: "forward" | "backward") => {
    const from = current ? placeOf(current, blockOrder) : place;
    const next = stepFrom(ordered, blockOrder, from, direction);
    if (next) makeCurrent(next);
    return next !== null;
  };

  /** Takes the current suggestion out of the way, making the one after it current. */
  const moveOn = (gone: Suggestion) => makeCurrent(afterRemoving(ordered, blockOrder, placeOf(gone, blockOrder)));

  return {
    on: active,
    list,
    loading: active && query.isPending,
    error: active ? query.error : null,
    retry: () => void query.refetch(),
    ordered,
    current,
    toggle: () => (on ? leave() : setOn(true)),
    leave,
    step,
    choose: (id) => makeCurrent(ordered.find((s) => s.id === id) ?? null),
    accept: () => {
      if (!current || !list?.can.accept) return;
      acceptOne.mutate({ id: current.id, revision: list.revision });
      moveOn(current);
    },
    editing: active ? editing : null,
    startEditing: () => {
      if (current && list?.can.accept) setEditing(current);
    },
    stopEditing: () => setEditing(null),
    acceptEdited: (attributes) => {
      if (!editing || !list?.can.accept) return;
      acceptOne.mutate({ id: editing.id, revision: list.revision, attributes });
      setEditing(null);
      if (current?.id === editing.id) moveOn(editing);
    },
    dismiss: () => {
      if (!current || !list?.can.dismiss) return;
      dismissOne.mutate(current.id);
      moveOn(current);
    },
    acceptAll: (kind) => {
      if (!list?.can.accept) return;
      const ids = ordered.filter((s) => s.kind === kind).map((s) => s.id);
      if (ids.length === 0) return;
      acceptMany.mutate({ kind, ids, revision: list.revision });
      // Every suggestion of the kind goes: Tab carries on from where the current one was.
      if (current?.kind === kind) setCurrentId(null);
    },
    acceptingAll: acceptMany.isPending,
  };
}
