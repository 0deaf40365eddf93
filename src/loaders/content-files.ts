import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, isNode, parseDocument, type Document as YamlDocument } from 'yaml';
import type { z } from 'astro/zod';
import type { Problem } from '../lib/errors';

/**
 * Reading content files from disk, with every problem reported against its file and line:
 * the loaders of the build and `npm run check:content` read content through here, so that
 * both say the same thing about the same file.
 */

/** One content file: its id (the file name without extension), its path as messages name it, its data. */
export interface ContentFile<T> {
  id: string;
  file: string;
  data: T;
}

/** The files of a folder, by name, without hidden files; none when the folder does not exist. */
export function listFolder(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isFile() && !d.name.startsWith('.'))
      .map((d) => d.name)
      .sort();
  } catch {
    return [];
  }
}

/** Where in a YAML text each field is, so that schema problems name the line. */
export interface YamlText {
  value: unknown;
  /** The line (from 1, within the YAML text) of a field, or of its nearest parent that exists. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  problems: Problem[];
}

export function parseYaml(text: string, lineOffset = 0): YamlText {
  const lineCounter = new LineCounter();
  // YAML 1.2's core schema: an unquoted date stays text, never a timestamp that rolls 30 February over.
  const doc: YamlDocument = parseDocument(text, { lineCounter, prettyErrors: false, schema: 'core' });
  const problems: Problem[] = doc.errors.map((e) => ({
    line: lineCounter.linePos(e.pos[0]).line + lineOffset,
    message: `YAML: ${e.message.split('\n')[0]}`,
  }));
  const lineOf = (path: readonly PropertyKey[]) => {
    for (let n = path.length; n >= 0; n -= 1) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line + lineOffset;
    }
    return undefined;
  };
  return { value: problems.length ? undefined : doc.toJS(), lineOf, problems };
}

/** A schema's complaints as problems: "source.publisher: Required", each on its line. */
export function schemaProblems(error: z.ZodError, lineOf: YamlText['lineOf']): Problem[] {
  return error.issues.flatMap((issue) => {
    // A misspelt field is reported where it is written, by name.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ line: lineOf([...issue.path, key]), message: `${formatPath([...issue.path, key])}: not a field here (misspelt?)` }));
    }
    const missing = /^Invalid input: expected (\w+), received undefined$/.exec(issue.message);
    const message = missing ? `missing: this field is required (${missing[1]})` : issue.message;
    return [{ line: lineOf(issue.path), message: `${issue.path.length ? `${formatPath(issue.path)}: ` : ''}${message}` }];
  });
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i ? '.' : ''}${String(k)}`)).join('');
}

/** Reads and validates a YAML file against its schema. */
function readYamlFile<S extends z.ZodType>(path: string, schema: S, raw = readFileSync(path, 'utf8')): { data?: z.output<S>; problems: Problem[] } {
  const yaml = parseYaml(raw);
  if (yaml.problems.length) return { problems: yaml.problems };
  const result = schema.safeParse(yaml.value);
  if (!result.success) return { problems: schemaProblems(result.error, yaml.lineOf) };
  return { data: result.data, problems: [] };
}

/** A folder of YAML files, each validated: the entries that are valid, and the problems of every file. */
export function readYamlFolder<S extends z.ZodType>(
  dir: string,
  schema: S,
): { entries: ContentFile<z.output<S>>[]; problems: Map<string, Problem[]> } {
  const entries: ContentFile<z.output<S>>[] = [];
  const problems = new Map<string, Problem[]>();
  for (const name of listFolder(dir)) {
    const file = join(dir, name);
    if (!name.endsWith('.yaml')) {
      problems.set(file, [{ message: 'content files here are .yaml; this file would be ignored' }]);
      continue;
    }
    const read = readYamlFile(file, schema);
    if (read.problems.length) problems.set(file, read.problems);
    else entries.push({ id: name.slice(0, -'.yaml'.length), file, data: read.data as z.output<S> });
  }
  return { entries, problems };
}

/** A document file split into its front matter and body; `lineOffset` counts the lines before the body. */
export function splitFrontMatter(raw: string): { frontMatter: string; body: string; lineOffset: number } | undefined {
  const match = /^---[ \t]*\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(raw);
  if (!match) return undefined;
  return { frontMatter: match[1] ?? '', body: raw.slice(match[0].length), lineOffset: match[0].split('\n').length - 1 };
}
