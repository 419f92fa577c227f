/** The part of a canonical block anchoring needs: its ID (p7, h2) and normalised text. */
export interface TextBlock {
  id: string;
  text: string;
}
