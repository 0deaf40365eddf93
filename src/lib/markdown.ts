import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Root as HastRoot } from 'hast';
import type { Root, RootContent } from 'mdast';

/**
 * The project's Markdown plugins, in one list for both pipelines that read content:
 * Astro's own MDX processor (astro.config.mjs) and the document parser below.
 */
export const remarkPlugins = [remarkGfm];
export const rehypePlugins: [] = [];

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkPlugins);
const renderer = unified().use(remarkRehype).use(rehypePlugins).use(rehypeStringify);

/** Parses an MDX body into its syntax tree; syntax errors carry the line they were found on. */
export function parseMdx(body: string): Root {
  return parser.runSync(parser.parse(body)) as Root;
}

/** Renders Markdown block nodes (paragraphs, tables) to an HTML string. */
export function renderBlocks(nodes: RootContent[]): string {
  const tree: Root = { type: 'root', children: nodes };
  const hast = renderer.runSync(tree) as HastRoot;
  return renderer.stringify(hast);
}
