/**
 * The addressable blocks of a rendered report: headings and paragraphs with the ids that
 * rehype-block-anchors gave them. Concordances, section maps, contents lists and the search
 * benchmark all read blocks from here, so they agree with the page on every anchor.
 */
export interface Block {
  kind: 'heading' | 'paragraph';
  /** 2–6 for headings, 0 for paragraphs. */
  level: number;
  id: string;
  /** Plain text as the reader sees it (entities decoded, controls removed). */
  text: string;
}

const BLOCK = /<(h[2-6]|p) id="([^"]+)"[^>]*>([\s\S]*?)<\/\1>/g;
const CONTROLS = /<span class="anchor-tools"[\s\S]*?<\/button><\/span>|<a class="para-link"[\s\S]*?<\/a>/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

export function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e] ?? m;
  });
}

export const htmlToText = (html: string) => decodeEntities(html.replace(CONTROLS, '').replace(/<[^>]+>/g, ''));

export function blocksFromHtml(html: string): Block[] {
  const blocks: Block[] = [];
  for (const [, tag, id, inner] of html.matchAll(BLOCK)) {
    const heading = tag[0] === 'h';
    blocks.push({ kind: heading ? 'heading' : 'paragraph', level: heading ? Number(tag[1]) : 0, id, text: htmlToText(inner).trim() });
  }
  return blocks;
}
