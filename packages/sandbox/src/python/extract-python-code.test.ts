// extractPythonCode on the shapes real answers take.
import { describe, expect, it } from "vitest";
import { extractPythonCode } from "./extract-python-code.js";

describe("extractPythonCode", () => {
  it("takes a ```python block", () => {
    const result = extractPythonCode("Here:\n\n```python\ndef add(a, b):\n    return a + b\n```\nDone.", [
      "add",
    ]);
    expect(result).toMatchObject({ ok: true, code: "def add(a, b):\n    return a + b\n", source: "fenced" });
  });

  it("prefers the block defining the required names over a usage example", () => {
    const answer =
      "```python\nfrom solution import add\nprint(add(1, 2))\n```\n\n```py\ndef add(a, b):\n    return a + b\n```";
    const result = extractPythonCode(answer, ["add"]);
    expect(result.ok && result.code).toBe("def add(a, b):\n    return a + b\n");
  });

  it("joins a block that adds a missing name without redefining any", () => {
    const answer =
      "```python\ndef add(a, b):\n    return a + b\n```\n\n```python\ndef sub(a, b):\n    return a - b\n```";
    const result = extractPythonCode(answer, ["add", "sub"]);
    expect(result).toMatchObject({ ok: true, selectedBlocks: 2, missingExports: [] });
  });

  it("ignores reasoning and blocks of other languages", () => {
    const answer =
      "<think>```python\ndef add(a, b): return 0\n```</think>```bash\nls\n```\n```python\ndef add(a, b):\n    return a + b\n```";
    const result = extractPythonCode(answer, ["add"]);
    expect(result.ok && result.code).toBe("def add(a, b):\n    return a + b\n");
  });

  it("accepts unfenced code and stops at the prose after it", () => {
    const answer = "Sure.\nimport math\n\ndef area(r):\n    return math.pi * r * r\nThis computes the area.";
    const result = extractPythonCode(answer, ["area"]);
    expect(result).toMatchObject({
      ok: true,
      source: "unfenced",
      code: "import math\n\ndef area(r):\n    return math.pi * r * r\n",
    });
  });

  it("refuses prose and empty answers", () => {
    expect(extractPythonCode("I cannot help with that.", ["add"])).toMatchObject({
      ok: false,
      type: "no_code",
    });
    expect(extractPythonCode("  ", ["add"])).toMatchObject({ ok: false, type: "empty_answer" });
  });
});
