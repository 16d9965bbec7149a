// A seeded, stable sample of a root's eligible files that spreads over languages and top-level
// folders, kept in bounded memory while the walk streams files in (a reservoir per stratum).
import type { Language } from "./languages.js";
import type { WalkedFile } from "./walk-root.js";

/** An eligible file with its seeded rank (lower ranks are picked first). */
export interface RankedFile extends WalkedFile {
  rank: string;
}

/** Options of {@link createStratifiedSample}. */
export interface StratifiedSampleOptions {
  seed: string;
  /** Most files any one language contributes. */
  maxPerLanguage: number;
  /** Size of the corpus sample the identifiers' information content is measured against. */
  corpusSize: number;
}

/** Collects files during a walk; `order()` then says which to take, best first. */
export interface StratifiedSample {
  add(file: WalkedFile): void;
  /** Files in pick order: languages round-robin (most files first), each language round-robin over its
   * top-level folders (in seeded order), lowest rank first within a folder; at most `maxPerLanguage`
   * per language. Take the first N that read well. */
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

/**
 * Creates a sample. Memory stays bounded whatever the tree's size: per language it keeps the
 * `maxPerLanguage` top-level folders of lowest seeded rank, each with its `maxPerLanguage` files of
 * lowest rank — exactly what round-robin picking can reach — plus the corpus sample.
 */
export function createStratifiedSample(options: StratifiedSampleOptions): StratifiedSample {
  const limit = options.maxPerLanguage;
  const byLanguage = new Map<Language, { count: number; folders: Map<string, Folder> }>();
  const corpus: RankedFile[] = [];
  const folderRanks = new Map<string, string>();
  const byRank = (file: RankedFile) => file.rank;

  const folderRank = (folder: string): string => {
    let rank = folderRanks.get(folder);
    if (rank === undefined) {
      rank = seededRank(options.seed, `folder:${folder}`);
      folderRanks.set(folder, rank);
    }
    return rank;
  };

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
      let language = byLanguage.get(file.language);
      if (!language) {
        language = { count: 0, folders: new Map() };
        byLanguage.set(file.language, language);
      }
      language.count += 1;
      const name = topFolderOf(file.path);
      let folder = language.folders.get(name);
      if (!folder) {
        const ofFolder = folderRank(name);
        if (language.folders.size >= limit) {
          let worst: [string, Folder] | undefined;
          for (const entry of language.folders) if (!worst || entry[1].rank > worst[1].rank) worst = entry;
          if (!worst || ofFolder >= worst[1].rank) return;
          language.folders.delete(worst[0]);
        }
        folder = { rank: ofFolder, files: [] };
        language.folders.set(name, folder);
      }
      insertBounded(folder.files, ranked, limit, byRank);
    },

    order() {
      const languages = [...byLanguage.entries()].sort(([a, x], [b, y]) =>
        x.count !== y.count ? y.count - x.count : a < b ? -1 : a > b ? 1 : 0,
      );
      const queues = languages.map(([, language]) => {
        const folders = [...language.folders.values()].sort((a, b) => (a.rank < b.rank ? -1 : 1));
        const queue: RankedFile[] = [];
        for (let round = 0; queue.length < limit; round += 1) {
          const before = queue.length;
          for (const folder of folders) {
            const file = folder.files[round];
            if (file && queue.length < limit) queue.push(file);
          }
          if (queue.length === before) break;
        }
        return queue;
      });
      const picked: RankedFile[] = [];
      for (let round = 0; ; round += 1) {
        const before = picked.length;
        for (const queue of queues) {
          const file = queue[round];
          if (file) picked.push(file);
        }
        if (picked.length === before) return picked;
      }
    },

    corpus() {
      return [...corpus];
    },
  };
}
