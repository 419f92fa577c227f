/** The reader's query parameter naming a suggestion: the reader opens in suggestion mode with it current. */
export const SUGGESTION_PARAM = "suggestion";
