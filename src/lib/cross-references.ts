import type { Edition } from './edition';
import { findPassage } from './edition';
import { ContentError, type Problem } from './errors';
import { findMentions } from './glossary';
import { locateNote, overlapping, type EditorialNote } from './notes';
import { formatPassageRef, type PassageRef } from './passage-refs';
import { passageText } from './passages';
import { documentEventId } from './record';

/**
 * The checks that span collections: every theme, event, relation and glossary entry must
 * point at something that exists. Each problem is reported against the file that holds the
 * reference, so that one build run names them all.
 */
export function checkCrossReferences(edition: Edition): ContentError[] {
  const problems = new Map<string, Problem[]>();
  const report = (file: string, problem: Problem) => problems.set(file, [...(problems.get(file) ?? []), problem]);
  const themeIds = new Set(edition.themes.map((t) => t.id));
  const themeList = [...themeIds].sort().join(', ');

  for (const doc of edition.documents) {
    for (const passage of doc.passages) {
      for (const theme of passage.themes) {
        if (!themeIds.has(theme)) {
          report(doc.file, { line: passage.line, message: `${passage.id}: unknown theme "${theme}" (themes are the files in content/themes/: ${themeList || 'none yet'})` });
        }
      }
    }
  }

  const missing = (ref: PassageRef): string | undefined => {
    const doc = edition.documents.find((d) => d.id === ref.document);
    if (!doc) return `${formatPassageRef(ref)}: there is no document "${ref.document}"`;
    if (!findPassage(edition.documents, ref)) return `${formatPassageRef(ref)}: ${doc.file} has no passage "${ref.passage}"`;
    return undefined;
  };

  const places = new Map(edition.glossary.map((g) => [g.id, g]));
  const record = new Map(edition.record.map((d) => [d.id, d]));
  for (const event of edition.events) {
    // A document's own entry on the timeline is checked with the document and its relations.
    if (event.document && event.id === documentEventId(event.document)) continue;
    if (event.document !== undefined && !record.has(event.document)) {
      report(event.file, { message: `document: there is no document "${event.document}" (content/documents/${event.document}.mdx)` });
    }
    for (const ref of event.passages) {
      const problem = missing(ref);
      if (problem) report(event.file, { message: `passages: ${problem}` });
    }
    if (event.place !== undefined) {
      const place = places.get(event.place);
      if (!place) report(event.file, { message: `place: "${event.place}" is not in the glossary (content/glossary/${event.place}.yaml)` });
      else if (place.kind !== 'place') report(event.file, { message: `place: "${event.place}" is a ${place.kind}, not a place` });
    }
  }

  const seen = new Set<string>();
  for (const relation of edition.relations) {
    const at = `relations[${relation.position}] (${relation.from.passage} → ${formatPassageRef(relation.to)})`;
    const from = findPassage(edition.documents, relation.from);
    if (!edition.documents.some((d) => d.id === relation.from.document)) {
      report(relation.file, { message: `the file is named for a document, and there is no document "${relation.from.document}"` });
      continue;
    }
    if (!from) report(relation.file, { message: `${at}: passage "${relation.from.passage}" is not in ${relation.from.document}` });
    const problem = missing(relation.to);
    if (problem) report(relation.file, { message: `${at}: target ${problem}` });
    const to = findPassage(edition.documents, relation.to);
    if (from && to && from.document.date <= to.document.date && from.document !== to.document) {
      report(relation.file, { message: `${at}: the target must be in an earlier document (${to.document.id} is not older than ${from.document.id})` });
    }
    if (from && to && from.document === to.document) {
      report(relation.file, { message: `${at}: a relation links two documents; both passages are in ${from.document.id}` });
    }
    const key = `${formatPassageRef(relation.from)} ${relation.type} ${formatPassageRef(relation.to)}`;
    if (seen.has(key)) report(relation.file, { message: `${at}: the same relation is written twice` });
    seen.add(key);
  }

  checkDocumentRelations(edition, report);

  // A spelling that matches nothing is a typo, or a name the texts never use.
  const texts = edition.documents.flatMap((d) => d.passages.map(passageText));
  for (const entry of edition.glossary) {
    for (const spelling of entry.mentions) {
      const single = [{ id: entry.id, mentions: [spelling] }];
      if (!texts.some((text) => findMentions(text, single).length > 0)) {
        report(entry.file, { message: `mentions: "${spelling}" occurs in no passage, as a whole word (matching is case-sensitive)` });
      }
    }
  }

  // Events, glossary entries and notes cite references by id: each must be a file in content/references/.
  const referenceIds = new Set(edition.references.map((r) => r.id));
  const byUrl = new Map<string, string>();
  for (const reference of edition.references) {
    const first = byUrl.get(reference.url);
    if (first) report(reference.file, { message: `url: ${reference.url} is already content/references/${first}.yaml; cite that id instead` });
    else byUrl.set(reference.url, reference.id);
  }
  const checkCited = (file: string, ids: readonly string[], field: string) => {
    for (const id of ids) {
      if (!referenceIds.has(id)) report(file, { message: `${field}: "${id}" is not in content/references/ (content/references/${id}.yaml)` });
    }
  };
  for (const event of edition.events) {
    if (event.document && event.id === documentEventId(event.document)) continue;
    checkCited(event.file, event.references, 'references');
  }
  for (const doc of edition.record) {
    checkCited(doc.file, doc.references, 'references');
    if (doc.status) checkCited(doc.file, doc.status.references, 'status.references');
  }
  for (const entry of edition.glossary) {
    checkCited(entry.file, entry.references, 'references');
    entry.names.forEach((name, i) => checkCited(entry.file, name.sources, `names[${i}] (${name.text}): sources`));
  }

  checkNotes(edition, report, checkCited);

  return [...problems].map(([file, list]) => new ContentError(file, list));
}

/**
 * A relation to a whole document: from a passage that exists, to a document of the record
 * (with its text or catalogued) that is not later than the passage's own document.
 */
function checkDocumentRelations(edition: Edition, report: (file: string, problem: Problem) => void): void {
  const seen = new Set<string>();
  for (const relation of edition.documentRelations) {
    const at = `relations[${relation.position}] (${relation.from.passage} → ${relation.to})`;
    const fromDocument = edition.documents.find((d) => d.id === relation.from.document);
    if (!fromDocument) {
      report(relation.file, { message: `the file is named for a document, and there is no document "${relation.from.document}" with its text` });
      continue;
    }
    if (!findPassage(edition.documents, relation.from)) report(relation.file, { message: `${at}: passage "${relation.from.passage}" is not in ${relation.from.document}` });
    const target = edition.record.find((d) => d.id === relation.to);
    if (!target) {
      report(relation.file, { message: `${at}: target: there is no document "${relation.to}" in content/documents/ (a whole document is written "<doc-id>", a passage "<doc-id>/<passage-id>")` });
      continue;
    }
    if (target.id === fromDocument.id) report(relation.file, { message: `${at}: a relation links two documents; the target is this file's own document` });
    else if (target.date > fromDocument.date) {
      report(relation.file, { message: `${at}: the target must not be later than the passage's document (${target.id} is dated ${target.date}, ${fromDocument.id} ${fromDocument.date})` });
    }
    const key = `${formatPassageRef(relation.from)} ${relation.type} ${relation.to}`;
    if (seen.has(key)) report(relation.file, { message: `${at}: the same relation is written twice` });
    seen.add(key);
  }
}

/**
 * Every note names a document that exists, a passage of it, and words that occur in that
 * passage exactly where it says; note ids are unique in the edition, and no two notes'
 * words overlap (a reader could not tell which marker belongs to which words).
 */
function checkNotes(
  edition: Edition,
  report: (file: string, problem: Problem) => void,
  checkCited: (file: string, ids: readonly string[], field: string) => void,
): void {
  const firstUse = new Map<string, EditorialNote>();
  const placedByPassage = new Map<string, { note: EditorialNote; start: number; end: number }[]>();
  for (const note of edition.notes) {
    const at = `notes[${note.position}] (${note.id})`;
    const first = firstUse.get(note.id);
    if (first) report(note.file, { message: `${at}: the note id "${note.id}" is already used (${first.file}, notes[${first.position}]); note ids are unique in the edition` });
    else firstUse.set(note.id, note);
    checkCited(note.file, note.sources, `${at}: sources`);

    const document = edition.documents.find((d) => d.id === note.document);
    if (!document) {
      report(note.file, { message: `the file is named for a document, and there is no document "${note.document}"` });
      continue;
    }
    if (!note.passage) continue;
    const passage = document.passages.find((p) => p.id === note.passage);
    if (!passage) {
      report(note.file, { message: `${at}: ${document.file} has no passage "${note.passage}"` });
      continue;
    }
    const found = locateNote(passage, note);
    if ('problem' in found) {
      report(note.file, { message: `${at} on ${note.passage}: ${found.problem}` });
      continue;
    }
    const key = `${note.document}/${note.passage}`;
    placedByPassage.set(key, [...(placedByPassage.get(key) ?? []), { note, ...found }]);
  }
  for (const [key, placed] of placedByPassage) {
    for (const [a, b] of overlapping(placed)) {
      const both = a.replaceWith !== undefined && b.replaceWith !== undefined ? ', and both replace them in the reading text' : '';
      report(b.file, { message: `notes "${a.id}" and "${b.id}" on ${key} are on overlapping words${both}: attach each note to words of its own` });
    }
  }
}
