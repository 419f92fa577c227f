import { COMMITMENT_STRENGTHS, CROSS_REFERENCE_RELATIONS, STANCES, type AnnotationKind } from "@verbatim/core";
import { TextField } from "../components/text-field.tsx";
import type { FormErrors } from "./annotation-payload.ts";
import { CodeChipsInput } from "./code-chips-input.tsx";
import { ChoiceField } from "./choice-field.tsx";
import { ChoiceSelect } from "./choice-select.tsx";
import type { AnnotationFieldValues } from "./field-values.ts";
import { RELATION_LABELS, STANCE_LABELS, STRENGTH_LABELS } from "../lib/taxonomy-labels.ts";
import { TargetPicker } from "./target-picker.tsx";
import type { Instrument } from "./use-vocabulary.ts";

interface KindFieldsProps {
  kind: AnnotationKind;
  values: AnnotationFieldValues;
  set: <K extends keyof AnnotationFieldValues>(field: K, value: AnnotationFieldValues[K]) => void;
  errors: FormErrors;
  statementSlug: string;
  instruments: readonly Instrument[];
  topicSuggestions: readonly string[];
  autoFocus: boolean;
}

/** The attributes of each kind (DESIGN.md "Annotations"); the first field takes focus when the form opens. */
export function KindFields({ kind, values, set, errors, statementSlug, instruments, topicSuggestions, autoFocus }: KindFieldsProps) {
  if (kind === "position") {
    return (
      <>
        <div data-field="stance">
          <ChoiceSelect
            label="Stance"
            name="stance"
            value={values.stance}
            choices={STANCES}
            labels={STANCE_LABELS}
            placeholder="Choose a stance…"
            onChange={(v) => set("stance", v)}
            error={errors.stance}
            autoFocus={autoFocus}
          />
        </div>
        <div data-field="topics">
          <CodeChipsInput
            type="topic"
            label="Topics"
            values={values.topics}
            draft={values.topicDraft}
            onValuesChange={(v) => set("topics", v)}
            onDraftChange={(v) => set("topicDraft", v)}
            preferred={topicSuggestions}
            error={errors.topics}
          />
        </div>
      </>
    );
  }
  if (kind === "commitment") {
    return (
      <>
        <div data-field="strength">
          <ChoiceField
            label="Strength"
            name="strength"
            value={values.strength}
            choices={COMMITMENT_STRENGTHS}
            labels={STRENGTH_LABELS}
            onChange={(v) => set("strength", v)}
            error={errors.strength}
            autoFocus={autoFocus}
          />
        </div>
        <div data-field="actor">
          <TextField
            name="actor"
            label="Actor"
            hint="Who commits, if not the speaker."
            value={values.actor}
            onChange={(e) => set("actor", e.target.value)}
            error={errors.actor}
            autoComplete="off"
          />
        </div>
        <div data-field="action">
          <TextField
            name="action"
            label="Action"
            value={values.action}
            onChange={(e) => set("action", e.target.value)}
            error={errors.action}
            autoComplete="off"
          />
        </div>
      </>
    );
  }
  return (
    <>
      <div data-field="target">
        <TargetPicker
          value={values.target}
          onChange={(v) => set("target", v)}
          excludeSlug={statementSlug}
          instruments={instruments}
          error={errors.target}
          autoFocus={autoFocus}
        />
      </div>
      <div data-field="relation">
        <ChoiceField
          label="Relation"
          name="relation"
          value={values.relation}
          choices={CROSS_REFERENCE_RELATIONS}
          labels={RELATION_LABELS}
          onChange={(v) => set("relation", v)}
          error={errors.relation}
        />
      </div>
    </>
  );
}
