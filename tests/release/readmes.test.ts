// Every published package (the products and the third-party examples) has a README that names it, says
// how to install it and links to the documentation.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../helpers/cli.js";
import { publishedPackages } from "./workspace-packages.js";

describe("package READMEs", () => {
  it("exist for every published package, name it, show an install and link somewhere to read on", async () => {
    const problems: string[] = [];
    for (const { dir, manifest } of await publishedPackages()) {
      const readme = await readFile(path.join(REPO_ROOT, dir, "README.md"), "utf8").catch(() => undefined);
      if (readme === undefined) {
        problems.push(`${dir}: no README.md`);
        continue;
      }
      if (!readme.startsWith(`# ${manifest.name}\n`))
        problems.push(`${dir}: the title is not ${manifest.name}`);
      if (!/\b(npm install|npm i|pnpm add)\b|Built into the `benchloop` CLI/.test(readme))
        problems.push(`${dir}: no install line`);
      if (!/https:\/\/github\.com\/benchloop\/benchloop|docs\/[\w-]+\.md/.test(readme))
        problems.push(`${dir}: no link to the documentation`);
    }
    expect(problems).toEqual([]);
  });

  it("@benchloop/core's README names @benchloop/core/testing", async () => {
    const readme = await readFile(path.join(REPO_ROOT, "packages/core/README.md"), "utf8");
    expect(readme).toContain("`@benchloop/core/testing`");
    expect(readme).toContain("createFakeWorkspace");
  });
});
