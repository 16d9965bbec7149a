// The shape of a file format the file target edits: read named keys, and edit them leaving the rest
// of the text as it was.

/** What a file holds per key: a model name, or null for an explicit null. Absent keys are left out. */
export type HeldValues = Record<string, string | null>;

/** Keys to set (null writes an explicit null) and keys to remove in one edit. */
export interface KeyChanges {
  set: HeldValues;
  remove: readonly string[];
}

/** A file format: JSON, YAML or .env. */
export interface FileFormat {
  id: "json" | "yaml" | "env";
  /** The format in words, for messages. */
  label: string;
  /** The content of a file created for the first edit. */
  empty: string;
  /**
   * The value of each key the text holds: a string, or null for an explicit null (keys it lacks are
   * left out). @throws FormatProblem
   */
  read(text: string, keys: readonly string[]): HeldValues;
  /** The text with `changes` made, every other byte kept where the format allows. @throws FormatProblem */
  edit(text: string, changes: KeyChanges): string;
}
