// Imports a Muninn profile promotion policy (`ollama_profile_promotion_policy.json`) into a benchloop
// policy: each Muninn field mapped to a threshold, weight or governance setting; what cannot map is noted.
import { toValidationIssues, type ValidationIssue, z } from "@benchloop/core";
import {
  BUILTIN_PROFILES,
  POLICY_SCHEMA_VERSION,
  SEVERITIES,
  type Severity,
  type WrittenPolicy,
} from "./policy-schema.js";

const optionalNumber = z.number().finite().optional();

const MuninnProfileSchema = z
  .object({
    candidates: z.array(z.string().min(1)).min(1).optional(),
    require_live_suite: z.boolean().optional(),
    require_legacy_suite: z.boolean().optional(),
    min_live_ability: optionalNumber,
    min_legacy_ability: optionalNumber,
    max_live_p95_seconds: optionalNumber,
    max_legacy_p95_seconds: optionalNumber,
    min_live_ability_per_vram_gb: optionalNumber,
    live_weight: optionalNumber,
    legacy_weight: optionalNumber,
    objective: z
      .object({
        ability_weight: optionalNumber,
        resource_weight: optionalNumber,
        latency_penalty: optionalNumber,
      })
      .passthrough()
      .optional(),
  })
  .passthrough();

/** A Muninn promotion policy, as far as benchloop reads it (other keys are kept and noted). */
export const MuninnPolicySchema = z
  .object({
    version: z.string().optional(),
    description: z.string().optional(),
    governance: z
      .object({
        alerts: z
          .object({
            min_composite_score: optionalNumber,
            min_score_margin: optionalNumber,
            blocking_severities: z.array(z.string()).optional(),
          })
          .passthrough()
          .optional(),
      })
      .passthrough()
      .optional(),
    profiles: z
      .record(z.string(), MuninnProfileSchema)
      .refine((profiles) => Object.keys(profiles).length > 0, "give at least one profile"),
  })
  .passthrough();

/** Muninn's defaults where a field is absent (or 0, which Muninn treats as absent). */
const MUNINN_DEFAULTS = {
  liveWeight: 0.6,
  legacyWeight: 0.4,
  abilityWeight: 1,
  resourceWeight: 0.25,
  latencyPenalty: 0.02,
};

const MUNINN_PROFILE_KEYS = new Set(Object.keys(MuninnProfileSchema.shape));

/** True when a parsed document looks like a Muninn policy rather than a benchloop one. */
export function isMuninnPolicy(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const doc = value as Record<string, unknown>;
  if ("schemaVersion" in doc) return false;
  const governance = doc.governance as Record<string, unknown> | undefined;
  if (governance && typeof governance === "object" && "alerts" in governance) return true;
  const profiles = doc.profiles;
  if (typeof profiles !== "object" || profiles === null) return false;
  return Object.values(profiles).some(
    (profile) =>
      typeof profile === "object" &&
      profile !== null &&
      Object.keys(profile).some(
        (key) => key !== "candidates" && key !== "objective" && MUNINN_PROFILE_KEYS.has(key),
      ),
  );
}

/** The result of an import: a written benchloop policy and what did not map. */
export interface MuninnImport {
  policy: WrittenPolicy;
  notes: string[];
}

/** The result of validating a Muninn document: the import, or every issue with its path. */
export type MuninnImportResult = { ok: true; value: MuninnImport } | { ok: false; issues: ValidationIssue[] };

function unknownKeys(value: Record<string, unknown>, known: readonly string[], where: string): string[] {
  return Object.keys(value)
    .filter((key) => !known.includes(key))
    .map((key) => `ignored ${where}${key}: not a Muninn policy field benchloop knows`);
}

function weight(value: number | undefined, fallback: number, field: string, notes: string[]): number {
  if (value === undefined) return fallback;
  if (value === 0) {
    notes.push(
      `${field} is 0: Muninn would use its default ${fallback}; benchloop keeps 0 (the term is off)`,
    );
  }
  return value;
}

/**
 * Converts a Muninn policy (already parsed from JSON) into a benchloop policy. Mapping:
 * `min_live_ability`/`min_legacy_ability` → `ability` thresholds on `live`/`legacy`;
 * `max_*_p95_seconds` → `wallP95Ms` (× 1000); `min_live_ability_per_vram_gb` → `abilityPerVramGb` on
 * `live`; `require_*_suite` → `requiredSuites`; `live_weight`/`legacy_weight` → `suiteWeights`;
 * `objective.{ability_weight, resource_weight, latency_penalty}` → `objective.{ability,
 * resourceEfficiency, latency}` measured, as Muninn does, on the live suite; `governance.alerts` →
 * `governance`. Muninn's defaults fill absent fields.
 */
export function importMuninnPolicy(value: unknown): MuninnImportResult {
  const parsed = MuninnPolicySchema.safeParse(value);
  if (!parsed.success) return { ok: false, issues: toValidationIssues(parsed.error) };
  const doc = parsed.data;
  const notes: string[] = [
    "VRAM: Muninn reads vram_min_gb from its model matrix; benchloop uses the peak VRAM sampled in the runs, else modelFacts.<model>.vramGb (add those for runs that did not sample VRAM)",
    "ability: Muninn's ability is the mean rubric score per prompt; benchloop uses the mean check rate, with failed and errored items counted as 0",
    "ties: Muninn breaks ties by combined ability; benchloop then also by pass@1 and model name",
    "noise: Muninn has no noise check; benchloop adds a noisy_margin warning (it blocks only when blocking_severities lists warning)",
    "code tests: Muninn has no pass@1 rule; benchloop's default codePassAt1 (pass@1 ≥ 0.5 on the code tests) applies to every profile whose required suites hold code tests",
  ];
  notes.push(
    ...unknownKeys(doc, ["version", "description", "governance", "profiles"], ""),
    ...unknownKeys(doc.governance ?? {}, ["alerts"], "governance."),
    ...unknownKeys(
      doc.governance?.alerts ?? {},
      ["min_composite_score", "min_score_margin", "blocking_severities"],
      "governance.alerts.",
    ),
  );
  const alerts = doc.governance?.alerts;
  const severities: Severity[] = [];
  for (const severity of alerts?.blocking_severities ?? ["critical"]) {
    if ((SEVERITIES as readonly string[]).includes(severity)) severities.push(severity as Severity);
    else
      notes.push(
        `ignored blocking severity "${severity}": benchloop's severities are ${SEVERITIES.join(", ")}`,
      );
  }

  const profiles: NonNullable<WrittenPolicy["profiles"]> = {};
  for (const [name, profile] of Object.entries(doc.profiles)) {
    const where = `profiles.${name}.`;
    notes.push(...unknownKeys(profile, [...MUNINN_PROFILE_KEYS], where));
    notes.push(
      ...unknownKeys(
        profile.objective ?? {},
        ["ability_weight", "resource_weight", "latency_penalty"],
        `${where}objective.`,
      ),
    );
    const requireLive = profile.require_live_suite ?? true;
    const requireLegacy = profile.require_legacy_suite ?? true;
    const thresholds: NonNullable<NonNullable<WrittenPolicy["profiles"]>[string]["thresholds"]> = [];
    if (profile.min_live_ability !== undefined)
      thresholds.push({ metric: "ability", suite: "live", min: profile.min_live_ability });
    if (profile.min_legacy_ability !== undefined)
      thresholds.push({ metric: "ability", suite: "legacy", min: profile.min_legacy_ability });
    if (profile.max_live_p95_seconds !== undefined)
      thresholds.push({ metric: "wallP95Ms", suite: "live", max: profile.max_live_p95_seconds * 1000 });
    if (profile.max_legacy_p95_seconds !== undefined) {
      // Muninn only misses a legacy p95 when the legacy suite is required.
      thresholds.push({
        metric: "wallP95Ms",
        suite: "legacy",
        max: profile.max_legacy_p95_seconds * 1000,
        missing: requireLegacy ? "fail" : "ignore",
      });
    }
    if (profile.min_live_ability_per_vram_gb !== undefined)
      thresholds.push({
        metric: "abilityPerVramGb",
        suite: "live",
        min: profile.min_live_ability_per_vram_gb,
      });
    if (!profile.candidates)
      notes.push(`${where}candidates is absent: every model in the runs is a candidate`);
    const objective = profile.objective ?? {};
    profiles[name] = {
      ...(name in BUILTIN_PROFILES ? {} : { role: `Imported from the Muninn profile ${name}.` }),
      candidates: profile.candidates ?? "all",
      requiredSuites: [...(requireLive ? ["live"] : []), ...(requireLegacy ? ["legacy"] : [])],
      thresholds,
      suiteWeights: {
        live: weight(profile.live_weight, MUNINN_DEFAULTS.liveWeight, `${where}live_weight`, notes),
        legacy: weight(profile.legacy_weight, MUNINN_DEFAULTS.legacyWeight, `${where}legacy_weight`, notes),
      },
      objective: {
        ability: weight(
          objective.ability_weight,
          MUNINN_DEFAULTS.abilityWeight,
          `${where}objective.ability_weight`,
          notes,
        ),
        resourceEfficiency: weight(
          objective.resource_weight,
          MUNINN_DEFAULTS.resourceWeight,
          `${where}objective.resource_weight`,
          notes,
        ),
        latency: weight(
          objective.latency_penalty,
          MUNINN_DEFAULTS.latencyPenalty,
          `${where}objective.latency_penalty`,
          notes,
        ),
        abilityMetric: "checkRate",
        suite: "live",
      },
    };
  }

  const policy: WrittenPolicy = {
    schemaVersion: POLICY_SCHEMA_VERSION,
    name: `muninn${doc.version ? ` ${doc.version}` : ""}`,
    ...(doc.description ? { description: doc.description } : {}),
    governance: {
      ...(alerts?.min_composite_score !== undefined ? { minCompositeScore: alerts.min_composite_score } : {}),
      ...(alerts?.min_score_margin !== undefined ? { minScoreMargin: alerts.min_score_margin } : {}),
      blockingSeverities: severities,
    },
    profiles,
  };
  return { ok: true, value: { policy, notes } };
}
