import type { Annotation } from "@verbatim/contract";
import type { AnnotationAttributes, AnnotationKind } from "@verbatim/core";
import { type FormEvent, type KeyboardEvent, useId, useRef, useState } from "react";
import { type BuildContext, type FieldName, type FormErrors, buildCreatePayload, buildUpdatePayload } from "./annotation-payload.ts";
import { CodeChipsInput } from "./code-chips-input.tsx";
import { type AnnotationFieldValues, initialFieldValues } from "./field-values.ts";
import { KindFields } from "./kind-fields.tsx";
import { NoteEditor } from "./note-editor.tsx";
import { newOptimisticId } from "./optimistic-annotation.ts";
import type { TargetDraft } from "./target-draft.ts";
import { KIND_LABELS } from "../lib/taxonomy-labels.ts";
import { useTopicSuggestions } from "./use-topic-suggestions.ts";
import { useCreateAnnotation } from "./use-create-annotation.ts";
import { useUpdateAnnotation } from "./use-update-annotation.ts";
import { useInstruments, useLabels } from "./use-vocabulary.ts";

export interface AnnotationFormProps {
  /** "accept": a suggestion's attributes, edited, for `onAccept` (no labels or note: accepting takes attributes only). */
  mode: "create" | "edit" | "accept";
  kind: AnnotationKind;
  target: TargetDraft;
  statementSlug: string;
  /** The revision whose text the target was selected in (create mode): a stale one is refused with revision_changed. */
  revision?: number | undefined;
  /** The annotation being edited (edit mode). */
  annotation?: Annotation | undefined;
  /** Called as soon as the save is sent (it is optimistic): the new annotation's temporary ID, or the edited one's. */
  onSaved: (annotationId: string) => void;
  onCancel: () => void;
  /** Focus the first field on opening (default true). */
  autoFocus?: boolean;
  /** The attributes the fields start with (accept mode: the suggestion's). */
  prefill?: AnnotationAttributes | undefined;
  /** Accept mode: called with the checked attributes instead of saving an annotation. */
  onAccept?: ((attributes: Record<string, unknown>) => void) | undefined;
}

const FOCUS_ORDER: FieldName[] = ["stance", "strength", "target", "relation", "topics", "actor", "action", "labels", "note"];

/** Enter in these saves the form; buttons, the note editor and comboboxes with an open list handle it themselves. */
const savesOnEnter = (t: EventTarget) =>
  t instanceof HTMLSelectElement || (t instanceof HTMLInputElement && !["button", "submit", "reset", "checkbox"].includes(t.type));

/** The compact form that tags a selection (or edits a tag): the kind's attributes, labels and a note. */
export function AnnotationForm({
  mode,
  kind,
  target,
  statementSlug,
  revision,
  annotation,
  onSaved,
  onCancel,
  autoFocus = true,
  prefill,
  onAccept,
}: AnnotationFormProps) {
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const sent = useRef(false);
  // The version the edit starts from: if someone saves in between, the server answers 409 instead of overwriting.
  const [base] = useState(annotation);
  const [values, setValues] = useState<AnnotationFieldValues>(() => initialFieldValues(kind, annotation, prefill));
  const [errors, setErrors] = useState<FormErrors>({});
  const create = useCreateAnnotation(statementSlug);
  const update = useUpdateAnnotation(statementSlug);
  const instruments = useInstruments();
  const labels = useLabels();
  const topicSuggestions = useTopicSuggestions(statementSlug);

  const set = <K extends keyof AnnotationFieldValues>(field: K, value: AnnotationFieldValues[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
    if (field in errors) setErrors((e) => ({ ...e, [field]: undefined }));
  };

  const submit = () => {
    if (sent.current) return;
    const ctx: BuildContext = {
      instrumentKeys: instruments.data ? new Set(instruments.data.map((i) => i.key)) : undefined,
      labelVocabulary: labels.data?.map((l) => l.name) ?? [],
    };
    if (mode === "accept") {
      const built = buildCreatePayload(kind, target, values, ctx);
      if (!built.ok) return showErrors(built.errors);
      sent.current = true;
      onAccept?.(built.value.attributes);
    } else if (mode === "edit" && base) {
      const built = buildUpdatePayload(base, values, ctx);
      if (!built.ok) return showErrors(built.errors);
      sent.current = true;
      update.mutate({ annotation: base, changes: built.value });
      onSaved(base.id);
    } else {
      const built = buildCreatePayload(kind, target, values, ctx);
      if (!built.ok) return showErrors(built.errors);
      sent.current = true;
      const optimisticId = newOptimisticId();
      const request = revision === undefined ? built.value : { ...built.value, revision };
      create.mutate({ request, quote: target.quote, optimisticId });
      onSaved(optimisticId);
    }
  };

  const showErrors = (found: FormErrors) => {
    setErrors(found);
    const first = FOCUS_ORDER.find((f) => found[f]);
    formRef.current?.querySelector<HTMLElement>(`[data-field="${first}"] :is(input, select, [contenteditable])`)?.focus();
  };

  const onKeyDownCapture = (e: KeyboardEvent<HTMLFormElement>) => {
    // Ctrl/Cmd+Enter saves from anywhere, the note editor included (where it would otherwise add a line break).
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      e.stopPropagation();
      submit();
    }
  };
  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.defaultPrevented) return;
    if (e.key === "Escape") {
      e.preventDefault();
      e.stopPropagation();
      onCancel();
    } else if (e.key === "Enter" && !e.shiftKey && !e.altKey && savesOnEnter(e.target)) {
      e.preventDefault();
      submit();
    }
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    submit();
  };

  const kindName = KIND_LABELS[kind].toLowerCase();
  const title = mode === "edit" ? `Edit ${kindName}` : mode === "accept" ? `Accept as ${kindName}` : `Tag as ${kindName}`;
  return (
    <form
      ref={formRef}
      className={`annotation-form kind-${kind}`}
      aria-label={title}
      noValidate
      onSubmit={onSubmit}
      onKeyDown={onKeyDown}
      onKeyDownCapture={onKeyDownCapture}
    >
      <p className="annotation-form-title">{title}</p>
      <blockquote className="annotation-form-quote">{target.quote.exact}</blockquote>
      {errors.form && (
        <p className="field-error" role="alert">
          {errors.form}
        </p>
      )}
      <KindFields
        kind={kind}
        values={values}
        set={set}
        errors={errors}
        statementSlug={statementSlug}
        instruments={instruments.data ?? []}
        topicSuggestions={topicSuggestions}
        autoFocus={autoFocus}
      />
      {mode !== "accept" && (
        <>
          <div data-field="labels">
            <CodeChipsInput
              type="label"
              label="Labels"
              values={values.labels}
              draft={values.labelDraft}
              onValuesChange={(v) => set("labels", v)}
              onDraftChange={(v) => set("labelDraft", v)}
              preferred={labels.data?.map((l) => l.name) ?? []}
              error={errors.labels}
            />
          </div>
          <div data-field="note" className={errors.note ? "field field-invalid" : "field"}>
            <span className="field-label" id={`${id}-note`}>
              Note
            </span>
            <NoteEditor
              labelId={`${id}-note`}
              describedBy={errors.note ? `${id}-note-error` : undefined}
              initial={values.note}
              onChange={(doc) => set("note", doc)}
            />
            {errors.note && (
              <p className="field-error" id={`${id}-note-error`}>
                {errors.note}
              </p>
            )}
          </div>
        </>
      )}
      <div className="annotation-form-actions">
        <button type="submit" className="button button-primary">
          {mode === "edit" ? "Save changes" : mode === "accept" ? "Accept" : "Save"}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Cancel
        </button>
        <span className="annotation-form-keys" aria-hidden="true">
          Enter saves · Esc cancels
        </span>
      </div>
    </form>
  );
}
