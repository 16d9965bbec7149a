export interface Calculator {
  add(n: number): Calculator;
  subtract(n: number): Calculator;
  multiply(n: number): Calculator;
  divide(n: number): Calculator;
  clear(): Calculator;
  result(): number;
  memoryStore(): Calculator;
  memoryRecall(): number;
  memoryClear(): Calculator;
  memoryAdd(): Calculator;
}

export function createCalculator(): Calculator {
  let total = 0;
  let memory = 0;

  const calculator: Calculator = {
    add(n) {
      total += n;
      return calculator;
    },
    subtract(n) {
      total -= n;
      return calculator;
    },
    multiply(n) {
      total *= n;
      return calculator;
    },
    divide(n) {
      if (n === 0) throw new Error("Cannot divide by zero");
      total /= n;
      return calculator;
    },
    clear() {
      total = 0;
      return calculator;
    },
    result() {
      return total;
    },
    memoryStore() {
      memory = total;
      return calculator;
    },
    memoryRecall() {
      return memory;
    },
    memoryClear() {
      memory = 0;
      return calculator;
    },
    memoryAdd() {
      memory += total;
      return calculator;
    },
  };
  return calculator;
}
