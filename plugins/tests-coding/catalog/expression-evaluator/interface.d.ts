export declare function evaluate(expression: string, variables?: Record<string, number>): number;
