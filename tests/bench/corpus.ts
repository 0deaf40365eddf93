// A deterministic synthetic corpus in the project's own content format, for the scale
// benchmark: N documents of about 50 passages each, with their source texts, themes,
// events, relations and a glossary, all of which pass the build's checks.
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: a small seeded generator, so that a corpus is the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = ['The two sides', 'China', 'Kazakhstan', 'The two heads of state', 'The Chinese side', 'The Kazakh side', 'Both governments'];
const VERBS = ['agreed to strengthen', 'will further expand', 'reaffirmed their support for', 'spoke highly of', 'are willing to deepen', 'will jointly promote', 'welcomed progress in', 'agreed to study'];
const OBJECTS = [
  'cooperation in energy and mining', 'trade and investment', 'the Trans-Caspian route', 'exchanges between young people',
  'the protection of transboundary rivers', 'agricultural trade and food security', 'cooperation within the United Nations',
  'new flights between their capitals', 'the digital economy and cross-border e-commerce', 'railway ports and logistics hubs',
  'joint research in traditional medicine', 'the work of the cultural centres', 'the Luban Workshop', 'financial services in Astana',
  'the Belt and Road', 'security cooperation against terrorism', 'tourism between the two countries', 'green and low-carbon development',
];
const TAILS = ['', ' in the coming years', ' on the basis of mutual benefit', ' at an early date', ' under the intergovernmental committee', ' in line with their development strategies'];
const GLOSSARY: [string, string, string[]][] = [
  ['united-nations', 'organisation', ['United Nations']],
  ['luban-workshop', 'programme', ['Luban Workshop']],
  ['belt-and-road', 'programme', ['Belt and Road']],
  ['trans-caspian-route', 'programme', ['Trans-Caspian route']],
  ['astana', 'place', ['Astana']],
];
export const THEMES = [
  'political-trust', 'sovereignty-security', 'belt-and-road', 'trade-investment', 'energy', 'transport-connectivity', 'finance',
  'agriculture', 'culture-education-tourism', 'water', 'health-biosecurity', 'multilateral', 'digital-cyber', 'people-to-people', 'visit-protocol',
];
export const PASSAGES_PER_DOCUMENT = 50;
/** What every synthetic note reads: editEdition changes the first one. */
const NOTE_READING = 'The words name the two parties.';

export interface Corpus {
  dir: string;
  documents: number;
  passages: number;
  events: number;
  relations: number;
}

/**
 * Writes a corpus of `count` documents into `dir` (emptied first) and says what it holds. Fewer
 * passages a document make a small corpus with as many documents, events and years: what the
 * overview tests need, at a fraction of the build.
 */
export function writeCorpus(dir: string, count: number, themesFrom: string, passagesPerDocument = PASSAGES_PER_DOCUMENT): Corpus {
  if (passagesPerDocument < 3) throw new Error('a synthetic document needs at least 3 passages');
  rmSync(dir, { recursive: true, force: true });
  for (const sub of ['documents', 'sources', 'events', 'relations', 'glossary', 'notes']) mkdirSync(join(dir, sub), { recursive: true });
  cpSync(themesFrom, join(dir, 'themes'), { recursive: true });
  cpSync(join(themesFrom, '../kinds'), join(dir, 'kinds'), { recursive: true });
  const rand = random(20260522);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const sentence = () => `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)}${pick(TAILS)}.`;

  const ids: string[] = [];
  let events = 0;
  let relations = 0;
  for (let d = 0; d < count; d += 1) {
    // One document a fortnight from 1992 on: ids and dates stay distinct and in order.
    const date = new Date(Date.UTC(1992, 0, 3) + d * 14 * 86_400_000).toISOString().slice(0, 10);
    const talks = d % 2 === 1;
    const id = `${date}-synthetic-${String(d + 1).padStart(4, '0')}`;
    ids.push(id);
    const passages = Array.from({ length: passagesPerDocument }, (_, i) => {
      const text = Array.from({ length: 2 + Math.floor(rand() * 3) }, sentence).join(' ');
      const themes = [...new Set([pick(THEMES), pick(THEMES)])].join(' ');
      const pid = talks ? `para-${i + 1}` : `clause-${i + 1}`;
      const element = talks ? `<Paragraph id="${pid}" speaker="${i % 3 === 0 ? 'narration' : i % 3 === 1 ? 'first-leader' : 'second-leader'}" themes="${themes}">` : `<Clause id="${pid}" themes="${themes}">`;
      return { pid, text, mdx: `${element}\n${text}\n</${talks ? 'Paragraph' : 'Clause'}>` };
    });
    const file = `synthetic-${String(d + 1).padStart(4, '0')}.txt`;
    writeFileSync(join(dir, 'sources', file), `${passages.map((p) => p.text).join('\n\n')}\n`);
    writeFileSync(
      join(dir, 'documents', `${id}.mdx`),
      `---
title: Synthetic ${talks ? 'readout' : 'joint statement'} number ${d + 1}
shortTitle: Synthetic text ${d + 1}
kind: ${talks ? 'talks-readout' : 'joint-statement'}
date: "${date}"
place: { name: ${d % 3 === 0 ? 'Astana' : "Xi'an"}, country: ${d % 3 === 0 ? 'Kazakhstan' : 'China'} }
parties: [People's Republic of China, Republic of Kazakhstan]
speakers: { first-leader: The First Leader, second-leader: The Second Leader }
summary: A generated text for the scale benchmark.
source:
  file: ${file}
  description: Generated text.
  publisher: The benchmark
  originalLanguage: Chinese
  translation: machine
  date: "${date}"
---

${passages.map((p) => p.mdx).join('\n\n')}
`,
    );
    // An editors' note on every tenth document, on the whole of its second passage (words that occur once).
    if (d % 10 === 0) {
      const span = passages[1]!.text;
      writeFileSync(
        join(dir, 'notes', `${id}.yaml`),
        `notes:\n  - id: note-${d + 1}\n    passage: ${passages[1]!.pid}\n    span: "${span}"\n    kind: clarification\n    reading: ${NOTE_READING}\n    evidence: Generated for the benchmark.\n    confidence: inferred\n    sources: []\n`,
      );
    }
    // Two events a document, each mentioned by two of its passages.
    for (const n of [1, 2]) {
      events += 1;
      // Its second passage ten on (the first one on, in a document too short for that to differ).
      const later = (n + 10) % passagesPerDocument === n ? n + 1 : (n + 10) % passagesPerDocument;
      writeFileSync(
        join(dir, 'events', `${date}-event-${n}-${d + 1}.yaml`),
        `title: Synthetic event ${n} of document ${d + 1}\ndate: "${date}"\ndateBasis: stated\ndescription: Generated for the benchmark.\n${n === 1 ? 'place: astana\n' : ''}passages:\n  - ${id}/${passages[n]!.pid}\n  - ${id}/${passages[later]!.pid}\n`,
      );
    }
    // Five links to the previous document.
    const previous = ids[d - 1];
    if (previous) {
      const prefix = talks ? 'clause' : 'para';
      const lines = [1, 5, 9, 13, 17].filter((k) => k < passagesPerDocument).map((k) => `  - passage: ${passages[k]!.pid}\n    type: follows-up\n    target: ${previous}/${prefix}-${k + 1}\n    subject: Synthetic link ${k}`);
      relations += lines.length;
      writeFileSync(join(dir, 'relations', `${id}.yaml`), `relations:\n${lines.join('\n')}\n`);
    }
  }
  for (const [id, kind, mentions] of GLOSSARY) {
    const location = kind === 'place' ? 'location: { longitude: 71.4491, latitude: 51.1694 }\n' : '';
    writeFileSync(join(dir, 'glossary', `${id}.yaml`), `name: ${mentions[0]}\nkind: ${kind}\ndescription: Generated for the benchmark.\nmentions: [${mentions.join(', ')}]\n${location}`);
  }
  writeFileSync(join(dir, 'permalinks.json'), '{ "urls": [], "redirects": {} }\n');
  return { dir, documents: count, passages: count * passagesPerDocument, events, relations };
}

/**
 * An editor's everyday change, for the warm build: the text of one passage (in its document
 * and in its source alike, so that it stays verbatim) and the reading of one note.
 */
export function editCorpus(dir: string): void {
  const [document] = readdirSync(join(dir, 'documents')).sort();
  const mdxFile = join(dir, 'documents', document!);
  const mdx = readFileSync(mdxFile, 'utf8');
  const source = /^ {2}file: (.+)$/m.exec(mdx)![1]!;
  const sourceFile = join(dir, 'sources', source);
  // The first passage's last sentence gains a word in both files.
  const text = readFileSync(sourceFile, 'utf8').split('\n\n')[0]!;
  const edited = text.replace(/\.$/, ', as agreed.');
  if (edited === text || !mdx.includes(text)) throw new Error(`editCorpus: cannot find the first passage of ${mdxFile}`);
  writeFileSync(mdxFile, mdx.replace(text, edited));
  writeFileSync(sourceFile, readFileSync(sourceFile, 'utf8').replace(text, edited));
  const [notes] = readdirSync(join(dir, 'notes')).sort();
  const notesFile = join(dir, 'notes', notes!);
  writeFileSync(notesFile, readFileSync(notesFile, 'utf8').replace(NOTE_READING, 'The words name both parties to the text.'));
}
