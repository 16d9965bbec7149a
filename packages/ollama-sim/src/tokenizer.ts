// The simulator's tokenizer: word pieces of at most four characters, each carrying the whitespace before
// it, so a token count is about a quarter of the characters and the pieces join back to the exact text.

const TOKEN_PATTERN = /\s*\S{1,4}|\s+/gu;

/** Splits text into tokens whose concatenation is exactly the input. */
export function splitTokens(text: string): string[] {
  return text.match(TOKEN_PATTERN) ?? [];
}

/** Counts the tokens of a text as the simulated models see it. */
export function countTokens(text: string): number {
  return splitTokens(text).length;
}
