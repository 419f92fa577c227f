/** Character classes the mojibake rules look at, for one UTF-16 code unit (or none). */
const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const SPACE = /\s/u;
const DIGIT = /\p{Nd}/u;

export const isLetter = (ch: string | undefined): boolean => ch !== undefined && LETTER.test(ch);
export const isLower = (ch: string | undefined): boolean => ch !== undefined && LOWER.test(ch);
export const isUpper = (ch: string | undefined): boolean => ch !== undefined && UPPER.test(ch);
export const isSpace = (ch: string | undefined): boolean => ch !== undefined && SPACE.test(ch);
export const isDigit = (ch: string | undefined): boolean => ch !== undefined && DIGIT.test(ch);
