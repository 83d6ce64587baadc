import { Fragment } from 'react';

const entities: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

function unescape(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => entities[entity] ?? entity);
}

/** Splits a highlight on its <mark> tags into plain-text pieces, each marked or not. */
function segments(html: string): { text: string; marked: boolean }[] {
  const pieces: { text: string; marked: boolean }[] = [];
  let marked = false;
  for (const part of html.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>' || part === '</mark>') {
      marked = part === '<mark>';
    } else if (part !== '') {
      pieces.push({ text: unescape(part), marked });
    }
  }
  return pieces;
}

/**
 * Shows a server highlight: HTML-escaped text where only <mark>…</mark> is markup. The tags become
 * <mark> elements and everything else stays text, so nothing in a business's own words can inject markup.
 */
export function Highlighted({ html }: { html: string }) {
  return (
    <>
      {segments(html).map((piece, index) =>
        piece.marked ? <mark key={index}>{piece.text}</mark> : <Fragment key={index}>{piece.text}</Fragment>,
      )}
    </>
  );
}
