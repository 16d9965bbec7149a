export declare function escapeHtml(text: string): string;
export declare function unescapeHtml(html: string): string;
