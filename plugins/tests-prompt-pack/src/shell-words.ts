// Splits one shell command line into words the way a POSIX shell would before running it: quotes
// removed, backslash escapes honoured, and what would change the command's meaning (operators,
// substitutions, unquoted globs) reported rather than guessed at.

/** One word of a command line. */
export interface ShellWord {
  /** The word after quote removal. */
  text: string;
  /** True when the word holds a glob character (`*`, `?`, `[`) outside quotes: the shell would expand it. */
  unquotedGlob: boolean;
}

/** A command line split into words, or why it is more than one plain command. */
export type ShellParse = { ok: true; words: ShellWord[] } | { ok: false; reason: string };

const OPERATORS = new Set([";", "|", "&", "<", ">", "(", ")"]);

/** Splits `line` into words; refuses operators, redirections, substitutions and unclosed quotes. */
export function parseShellWords(line: string): ShellParse {
  const words: ShellWord[] = [];
  let text = "";
  let glob = false;
  let inWord = false;
  let i = 0;
  const end = () => {
    if (inWord) words.push({ text, unquotedGlob: glob });
    text = "";
    glob = false;
    inWord = false;
  };
  while (i < line.length) {
    const c = line[i] as string;
    if (c === " " || c === "\t") {
      end();
      i++;
      continue;
    }
    if (c === "#" && !inWord) break;
    if (OPERATORS.has(c))
      return { ok: false, reason: `the shell operator \`${c}\` makes it more than one plain command` };
    if (c === "`" || (c === "$" && line[i + 1] === "("))
      return { ok: false, reason: "it runs a command substitution" };
    inWord = true;
    if (c === "\\") {
      text += line[i + 1] ?? "";
      i += 2;
      continue;
    }
    if (c === "'") {
      const close = line.indexOf("'", i + 1);
      if (close < 0) return { ok: false, reason: "a single quote is never closed" };
      text += line.slice(i + 1, close);
      i = close + 1;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      while (j < line.length && line[j] !== '"') {
        if (line[j] === "\\" && j + 1 < line.length) {
          text += line[j + 1];
          j += 2;
        } else {
          if (line[j] === "$" || line[j] === "`")
            return { ok: false, reason: "it expands a variable or command inside quotes" };
          text += line[j];
          j++;
        }
      }
      if (j >= line.length) return { ok: false, reason: "a double quote is never closed" };
      i = j + 1;
      continue;
    }
    if (c === "*" || c === "?" || c === "[") glob = true;
    text += c;
    i++;
  }
  end();
  return words.length > 0 ? { ok: true, words } : { ok: false, reason: "there is no command" };
}
