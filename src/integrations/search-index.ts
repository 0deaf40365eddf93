import { readFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { searchRecordHtml, type SearchRecord } from '../lib/search';
import { CATALOGUE_BUNDLE, CATALOGUE_RESULT } from '../lib/search-match';

/** Written by src/pages/search-records.json.ts; read, indexed and removed here. */
export const RECORDS_FILE = 'search-records.json';

/**
 * Builds the Pagefind index with the site: one record per passage, so that results are
 * passages ranked by relevance, not pages. Each is given to Pagefind as a small HTML page
 * rather than a custom record, because only HTML can weigh the passage's own words above what
 * the edition adds (notes' readings, names in other languages). The catalogue entries are
 * also indexed apart, for the search page to count them (see CATALOGUE_BUNDLE). Any error
 * Pagefind reports fails the build.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const recordsFile = new URL(RECORDS_FILE, dir);
        const records = JSON.parse(await readFile(recordsFile, 'utf8')) as SearchRecord[];
        const check = (step: string, errors: string[]) => {
          if (errors.length) throw new Error(`Pagefind could not ${step}:\n  - ${errors.join('\n  - ')}`);
        };
        const write = async (bundle: string, chosen: readonly SearchRecord[]) => {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
          check('start', errors);
          for (const record of chosen) {
            check(`index ${record.url}`, (await index!.addHTMLFile({ url: record.url, content: searchRecordHtml(record) })).errors);
          }
          const written = await index!.writeFiles({ outputPath: fileURLToPath(new URL(`${bundle}/`, dir)) });
          check(`write the index ${bundle}/`, written.errors);
        };
        try {
          await write('pagefind', records);
          // Only when the record has catalogue entries: the search page is told so by the same content.
          const catalogue = records.filter((r) => r.meta.result === CATALOGUE_RESULT);
          if (catalogue.length > 0) await write(CATALOGUE_BUNDLE, catalogue);
        } finally {
          await pagefind.close();
        }
        await rm(recordsFile);
        logger.info(`indexed ${records.length} records (passages and catalogue entries), and the catalogue entries apart in ${CATALOGUE_BUNDLE}/`);
      },
    },
  };
}
