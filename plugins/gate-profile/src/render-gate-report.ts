// gate.md: the gate report's blocks (see gate-document.ts) written as Markdown by core's renderer.
import { renderGateMarkdown } from "@benchloop/core";
import { toGateDocument } from "./gate-document.js";
import type { GateReport } from "./gate-report.js";

/** Renders a gate report as Markdown (gate.md): why each candidate was promoted or not, per profile. */
export function renderGateReport(report: GateReport): string {
  return renderGateMarkdown(toGateDocument(report));
}
