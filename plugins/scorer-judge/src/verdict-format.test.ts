import { describe, expect, it } from "vitest";
import { parseRubric } from "./rubric.js";
import { parseVerdict, toVerdictJsonSchema } from "./verdict-format.js";

const criteria = parseRubric("- Correctness (weight 3): right.\n- Style (weight 1): tidy.");

describe("toVerdictJsonSchema", () => {
  it("requires reasoning and an integer 0..10 per criterion, nothing else", () => {
    expect(toVerdictJsonSchema(criteria)).toEqual({
      type: "object",
      properties: {
        reasoning: { type: "string" },
        scores: {
          type: "object",
          properties: {
            correctness: { type: "integer", minimum: 0, maximum: 10 },
            style: { type: "integer", minimum: 0, maximum: 10 },
          },
          required: ["correctness", "style"],
          additionalProperties: false,
        },
      },
      required: ["reasoning", "scores"],
      additionalProperties: false,
    });
  });
});

describe("parseVerdict", () => {
  it("normalises scores to 0..1 and weights the overall score", () => {
    const parsed = parseVerdict('{"reasoning":" ok ","scores":{"correctness":10,"style":2}}', criteria);
    expect(parsed).toEqual({
      ok: true,
      reasoning: "ok",
      criteria: [
        { name: "Correctness", weight: 3, score: 1 },
        { name: "Style", weight: 1, score: 0.2 },
      ],
      score: 0.8,
    });
  });

  it("reads JSON in a fence from servers that ignore the schema", () => {
    expect(
      parseVerdict('```json\n{"reasoning":"","scores":{"correctness":5,"style":5}}\n```', criteria).ok,
    ).toBe(true);
  });

  const failures: [string, string, RegExp][] = [
    ["not JSON", "Great answer, 9/10", /is not JSON: Great answer, 9\/10/],
    ["an array", "[1,2]", /not a JSON object/],
    ["no scores", '{"reasoning":"x"}', /no "scores" object/],
    ["a missing criterion", '{"scores":{"correctness":5}}', /"style" is missing/],
    ["a string score", '{"scores":{"correctness":"9","style":1}}', /"correctness" is "9"/],
    ["a negative score", '{"scores":{"correctness":-1,"style":1}}', /"correctness" is -1, outside 0..10/],
    ["an empty reply", "", /is not JSON: \(empty\)/],
  ];
  for (const [situation, text, error] of failures) {
    it(`reports ${situation} as unreadable`, () => {
      const parsed = parseVerdict(text, criteria);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.error).toMatch(error);
    });
  }
});
