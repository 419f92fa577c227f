/**
 * Annotations in the web app: the data layer (one cached list per statement, optimistic create, update and
 * delete with rollback), the tagging form and the side panel. The reader composes these; see each for details.
 */
export type { TargetDraft } from "./target-draft.ts";
export { useAnnotations, type ReadingOrderSource } from "./use-annotations.ts";
export { useAfterFirstPaint } from "./use-after-first-paint.ts";
export { useCreateAnnotation, type CreateAnnotationInput } from "./use-create-annotation.ts";
export { useUpdateAnnotation, type UpdateAnnotationInput } from "./use-update-annotation.ts";
export { useDeleteAnnotation } from "./use-delete-annotation.ts";
export { useRestoreAnnotation } from "./use-restore-annotation.ts";
export { AnnotationForm, type AnnotationFormProps } from "./annotation-form.tsx";
export { AnnotationPanel, type AnnotationPanelProps } from "./annotation-panel.tsx";
export { AnnotationNotices } from "./annotation-notices.tsx";
export { blockOrderOf, sortInReadingOrder, type BlockOrder } from "./reading-order.ts";
export { isOptimisticId } from "./optimistic-annotation.ts";
// For live updates (events from other users): pure list updates, and the way to apply one to the cache.
export { removeAnnotation, upsertAnnotation } from "./annotation-cache.ts";
export { updateAnnotationCache } from "./annotation-query.ts";
export { resolveAnnotationId } from "./saved-ids.ts";
export { paragraphLabel } from "./paragraph-label.ts";
