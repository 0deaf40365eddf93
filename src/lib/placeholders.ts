import type { Problem } from './errors';

/**
 * What the scaffolder writes where only the editors can know the value: a text starting
 * "TODO", or the theme "TODO". A document with one builds, so that the editor can read it,
 * but is reported until every placeholder is filled, and never published from CI.
 */
export const PLACEHOLDER = 'TODO';

function isPlaceholder(value: unknown): boolean {
  return typeof value === 'string' && /^TODO\b/.test(value.trim());
}

/** The front matter fields still holding a placeholder, as paths: `summary`, `source.publisher`, `parties[0]`. */
export function placeholderFields(data: unknown, path = ''): string[] {
  if (isPlaceholder(data)) return [path];
  if (Array.isArray(data)) return data.flatMap((item, i) => placeholderFields(item, `${path}[${i}]`));
  if (data && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) => placeholderFields(value, path ? `${path}.${key}` : key));
  }
  return [];
}

/** One warning per field, with the line the field is on when known. */
export function placeholderWarnings(fields: readonly string[], lineOf: (field: string) => number | undefined): Problem[] {
  return fields.map((field) => ({ line: lineOf(field), message: `${field} is still "${PLACEHOLDER}": fill it in` }));
}
