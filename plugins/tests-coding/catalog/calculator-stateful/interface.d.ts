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

export declare function createCalculator(): Calculator;
