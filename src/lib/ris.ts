import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import type { CslItem } from './csl';

/**
 * RIS, the tagged format EndNote, Zotero, Mendeley and most reference managers import: a
 * document and each of its passages as records made from the same CSL-JSON item as every
 * other citation. Citation.js's RIS plugin maps the item to tags (TY, AU, DA, PY, TI, UR…);
 * the lines are written here, as the plugin writes them but for the fixes below.
 */

/** The plugin ends lines with LF and so does this file; RIS readers accept LF as well as CRLF. */
export const EOL = '\n';

type RisTags = Record<string, string | number | (string | number)[] | undefined>;

/** src/types/citation-libraries.d.ts types the formats citations.ts uses; the plugin's 'object' output is one tag map per record. */
type RisCite = { format(format: 'ris', options: { format: 'object' }): RisTags[] };

/** One RIS record, from "TY  - " to "ER  - ". */
export function risRecord(item: CslItem): string {
  const [tags] = (new Cite(item) as unknown as RisCite).format('ris', { format: 'object' });
  if (!tags?.TY) throw new Error(`Citation.js made no RIS record of ${item.id}`);

  // The plugin maps a CSL webpage's T2 and M3 from collection-title and medium, so it drops
  // the item's container-title (the edition) and genre ("Joint statement, English machine
  // translation"). T2 and M3 are where RIS readers look for a web page's site and its type.
  if (tags.T2 === undefined && item['container-title']) tags.T2 = item['container-title'];
  if (tags.M3 === undefined && item.genre) tags.M3 = item.genre;

  // The plugin writes the CSL id cut to 20 characters ("2023-05-17-joint-sta"): the same for
  // every passage of a document, and not a valid RIS reference ID (which allows only A–Z and
  // 0–9). The permalink in UR identifies the record; ID is optional.
  delete tags.ID;

  const lines = [`TY  - ${tags.TY}`];
  for (const [tag, value] of Object.entries(tags)) {
    if (tag === 'TY' || value === undefined) continue;
    // One line per value. The plugin's text output breaks values every 70 characters, which
    // RIS allows but readers undo by joining with a space: the permalink would come back as
    // "…/2023-05-17-joint-statement/ clause-2/". No line breaks inside a value either.
    for (const v of [value].flat()) lines.push(`${tag}  - ${String(v).replace(/\s*[\r\n]+\s*/g, ' ')}`);
  }
  lines.push('ER  - ');
  return lines.join(EOL);
}
