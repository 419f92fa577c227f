import type { CodeType } from "../queries/codebook-query.ts";
import { ChipsInput } from "./chips-input.tsx";
import { useCodeSuggestions } from "./use-code-suggestions.ts";

interface CodeChipsInputProps {
  type: CodeType;
  label: string;
  values: readonly string[];
  draft: string;
  onValuesChange: (values: string[]) => void;
  onDraftChange: (draft: string) => void;
  /** Names to offer first (this statement's topics, the workspace's most used labels). */
  preferred?: readonly string[];
  error?: string | undefined;
}

/**
 * The one field where codes are entered, topics and labels alike: chips with the codebook's suggestions and their
 * definitions, deprecated codes left out, and the existing code offered for a near-duplicate of it.
 */
export function CodeChipsInput({ type, label, values, draft, onValuesChange, onDraftChange, preferred, error }: CodeChipsInputProps) {
  const suggestions = useCodeSuggestions(type, draft, preferred);
  return (
    <ChipsInput
      label={label}
      itemName={type}
      values={values}
      draft={draft}
      onValuesChange={onValuesChange}
      onDraftChange={onDraftChange}
      suggestions={suggestions.names}
      matched={suggestions.matched}
      definitionOf={suggestions.definitionOf}
      existing={values.some((v) => v.toLocaleLowerCase() === suggestions.existing?.toLocaleLowerCase()) ? null : suggestions.existing}
      error={error}
    />
  );
}
