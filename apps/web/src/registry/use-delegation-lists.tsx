import { useQuery } from "@tanstack/react-query";
import { type ReactNode, useId, useMemo } from "react";
import { type SpeakerField, suggestionsFor } from "./delegation-suggestions.ts";
import { delegationsQuery } from "./delegations-query.ts";

export interface DelegationLists {
  /** The `list` attribute for each field's input; absent until the registry has loaded (the field is free text anyway). */
  listIds: Partial<Record<SpeakerField, string>>;
  /** The datalists, to render once inside the form. */
  lists: ReactNode;
}

const FIELDS: readonly SpeakerField[] = ["delegation", "onBehalfOf"];

/**
 * The registry's entries offered in the delegation and "on behalf of" fields, as native datalists: the input stays
 * a text field (a name the registry lacks is kept as typed), the browser lists the entries as a combobox's options
 * and matches what is typed against each one's name and aliases.
 */
export function useDelegationLists(): DelegationLists {
  const id = useId();
  const { data } = useQuery(delegationsQuery());
  return useMemo(() => {
    if (!data) return { listIds: {}, lists: null };
    const listIds = Object.fromEntries(FIELDS.map((field) => [field, `${id}-${field}`]));
    const lists = FIELDS.map((field) => (
      <datalist key={field} id={listIds[field]}>
        {suggestionsFor(data.items, field).map((s) => (
          <option key={s.value} value={s.value} label={s.label} />
        ))}
      </datalist>
    ));
    return { listIds, lists };
  }, [data, id]);
}
