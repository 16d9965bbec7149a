// The default ignore list: folders and files that are never the user's own hand-written source,
// recognised by name before anything is read.
import type { SkipReason } from "./skip-reason.js";

const FOLDERS: Record<string, SkipReason> = {
  ".git": "vcs",
  ".hg": "vcs",
  ".svn": "vcs",
  ".bzr": "vcs",
  node_modules: "dependencies",
  bower_components: "dependencies",
  jspm_packages: "dependencies",
  ".pnpm-store": "dependencies",
  ".venv": "virtualenv",
  venv: "virtualenv",
  dist: "build-output",
  build: "build-output",
  out: "build-output",
  target: "build-output",
  ".next": "build-output",
  ".nuxt": "build-output",
  ".svelte-kit": "build-output",
  coverage: "build-output",
  __pycache__: "cache",
  ".pytest_cache": "cache",
  ".mypy_cache": "cache",
  ".ruff_cache": "cache",
  ".tox": "cache",
  ".nox": "cache",
  ".turbo": "cache",
  ".cache": "cache",
  ".parcel-cache": "cache",
  ".gradle": "cache",
  vendor: "vendored",
  third_party: "vendored",
  "third-party": "vendored",
  thirdparty: "vendored",
};

const LOCKFILES = new Set([
  "package-lock.json",
  "npm-shrinkwrap.json",
  "pnpm-lock.yaml",
  "yarn.lock",
  "bun.lockb",
  "bun.lock",
  "Cargo.lock",
  "poetry.lock",
  "Pipfile.lock",
  "uv.lock",
  "pdm.lock",
  "Gemfile.lock",
  "composer.lock",
  "go.sum",
  "mix.lock",
  "flake.lock",
  "packages.lock.json",
]);

const MINIFIED_NAME = /[.-]min\.(?:js|mjs|cjs|css)$/i;
const GENERATED_NAME =
  /(?:\.pb\.go|_pb2(?:_grpc)?\.pyi?|\.g\.dart|\.freezed\.dart|\.generated\.[a-z]+|\.gen\.go)$/i;
const BINARY_EXTENSIONS = new Set(
  (
    "png jpg jpeg gif bmp ico webp tiff psd pdf zip gz tgz bz2 xz 7z rar tar jar war class so dylib dll exe " +
    "o a lib obj bin dat db sqlite sqlite3 pyc pyo wasm woff woff2 ttf otf eot mp3 mp4 mov avi wav flac ogg " +
    "webm mkv iso dmg pkl npy npz h5 onnx pt safetensors"
  ).split(" "),
);

/** The default-ignore reason of a folder name, if any (virtualenvs found by `pyvenv.cfg` are separate). */
export function folderIgnoreReason(name: string): SkipReason | undefined {
  return Object.hasOwn(FOLDERS, name) ? FOLDERS[name] : undefined;
}

/** The default-ignore reason of a file name, if any: lockfiles, minified, generated, binary extensions. */
export function fileIgnoreReason(name: string): SkipReason | undefined {
  if (LOCKFILES.has(name) || name.endsWith(".lock")) return "lockfile";
  if (MINIFIED_NAME.test(name)) return "minified";
  if (GENERATED_NAME.test(name)) return "generated";
  const dot = name.lastIndexOf(".");
  if (dot > 0 && BINARY_EXTENSIONS.has(name.slice(dot + 1).toLowerCase())) return "binary";
  return undefined;
}
