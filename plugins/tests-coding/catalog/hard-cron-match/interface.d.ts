export declare function cronMatches(expression: string, date: Date): boolean;
