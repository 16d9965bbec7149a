#!/usr/bin/env node
// Legacy case building over a large tree: generates 50,000 files in a temp folder (source files in
// four languages over nested folders, plus node_modules, .git, build output and non-source files),
// then builds the cases in a child process and prints its wall time and peak RSS against the targets.
// Needs a build: cd plugins/source-legacy && pnpm build
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";

const FILES = Number(process.env.LEGACY_PERF_FILES ?? 50_000);
const TARGET_SECONDS = 5;
const TARGET_RSS_MB = 200;
const DIST = new URL("../../plugins/source-legacy/dist/index.js", import.meta.url).href;

if (process.argv[2] === "--child") {
  const { buildLegacyCases } = await import(DIST);
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const built = await buildLegacyCases({ config: { roots: [process.argv[3]] }, cwd: "/" });
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const [root] = built.roots;
  process.stdout.write(
    JSON.stringify({
      seconds,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      tests: built.tests.length,
      filesSeen: root.filesSeen,
      eligible: root.eligible,
      skippedFolders: root.skipped.dependencies + root.skipped.vcs + root.skipped["build-output"],
    }),
  );
  process.exit(0);
}

/** Writes FILES files: 80% source in nested folders, the rest in skipped folders and non-source files. */
function generateTree(root) {
  const kinds = [
    [
      "ts",
      (i) =>
        `import { helper${i % 7} } from "../shared/helpers.js";\n\nexport const VALUE_${i} = ${i};\n\nexport function compute${i}(input: number): number {\n  return helper${i % 7}(input) + VALUE_${i};\n}\n`,
    ],
    [
      "py",
      (i) =>
        `import os\nfrom .shared import helper_${i % 7}\n\nLIMIT_${i} = ${i}\n\n\ndef compute_${i}(value):\n    return helper_${i % 7}(value) + LIMIT_${i}\n`,
    ],
    [
      "go",
      (i) =>
        `package pkg${i % 50}\n\nimport "fmt"\n\nfunc Compute${i}(v int) int {\n\tfmt.Println(v)\n\treturn v + ${i}\n}\n`,
    ],
    [
      "js",
      (i) =>
        `const path = require("path");\n\nfunction handler${i}(file) {\n  return path.basename(file) + ${i};\n}\n\nmodule.exports = { handler${i} };\n`,
    ],
  ];
  let written = 0;
  const put = (path, content) => {
    writeFileSync(join(root, path), content);
    written += 1;
  };
  const folders = [];
  for (let a = 0; a < 20; a += 1) for (let b = 0; b < 20; b += 1) folders.push(`area${a}/module${b}`);
  for (const folder of folders) mkdirSync(join(root, folder), { recursive: true });
  const sourceFiles = Math.floor(FILES * 0.8);
  for (let i = 0; i < sourceFiles; i += 1) {
    const [extension, content] = kinds[i % kinds.length];
    put(`${folders[i % folders.length]}/file${i}.${extension}`, content(i));
  }
  const skippedFolders = ["node_modules/lib", ".git/objects", "dist/assets"];
  for (const folder of skippedFolders) mkdirSync(join(root, folder), { recursive: true });
  for (let i = 0; written < FILES; i += 1) {
    if (i % 2 === 0) put(`${skippedFolders[i % 3]}/f${i}.js`, "module.exports = 1;\n");
    else put(`${folders[i % folders.length]}/notes${i}.md`, `# notes ${i}\n`);
  }
  return written;
}

const base = mkdtempSync(join(tmpdir(), "legacy-perf-"));
try {
  const root = join(base, "big-project");
  mkdirSync(root);
  const generateStart = performance.now();
  const written = generateTree(root);
  const generateSeconds = (performance.now() - generateStart) / 1000;
  const child = spawnSync(process.execPath, [new URL(import.meta.url).pathname, "--child", root], {
    encoding: "utf8",
  });
  if (child.status !== 0) {
    console.error(child.stderr);
    process.exit(1);
  }
  const result = JSON.parse(child.stdout);
  const pad = (text, width) => String(text).padEnd(width);
  console.log(`legacy case building: ${written} files generated in ${generateSeconds.toFixed(1)} s`);
  console.log(
    `(${result.filesSeen} files looked at outside skipped folders, ${result.eligible} eligible, ${result.tests} tests)\n`,
  );
  console.log(`${pad("figure", 22)}${pad("value", 12)}target`);
  const rows = [
    ["wall time (s)", result.seconds.toFixed(2), `≤ ${TARGET_SECONDS}`, result.seconds <= TARGET_SECONDS],
    ["cpu time (s)", result.cpuSeconds.toFixed(2), "(for reading wall time on a busy machine)", undefined],
    ["peak RSS (MB)", result.peakRssMb.toFixed(0), `≤ ${TARGET_RSS_MB}`, result.peakRssMb <= TARGET_RSS_MB],
  ];
  for (const [name, value, target, ok] of rows) {
    console.log(`${pad(name, 22)}${pad(value, 12)}${target}${ok === undefined ? "" : ok ? " ✓" : " ✗"}`);
  }
  if (rows.some((row) => row[3] === false)) process.exitCode = 1;
} finally {
  rmSync(base, { recursive: true, force: true });
}
