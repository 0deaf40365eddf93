// npm run new-document -- --source <file in content/sources/> --id <doc-id> --kind <kind>
//   --title "<title>" --date YYYY-MM-DD --place "<name>, <country>" --translation none|official|machine
//   [--source-date YYYY-MM-DD]
// Writes content/documents/<doc-id>.mdx from the source text, then checks it as the build would.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { isCalendarDate } from '../src/lib/dates';
import { translationIds, type Translation } from '../src/lib/kinds';
import { ID_PATTERN } from '../src/lib/passages';
import { readDocumentFile, readKinds } from '../src/loaders/read-documents';
import { scaffoldDocument } from '../src/lib/scaffold';
import { parseSourceText } from '../src/lib/sources';

const contentDir = process.env.CONTENT_DIR ?? 'content';
const USAGE = `npm run new-document -- --source <file in ${contentDir}/sources/> --id <YYYY-MM-DD-name> --kind <kind> --title "<title>" --date YYYY-MM-DD --place "<name>, <country>" --translation ${translationIds.join('|')} [--source-date YYYY-MM-DD]`;

function fail(message: string): never {
  console.error(`new-document: ${message}\n\nUsage: ${USAGE}`);
  process.exit(1);
}

const { values } = parseArgs({
  options: {
    source: { type: 'string' },
    id: { type: 'string' },
    kind: { type: 'string' },
    title: { type: 'string' },
    date: { type: 'string' },
    place: { type: 'string' },
    translation: { type: 'string' },
    'source-date': { type: 'string' },
  },
  strict: true,
});

const missing = ['source', 'id', 'kind', 'title', 'date', 'place', 'translation'].filter((k) => !values[k as keyof typeof values]);
if (missing.length) fail(`give ${missing.map((k) => `--${k}`).join(', ')}`);
const { source: sourceFile, id, kind: kindId, title, date, place, translation } = values as Required<typeof values>;

if (!ID_PATTERN.test(id!)) fail(`--id "${id}": an id is lower-case letters and digits joined by hyphens, e.g. 2024-07-03-astana-talks`);
if (!isCalendarDate(date!)) fail(`--date "${date}": a day that exists, written YYYY-MM-DD`);
if (!translationIds.includes(translation as Translation)) fail(`--translation "${translation}": one of ${translationIds.join(', ')}`);
const comma = place!.lastIndexOf(',');
if (comma < 1) fail(`--place "${place}": write "<name>, <country>", e.g. "Astana, Kazakhstan"`);

const { kinds } = readKinds(contentDir);
const kind = kinds.get(kindId!);
if (!kind) fail(`--kind "${kindId}": kinds are the files in ${contentDir}/kinds/: ${[...kinds.keys()].join(', ')}. A new kind is a new file there.`);

const sourcePath = join(contentDir, 'sources', sourceFile!);
if (!existsSync(sourcePath)) fail(`--source: ${sourcePath} does not exist; put the text there first, as received`);
const source = parseSourceText(readFileSync(sourcePath, 'utf8'));
const sourceDate = values['source-date'] ?? source.date;
if (!sourceDate) fail(`${sourcePath} has no " date YYYY-MM-DD" line: give the date the copy carries as --source-date`);
if (!isCalendarDate(sourceDate)) fail(`--source-date "${sourceDate}": a day that exists, written YYYY-MM-DD`);
if (source.paragraphs.length === 0) fail(`${sourcePath} has no text`);

const file = join(contentDir, 'documents', `${id}.mdx`);
if (existsSync(file)) fail(`${file} exists: the scaffolder never overwrites a document. Edit it, or choose another --id.`);

const text = scaffoldDocument({
  id: id!,
  kind,
  title: title!,
  date: date!,
  place: { name: place!.slice(0, comma).trim(), country: place!.slice(comma + 1).trim() },
  sourceFile: sourceFile!,
  source,
  translation: translation as Translation,
  sourceDate,
});

// Check before writing: the scaffold must read back as the source, or nothing is written.
const check = readDocumentFile({ id: id!, file, raw: text, contentDir, kinds });
if (check.problems.length) {
  fail(`the scaffold does not read back as the source (please report this):\n${check.problems.map((p) => `  - line ${p.line}: ${p.message}`).join('\n')}`);
}
writeFileSync(file, text);
const counts = new Map<string, number>();
for (const p of check.document?.passages ?? []) counts.set(p.kind, (counts.get(p.kind) ?? 0) + 1);
console.log(`Wrote ${file}: ${[...counts].map(([k, n]) => `${n} ${k}${n === 1 ? '' : 's'}`).join(', ')}, matching ${sourcePath} paragraph for paragraph.

Fill in the ${check.placeholders.length} places marked TODO:
${check.placeholders.map((p) => `  - ${file}:${p.line}: ${p.message}`).join('\n')}

Then check the passages' kinds and ids (a closing, the signatures, sections), run \`npm run check:content\`, and build.`);
