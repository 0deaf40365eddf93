import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { Node, Parent, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Problem } from './errors';
import type { WrittenText } from './fidelity';
import { parseMdx, renderBlocks } from './markdown';
import { lintMdxText } from './mdx-lint';
import { PLACEHOLDER } from './placeholders';
import {
  ID_PATTERN,
  PASSAGE_ELEMENTS,
  THEMES_PER_PASSAGE,
  RESERVED_ID_PREFIX,
  RESERVED_PASSAGE_IDS,
  isPassageElement,
  numberInId,
  type Passage,
  type Section,
  type SectionBoundary,
} from './passages';

export interface DocumentBody {
  sections: Section[];
  passages: Passage[];
}

const SECTION_ATTRIBUTES = ['id', 'title', 'boundary', 'note'] as const;
const BOUNDARIES: readonly SectionBoundary[] = ['in-text', 'confirmed', 'inferred'];
const PASSAGE_NAMES = Object.keys(PASSAGE_ELEMENTS).map((n) => `<${n}>`).join(', ');

/**
 * Reads a document's MDX body into its sections and passages. The body is nothing but
 * passages, optionally grouped in sections; anything else is reported, never dropped.
 */
export interface BodyOptions {
  /** Lines of the file before the body (the front matter), so that problems name lines of the file. */
  lineOffset?: number | undefined;
  /** Whether every `<Paragraph>` must say who speaks (the document's kind says). */
  speakers?: boolean | undefined;
}

export interface BodyReading {
  body: DocumentBody;
  problems: Problem[];
  /** Placeholders the scaffolder left (`themes="TODO"`): warnings, not errors. */
  placeholders: Problem[];
  /** The text of every passage element in order, those with problems included, for the comparison with the source. */
  texts: WrittenText[];
}

export function parseDocumentBody(source: string, { lineOffset = 0, speakers = false }: BodyOptions = {}): BodyReading {
  const result: DocumentBody = { sections: [], passages: [] };
  const placeholders: Problem[] = [];
  const texts: WrittenText[] = [];
  // Characters MDX would read as code are reported, then escaped, so that the other checks still run.
  const { body, problems } = lintMdxText(source, lineOffset);
  let tree;
  try {
    tree = parseMdx(body);
  } catch (error) {
    const e = error as { line?: number; place?: { line?: number; start?: { line?: number } }; reason?: string; message: string };
    const at = e.line ?? e.place?.line ?? e.place?.start?.line;
    problems.push({ line: at === undefined ? undefined : at + lineOffset, message: `MDX syntax error: ${e.reason ?? e.message}` });
    return { body: result, problems, placeholders, texts };
  }

  // Lines are reported as lines of the file: the body starts after the front matter.
  const lineOf = (node: { position?: { start: { line: number } } | undefined }) => {
    const line = node.position?.start.line;
    return line === undefined ? undefined : line + lineOffset;
  };
  const seenIds = new Map<string, number>();
  const claimId = (id: string, line: number | undefined) => {
    const first = seenIds.get(id);
    if (first !== undefined) {
      problems.push({ line, message: `duplicate id "${id}" (first used on line ${first})` });
      return false;
    }
    seenIds.set(id, line ?? 0);
    return true;
  };

  const readPassage = (node: MdxJsxFlowElement, sectionId: string | undefined) => {
    const line = lineOf(node);
    const name = node.name as keyof typeof PASSAGE_ELEMENTS;
    const spec = PASSAGE_ELEMENTS[name];
    const attrs = readAttributes(node, spec.attributes, line, problems);
    const id = attrs.get('id');
    // The text is read first, so that it is checked against the source whatever else is wrong.
    const blocks: string[] = [];
    const content: RootContent[] = [];
    for (const child of node.children as RootContent[]) {
      if (child.type === 'paragraph') {
        blocks.push(toString(child));
        content.push(child);
        problems.push(...formattingIn(child, body, lineOffset));
      } else if (child.type === 'table') {
        blocks.push(...tableRows(child));
        content.push(child);
        problems.push(...formattingIn(child, body, lineOffset));
      } else if (!isComment(child)) {
        problems.push({ line: lineOf(child), message: `${describe(child)} inside <${name}${id ? ` id="${id}"` : ''}>: a passage holds only paragraphs and tables of the source text${hintFor(child)}` });
      }
    }
    texts.push({ name: id || `<${name}> on line ${line}`, line, blocks });
    if (!id) {
      problems.push({ line, message: `<${name}> has no id: write one, e.g. <${name} id="${spec.kind === 'closing' ? 'signing' : `${spec.kind === 'paragraph' ? 'para' : spec.kind}-1`}">` });
      return;
    }
    if (!checkId(id, name, line, problems) || !claimId(id, line)) return;

    let label: string | undefined;
    if (spec.labelPrefix) {
      const n = numberInId(id);
      if (!n) problems.push({ line, message: `<${name} id="${id}">: the id of a numbered passage ends in its number (e.g. "${spec.kind === 'paragraph' ? 'para' : spec.kind}-3")` });
      else label = `${spec.labelPrefix} ${n}`;
    } else {
      label = attrs.get('label');
      if (!label) problems.push({ line, message: `<${name} id="${id}"> needs a label, e.g. label="Signing"` });
    }
    const speaker = attrs.get('speaker');
    if (speakers && name === 'Paragraph' && !speaker) {
      problems.push({ line, message: `<${name} id="${id}"> needs a speaker: a key of the front matter's speakers, or "narration"` });
    }

    const themes = readThemes(attrs.get('themes'), `<${name} id="${id}">`, spec.kind, line, problems, placeholders);

    if (blocks.length === 0) problems.push({ line, message: `<${name} id="${id}"> has no text` });
    if (!label || blocks.length === 0) return;
    result.passages.push({
      id,
      kind: spec.kind,
      label,
      ...(sectionId ? { sectionId } : {}),
      ...(speaker ? { speaker } : {}),
      themes,
      blocks,
      html: renderBlocks(content),
      line: line ?? 0,
    });
  };

  for (const node of tree.children) {
    if (node.type === 'mdxJsxFlowElement' && node.name === 'Section') {
      const line = lineOf(node);
      const attrs = readAttributes(node, SECTION_ATTRIBUTES, line, problems);
      const id = attrs.get('id');
      const title = attrs.get('title');
      const boundary = attrs.get('boundary');
      const note = attrs.get('note');
      if (!id) problems.push({ line, message: '<Section> has no id: write one, e.g. <Section id="section-1" title="…">' });
      else if (checkId(id, 'Section', line, problems)) claimId(id, line);
      if (!title) problems.push({ line, message: `<Section${id ? ` id="${id}"` : ''}> has no title` });
      if (boundary && !BOUNDARIES.includes(boundary as SectionBoundary)) {
        problems.push({ line, message: `<Section id="${id}">: boundary must be one of ${BOUNDARIES.join(', ')}; got "${boundary}"` });
      }
      if (boundary && !note) problems.push({ line, message: `<Section id="${id}">: a boundary needs a note saying how it is known` });
      if (id && title) {
        result.sections.push({
          id,
          title,
          ...(boundary ? { boundary: boundary as SectionBoundary } : {}),
          ...(note ? { note } : {}),
        });
      }
      let passageCount = 0;
      for (const child of node.children as RootContent[]) {
        if (child.type === 'mdxJsxFlowElement' && isPassageElement(child.name)) {
          passageCount += 1;
          readPassage(child, id);
        }
        else if (!isComment(child)) {
          problems.push({ line: lineOf(child), message: `${describe(child)} inside <Section${id ? ` id="${id}"` : ''}>: a section holds only passages (${PASSAGE_NAMES})` });
        }
      }
      if (passageCount === 0) problems.push({ line, message: `<Section${id ? ` id="${id}"` : ''}> has no passages` });
    } else if (node.type === 'mdxJsxFlowElement' && isPassageElement(node.name)) {
      readPassage(node, undefined);
    } else if (!isComment(node)) {
      problems.push({ line: lineOf(node), message: `${describe(node)} outside any passage: the body holds only <Section> and passages (${PASSAGE_NAMES})` });
    }
  }
  return { body: result, problems, placeholders, texts };
}

function readAttributes(
  node: MdxJsxFlowElement,
  allowed: readonly string[],
  line: number | undefined,
  problems: Problem[],
): Map<string, string> {
  const values = new Map<string, string>();
  for (const attr of node.attributes as (MdxJsxAttribute | MdxJsxExpressionAttribute)[]) {
    if (attr.type !== 'mdxJsxAttribute') {
      problems.push({ line, message: `<${node.name}>: spread attributes are not allowed` });
    } else if (!allowed.includes(attr.name)) {
      problems.push({ line, message: `<${node.name}>: unknown attribute "${attr.name}" (allowed: ${allowed.join(', ')})` });
    } else if (typeof attr.value !== 'string') {
      problems.push({ line, message: `<${node.name}>: attribute "${attr.name}" must be a quoted string, e.g. ${attr.name}="…"` });
    } else {
      values.set(attr.name, attr.value.trim());
    }
  }
  return values;
}

/** `themes="energy trade-investment"`: theme ids separated by spaces, each at most once. */
function readThemes(
  value: string | undefined,
  element: string,
  kind: Passage['kind'],
  line: number | undefined,
  problems: Problem[],
  placeholders: Problem[],
): string[] {
  const written = (value ?? '').split(/\s+/).filter(Boolean);
  const themes = written.filter((t) => t !== PLACEHOLDER);
  if (themes.length < written.length) {
    placeholders.push({ line, message: `${element}: themes is still "${PLACEHOLDER}": give one to ${THEMES_PER_PASSAGE.max} theme ids from content/themes/` });
    return [...new Set(themes)];
  }
  const { min, max } = { min: THEMES_PER_PASSAGE.min[kind], max: THEMES_PER_PASSAGE.max };
  const bad = themes.filter((t) => !ID_PATTERN.test(t));
  if (bad.length) problems.push({ line, message: `${element}: "${bad.join('", "')}" is not a theme id (themes="energy trade-investment")` });
  const repeated = themes.filter((t, i) => themes.indexOf(t) !== i);
  if (repeated.length) problems.push({ line, message: `${element}: theme "${repeated[0]}" is given twice` });
  if (themes.length < min) problems.push({ line, message: `${element} needs ${min === 1 ? 'a theme' : `${min} themes`}: write themes="…" with one to ${max} ids from content/themes/` });
  if (themes.length > max) problems.push({ line, message: `${element} has ${themes.length} themes; a passage carries at most ${max}` });
  return [...new Set(themes)];
}

function checkId(id: string, element: string, line: number | undefined, problems: Problem[]): boolean {
  if (!ID_PATTERN.test(id)) {
    problems.push({ line, message: `<${element} id="${id}">: an id is lower-case letters and digits joined by hyphens` });
    return false;
  }
  if (RESERVED_PASSAGE_IDS.includes(id)) {
    problems.push({ line, message: `<${element} id="${id}">: "${id}" is the address of a page of the document itself (/documents/<doc-id>/${id}/); choose another id` });
    return false;
  }
  if (id.startsWith(RESERVED_ID_PREFIX)) {
    problems.push({ line, message: `<${element} id="${id}">: ids beginning "${RESERVED_ID_PREFIX}" are reserved for the page layout` });
    return false;
  }
  return true;
}

const FORMATTING: Record<string, string> = {
  emphasis: 'emphasis (italics)',
  strong: 'strong emphasis (bold)',
  delete: 'strikethrough',
  inlineCode: 'code',
  link: 'a link',
  linkReference: 'a link',
  image: 'an image',
  imageReference: 'an image',
  footnoteReference: 'a footnote',
  html: 'HTML',
  mdxJsxTextElement: 'an MDX element',
  mdxTextExpression: 'an MDX expression',
};

/**
 * Formatting Markdown read into the text: the text reads the same, but the page would show
 * what the source does not have. A passage is the source's plain text; its marks are escaped.
 */
function formattingIn(node: Parent, body: string, lineOffset: number): Problem[] {
  const found: Problem[] = [];
  const visit = (n: Node) => {
    const what = FORMATTING[n.type];
    // GFM links an address found in the text after reading it (the node has no place in the
    // file): its words are the source's own, and no escape can stop it. It stays a link.
    const autolink = n.type === 'link' && !n.position;
    if (what && !autolink) {
      const start = n.position?.start;
      const written = n.position ? `"${excerptOf(body.slice(n.position.start.offset, n.position.end.offset))}"` : 'some text';
      found.push({
        line: start ? start.line + lineOffset : undefined,
        message: `${start ? `column ${start.column}: ` : ''}Markdown read ${written} as ${what}: a passage is the source's plain text; write each mark the source has with a backslash ("\\*", "\\_", "\\[", "\\\`")`,
      });
      return;
    }
    if ('children' in n) for (const child of (n as Parent).children) visit(child);
  };
  for (const child of node.children) visit(child);
  return found;
}

/** Each row of a table is one line of the source; its cells were separated by single spaces. */
function tableRows(table: Table): string[] {
  return table.children.map((row) => row.children.map((cell) => toString(cell)).join(' '));
}

/** MDX comments, `{/* … *\/}`, are the editors' and are allowed anywhere. */
function isComment(node: RootContent): boolean {
  return node.type === 'mdxFlowExpression' && /^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value);
}

function describe(node: RootContent): string {
  if (node.type === 'mdxJsxFlowElement') return node.name ? `<${node.name}>` : 'a fragment (<>)';
  if (node.type === 'paragraph') return `text ("${excerptOf(toString(node))}")`;
  if (node.type === 'mdxjsEsm') return 'an import or export';
  if (node.type === 'mdxFlowExpression') return 'an expression ({…})';
  return `a ${node.type}`;
}

/** Text that Markdown read as a block of its own: how to write it so that it stays text. */
const BLOCK_HINTS: Partial<Record<RootContent['type'], string>> = {
  list: 'a line starting "1." or "1)" is read as a numbered list, "-", "+" or "*" as a bulleted one: escape the mark, "1\\." or "\\-"',
  heading: 'a line starting "#", or followed by a line of "=" or "-", is read as a heading: escape it, "\\#" or "\\="',
  blockquote: 'a line starting ">" is read as a quotation: write "\\>"',
  thematicBreak: 'a line of "*", "-" or "_" is read as a rule: escape the first, "\\*"',
  code: 'a line starting "```" or "~~~" is read as code: escape it, "\\`"',
};

/** "; a line starting "1." is read as a numbered list…": why Markdown made a block of the text, and the fix. */
function hintFor(node: RootContent): string {
  const hint = BLOCK_HINTS[node.type];
  return hint ? `; ${hint}` : '';
}

function excerptOf(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

