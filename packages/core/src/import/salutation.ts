import { normaliseText } from "./normalise-text.ts";
import { wordCount } from "./sentence.ts";

const ADDRESS_START =
  /^(?:and\s+)?(?:Mr\.?|Mister|Madam|Madame|Mme\.?|Ms\.?|Mrs\.?|Dear|Distinguished|Honou?rable|Your|Excellenc(?:y|ies)|Ladies|Colleagues|Friends|Chair|President|Co-Chairs?|Delegates)\b/iu;

/**
 * A short line that only addresses the room, such as "Mr. President," or
 * "Excellencies, ladies and gentlemen,": its own paragraph, never a heading.
 */
export function isSalutation(text: string): boolean {
  const flat = normaliseText(text);
  if (flat === "" || wordCount(flat) > 12 || isClosing(flat)) return false;
  if (!ADDRESS_START.test(flat)) return false;
  // Everything after the address must hold no sentence: no . ! ? ; except in "Mr." style abbreviations.
  const body = flat.replace(/\b(?:Mr|Mrs|Ms|Mme|Dr|H\.E)\./gu, "").replace(/[,:!]$/u, "");
  return !/[.!?;]/u.test(body);
}

/** A closing line such as "Thank you, Mr. President." or "I thank you." */
export function isClosing(text: string): boolean {
  return /^(?:I\s+)?thank\s+you\b/iu.test(normaliseText(text));
}
