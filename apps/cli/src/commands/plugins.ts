// `benchloop plugins`: every plugin found, its version, the kinds it registers and where it came from.

import { renderTable } from "@benchloop/core";
import type { Command } from "commander";
import type { CliApp } from "../app.js";

/** Adds `benchloop plugins`. */
export function registerPluginsCommand(program: Command, app: CliApp): void {
  program
    .command("plugins")
    .description("List the plugins benchloop found: name, version, kinds, origin")
    .option("--json", "print JSON instead of a table")
    .action(async (options: { json?: boolean }, command: Command) => {
      const ctx = await app.loadContext(command, { validatePluginConfig: false });
      if (options.json) {
        const rows = ctx.plugins.map((p) => ({
          name: p.name,
          version: p.version,
          origin: p.origin,
          status: p.status,
          kinds: p.kinds,
          components: p.components,
          ...(p.error ? { error: { code: p.error.code, message: p.error.message } } : {}),
        }));
        app.io.out(`${JSON.stringify(rows, null, 2)}\n`);
        return;
      }
      if (ctx.plugins.length === 0) {
        app.io.out("No plugins found.\n");
        return;
      }
      const rows = ctx.plugins.map((p) => [
        p.status === "loaded" ? "✓" : "✗",
        p.name,
        p.version,
        p.kinds.join(", ") || "-",
        p.components.map((c) => `${c.kind}:${c.id}`).join(", ") || (p.error ? p.error.code : "-"),
        p.origin,
      ]);
      app.io.out(
        renderTable(["", "plugin", "version", "kinds", "components", "origin"], rows, { maxWidth: 60 }),
      );
      for (const p of ctx.plugins.filter((r) => r.error))
        app.io.out(`\n✗ ${p.name}: ${p.error!.toDisplayString()}\n`);
    });
}
