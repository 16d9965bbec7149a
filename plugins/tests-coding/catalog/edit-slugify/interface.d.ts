export declare function slugify(title: string, maxLength?: number): string;
