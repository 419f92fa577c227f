/** The span a selection becomes, in the API's terms; defined by the annotations folder, which sends it. */
export type { TargetDraft } from "../annotations/index.ts";
