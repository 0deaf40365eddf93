import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Problem } from './errors';
import { parseMdx, renderBlocks } from './markdown';
import {
  ID_PATTERN,
  PASSAGE_ELEMENTS,
  THEMES_PER_PASSAGE,
  RESERVED_ID_PREFIX,
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
export function parseDocumentBody(body: string, lineOffset = 0): { body: DocumentBody; problems: Problem[] } {
  const problems: Problem[] = [];
  const result: DocumentBody = { sections: [], passages: [] };
  let tree;
  try {
    tree = parseMdx(body);
  } catch (error) {
    const e = error as { line?: number; place?: { line?: number; start?: { line?: number } }; reason?: string; message: string };
    const at = e.line ?? e.place?.line ?? e.place?.start?.line;
    problems.push({ line: at === undefined ? undefined : at + lineOffset, message: `MDX syntax error: ${e.reason ?? e.message}` });
    return { body: result, problems };
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
    if (spec.attributes.some((a) => a === 'speaker') && !speaker) {
      problems.push({ line, message: `<${name} id="${id}"> needs a speaker: a key of the front matter's speakers, or "narration"` });
    }

    const themes = readThemes(attrs.get('themes'), `<${name} id="${id}">`, spec.kind, line, problems);

    const blocks: string[] = [];
    const content: RootContent[] = [];
    for (const child of node.children as RootContent[]) {
      if (child.type === 'paragraph') {
        blocks.push(toString(child));
        content.push(child);
      } else if (child.type === 'table') {
        blocks.push(...tableRows(child));
        content.push(child);
      } else if (!isComment(child)) {
        problems.push({ line: lineOf(child), message: `${describe(child)} inside <${name} id="${id}">: a passage holds only paragraphs and tables of the source text` });
      }
    }
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
  return { body: result, problems };
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
): string[] {
  const themes = (value ?? '').split(/\s+/).filter(Boolean);
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
  if (id.startsWith(RESERVED_ID_PREFIX)) {
    problems.push({ line, message: `<${element} id="${id}">: ids beginning "${RESERVED_ID_PREFIX}" are reserved for the page layout` });
    return false;
  }
  return true;
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

function excerptOf(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

