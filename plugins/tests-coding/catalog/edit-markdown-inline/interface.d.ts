export declare function renderInline(markdown: string): string;
