/*
 * The HTML part of every e-mail, made from its plain text (templates.ts writes text only, one
 * wording to review): paragraphs on blank lines, line breaks kept, web addresses as links, every
 * character of the text escaped so nothing in it (a pupil's or a host's words) becomes markup.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (text: string) => text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
const URL_PATTERN = /https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)»]/g;

export function textToHtml(text: string, subject: string): string {
  const paragraphs = text
    .trim()
    .split(/\n{2,}/)
    .map((paragraph) => {
      const escaped = escape(paragraph).replace(URL_PATTERN, (url) => `<a href="${url}">${url}</a>`);
      return `<p>${escaped.replaceAll('\n', '<br>\n')}</p>`;
    });
  return `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><title>${escape(subject)}</title></head>
<body style="font-family: Marianne, Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #161616; max-width: 40em">
${paragraphs.join('\n')}
</body>
</html>`;
}
