import type { APIRoute, GetStaticPaths } from 'astro';
import { getDocuments } from '../../lib/content';
import type { Document } from '../../lib/documents';
import { documentRis } from '../../lib/ris-file';
import { absoluteUrl, deployment, documentPath, passagePath } from '../../lib/urls';

export const getStaticPaths = (async () => (await getDocuments()).map((document) => ({ params: { doc: document.id }, props: { document } }))) satisfies GetStaticPaths;

/** The document and each of its passages as RIS records with their permalinks, for reference managers. */
export const GET: APIRoute<{ document: Document }> = ({ props: { document }, site }) => {
  // deployment() fails with the reason when no `site` is configured: a record needs a full address.
  const origin = deployment(site).site;
  const ris = documentRis(document, absoluteUrl(documentPath(document.id), origin), (p) => absoluteUrl(passagePath(document.id, p.id), origin));
  return new Response(ris, { headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' } });
};
