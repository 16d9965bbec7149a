export declare function isLeapYear(year: number): boolean;
export declare function addMonths(date: string, months: number): string;
