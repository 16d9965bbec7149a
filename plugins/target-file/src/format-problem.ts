// A problem with a file's content or a key in it, raised by the format editors and reported by the
// file target with the file's path.

/** What is wrong with the file or key, and what to do. */
export class FormatProblem extends Error {
  readonly hint: string;

  constructor(message: string, hint: string) {
    super(message);
    this.name = "FormatProblem";
    this.hint = hint;
  }
}
