// npm run check:content: every check the build makes on content/, without building pages.
// Exits 1 when anything cannot be published (in CI, also when a placeholder is left).
import { checkContent } from '../src/loaders/content-check';
import { countPassages } from '../src/lib/documents';

const contentDir = process.env.CONTENT_DIR ?? 'content';
const strict = Boolean(process.env.CI);
const started = performance.now();
const { errors, drafts, edition, crossReferencesChecked } = checkContent(contentDir, { strict });
const took = `${Math.round(performance.now() - started)} ms`;

for (const draft of drafts) console.warn(draft.message.replace('cannot be published', 'is a draft: fill in what the scaffolder left (CI fails until then)'));
if (errors.length) {
  const count = errors.reduce((n, e) => n + e.problems.length, 0);
  console.error(`${errors.map((e) => e.message).join('\n')}\n\n${count} problem${count === 1 ? '' : 's'} in ${errors.length} file${errors.length === 1 ? '' : 's'} (${took}). Fix each file and line named above.${crossReferencesChecked ? '' : ' References to passages are checked once every document can be read.'}`);
  process.exit(1);
}
console.log(`${contentDir}: ${edition.record.length} documents in the record, ${edition.documents.length} with their text; ${countPassages(edition.documents)} passages, each matching its source; every reference resolves (${took}).${drafts.length ? ` ${drafts.length} draft${drafts.length === 1 ? '' : 's'} to finish.` : ''}`);
