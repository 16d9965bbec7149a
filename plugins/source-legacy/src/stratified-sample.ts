// A seeded, stable sample of a root's eligible files, spread over its top-level folders in proportion
// to their size (largest remainder), lowest seeded rank first within a folder, kept in bounded memory
// while the walk streams files in.
import type { Language } from "./languages.js";
import type { WalkedFile } from "./walk-root.js";

/** An eligible file with its seeded rank (lower ranks are picked first). */
export interface RankedFile extends WalkedFile {
  rank: string;
}

/** Options of {@link createStratifiedSample}. */
export interface StratifiedSampleOptions {
  seed: string;
  /** Files the sample picks (the rest of `order()` stands in for files that cannot be read). */
  size: number;
  /** Most files any one language contributes. */
  maxPerLanguage: number;
  /** Size of the corpus sample the identifiers' information content is measured against. */
  corpusSize: number;
}

/** Collects files during a walk; `order()` then says which to take, best first. */
export interface StratifiedSample {
  add(file: WalkedFile): void;
  /** Files in pick order: `size` files spread over the top-level folders in proportion to how many
   * eligible files each holds (largest remainder; ties by the folder's seeded rank), lowest rank first
   * within a folder, at most `maxPerLanguage` per language; then the other kept files by rank, as
   * stand-ins. Take the first N that read well. */
  order(): RankedFile[];
  /** The `corpusSize` eligible files of lowest rank, in rank order. */
  corpus(): RankedFile[];
}

/**
 * The seeded rank of a key: 16 hex digits of a 64-bit string hash (cyrb53-style, two mixed 32-bit
 * halves), compared as text. Pure arithmetic on UTF-16 code units, so the same on every machine;
 * much cheaper than sha256 for the walk's tens of thousands of paths.
 */
function seededRank(seed: string, key: string): string {
  const text = `${seed}\u0000${key}`;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h1 >>> 0).toString(16).padStart(8, "0") + (h2 >>> 0).toString(16).padStart(8, "0");
}

interface Folder {
  rank: string;
  files: RankedFile[];
}

/** Inserts into a list kept sorted by `key`, dropping the largest beyond `limit`. */
function insertBounded<T>(list: T[], item: T, limit: number, key: (value: T) => string): void {
  const value = key(item);
  if (list.length >= limit && value >= key(list[list.length - 1]!)) return;
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (key(list[mid]!) < value) low = mid + 1;
    else high = mid;
  }
  list.splice(low, 0, item);
  if (list.length > limit) list.pop();
}

function topFolderOf(path: string): string {
  const slash = path.indexOf("/");
  return slash < 0 ? "" : path.slice(0, slash);
}

/** Extra files kept per folder beyond its share, to stand in for files that cannot be read. */
const SPARE = 8;

/**
 * Creates a sample. Memory stays bounded whatever the tree's size: per top-level folder it keeps a
 * count and the `size + 8` files of lowest seeded rank, plus the corpus sample.
 */
export function createStratifiedSample(options: StratifiedSampleOptions): StratifiedSample {
  const keep = options.size + SPARE;
  const folders = new Map<string, Folder & { count: number }>();
  const corpus: RankedFile[] = [];
  const byRank = (file: RankedFile) => file.rank;

  return {
    add(file) {
      const rank = seededRank(options.seed, file.path);
      const ranked: RankedFile = {
        path: file.path,
        language: file.language,
        sizeBytes: file.sizeBytes,
        rank,
      };
      insertBounded(corpus, ranked, options.corpusSize, byRank);
      const name = topFolderOf(file.path);
      let folder = folders.get(name);
      if (!folder) {
        folder = { rank: seededRank(options.seed, `folder:${name}`), files: [], count: 0 };
        folders.set(name, folder);
      }
      folder.count += 1;
      insertBounded(folder.files, ranked, keep, byRank);
    },

    order() {
      const list = [...folders.values()].sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0));
      const total = list.reduce((sum, f) => sum + f.count, 0);
      const target = Math.min(options.size, total);
      // Largest remainder: each folder's exact share, floored, then the biggest remainders get one more.
      const shares = list.map((f) => (total === 0 ? 0 : (f.count * target) / total));
      const seats = shares.map((share, i) => Math.min(Math.floor(share), list[i]!.files.length));
      let left = target - seats.reduce((a, b) => a + b, 0);
      const byRemainder = shares
        .map((share, i) => ({ i, remainder: share - Math.floor(share) }))
        .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
      for (const { i } of byRemainder) {
        if (left <= 0) break;
        if (seats[i]! < list[i]!.files.length) {
          seats[i]! += 1;
          left -= 1;
        }
      }
      const chosen = list.flatMap((f, i) => f.files.slice(0, seats[i]));
      const rest = list.flatMap((f, i) => f.files.slice(seats[i]));
      const byRankOrder = (a: RankedFile, b: RankedFile) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0);
      const perLanguage = new Map<Language, number>();
      const picked: RankedFile[] = [];
      for (const file of [...chosen.sort(byRankOrder), ...rest.sort(byRankOrder)]) {
        const n = perLanguage.get(file.language) ?? 0;
        if (n >= options.maxPerLanguage) continue;
        perLanguage.set(file.language, n + 1);
        picked.push(file);
      }
      return picked;
    },

    corpus() {
      return [...corpus];
    },
  };
}
