import { relative, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ProjectError } from '../../lib/errors';

/** What a job module sends back: its result, or its error as plain data (a worker cannot send the class). */
type Reply<R> = { result: R } | { error: { name: string; message: string; hint?: string } };

/**
 * Runs the `run` export of the module at `job` in a worker thread, given `data`: the
 * build's work that needs no page (cards, the search index) runs there on the second core
 * while Astro renders pages on the first.
 */
export function runInWorker<R>(job: URL, data: unknown): Promise<R> {
  return new Promise((done, fail) => {
    const worker = new Worker(new URL('./entry.ts', import.meta.url), { workerData: { job: job.href, data } });
    worker.once('message', (reply: Reply<R>) => {
      if ('result' in reply) done(reply.result);
      else fail(new ProjectError(reply.error.name, reply.error.message, reply.error.hint ?? ''));
    });
    worker.once('error', fail);
    worker.once('exit', (code) => fail(new Error(`${job.pathname}: the worker stopped (exit code ${code}) before it was done`)));
  });
}

/**
 * The content folder as a job reads it: relative to the working directory, as the loaders name
 * files in their messages (a worker thread shares the process's working directory).
 */
export function contentFolder(root: string, contentDir: string): string {
  return relative(process.cwd(), resolve(root, contentDir)) || '.';
}
