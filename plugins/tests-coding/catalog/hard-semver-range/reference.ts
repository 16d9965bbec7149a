interface Version {
  nums: [number, number, number];
  pre: (string | number)[];
}

interface Comparator {
  op: "<" | "<=" | ">" | ">=" | "=" | "any" | "none";
  version: Version;
  /** Written with a full version and a prerelease: lets prereleases of that version through. */
  allowsPrerelease: boolean;
}

const NUMBER = "(?:0|[1-9]\\d*)";
const IDENTIFIER = "[0-9A-Za-z-]+";
const VERSION = new RegExp(
  `^(${NUMBER})\\.(${NUMBER})\\.(${NUMBER})(?:-(${IDENTIFIER}(?:\\.${IDENTIFIER})*))?$`,
);
const PART = `(${NUMBER}|[xX*])`;
const PARTIAL = new RegExp(
  `^${PART}(?:\\.${PART}(?:\\.${PART}(?:-(${IDENTIFIER}(?:\\.${IDENTIFIER})*))?)?)?$`,
);

function parsePre(text: string | undefined): (string | number)[] | undefined {
  if (text === undefined) return [];
  const ids = text.split(".");
  if (ids.some((id) => /^\d+$/.test(id) && id.length > 1 && id.startsWith("0"))) return undefined;
  return ids.map((id) => (/^\d+$/.test(id) ? Number(id) : id));
}

function parseVersion(text: string): Version {
  const match = VERSION.exec(text);
  const pre = match ? parsePre(match[4]) : undefined;
  if (!match || !pre) throw new TypeError(`"${text}" is not a valid semantic version`);
  return { nums: [Number(match[1]), Number(match[2]), Number(match[3])], pre };
}

function compareIds(a: string | number, b: string | number): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "number") return -1;
  if (typeof b === "number") return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function compare(a: Version, b: Version): number {
  for (let i = 0; i < 3; i++)
    if (a.nums[i] !== b.nums[i]) return (a.nums[i] as number) - (b.nums[i] as number);
  if (a.pre.length === 0 || b.pre.length === 0) return b.pre.length - a.pre.length;
  for (let i = 0; i < Math.min(a.pre.length, b.pre.length); i++) {
    const order = compareIds(a.pre[i] as string | number, b.pre[i] as string | number);
    if (order !== 0) return order;
  }
  return a.pre.length - b.pre.length;
}

interface Partial {
  /** The fixed leading numbers (0 to 3 of them). */
  fixed: number[];
  pre: (string | number)[];
}

function parsePartial(text: string, range: string): Partial {
  const match = PARTIAL.exec(text);
  if (!match) throw new SyntaxError(`range "${range}": "${text}" is not a version`);
  const parts = [match[1], match[2], match[3]].filter((part) => part !== undefined) as string[];
  const wildcard = parts.findIndex((part) => /^[xX*]$/.test(part));
  const fixed = (wildcard === -1 ? parts : parts.slice(0, wildcard)).map(Number);
  if (wildcard !== -1 && parts.slice(wildcard).some((part) => !/^[xX*]$/.test(part))) {
    throw new SyntaxError(`range "${range}": "${text}" has a number after a wildcard`);
  }
  const pre = parsePre(match[4]);
  if (!pre || (pre.length > 0 && fixed.length < 3))
    throw new SyntaxError(`range "${range}": "${text}" is not a version`);
  return { fixed, pre };
}

const v = (major: number, minor: number, patch: number, pre: (string | number)[] = []): Version => ({
  nums: [major, minor, patch],
  pre,
});
const lower = (p: Partial): Version => v(p.fixed[0] ?? 0, p.fixed[1] ?? 0, p.fixed[2] ?? 0, p.pre);
/** The first version above everything the partial's fixed parts cover. */
const bump = (p: Partial): Version => {
  const [major = 0, minor = 0] = p.fixed;
  return p.fixed.length === 1 ? v(major + 1, 0, 0) : v(major, minor + 1, 0);
};
const cmp = (op: Comparator["op"], version: Version, p?: Partial): Comparator => ({
  op,
  version,
  allowsPrerelease: p !== undefined && p.fixed.length === 3 && p.pre.length > 0,
});
const ANY = cmp("any", v(0, 0, 0));
const NONE = cmp("none", v(0, 0, 0));

function desugar(token: string, range: string): Comparator[] {
  const match = /^(<=|>=|<|>|=|~|\^)?(.*)$/.exec(token) as RegExpExecArray;
  const op = match[1] ?? "";
  const p = parsePartial(match[2] as string, range);
  const n = p.fixed.length;
  const full = lower(p);
  switch (op) {
    case "":
    case "=":
      if (n === 3) return [cmp("=", full, p)];
      return n === 0 ? [ANY] : [cmp(">=", full, p), cmp("<", bump(p))];
    case ">":
      if (n === 3) return [cmp(">", full, p)];
      return n === 0 ? [NONE] : [cmp(">=", bump(p))];
    case ">=":
      return n === 0 ? [ANY] : [cmp(">=", full, p)];
    case "<":
      return n === 0 ? [NONE] : [cmp("<", full, p)];
    case "<=":
      if (n === 3) return [cmp("<=", full, p)];
      return n === 0 ? [ANY] : [cmp("<", bump(p))];
    case "~":
      if (n === 0) return [ANY];
      return [
        cmp(">=", full, p),
        cmp("<", n === 1 ? v(full.nums[0] + 1, 0, 0) : v(full.nums[0], full.nums[1] + 1, 0)),
      ];
    default: {
      if (n === 0) return [ANY];
      const [major, minor, patch] = full.nums;
      const upper =
        major > 0 || n === 1
          ? v(major + 1, 0, 0)
          : minor > 0 || n === 2
            ? v(0, minor + 1, 0)
            : v(0, 0, patch + 1);
      return [cmp(">=", full, p), cmp("<", upper)];
    }
  }
}

function holds(c: Comparator, version: Version): boolean {
  const order = compare(version, c.version);
  switch (c.op) {
    case "any":
      return true;
    case "none":
      return false;
    case "=":
      return order === 0;
    case "<":
      return order < 0;
    case "<=":
      return order <= 0;
    case ">":
      return order > 0;
    default:
      return order >= 0;
  }
}

function parseAlternative(text: string, range: string): Comparator[] {
  const tokens = text.split(/\s+/).filter((token) => token !== "");
  const out: Comparator[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i + 1] === "-") {
      const from = parsePartial(tokens[i] as string, range);
      const toText = tokens[i + 2];
      if (toText === undefined)
        throw new SyntaxError(`range "${range}": a hyphen range needs an upper bound`);
      const to = parsePartial(toText, range);
      if (from.fixed.length > 0) out.push(cmp(">=", lower(from), from));
      if (to.fixed.length === 3) out.push(cmp("<=", lower(to), to));
      else if (to.fixed.length > 0) out.push(cmp("<", bump(to)));
      i += 2;
      continue;
    }
    if (tokens[i] === "-") throw new SyntaxError(`range "${range}": a dangling "-"`);
    out.push(...desugar(tokens[i] as string, range));
  }
  return out;
}

export function satisfies(version: string, range: string): boolean {
  const parsed = parseVersion(version);
  const alternatives = range.split("||").map((text) => parseAlternative(text, range));
  return alternatives.some((comparators) => {
    if (!comparators.every((c) => holds(c, parsed))) return false;
    if (parsed.pre.length === 0) return true;
    return comparators.some(
      (c) => c.allowsPrerelease && c.version.nums.every((num, i) => num === parsed.nums[i]),
    );
  });
}
