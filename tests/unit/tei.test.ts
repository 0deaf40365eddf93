import { XMLValidator } from 'fast-xml-parser';
import { corrBranch, paragraphsOf, passageDivs, sicBranch, xmlIds } from '../support/tei';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/lib/documents';
import type { Edition } from '../../src/lib/edition';
import type { GlossaryEntry } from '../../src/lib/glossary';
import { toEditorialNotes } from '../../src/lib/notes';
import { documentExport, type DocumentExport, type PassageRecord } from '../../src/lib/open-data';
import { TEI_NAMESPACE, correctedWords, correctionCert, documentTei, escapeAttribute, escapeText, segId } from '../../src/lib/tei';
import { deployedUrl, glossaryEntryPath, type Deployment } from '../../src/lib/urls';
import { smallEdition } from '../support/edition';
import { frontMatter } from '../support/front-matter';
import { KINDS } from '../support/kinds';

// A deployment under a sub-path, so that every address must carry the base.
const where: Deployment = { site: new URL('https://example.org'), base: '/sub/' };

/**
 * The small edition, with notes of every kind and confidence, and mentions on the same words as
 * a note, inside a note's words, around them and across their edge: each case the markup meets.
 */
function richEdition(): Edition {
  const edition = smallEdition();
  const sectioned = readDocument(
    {
      id: '2024-09-01-sectioned',
      file: 'content/documents/2024-09-01-sectioned.mdx',
      data: frontMatter({ date: '2024-09-01', title: 'A "sectioned" text & its parts', shortTitle: 'Sectioned <text>' }),
      body: [
        '<Section id="trade" title="Trade & <transport>" boundary="inferred" note="Inferred from the \'2015.\' that opens clause 1.">',
        '<Clause id="clause-1" themes="trade">\nThe two sides will expand trade & transport via Astana.\n</Clause>',
        '</Section>',
        '<Section id="closing" title="Signatures">',
        '<Closing id="signatures" label="Signatures" themes="trade">\n| President of China | President of Kazakhstan |\n| --- | --- |\n| Xi Jinping | Kasemal Tokayev |\n</Closing>',
        '</Section>',
      ].join('\n\n'),
    },
    KINDS,
  );
  if (sectioned.problems.length) throw new Error(sectioned.problems.map((p) => p.message).join('\n'));
  const talksNotes = toEditorialNotes('2024-07-03-astana-talks', 'content/notes/2024-07-03-astana-talks.yaml', {
    notes: [
      // On exactly a mention's words: the name wraps the seg, the note follows the name.
      { id: 'astana-capital', passage: 'para-1', span: 'Astana', kind: 'clarification', reading: 'The capital of Kazakhstan, "Astana" since 2022.', evidence: 'Its name.', confidence: 'confirmed', sources: ['kazinform-2023-05-17'] },
      // Around a mention: the name stands inside the seg.
      { id: 'xi-said', passage: 'para-2', span: 'Xi Jinping said', kind: 'discrepancy', reading: 'The Kazakh readout gives these words to Tokayev.', evidence: 'Another readout.', confidence: 'inferred', sources: [] },
      // A guess: inferred, not read into the text.
      { id: 'trade-grew', passage: 'para-2', span: 'trade grew', kind: 'correction', reading: 'trade grew by a fifth (perhaps)', evidence: 'A guess.', confidence: 'inferred', sources: [] },
    ],
  });
  const statementNotes = toEditorialNotes('2023-05-17-joint-statement', 'content/notes/2023-05-17-joint-statement.yaml', {
    notes: [
      // Inferred and read into the text; the words to escape.
      { id: 'expand-trade', passage: 'clause-1', span: 'expand trade', kind: 'correction', reading: 'expand trade and investment', replaceWith: 'expand trade & <investment>', evidence: 'Context.', confidence: 'inferred', sources: [] },
      // Across the end of the mention of the financial centre: the mention is left out.
      { id: 'centre-will', passage: 'clause-2', span: 'Financial Centre will', kind: 'clarification', reading: 'The AIFC, founded in 2018.', evidence: 'Its charter.', confidence: 'inferred', sources: [] },
    ],
  });
  const sectionedNotes = toEditorialNotes('2024-09-01-sectioned', 'content/notes/2024-09-01-sectioned.yaml', {
    notes: [
      // Inside a mention's words: the choice stands inside the name.
      { id: 'kasemal', passage: 'signatures', span: 'Kasemal', kind: 'correction', reading: 'Kassym-Jomart', replaceWith: 'Kassym-Jomart', evidence: 'The official spelling.', confidence: 'confirmed', sources: ['kazinform-2023-05-17'] },
      { id: 'whole-text', kind: 'clarification', reading: 'An invented text for the tests.', evidence: 'The tests.', confidence: 'inferred', sources: [] },
    ],
  });
  const programme: GlossaryEntry = { id: 'tourism-year', kind: 'programme', name: 'Year of Tourism', description: 'A year.', mentions: ['year of tourism'], names: [], references: [], file: 'content/glossary/tourism-year.yaml' };
  return {
    ...edition,
    documents: [...edition.documents, sectioned.document],
    glossary: [...edition.glossary, programme],
    notes: [...edition.notes, ...talksNotes, ...statementNotes, ...sectionedNotes],
  };
}

const edition = richEdition();
const exports = edition.documents.map((d) => documentExport(edition, d, where));
const teiOf = (record: DocumentExport) => documentTei(record, edition.glossary, where);
const exportOf = (id: string) => exports.find((e) => e.document.id === id)!;
const passageOf = (docId: string, passageId: string) => exportOf(docId).passages.find((p) => p.id === passageId)!;
const glossaryUrl = (id: string) => deployedUrl(glossaryEntryPath(id), where);

/** Whether elements open and close in a nested order: a stack, checked tag by tag. */
function wellNested(xml: string): boolean {
  const stack: string[] = [];
  for (const m of xml.replace(/<\?[\s\S]*?\?>/g, '').matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>/g)) {
    if (m[3]) continue;
    if (!m[1]) stack.push(m[2]!);
    else if (stack.pop() !== m[2]) return false;
  }
  return stack.length === 0;
}

describe('documentTei', () => {
  it('writes a well-formed TEI P5 document in the TEI namespace, with an XML declaration', () => {
    for (const record of exports) {
      const xml = teiOf(record);
      expect(XMLValidator.validate(xml), record.document.id).toBe(true);
      expect(wellNested(xml)).toBe(true);
      expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
      expect(xml).toContain(`<TEI xmlns="${TEI_NAMESPACE}" xml:lang="en">`);
    }
  });

  it('gives every xml:id once, each starting with a letter', () => {
    for (const record of exports) {
      const ids = xmlIds(teiOf(record));
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(/^[A-Za-z][\w.-]*$/);
    }
  });

  it('keeps every passage verbatim: the sic branch without the notes is its text, character for character', () => {
    for (const record of exports) {
      const divs = passageDivs(teiOf(record));
      expect([...divs.keys()]).toEqual(record.passages.map((p) => p.id));
      for (const passage of record.passages) {
        expect(paragraphsOf(divs.get(passage.id)!)).toHaveLength(passage.text.split('\n\n').length);
        expect(sicBranch(divs.get(passage.id)!), `${record.document.id}/${passage.id}`).toBe(passage.text);
      }
    }
  });

  it('gives the reading text in the corr branch where the corrections replace their words, and the guesses’ readings where not', () => {
    const corrected = (p: PassageRecord) => {
      let text = '';
      let at = 0;
      for (const note of p.notes.filter((n) => n.kind === 'correction')) {
        text += p.text.slice(at, note.start) + correctedWords(note);
        at = note.end;
      }
      return text + p.text.slice(at);
    };
    let readings = 0;
    for (const record of exports) {
      const divs = passageDivs(teiOf(record));
      for (const passage of record.passages) {
        const corr = corrBranch(divs.get(passage.id)!);
        expect(corr).toBe(corrected(passage));
        if (passage.notes.every((n) => n.kind !== 'correction' || n.replaceWith !== null)) {
          expect(corr).toBe(passage.reading?.text ?? passage.text);
          if (passage.reading) readings += 1;
        }
      }
    }
    expect(readings).toBeGreaterThan(0);
  });

  it('writes a correction as a choice of the text’s words and the editors’, with how sure they are', () => {
    const statement = teiOf(exportOf('2023-05-17-joint-statement'));
    // Confirmed, on exactly a mention's words: the name wraps the choice.
    expect(statement).toContain(
      `<persName ref="${glossaryUrl('kassym-jomart-tokayev')}"><choice><sic>Kasemal Tokayev</sic><corr cert="high" resp="#editors">Kassym-Jomart Tokayev</corr></choice></persName>`,
    );
    // Inferred and read into the text: medium; its words escaped.
    expect(statement).toContain('<choice><sic>expand trade</sic><corr cert="medium" resp="#editors">expand trade &amp; &lt;investment&gt;</corr></choice>');
    // Inferred and not read into the text, a guess: low, and the reading in corr.
    const talks = teiOf(exportOf('2024-07-03-astana-talks'));
    expect(talks).toContain('<choice><sic>trade grew</sic><corr cert="low" resp="#editors">trade grew by a fifth (perhaps)</corr></choice>');
    expect(correctionCert({ confidence: 'confirmed', replaceWith: null })).toBe('high');
    expect(correctionCert({ confidence: 'inferred', replaceWith: 'x' })).toBe('medium');
    expect(correctionCert({ confidence: 'inferred', replaceWith: null })).toBe('low');
  });

  it('writes a clarification or a discrepancy as a seg on its words and a note after them that points to it', () => {
    const talks = teiOf(exportOf('2024-07-03-astana-talks'));
    // On exactly a mention's words: the name wraps the seg, and the note follows the name.
    expect(talks).toContain(
      `<placeName ref="${glossaryUrl('astana')}"><seg xml:id="${segId('astana-capital')}">Astana</seg></placeName><note type="clarification" target="#${segId('astana-capital')}" resp="#editors" cert="high">The capital of Kazakhstan, "Astana" since 2022.</note>`,
    );
    // Around a mention's words: the name stands inside the seg.
    expect(talks).toContain(
      `<seg xml:id="${segId('xi-said')}"><persName ref="${glossaryUrl('xi-jinping')}">Xi Jinping</persName> said</seg><note type="discrepancy" target="#${segId('xi-said')}" resp="#editors" cert="medium">The Kazakh readout gives these words to Tokayev.</note>`,
    );
    // Every note's target is a seg of the file.
    for (const record of exports) {
      const xml = teiOf(record);
      const ids = new Set(xmlIds(xml));
      for (const m of xml.matchAll(/<note\b[^>]*\btarget="#([^"]+)"/g)) expect(ids.has(m[1]!)).toBe(true);
      const segNotes = record.passages.flatMap((p) => p.notes.filter((n) => n.kind !== 'correction'));
      expect(xml.match(/<seg\b/g) ?? []).toHaveLength(segNotes.length);
    }
  });

  it('marks each mention with its kind’s name element, pointing to its glossary entry', () => {
    const talks = teiOf(exportOf('2024-07-03-astana-talks'));
    expect(talks).toContain(`<persName ref="${glossaryUrl('xi-jinping')}">Xi Jinping</persName> arrived`);
    const statement = teiOf(exportOf('2023-05-17-joint-statement'));
    expect(statement).toContain(`<name type="programme" ref="${glossaryUrl('tourism-year')}">year of tourism</name>`);
    const sectioned = teiOf(exportOf('2024-09-01-sectioned'));
    expect(sectioned).toContain(`<placeName ref="${glossaryUrl('astana')}">Astana</placeName>`);
    // A note inside a mention's words: the choice stands inside the name.
    expect(sectioned).toContain(
      `<persName ref="${glossaryUrl('kassym-jomart-tokayev')}"><choice><sic>Kasemal</sic><corr cert="high" resp="#editors">Kassym-Jomart</corr></choice> Tokayev</persName>`,
    );
    // Every name element's ref is an entry's page.
    const pages = new Set(edition.glossary.map((e) => glossaryUrl(e.id)));
    for (const record of exports) {
      for (const m of teiOf(record).matchAll(/<(?:persName|placeName|orgName|name)\b[^>]*\bref="([^"]+)"/g)) expect(pages.has(m[1]!)).toBe(true);
    }
  });

  it('leaves out a mention that crosses the edge of a note’s words: the note wins, nothing overlaps', () => {
    const clause = passageOf('2023-05-17-joint-statement', 'clause-2');
    const aifc = clause.mentions.find((m) => m.entry === 'aifc')!;
    const note = clause.notes.find((n) => n.id === 'centre-will')!;
    // The case is real: the mention and the note share words, and neither holds the other.
    expect(aifc.start < note.end && note.start < aifc.end).toBe(true);
    expect(aifc.start < note.start && aifc.end < note.end).toBe(true);
    const div = passageDivs(teiOf(exportOf('2023-05-17-joint-statement'))).get('clause-2')!;
    expect(div).not.toContain('<orgName');
    expect(div).toContain(`The Astana International <seg xml:id="${segId('centre-will')}">Financial Centre will</seg><note type="clarification"`);
    expect(wellNested(div)).toBe(true);
  });

  it('puts passages in their sections, with the editors’ title and boundary note', () => {
    const xml = teiOf(exportOf('2024-09-01-sectioned'));
    expect(xml).toContain(
      '<div type="section" xml:id="trade">\n        <head>Trade &amp; &lt;transport&gt;</head>\n        <note type="section-boundary" subtype="inferred" resp="#editors">Inferred from the \'2015.\' that opens clause 1.</note>\n        <div type="clause" xml:id="clause-1" n="Clause 1">',
    );
    expect(xml).toContain('<div type="section" xml:id="closing">\n        <head>Signatures</head>\n        <div type="closing" xml:id="signatures" n="Signatures">');
    // A signature table: each row one paragraph, its cells joined by a space.
    const signatures = paragraphsOf(passageDivs(xml).get('signatures')!);
    expect(signatures).toHaveLength(passageOf('2024-09-01-sectioned', 'signatures').text.split('\n\n').length);
    expect(signatures[0]).toBe('President of China President of Kazakhstan');
  });

  it('prefixes a section’s xml:id with "section-" where a passage has its id', () => {
    // The content checks refuse such a section; an export that had one would still give unique ids.
    const record = exportOf('2024-09-01-sectioned');
    const renamed = (id: string) => (id === 'trade' ? 'clause-1' : id);
    const clashing: DocumentExport = {
      ...record,
      document: { ...record.document, sections: record.document.sections.map((s) => ({ ...s, id: renamed(s.id) })) },
      passages: record.passages.map((p) => ({ ...p, section: p.section && { ...p.section, id: renamed(p.section.id) } })),
    };
    const xml = teiOf(clashing);
    expect(xml).toContain('<div type="section" xml:id="section-clause-1">');
    expect(xml).toContain('<div type="clause" xml:id="clause-1" n="Clause 1">');
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it('describes the document, its edition and its source in the header', () => {
    const record = exportOf('2024-09-01-sectioned');
    const xml = teiOf(record);
    const header = xml.slice(xml.indexOf('<teiHeader>'), xml.indexOf('</teiHeader>'));
    expect(header).toContain(`<title type="main">${escapeText(record.document.title)}</title>`);
    expect(header).toContain('<respStmt xml:id="editors">');
    expect(header).toContain('<publisher>China–Kazakhstan Documents</publisher>');
    expect(header).toContain(`<idno type="URI">${record.document.urls.page}</idno>`);
    expect(header).toContain(`<availability><p>${escapeText(record.notice)}</p></availability>`);
    expect(header).toContain(`<note xml:id="note-whole-text" type="clarification" resp="#editors" cert="medium">An invented text for the tests.</note>`);
    expect(header).toContain(`<respStmt><resp>Issued by</resp>${record.document.parties.map((p) => `<orgName>${escapeText(p)}</orgName>`).join('')}</respStmt>`);
    expect(header).toContain(`<publisher>${escapeText(record.document.source.publisher)}</publisher>`);
    expect(header).toContain(`<date when="${record.document.source.date}">`);
    expect(header).toContain(`original language: ${record.document.source.originalLanguage}`);
    expect(header).toContain(`<note type="translation" subtype="${record.document.source.translation}">`);
    expect(header).toMatch(/<encodingDesc>\s*<editorialDecl>\s*<p>The text is the English version its source published, verbatim/);
    expect(header).toMatch(/<profileDesc>\s*<langUsage>\s*<language ident="en">English<\/language>/);
  });

  it('escapes & < > in text, and " too in attributes', () => {
    expect(escapeText('a & b < c > d "e"')).toBe('a &amp; b &lt; c &gt; d "e"');
    expect(escapeAttribute('a & b < c > d "e"')).toBe('a &amp; b &lt; c &gt; d &quot;e&quot;');
    expect(() => escapeText('a\u0001b')).toThrow(/XML cannot carry/);
  });

  it('is pure: the same export gives the same bytes', () => {
    const record = exportOf('2023-05-17-joint-statement');
    expect(teiOf(record)).toBe(teiOf(record));
  });
});
