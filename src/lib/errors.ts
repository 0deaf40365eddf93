/** One problem found in a content file, with the line it was found on when known. */
export interface Problem {
  line?: number | undefined;
  message: string;
}

/**
 * A content file that cannot be published as it is. The message names the file and
 * every problem found in it, so that one build run reports them all.
 */
export class ContentError extends Error {
  readonly file: string;
  readonly problems: readonly Problem[];

  constructor(file: string, problems: readonly Problem[]) {
    const lines = problems.map((p) => `  - ${file}${p.line ? `:${p.line}` : ''}: ${p.message}`);
    super(`${file} cannot be published:\n${lines.join('\n')}`);
    this.name = 'ContentError';
    this.file = file;
    this.problems = problems;
  }
}
