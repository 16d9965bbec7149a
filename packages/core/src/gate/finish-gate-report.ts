// What every gate policy does last: the promotion block `benchloop apply` reads, hashed over the rest
// of the report, and the margin as people read it (so no command formats numbers of its own).
import { hashCanonical } from "../plan/canonical-json.js";
import type { Promotion } from "../promotion/promotion.js";
import type { GateReport } from "../results/gate-report.js";
import type { Run } from "../results/run-schema.js";

/** The report's record of the runs it read: id, status, simulated flag, start and item count. */
export function gateReportRuns(runs: readonly Run[]): GateReport["runs"] {
  return runs.map((run) => ({
    runId: run.runId,
    status: run.status,
    simulated: run.simulated,
    startedAt: run.startedAt,
    items: run.items.length,
  }));
}

/**
 * A margin with its sign and 3 decimals, or 2 significant digits when smaller (a small lead never
 * reads 0), then ` (tie: within noise)` when the lead is not beyond the noise.
 */
export function formatMarginText(value: number, exceedsNoise: boolean): string {
  const digits =
    value === 0 || Math.abs(value) >= 0.01 ? value.toFixed(3) : String(Number(value.toPrecision(2)));
  return `${value >= 0 ? "+" : ""}${digits}${exceedsNoise ? "" : " (tie: within noise)"}`;
}

/** The promotion of a report: one assignment per profile, blockers, and the hash of the report. */
export function toPromotion(report: Omit<GateReport, "promotion">): Promotion {
  return {
    schemaVersion: 1,
    status: report.status,
    blockers: report.alerts.filter((a) => a.blocking).map((a) => `${a.severity}: ${a.message}`),
    gateHash: hashCanonical(report),
    simulated: report.simulated,
    sourceRunIds: report.runs.map((r) => r.runId),
    policy: report.policy.file ?? report.policy.name,
    createdAt: report.createdAt,
    assignments: report.profiles.map((p) => {
      const recommended = p.candidates.find((c) => c.recommended);
      return {
        profile: p.profile,
        role: p.role,
        model: p.recommendation,
        ...(p.compositeScore === null ? {} : { compositeScore: p.compositeScore }),
        reason: recommended
          ? recommended.reasons.join("; ")
          : (p.alerts.find((a) => a.code === "no_passing_candidate")?.message ?? "no candidate passed"),
      };
    }),
  };
}

/** Completes a report with its promotion block. */
export function finishGateReport(report: Omit<GateReport, "promotion">): GateReport {
  return { ...report, promotion: toPromotion(report) };
}
