const DOUBLE_QUOTE_ESCAPES = new Set(['"', "\\", "$", "`"]);
const BLANK = new Set([" ", "\t", "\n"]);

export function splitArgs(line: string): string[] {
  const words: string[] = [];
  let word = "";
  let inWord = false;
  let i = 0;
  const fail = (problem: string): never => {
    throw new SyntaxError(`${problem} in ${JSON.stringify(line)}`);
  };
  while (i < line.length) {
    const char = line[i] as string;
    if (BLANK.has(char)) {
      if (inWord) words.push(word);
      word = "";
      inWord = false;
      i += 1;
    } else if (char === "#" && !inWord) {
      const end = line.indexOf("\n", i);
      i = end === -1 ? line.length : end;
    } else if (char === "'") {
      const end = line.indexOf("'", i + 1);
      if (end === -1) fail("an unclosed single quote");
      word += line.slice(i + 1, end).replace(/\\(.)/g, "$1");
      inWord = true;
      i = end + 1;
    } else if (char === '"') {
      inWord = true;
      i += 1;
      for (;;) {
        const c = line[i];
        if (c === undefined) fail("an unclosed double quote");
        if (c === '"') {
          i += 1;
          break;
        }
        if (c === "\\") {
          const next = line[i + 1];
          if (next === undefined) fail("an unclosed double quote");
          if (next === "\n") {
            i += 2;
            continue;
          }
          if (DOUBLE_QUOTE_ESCAPES.has(next as string)) {
            word += next;
            i += 2;
            continue;
          }
        }
        word += c;
        i += 1;
      }
    } else if (char === "\\") {
      const next = line[i + 1];
      if (next === undefined) fail("a backslash at the end");
      if (next !== "\n") {
        word += next;
        inWord = true;
      }
      i += 2;
    } else {
      word += char;
      inWord = true;
      i += 1;
    }
  }
  if (inWord) words.push(word);
  return words;
}
