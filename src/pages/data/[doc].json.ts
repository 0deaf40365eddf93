import type { APIRoute, GetStaticPaths } from 'astro';
import { getDocuments, getEdition } from '../../lib/content';
import type { Document } from '../../lib/documents';
import { documentExport, toJsonFile } from '../../lib/open-data';
import { deployment } from '../../lib/urls';

export const getStaticPaths = (async () => (await getDocuments()).map((document) => ({ params: { doc: document.id }, props: { document } }))) satisfies GetStaticPaths;

/** One document and every passage, with its verbatim text, themes, notes and permalink. */
export const GET: APIRoute<{ document: Document }> = async ({ props, site }) =>
  new Response(toJsonFile(documentExport(await getEdition(), props.document, deployment(site))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
