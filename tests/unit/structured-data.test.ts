import { describe, expect, it } from 'vitest';
import { KINDS } from '../support/kinds';
import { readDocument } from '../../src/lib/documents';
import { documentStructuredData, jsonLdText, passageStructuredData, webSite } from '../../src/lib/structured-data';
import { frontMatter } from '../support/front-matter';

const SITE = new URL('https://china-kazakhstan.example');
const BASE = 'https://china-kazakhstan.example/documents/2023-05-17-joint-statement/';
const data = frontMatter();
data.source = { ...data.source, url: 'https://example.org/statement.html' };
const { document, problems } = readDocument({
  id: '2023-05-17-joint-statement',
  data,
  body: `<Preamble id="preamble-1">\nPresident Kasemal Tokayev paid a state visit.\n</Preamble>\n\n<Clause id="clause-1" themes="t">\nFirst words.\n\nSecond words, with \\</script> in them.\n</Clause>`,
}, KINDS);
if (problems.length) throw new Error(problems.map((p) => p.message).join('\n'));
const [preamble, clause] = document.passages as [typeof document.passages[0], typeof document.passages[0]];

describe('structured data', () => {
  it('describes a document as a CreativeWork at its permalink, with where, when and what it is', () => {
    expect(documentStructuredData(document, SITE)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'CreativeWork',
      '@id': BASE,
      url: BASE,
      name: document.title,
      alternateName: 'China–Kazakhstan Joint Statement',
      genre: 'Joint statement',
      description: 'A summary.',
      inLanguage: 'en',
      dateCreated: '2023-05-17',
      locationCreated: { '@type': 'Place', name: "Xi'an", containedInPlace: { '@type': 'Country', name: 'China' } },
      datePublished: '2023-05-17',
      publisher: { '@type': 'Organization', name: 'A publisher' },
      isBasedOn: 'https://example.org/statement.html',
      translationOfWork: { '@type': 'CreativeWork', inLanguage: { '@type': 'Language', name: 'Chinese' } },
      image: { '@type': 'ImageObject', url: 'https://china-kazakhstan.example/cards/2023-05-17-joint-statement.png', width: 1200, height: 630 },
      isPartOf: webSite(SITE),
      hasPart: [
        { '@id': `${BASE}preamble-1/`, name: 'Preamble 1' },
        { '@id': `${BASE}clause-1/`, name: 'Clause 1' },
      ],
    });
  });

  it('claims no translation for a text written in English, and no source address it does not have', () => {
    const english = { ...document, source: { ...document.source, translation: 'none' as const, url: undefined } };
    const json = documentStructuredData(english, SITE);
    expect(json).not.toHaveProperty('translationOfWork');
    expect(json).not.toHaveProperty('isBasedOn');
  });

  it('gives a passage its label, its verbatim text, its position and its document', () => {
    expect(passageStructuredData(document, clause, SITE)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'CreativeWork',
      '@id': `${BASE}clause-1/`,
      url: `${BASE}clause-1/`,
      name: 'Clause 1',
      text: 'First words.\n\nSecond words, with </script> in them.',
      position: 2,
      inLanguage: 'en',
      image: { '@type': 'ImageObject', url: 'https://china-kazakhstan.example/cards/2023-05-17-joint-statement/clause-1.png', width: 1200, height: 630 },
      isPartOf: { '@type': 'CreativeWork', '@id': BASE, name: document.title, url: BASE },
    });
    expect(passageStructuredData(document, preamble, SITE)).toMatchObject({ position: 1, text: 'President Kasemal Tokayev paid a state visit.' });
  });

  it('writes JSON no text can break out of, which reads back the same', () => {
    const json = passageStructuredData(document, clause, SITE);
    const text = jsonLdText(json);
    expect(text).not.toContain('<');
    expect(text).toContain('\\u003c/script>');
    expect(JSON.parse(text)).toEqual(json);
  });

  it('refuses a passage of another document', () => {
    const other = { ...document, id: 'other', passages: [preamble] };
    expect(() => passageStructuredData(other, clause, SITE)).toThrow('clause-1 is not a passage of other');
  });
});
