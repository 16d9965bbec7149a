// Interface as in plebdev-bench's calculator-stateful test, so its answers can be re-scored. Its prompts
// were silent about divide(0); among its answers Infinity was more common than throwing (about 37 to 29),
// so the informed prompt states Infinity and one check holds it.
import { createCalculator } from "./solution";

describe("createCalculator", () => {
  it("starts with a total of 0 and memory 0", () => {
    const calc = createCalculator();
    expect(calc.result()).toBe(0);
    expect(calc.memoryRecall()).toBe(0);
  });

  it("makes independent calculators", () => {
    const first = createCalculator();
    first.add(3).memoryStore();
    const second = createCalculator();
    expect(second.result()).toBe(0);
    expect(second.memoryRecall()).toBe(0);
    second.add(10);
    expect(first.result()).toBe(3);
  });
});

describe("operations", () => {
  it("add changes the running total", () => {
    const calc = createCalculator();
    calc.add(5);
    expect(calc.result()).toBe(5);
    calc.add(2.5);
    expect(calc.result()).toBe(7.5);
  });

  it("subtract takes from the running total", () => {
    const calc = createCalculator();
    calc.add(5);
    calc.subtract(8);
    expect(calc.result()).toBe(-3);
  });

  it("multiply and divide apply to the running total", () => {
    const calc = createCalculator();
    calc.add(2);
    calc.multiply(4);
    expect(calc.result()).toBe(8);
    calc.divide(16);
    expect(calc.result()).toBe(0.5);
  });

  it("chains every operation", () => {
    expect(createCalculator().add(10).subtract(3).result()).toBe(7);
    expect(createCalculator().add(5).subtract(3).multiply(4).divide(2).result()).toBe(4);
  });

  it("clear resets the total and chains", () => {
    const calc = createCalculator();
    expect(calc.add(5).clear().add(2).result()).toBe(2);
    calc.clear();
    expect(calc.result()).toBe(0);
  });

  it("divide by zero gives Infinity instead of throwing", () => {
    const calc = createCalculator();
    expect(() => calc.add(5).divide(0)).not.toThrow();
    expect(calc.result()).toBe(Infinity);
    expect(calc.clear().add(1).result()).toBe(1);
  });
});

describe("memory", () => {
  it("memoryStore copies the total into memory and leaves the total alone", () => {
    const calc = createCalculator();
    calc.add(10).memoryStore();
    expect(calc.memoryRecall()).toBe(10);
    expect(calc.result()).toBe(10);
  });

  it("memoryStore replaces what memory held", () => {
    const calc = createCalculator();
    calc.add(10).memoryStore().clear().add(4).memoryStore();
    expect(calc.memoryRecall()).toBe(4);
  });

  it("clear keeps memory", () => {
    const calc = createCalculator();
    calc.add(10).memoryStore().clear();
    expect(calc.result()).toBe(0);
    expect(calc.memoryRecall()).toBe(10);
  });

  it("memoryAdd adds the total to memory and leaves the total alone", () => {
    const calc = createCalculator();
    calc.add(10).memoryStore().clear().add(5).memoryAdd();
    expect(calc.memoryRecall()).toBe(15);
    expect(calc.result()).toBe(5);
  });

  it("memoryAdd works from empty memory", () => {
    const calc = createCalculator();
    calc.add(7).memoryAdd().memoryAdd();
    expect(calc.memoryRecall()).toBe(14);
    expect(calc.result()).toBe(7);
  });

  it("memoryClear sets memory to 0 and leaves the total alone", () => {
    const calc = createCalculator();
    calc.add(9).memoryStore().add(1).memoryClear();
    expect(calc.memoryRecall()).toBe(0);
    expect(calc.result()).toBe(10);
  });

  it("memoryRecall changes neither memory nor the total", () => {
    const calc = createCalculator();
    calc.add(5).memoryStore().clear().add(2);
    expect(calc.memoryRecall()).toBe(5);
    expect(calc.memoryRecall()).toBe(5);
    expect(calc.result()).toBe(2);
  });

  it("memory methods chain with operations", () => {
    const calc = createCalculator();
    const total = calc.clear().add(100).divide(4).memoryStore().multiply(2).result();
    expect(total).toBe(50);
    expect(calc.memoryRecall()).toBe(25);
    expect(calc.memoryClear().add(1).memoryAdd().memoryAdd().result()).toBe(51);
    expect(calc.memoryRecall()).toBe(102);
  });
});
