/**
 * Reading a TEI file back in the tests, with no TEI library: the inner XML of each passage's
 * div, and its two readings (the text's, through every sic; the editors', through every corr).
 */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
export const unescape = (xml: string) =>
  xml.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) =>
    e.startsWith('#x') || e.startsWith('#X') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : ENTITIES[e]!,
  );

/** The inner XML of each passage's div, by passage id (a passage's div holds no div). */
export function passageDivs(xml: string): Map<string, string> {
  const divs = new Map<string, string>();
  // The innermost divs: a div holding no div.
  for (const m of xml.matchAll(/<div\b([^>]*)>((?:(?!<div\b)[\s\S])*?)<\/div>/g)) {
    const type = /\btype="([^"]*)"/.exec(m[1]!)?.[1];
    const id = /\bxml:id="([^"]*)"/.exec(m[1]!)?.[1];
    if (type !== 'section' && id) divs.set(id, m[2]!);
  }
  return divs;
}

export const paragraphsOf = (div: string) => [...div.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => m[1]!);
const dropElements = (xml: string, tags: string[]) => tags.reduce((s, tag) => s.replace(new RegExp(`<${tag}\\b[^>]*>[\\s\\S]*?</${tag}>`, 'g'), ''), xml);
const plain = (xml: string) => unescape(xml.replace(/<[^>]+>/g, ''));
/** The text as the source gives it: the sic of every choice, no editorial note. */
export const sicBranch = (div: string) => paragraphsOf(div).map((p) => plain(dropElements(p, ['corr', 'note']))).join('\n\n');
/** The text as the editors correct it: the corr of every choice, no editorial note. */
export const corrBranch = (div: string) => paragraphsOf(div).map((p) => plain(dropElements(p, ['sic', 'note']))).join('\n\n');

export const xmlIds = (xml: string) => [...xml.matchAll(/\bxml:id="([^"]*)"/g)].map((m) => m[1]!);
