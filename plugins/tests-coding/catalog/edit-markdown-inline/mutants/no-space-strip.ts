// Renders inline Markdown (code, bold, italic) to HTML for chat messages.
function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function renderEmphasis(text: string): string {
  let html = escapeHtml(text);
  html = html.replace(/\\\*/g, "\u0000");
  html = html.replace(/\*\*(?=\S)(.+?)(?<=\S)\*\*/g, "<strong>$1</strong>");
  html = html.replace(/\*(?=\S)(.+?)(?<=\S)\*/g, "<em>$1</em>");
  return html.replace(/\u0000/g, "*");
}

export function renderInline(markdown: string): string {
  let html = "";
  let rest = markdown;
  while (rest.length > 0) {
    const open = /`+/.exec(rest);
    if (!open) break;
    const fence = open[0];
    const close = rest.indexOf(fence, open.index + fence.length);
    let closeAt = close;
    while (closeAt !== -1 && rest[closeAt + fence.length] === "`") {
      closeAt = rest.indexOf(fence, closeAt + fence.length + 1);
    }
    if (closeAt === -1) {
      html += renderEmphasis(rest.slice(0, open.index + fence.length));
      rest = rest.slice(open.index + fence.length);
      continue;
    }
    html += renderEmphasis(rest.slice(0, open.index));
    const code = rest.slice(open.index + fence.length, closeAt);
    html += `<code>${escapeHtml(code)}</code>`;
    rest = rest.slice(closeAt + fence.length);
  }
  return html + renderEmphasis(rest);
}
