import { AstroError } from 'astro/errors';

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

/**
 * An error of the project's own, with its own hint. Astro replaces the hint of any error whose
 * text (toString) contains "document" or "window", taking it for a browser API used on the
 * server; the files and URLs these errors name contain "documents/", so toString gives the
 * error's name and a summary, and the message and hint stay the project's.
 */
export class ProjectError extends AstroError {
  constructor(name: string, message: string, hint: string, options?: { cause?: unknown }) {
    super(message, hint);
    this.name = name;
    if (options?.cause !== undefined) this.cause = options.cause;
  }

  override toString(): string {
    return `${this.name}: see the message`;
  }
}

/** Every content problem of a run, thrown once: the message lists each file and line. */
export class ContentProblems extends ProjectError {
  readonly count: number;

  /** The files' errors, or the message of errors already formatted (kept by the dev server with a document). */
  constructor(errors: readonly ContentError[] | string, hint: string) {
    super('ContentProblems', typeof errors === 'string' ? errors : errors.map((e) => e.message).join('\n'), hint);
    this.count = typeof errors === 'string' ? errors.split('\n  - ').length - 1 : errors.reduce((n, e) => n + e.problems.length, 0);
  }

  override toString(): string {
    return `${this.name}: ${this.count} problem${this.count === 1 ? '' : 's'} in the content`;
  }
}
