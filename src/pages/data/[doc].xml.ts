import type { APIRoute, GetStaticPaths } from 'astro';
import { getDocuments, getEdition } from '../../lib/content';
import type { Document } from '../../lib/documents';
import { documentExport } from '../../lib/open-data';
import { documentTei } from '../../lib/tei';
import { deployment } from '../../lib/urls';

export const getStaticPaths = (async () => (await getDocuments()).map((document) => ({ params: { doc: document.id }, props: { document } }))) satisfies GetStaticPaths;

/** The document as TEI P5: its verbatim text, the editors' corrections and notes beside it, and the names the glossary explains. */
export const GET: APIRoute<{ document: Document }> = async ({ props, site }) => {
  const edition = await getEdition();
  const where = deployment(site);
  return new Response(documentTei(documentExport(edition, props.document, where), edition.glossary, where), {
    headers: { 'Content-Type': 'application/tei+xml; charset=utf-8' },
  });
};
