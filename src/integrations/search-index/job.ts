import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { searchRecordHtml, searchRecords, type SearchRecord } from '../../lib/search';
import { CATALOGUE_BUNDLE, CATALOGUE_RESULT } from '../../lib/search-match';
import { checkContent } from '../../loaders/content-check';

export interface SearchIndexJob {
  contentDir: string;
  /** As the build: in CI, placeholders are errors. */
  strict: boolean;
  /** Where the bundles are written, to be moved into the site when its pages are. */
  stagingDir: string;
}

export interface SearchIndexResult {
  /** The bundles written, as folder names under stagingDir and in the site. */
  bundles: string[];
  records: number;
  catalogue: number;
}

const check = (step: string, errors: string[]) => {
  if (errors.length) throw new Error(`Pagefind could not ${step}:\n  - ${errors.join('\n  - ')}`);
};

/**
 * Builds the Pagefind index from the edition, read as `npm run check:content` reads it (the
 * same readers as the build's loaders), so that Pagefind indexes while Astro renders pages:
 * one record per passage, so that results are passages ranked by relevance, not pages. Each
 * is given to Pagefind as a small HTML page rather than a custom record, because only HTML
 * can weigh the passage's own words above what the edition adds (notes' readings, names in
 * other languages). The catalogue entries are also indexed apart, for the search page to
 * count them (see CATALOGUE_BUNDLE). Any error Pagefind reports fails the build.
 */
export async function run({ contentDir, strict, stagingDir }: SearchIndexJob): Promise<SearchIndexResult> {
  const { errors, edition } = checkContent(contentDir, { strict });
  // The build reports these itself, naming each file and line; the index waits for a clean edition.
  if (errors.length) throw new Error(`the content has ${errors.length} file(s) with problems; the build names them`);
  const records = searchRecords(edition);
  await rm(stagingDir, { recursive: true, force: true });
  const write = async (bundle: string, chosen: readonly SearchRecord[]) => {
    const { index, errors: started } = await pagefind.createIndex({ forceLanguage: 'en' });
    check('start', started);
    // Handed over together: Pagefind's service takes them as they come.
    const added = await Promise.all(chosen.map((record) => index!.addHTMLFile({ url: record.url, content: searchRecordHtml(record) })));
    added.forEach((result, i) => check(`index ${chosen[i]!.url}`, result.errors));
    const written = await index!.writeFiles({ outputPath: join(stagingDir, bundle) });
    check(`write the index ${bundle}/`, written.errors);
  };
  const catalogue = records.filter((r) => r.meta.result === CATALOGUE_RESULT);
  try {
    await write('pagefind', records);
    // Only when the record has catalogue entries: the search page is told so by the same content.
    if (catalogue.length > 0) await write(CATALOGUE_BUNDLE, catalogue);
  } finally {
    await pagefind.close();
  }
  return { bundles: catalogue.length > 0 ? ['pagefind', CATALOGUE_BUNDLE] : ['pagefind'], records: records.length, catalogue: catalogue.length };
}
