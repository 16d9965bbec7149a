// Measures the catalog's spec strength: every reference must pass every check and the type check
// against its declared interface, and every mutant (a plausible buggy variant) must fail at least one
// check. `benchloop tests check` prints this report.
import type { SandboxCheck, SandboxFailureType, SandboxPool } from "@benchloop/sandbox";
import { type CatalogSpread, summarizeCatalog } from "./catalog-spread.js";
import { checkFormats, type FormatOutcome } from "./check-formats.js";
import type { CodingTest } from "./coding-test.js";
import { loadCatalog } from "./load-catalog.js";

/** What running one module against a test's spec found. */
export interface ModuleOutcome {
  /** Checks that passed, of `total`. */
  passed: number;
  total: number;
  /** Names and errors of the failed checks. */
  failedChecks: { name: string; error?: string }[];
  /** Why the module did not load or was stopped, when it was. */
  failure?: { type: SandboxFailureType; message: string };
}

/** The spec strength of one test. */
export interface TestStrength {
  id: string;
  version: number;
  /** The reference's outcome; `passRate` must be 1 and (TypeScript) the type check against `interface.d.ts` must pass. */
  reference: ModuleOutcome & { passRate: number; typeCheck?: SandboxCheck };
  /** Mutants the spec failed (killed), of all mutants, and the names of those it let pass. */
  mutants: {
    killed: number;
    total: number;
    survivors: string[];
    outcomes: (ModuleOutcome & { name: string })[];
  };
  /** Format mutants (`formats/*.ts`), which must pass as blind answers, and the names of those that did not. */
  formats: { passed: number; total: number; failures: string[]; outcomes: FormatOutcome[] };
  /** True when the reference passes every check and its type check, every mutant is killed and every format mutant passes. */
  ok: boolean;
}

/** The spec strength of every test checked. */
export interface CatalogCheckReport {
  ok: boolean;
  tests: TestStrength[];
  /** Size and spread (difficulty level, language, kind) of the tests checked. */
  spread: CatalogSpread;
}

/** Options of {@link checkCatalog}. */
export interface CheckCatalogOptions {
  /** Tests to check (default: the whole shipped catalog). */
  tests?: CodingTest[];
  signal?: AbortSignal;
}

/** Runs every reference and every mutant of the catalog through the sandbox and reports spec strength. */
export async function checkCatalog(
  pool: SandboxPool,
  options: CheckCatalogOptions = {},
): Promise<CatalogCheckReport> {
  const tests = options.tests ?? (await loadCatalog());
  const run = (test: CodingTest, source: string, typeCheck = false) =>
    runModule(pool, test, source, typeCheck, options.signal);
  const strengths = await Promise.all(
    tests.map(async (test): Promise<TestStrength> => {
      const formatsRun = checkFormats(pool, test, options.signal);
      const [reference, ...mutantOutcomes] = await Promise.all([
        run(test, test.reference, true),
        ...test.mutants.map((mutant) => run(test, mutant.source)),
      ]);
      const formatOutcomes = await formatsRun;
      const formatFailures = formatOutcomes
        .filter((outcome) => !outcome.passed)
        .map((outcome) => outcome.name);
      const outcomes = test.mutants.map((mutant, index) => ({
        name: mutant.name,
        ...(mutantOutcomes[index] as ModuleOutcome),
      }));
      const survivors = outcomes.filter((outcome) => isSurvivor(outcome)).map((outcome) => outcome.name);
      const referenceOutcome = reference as ModuleOutcome & { typeCheck?: SandboxCheck };
      const passRate = referenceOutcome.total === 0 ? 0 : referenceOutcome.passed / referenceOutcome.total;
      return {
        id: test.id,
        version: test.version,
        reference: { ...referenceOutcome, passRate },
        mutants: { killed: outcomes.length - survivors.length, total: outcomes.length, survivors, outcomes },
        formats: {
          passed: formatOutcomes.length - formatFailures.length,
          total: formatOutcomes.length,
          failures: formatFailures,
          outcomes: formatOutcomes,
        },
        ok:
          formatFailures.length === 0 &&
          passRate === 1 &&
          !referenceOutcome.failure &&
          (test.language === "python" || referenceOutcome.typeCheck?.passed === true) &&
          survivors.length === 0,
      };
    }),
  );
  return {
    ok: strengths.every((strength) => strength.ok),
    tests: strengths,
    spread: summarizeCatalog(tests),
  };
}

/** A mutant survives when it loads and passes every check. */
function isSurvivor(outcome: ModuleOutcome): boolean {
  return !outcome.failure && outcome.total > 0 && outcome.passed === outcome.total;
}

async function runModule(
  pool: SandboxPool,
  test: CodingTest,
  source: string,
  typeCheck: boolean,
  signal: AbortSignal | undefined,
): Promise<ModuleOutcome & { typeCheck?: SandboxCheck }> {
  const result = await pool.run(
    test.language === "python"
      ? { solutionSource: source, solutionLanguage: "python", specSource: test.spec, exports: test.exports }
      : {
          solutionSource: source,
          solutionLanguage: test.language,
          specSource: test.spec,
          exports: test.exports,
          ...(typeCheck ? { interfaceSource: test.interfaceSource } : {}),
        },
    signal ? { signal } : undefined,
  );
  const failed = result.checks.filter((check) => !check.passed);
  return {
    passed: result.checks.length - failed.length,
    total: result.checks.length,
    failedChecks: failed.map((check) =>
      check.error === undefined ? { name: check.name } : { name: check.name, error: check.error },
    ),
    ...(result.failure ? { failure: result.failure } : {}),
    ...(result.typeCheck ? { typeCheck: result.typeCheck } : {}),
  };
}
