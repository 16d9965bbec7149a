// Reads a gate report (the JSON a gate policy writes, `options.gate`) leniently into what the report
// shows: per profile the recommendation and each candidate's score and pass/fail with reasons. Fields
// are looked up under the names gate policies use; a shape it cannot read shows nothing, never fails.

/** One candidate of a profile. */
export interface GateCandidateView {
  model: string;
  score?: number;
  passed?: boolean;
  reasons: string[];
}

/** One profile of the gate report. */
export interface GateProfileView {
  id: string;
  description?: string;
  recommendation?: string;
  /** Whether the gate blocked this profile's promotion, when it says. */
  blocked?: boolean;
  /** The pass rate the profile was judged by (`pass@1`, `pass@2`), when the report says. */
  passMetric?: string;
  candidates: GateCandidateView[];
}

/** The parts of a gate report the HTML report shows. */
export interface GateView {
  profiles: GateProfileView[];
  alerts: string[];
}

type Loose = Record<string, unknown>;

function isObject(value: unknown): value is Loose {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function firstString(source: Loose, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = source[name];
    if (typeof value === "string" && value !== "") return value;
    if (isObject(value)) {
      const nested = firstString(value, "model", "name", "id");
      if (nested) return nested;
    }
  }
  return undefined;
}

function firstNumber(source: Loose, ...names: string[]): number | undefined {
  for (const name of names) {
    const value = source[name];
    if (typeof value === "number" && Number.isFinite(value)) return value;
    if (isObject(value)) {
      const nested = firstNumber(value, "value", "score", "total");
      if (nested !== undefined) return nested;
    }
  }
  return undefined;
}

function toList(value: unknown): Loose[] {
  if (Array.isArray(value)) return value.filter(isObject);
  if (isObject(value))
    return Object.entries(value).flatMap(([id, entry]) => (isObject(entry) ? [{ id, ...entry }] : []));
  return [];
}

function reasonsOf(candidate: Loose): string[] {
  const list = candidate.violations ?? candidate.reasons ?? candidate.failures;
  if (!Array.isArray(list)) return [];
  return list.flatMap((v) => {
    if (typeof v === "string") return [v];
    if (!isObject(v)) return [];
    const message = firstString(v, "message", "reason", "text");
    if (message) return [message];
    const metric = firstString(v, "metric", "threshold", "name");
    return metric
      ? [`${metric}: ${String(v.value ?? v.actual ?? "?")} vs limit ${String(v.limit ?? v.expected ?? "?")}`]
      : [];
  });
}

function passedOf(candidate: Loose): boolean | undefined {
  for (const name of ["passed", "pass", "eligible", "ok"]) {
    if (typeof candidate[name] === "boolean") return candidate[name] as boolean;
  }
  const status = candidate.status ?? candidate.verdict;
  if (typeof status === "string") return /^(pass|passed|ok|eligible|promoted)$/i.test(status);
  return undefined;
}

/** Reads a gate report (an object, or its JSON text); undefined when there is none or it has no profiles. */
export function readGateView(gate: unknown): GateView | undefined {
  let doc = gate;
  if (typeof doc === "string") {
    try {
      doc = JSON.parse(doc) as unknown;
    } catch {
      return undefined;
    }
  }
  if (!isObject(doc)) return undefined;
  const profiles = toList(doc.profiles ?? doc.results ?? doc.decisions).map((p) => {
    const blocked = typeof p.blocked === "boolean" ? p.blocked : undefined;
    const passMetric = firstString(p, "passMetric");
    return {
      id: firstString(p, "profile", "id", "name") ?? "profile",
      description: firstString(p, "description", "role"),
      recommendation: firstString(p, "recommendation", "recommended", "promoted", "winner"),
      ...(blocked === undefined ? {} : { blocked }),
      ...(passMetric === undefined ? {} : { passMetric }),
      candidates: toList(p.candidates).map((c) => ({
        model: firstString(c, "model", "candidate", "name", "id") ?? "?",
        score: firstNumber(c, "score", "composite", "compositeScore"),
        passed: passedOf(c),
        reasons: reasonsOf(c),
      })),
    };
  });
  if (profiles.length === 0) return undefined;
  const alerts = toList(doc.alerts).flatMap((a) => {
    const message = firstString(a, "message", "text");
    const severity = firstString(a, "severity", "level");
    return message ? [severity ? `${severity}: ${message}` : message] : [];
  });
  return { profiles, alerts };
}
