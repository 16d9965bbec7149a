// Escapes text for HTML element content and attribute values.
const ENTITIES: [string, string][] = [
  ["&", "&amp;"],
  ["<", "&lt;"],
  [">", "&gt;"],
  ['"', "&quot;"],
];

export function escapeHtml(text: string): string {
  let out = text;
  for (const [char, entity] of ENTITIES) out = out.split(char).join(entity);
  return out;
}

export function unescapeHtml(html: string): string {
  let out = html;
  for (const [char, entity] of [...ENTITIES].reverse()) out = out.split(entity).join(char);
  return out;
}
