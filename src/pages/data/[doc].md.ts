import type { APIRoute, GetStaticPaths } from 'astro';
import { getDocuments, getEdition } from '../../lib/content';
import { documentMarkdown } from '../../lib/document-files';
import type { Document } from '../../lib/documents';
import { documentExport } from '../../lib/open-data';
import { deployment } from '../../lib/urls';

export const getStaticPaths = (async () => (await getDocuments()).map((document) => ({ params: { doc: document.id }, props: { document } }))) satisfies GetStaticPaths;

/** The document as Markdown: metadata, each passage under a heading that links to its permalink, the editors' notes. */
export const GET: APIRoute<{ document: Document }> = async ({ props, site }) =>
  new Response(documentMarkdown(documentExport(await getEdition(), props.document, deployment(site))), {
    headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
  });
