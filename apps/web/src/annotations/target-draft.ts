/**
 * A span the reader has selected, in the API's terms: canonical paragraph IDs and UTF-16 offsets into those
 * paragraphs' normalised text, with the selected text so the server can check it still matches.
 */
export interface TargetDraft {
  paragraphId: string;
  start: number;
  end: number;
  /** Only when the span ends in another paragraph than it starts. */
  endParagraphId?: string;
  exact: string;
}
