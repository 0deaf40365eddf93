import type { Document } from './documents';
import { passageText, type Passage } from './passages';
import type { RecordDocument } from './record';
import type { Reference } from './references';
import { SITE_DESCRIPTION, SITE_TITLE } from './site';
import { CARD_HEIGHT, CARD_WIDTH, catalogueCard, documentCard, passageCard } from './social-cards';
import { absoluteUrl, documentPath, homePath, passagePath } from './urls';

/** A schema.org node as plain JSON. */
export type JsonLd = { [key: string]: JsonValue };
type JsonValue = string | number | boolean | JsonLd | JsonValue[];

const CONTEXT = 'https://schema.org';

/** The site, named once; every document and passage is part of it. */
export function webSite(site: URL): JsonLd {
  const url = absoluteUrl(homePath(), site);
  return { '@type': 'WebSite', '@id': `${url}#website`, name: SITE_TITLE, description: SITE_DESCRIPTION, url };
}

function image(path: string, site: URL): JsonLd {
  return { '@type': 'ImageObject', url: absoluteUrl(path, site), width: CARD_WIDTH, height: CARD_HEIGHT };
}

/**
 * A document as a schema.org CreativeWork, its permalink its @id. CreativeWork fits every
 * kind the edition publishes: Legislation would claim a legal force a joint statement does
 * not have, and Report or NewsArticle would fit the talks readout only; the kind is its genre.
 * The work described is the text in English as the edition gives it: made on the day and at
 * the place of the event, published in the copy the edition reproduces (isBasedOn), and, when
 * it came into English, a translation of an original whose language is all that is known.
 */
export function documentStructuredData(doc: Document, site: URL): JsonLd {
  const url = absoluteUrl(documentPath(doc.id), site);
  const { source } = doc;
  return {
    ...work(doc, url),
    inLanguage: 'en',
    datePublished: source.date,
    publisher: { '@type': 'Organization', name: source.publisher },
    ...(source.url ? { isBasedOn: source.url } : {}),
    ...(source.translation === 'none'
      ? {}
      : { translationOfWork: { '@type': 'CreativeWork', inLanguage: { '@type': 'Language', name: source.originalLanguage } } }),
    image: image(documentCard(doc).path, site),
    isPartOf: webSite(site),
    hasPart: doc.passages.map((p) => ({ '@id': absoluteUrl(passagePath(doc.id, p.id), site), name: p.label })),
  };
}

/** What any document of the record is, as a work: its names, kind, summary, and when and where it was made. */
function work(doc: Pick<RecordDocument, 'title' | 'shortTitle' | 'kind' | 'summary' | 'date' | 'place'>, url: string): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'CreativeWork',
    '@id': url,
    url,
    name: doc.title,
    alternateName: doc.shortTitle,
    genre: doc.kind.label,
    description: doc.summary,
    dateCreated: doc.date,
    ...(doc.place ? { locationCreated: { '@type': 'Place', name: doc.place.name, containedInPlace: { '@type': 'Country', name: doc.place.country } } } : {}),
  };
}

/**
 * A catalogued document: the work itself, whose text the edition does not hold. Its page is
 * about it (`url`); the places that publish it are `sameAs`, the first being its official text.
 */
export function catalogueStructuredData(doc: RecordDocument, references: readonly Pick<Reference, 'url'>[], site: URL): JsonLd {
  const url = absoluteUrl(documentPath(doc.id), site);
  return {
    ...work(doc, url),
    sameAs: references.map((r) => r.url),
    image: image(catalogueCard(doc).path, site),
    isPartOf: webSite(site),
  };
}

/** A passage: its label, its verbatim text, its place in the document, the document it is part of. */
export function passageStructuredData(doc: Document, passage: Passage, site: URL): JsonLd {
  const position = doc.passages.indexOf(passage) + 1;
  if (position === 0) throw new Error(`${passage.id} is not a passage of ${doc.id}`);
  const url = absoluteUrl(passagePath(doc.id, passage.id), site);
  const documentUrl = absoluteUrl(documentPath(doc.id), site);
  return {
    '@context': CONTEXT,
    '@type': 'CreativeWork',
    '@id': url,
    url,
    name: passage.label,
    text: passageText(passage),
    position,
    inLanguage: 'en',
    image: image(passageCard(doc, passage).path, site),
    isPartOf: { '@type': 'CreativeWork', '@id': documentUrl, name: doc.title, url: documentUrl },
  };
}

/**
 * The JSON for a `<script type="application/ld+json">` block. Every `<` is written `\u003c`,
 * so that no text ("</script>", "<!--") can end the block early; JSON reads it back the same.
 */
export function jsonLdText(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
