// The README's commands work as written: every `benchloop …` line names a command and options the
// built CLI has, every `corepack pnpm …` line a script the repository has, and after `link-cli` the
// `benchloop` command runs in a folder of one's own (not the repository).
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { execa } from "execa";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI_MAIN, REPO_ROOT } from "../helpers/cli.js";

let readme: string;
let work: string;
beforeAll(async () => {
  readme = await readFile(path.join(REPO_ROOT, "README.md"), "utf8");
  work = await mkdtemp(path.join(tmpdir(), "benchloop-readme-"));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** The command lines of the README's ```sh blocks, without comments, `a|b` alternatives expanded. */
function shellLines(): string[] {
  const lines: string[] = [];
  for (const block of readme.matchAll(/```sh\n([\s\S]*?)```/g)) {
    for (const raw of block[1]!.split("\n")) {
      const line = raw.replace(/\s+#.*$/, "").trim();
      if (!line || line.startsWith("#")) continue;
      for (const command of line.split(" && ")) {
        const tokens = command.trim().split(/\s+/);
        const choice = tokens.findIndex((t) => /^[a-z-]+(\|[a-z-]+)+$/.test(t));
        if (choice < 0) lines.push(tokens.join(" "));
        else for (const t of tokens[choice]!.split("|")) lines.push(tokens.with(choice, t).join(" "));
      }
    }
  }
  return lines;
}

describe("the README's commands", () => {
  it("every `benchloop` line names a command and options of the CLI", async () => {
    const commands = shellLines().filter((l) => l.startsWith("benchloop "));
    expect(commands.length).toBeGreaterThan(20);
    for (const line of commands) {
      const tokens = line.split(" ").slice(1);
      const firstFlag = tokens.findIndex((t) => t.startsWith("-"));
      const words = firstFlag < 0 ? tokens : tokens.slice(0, firstFlag);
      const help = await execa("node", [CLI_MAIN, ...words, "--help"], { reject: false });
      expect(help.exitCode, `${line}\n${help.stderr}`).toBe(0);
      expect(help.stdout, line).toContain(`Usage: benchloop ${words[0]}`);
      for (const flag of tokens.filter((t) => t.startsWith("--"))) {
        expect(help.stdout, `${line}: ${flag}`).toMatch(new RegExp(`(^|[\\s,])${flag}\\b`, "m"));
      }
    }
  });

  it("every `corepack pnpm` line runs a script the repository has", async () => {
    const scripts = Object.keys(
      (JSON.parse(await readFile(path.join(REPO_ROOT, "package.json"), "utf8")) as { scripts: object })
        .scripts,
    );
    const used = shellLines()
      .filter((l) => l.startsWith("corepack pnpm "))
      .map((l) => l.split(" ")[2]!);
    expect(used).toContain("link-cli");
    for (const script of used) expect([...scripts, "install"]).toContain(script);
  });

  it("after `link-cli`, `benchloop` runs in a project folder of one's own", async () => {
    const bin = path.join(work, "bin");
    const project = path.join(work, "my-project");
    const { mkdir } = await import("node:fs/promises");
    await mkdir(project, { recursive: true });
    const linked = await execa("node", [path.join(REPO_ROOT, "scripts/link-cli.mjs"), "--bin-dir", bin]);
    expect(linked.stdout).toContain(path.join(bin, "benchloop"));
    const env = { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}`, NO_COLOR: "1" };
    const version = await execa("benchloop", ["--version"], { cwd: project, env });
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+/);
    const plan = await execa("benchloop", ["plan", "--demo", "--tests", "calculator-basic"], {
      cwd: project,
      env,
      reject: false,
    });
    expect(plan.exitCode, plan.stderr).toBe(0);
    expect(plan.stdout).toContain("sim/oracle:latest");
  });
});
