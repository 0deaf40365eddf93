import { existsSync } from 'node:fs';
import { KINDS } from '../support/kinds';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CARD_FONTS, EXCERPT_KEY, EXCERPT_LINES, cardLayout, type CardElement } from '../../src/lib/card-layout';
import { readDocument, type Document } from '../../src/lib/documents';
import { recordOfText } from '../../src/lib/record';
import { EXCERPT_LENGTH, cardSpecs, documentCard, openingWords, passageCard, siteCard } from '../../src/lib/social-cards';
import { frontMatter } from '../support/front-matter';

const LONG =
  'The two sides agreed to take measures to ensure the long-term safe and stable operation and stable supply of the Kazakhstan section of the China-Central Asia natural gas pipeline, and to study the construction of line D of the pipeline as soon as possible, and to expand trade.';

function statement(id = '2023-05-17-joint-statement'): Document {
  const body = `
<Section id="section-ii" title="Section II">
<Clause id="clause-12" themes="t">
President Kasemal Tokayev paid a state visit from May 2023 to 5, 17.
</Clause>
<Clause id="clause-15" themes="t">
${LONG}
</Clause>
</Section>

<Closing id="signatures" label="Signatures">
| President of the People's Republic of China | President of the Republic of Sacksthan |
| --- | --- |
| Xi Jinping | Kasemjomart Tokayev |
</Closing>`;
  const { document, problems } = readDocument({ id, data: frontMatter(), body, file: `content/documents/${id}.mdx` }, KINDS);
  if (problems.length) throw new Error(problems.map((p) => p.message).join('\n'));
  return document;
}

function talks(): Document {
  const data = frontMatter({ kind: 'talks-readout', shortTitle: 'Xi Jinping–Tokayev talks', date: '2024-07-03', place: { name: 'Astana', country: 'Kazakhstan' } });
  data.source = { ...data.source, translation: 'official' };
  const body = `<Paragraph id="para-1" speaker="narration" themes="t">\nXi Jinping arrived.\n</Paragraph>\n\n<Paragraph id="para-2" speaker="xi-jinping" themes="t">\nXi Jinping said so.\n</Paragraph>`;
  return readDocument({ id: '2024-07-03-astana-talks', data, body }, KINDS).document;
}

const passage = (doc: Document, id: string) => doc.passages.find((p) => p.id === id)!;

describe('opening words', () => {
  it('keep a short text whole, word for word, garbles included', () => {
    const doc = statement();
    expect(passageCard(doc, passage(doc, 'clause-12')).excerpt).toBe('President Kasemal Tokayev paid a state visit from May 2023 to 5, 17.');
  });

  it('cut a long text at a word, with an ellipsis, never changing a word', () => {
    for (const max of [40, 80, 120, 200]) {
      const cut = openingWords([LONG], max);
      expect(cut.length, `${max}`).toBeLessThanOrEqual(max);
      expect(cut.endsWith('…')).toBe(true);
      const words = cut.slice(0, -1);
      expect(LONG.startsWith(words)).toBe(true);
      // The next character of the text is not a letter: no word was cut through.
      expect(LONG[words.length]).toMatch(/[\s,;:.]/);
    }
  });

  it('keep a table row by row', () => {
    const doc = statement();
    expect(passageCard(doc, passage(doc, 'signatures')).excerpt).toBe(
      "President of the People's Republic of China President of the Republic of Sacksthan\nXi Jinping Kasemjomart Tokayev",
    );
  });

  it('stop before a block there is no room for, saying so', () => {
    const cut = openingWords(['First paragraph, quite long, of the passage.', 'Second paragraph.'], 60);
    expect(cut).toBe('First paragraph, quite long, of the passage. …');
    expect(openingWords(['One.', 'Two.'], 60)).toBe('One.\nTwo.');
  });
});

describe('passage cards', () => {
  const doc = statement();
  const card = passageCard(doc, passage(doc, 'clause-15'));

  it('show the label big, the document with its place and date, and the opening words', () => {
    expect(card).toMatchObject({
      kind: 'passage',
      path: '/cards/2023-05-17-joint-statement/clause-15.png',
      eyebrow: 'Joint statement · Section II',
      heading: 'Clause 15',
      subheading: "China–Kazakhstan Joint Statement · Xi'an, 17 May 2023",
      footer: 'China–Kazakhstan Documents',
      note: 'Machine translation, verbatim',
    });
    expect(LONG.startsWith(card.excerpt.slice(0, -1))).toBe(true);
    expect(card.excerpt.length).toBeLessThanOrEqual(EXCERPT_LENGTH.passage);
    expect(card.alt).toBe("Clause 15 of the China–Kazakhstan Joint Statement, Xi'an, 17 May 2023, with its opening words");
    expect(card.source).toBe('content/documents/2023-05-17-joint-statement.mdx:6');
  });

  it('name the speaker of a talks paragraph, not the narration', () => {
    const readout = talks();
    expect(passageCard(readout, passage(readout, 'para-1')).eyebrow).toBe('Talks readout');
    expect(passageCard(readout, passage(readout, 'para-2'))).toMatchObject({ eyebrow: 'Talks readout · Xi Jinping', heading: '¶ 2', note: 'Official English text, verbatim' });
  });
});

describe('document and site cards', () => {
  it('show a document by its title, kind, place, date and the opening of its summary', () => {
    const doc = { ...statement(), summary: `Issued during a state visit. ${LONG}` };
    const card = documentCard(doc);
    expect(card).toMatchObject({
      kind: 'document',
      path: '/cards/2023-05-17-joint-statement.png',
      eyebrow: 'Joint statement · 3 passages',
      heading: doc.title,
      subheading: "Xi'an, China · 17 May 2023",
    });
    expect(doc.summary.startsWith(card.excerpt.slice(0, -1))).toBe(true);
  });

  it('list one card per passage, one per document and the site card, each at its own path', () => {
    const docs = [talks(), statement()];
    const specs = cardSpecs(docs.map(recordOfText));
    expect(specs).toHaveLength(1 + 2 + 5);
    expect(specs[0]).toEqual(siteCard());
    expect(specs.map((s) => s.path)).toContain('/cards/2024-07-03-astana-talks/para-2.png');
    expect(new Set(specs.map((s) => s.path)).size).toBe(specs.length);
  });

  it('refuse a document whose card would overwrite the site card', () => {
    expect(() => cardSpecs([recordOfText(statement('site'))])).toThrow(/\/cards\/site\.png/);
  });
});

describe('card layout', () => {
  const doc = statement();
  const spec = passageCard(doc, passage(doc, 'clause-15'));
  const texts = (el: CardElement): string[] => (typeof el.props.children === 'string' ? [el.props.children] : (el.props.children ?? []).flatMap(texts));
  const find = (el: CardElement, key: string): CardElement | undefined =>
    el.key === key ? el : typeof el.props.children === 'string' ? undefined : (el.props.children ?? []).map((c) => find(c, key)).find(Boolean);

  it('is 1200 × 630 and shows every text of the card, as given', () => {
    const tree = cardLayout(spec);
    expect(tree.props.style).toMatchObject({ width: 1200, height: 630, boxSizing: 'border-box' });
    expect(texts(tree)).toEqual([spec.eyebrow, spec.heading, spec.subheading, spec.excerpt, spec.footer, spec.note]);
  });

  it('clamps the heading and the texts around it to a number of lines, so that a long title cannot run off the card', () => {
    const tree = cardLayout({ ...spec, heading: 'A heading '.repeat(40) });
    const [eyebrow, heading, subheading] = (tree.props.children as CardElement[]).slice(0, 3);
    expect([eyebrow, heading, subheading].map((el) => el!.props.style.lineClamp)).toEqual([1, 1, 2]);
    expect(heading!.props.style).toMatchObject({ whiteSpace: 'nowrap', textOverflow: 'ellipsis' });
    expect(cardLayout(documentCard(doc)).props.children![1]).toMatchObject({ props: { style: { lineClamp: 3 } } });
    expect(find(tree, EXCERPT_KEY)!.props.style.lineClamp).toBe(EXCERPT_LINES.passage);
    expect(find(cardLayout(spec, { excerptLines: 2 }), EXCERPT_KEY)!.props.style.lineClamp).toBe(2);
  });

  it('quotes a passage beside an accent rule, not a summary', () => {
    expect(find(cardLayout(spec), 'excerpt-box')!.props.style.borderLeft).toMatch(/solid #1d4e89/);
    expect(find(cardLayout(documentCard(doc)), 'excerpt-box')!.props.style.borderLeft).toBeUndefined();
  });

  it('names font files that the installed packages have, as WOFF', () => {
    const require = createRequire(import.meta.url);
    for (const font of CARD_FONTS) {
      expect(font.file).toMatch(/\.woff$/);
      expect(existsSync(join(dirname(require.resolve(font.package)), font.file)), font.file).toBe(true);
    }
  });
});
