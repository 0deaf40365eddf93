import { readDocument, type Document } from '../../src/lib/documents';
import { KINDS } from './kinds';
import type { Edition } from '../../src/lib/edition';
import { toTimelineEvent, type TimelineEvent } from '../../src/lib/events';
import type { GlossaryEntry } from '../../src/lib/glossary';
import { toEditorialNotes } from '../../src/lib/notes';
import type { Reference } from '../../src/lib/references';
import { byRecordDate, recordOfText } from '../../src/lib/record';
import { toRelations } from '../../src/lib/relations';
import type { Theme } from '../../src/lib/themes';
import { frontMatter } from './front-matter';

/** A small edition for unit tests: a 2023 statement and a 2024 readout that follows it up. */
export function smallEdition(): Edition {
  const statement = doc('2023-05-17-joint-statement', frontMatter(), [
    '<Preamble id="preamble-1">\nPresident Kasemal Tokayev paid a state visit.\n</Preamble>',
    '<Clause id="clause-1" themes="trade">\nThe two sides will expand trade.\n</Clause>',
    '<Clause id="clause-2" themes="tourism trade">\nChina declared 2024 the year of tourism. The Astana International Financial Centre will help.\n</Clause>',
  ]);
  const talks = doc(
    '2024-07-03-astana-talks',
    frontMatter({ kind: 'talks-readout', date: '2024-07-03', place: { name: 'Astana', country: 'Kazakhstan' } }),
    [
      '<Paragraph id="para-1" speaker="narration" themes="visits">\nXi Jinping arrived in Astana.\n</Paragraph>',
      '<Paragraph id="para-2" speaker="xi-jinping" themes="tourism">\nXi Jinping said the tourism year was a success, and trade grew.\n</Paragraph>',
    ],
  );
  const themes: Theme[] = ['trade', 'tourism', 'visits'].map((id) => ({ id, title: id[0]!.toUpperCase() + id.slice(1), description: `About ${id}.`, file: `content/themes/${id}.yaml` }));
  const glossary: GlossaryEntry[] = [
    entry('kassym-jomart-tokayev', 'person', ['Kasemal Tokayev', 'Tokayev']),
    entry('xi-jinping', 'person', ['Xi Jinping']),
    entry('astana', 'place', ['Astana'], { longitude: 71.45, latitude: 51.17 }),
    entry('aifc', 'organisation', ['Astana International Financial Centre']),
  ];
  const events: TimelineEvent[] = [
    toTimelineEvent('2024-07-03-talks', 'content/events/2024-07-03-talks.yaml', {
      title: 'Talks in Astana',
      date: '2024-07-03',
      dateBasis: 'stated',
      description: 'Talks.',
      place: 'astana',
      passages: ['2024-07-03-astana-talks/para-1'],
      references: [],
    }),
    toTimelineEvent('2024-tourism-year', 'content/events/2024-tourism-year.yaml', {
      title: 'Tourism year',
      date: '2024',
      dateBasis: 'stated',
      description: 'A year of tourism.',
      passages: ['2023-05-17-joint-statement/clause-2', '2024-07-03-astana-talks/para-2'],
      references: [],
    }),
  ];
  const relations = toRelations('2024-07-03-astana-talks', 'content/relations/2024-07-03-astana-talks.yaml', {
    relations: [
      { passage: 'para-2', type: 'follows-up', target: '2023-05-17-joint-statement/clause-2', subject: 'Tourism years' },
      { passage: 'para-2', type: 'reports-on', target: '2023-05-17-joint-statement/clause-1', subject: 'Trade' },
    ],
  });
  const references: Reference[] = [
    { id: 'kazinform-2023-05-17', title: 'Kazakh, Chinese presidents hold talks', publisher: 'Kazinform', url: 'https://example.org/talks', date: '2023-05-17', file: 'content/references/kazinform-2023-05-17.yaml' },
  ];
  const notes = toEditorialNotes('2023-05-17-joint-statement', 'content/notes/2023-05-17-joint-statement.yaml', {
    notes: [
      { id: 'kasemal-tokayev', passage: 'preamble-1', span: 'Kasemal Tokayev', kind: 'correction', reading: 'Kassym-Jomart Tokayev', replaceWith: 'Kassym-Jomart Tokayev', evidence: 'The official spelling.', confidence: 'confirmed', sources: ['kazinform-2023-05-17'] },
      { id: 'machine-translation', kind: 'clarification', reading: 'A machine translation.', evidence: 'No official English text is known.', confidence: 'inferred', sources: [] },
    ],
  });
  const documents = [talks, statement];
  return { documents, record: documents.map(recordOfText).sort(byRecordDate), themes, glossary, events, relations, documentRelations: [], notes, references };
}

function doc(id: string, data: ReturnType<typeof frontMatter>, passages: string[]): Document {
  const { document, problems } = readDocument({ id, data, body: passages.join('\n\n'), file: `content/documents/${id}.mdx` }, KINDS);
  if (problems.length) throw new Error(problems.map((p) => p.message).join('\n'));
  return document;
}

function entry(id: string, kind: GlossaryEntry['kind'], mentions: string[], location?: GlossaryEntry['location']): GlossaryEntry {
  return { id, kind, name: id, description: `About ${id}.`, mentions, names: [], references: [], file: `content/glossary/${id}.yaml`, ...(location ? { location } : {}) };
}
