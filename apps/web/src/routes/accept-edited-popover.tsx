import { useState } from "react";
import { AnnotationForm } from "../annotations/index.ts";
import { kindLabel, TagPopover, type WordsAnchor } from "../reader/index.ts";
import type { Suggestion } from "../suggestions/index.ts";

interface AcceptEditedPopoverProps {
  suggestion: Suggestion;
  slug: string;
  /** Where the suggestion's words are now (the reader's handle); read once, as the form opens, like a selection's. */
  locate(target: Suggestion["target"]): WordsAnchor | null;
  onAccept(attributes: Record<string, unknown>): void;
  onCancel(): void;
}

/** The tagging form in its accept mode, beside the suggestion's words, prefilled with the attributes it found (E). */
export function AcceptEditedPopover({ suggestion, slug, locate, onAccept, onCancel }: AcceptEditedPopoverProps) {
  const [anchor] = useState(() => locate(suggestion.target));
  return (
    <TagPopover label={`Accept as ${kindLabel(suggestion.kind).toLowerCase()}`} anchor={anchor}>
      <AnnotationForm
        mode="accept"
        kind={suggestion.kind}
        target={{ target: suggestion.target, quote: { exact: suggestion.quote, prefix: "", suffix: "" } }}
        statementSlug={slug}
        prefill={suggestion.attributes}
        onAccept={onAccept}
        onSaved={() => undefined}
        onCancel={onCancel}
      />
    </TagPopover>
  );
}
