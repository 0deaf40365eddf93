import type { APIRoute, GetStaticPaths } from 'astro';
import { getDocuments, getEdition } from '../../lib/content';
import { documentPlainText } from '../../lib/document-files';
import type { Document } from '../../lib/documents';
import { documentExport } from '../../lib/open-data';
import { deployment } from '../../lib/urls';

export const getStaticPaths = (async () => (await getDocuments()).map((document) => ({ params: { doc: document.id }, props: { document } }))) satisfies GetStaticPaths;

/** The document as plain text: a short header, then each passage's label and verbatim text. */
export const GET: APIRoute<{ document: Document }> = async ({ props, site }) =>
  new Response(documentPlainText(documentExport(await getEdition(), props.document, deployment(site))), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
