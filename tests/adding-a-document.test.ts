// The editor's path, for real: scaffold a document from a source, build it as it is (a draft),
// see CI refuse it until the placeholders are filled; and the dev server refusing wrong text.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../src/loaders/content-check';
import { parseSourceText } from '../src/lib/sources';
import { ROOT, TMP, buildEnvironment, buildSite } from './support/build';
import { fixture } from './support/fixtures';

const SOURCE = [
  ' date 2022-03-04 The *First* Republic and the Second Republic issue this statement on {cooperation} <today>.',
  '1. Trade will grow by 10% a year; see https://example.org/a_b?c=1&d=2 or write to press@example.org.',
  '# Not a heading, and not a list:\n- a line of the source that starts with a dash\n> nor a quotation',
  '2) The sides welcome the Қазақстан–Россия route & the [new] corridor | ~fast~ `code` \\ export *quotas*.',
].join('\n\n');
const ID = '2022-03-04-test-press-statement';

function newDocument(contentDir: string, args: string[]) {
  const result = spawnSync(process.execPath, ['--import', './scripts/register-ts.ts', 'scripts/new-document.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const ARGS = ['--source', 'test-press.txt', '--id', ID, '--kind', 'joint-statement', '--title', 'A Test Press Statement', '--date', '2022-03-04', '--place', 'Testville, First Republic', '--translation', 'none'];

describe('a document added with the scaffolder', () => {
  const contentDir = relative(ROOT, fixture('scaffolded', [{ file: 'sources/test-press.txt', write: SOURCE }]));
  const file = join(contentDir, 'documents', `${ID}.mdx`);
  const scaffolded = newDocument(contentDir, ARGS);

  it('writes one passage per source paragraph, numbered as its kind numbers them, reading back as the source', () => {
    expect(scaffolded.status, scaffolded.output).toBe(0);
    const { edition, errors, drafts } = checkContent(contentDir);
    expect(errors.map((e) => e.message)).toEqual([]);
    const document = edition.documents.find((d) => d.id === ID)!;
    // The paragraph before the first numbered one is the preamble; the rest are clauses.
    expect(document.passages.map((p) => p.id)).toEqual(['preamble-1', 'clause-1', 'clause-2', 'clause-3']);
    expect(document.passages.flatMap((p) => p.blocks)).toEqual(parseSourceText(SOURCE).paragraphs);
    expect(drafts.flatMap((d) => d.problems.map((p) => p.message.split(' ')[0]))).toEqual(
      expect.arrayContaining(['shortTitle', 'parties[0]', 'summary', 'source.description', 'source.publisher', 'source.originalLanguage', '<Clause']),
    );
  });

  it('never overwrites a document', () => {
    const again = newDocument(contentDir, ARGS);
    expect(again.status).not.toBe(0);
    expect(again.output).toContain(`${file} exists: the scaffolder never overwrites a document`);
  });

  it('builds as a draft, each placeholder named as a warning; CI refuses it until they are filled', () => {
    const draft = buildSite({ contentDir, outDir: join(TMP, 'fixture-builds', 'scaffolded'), env: { CI: '', PERMALINKS: 'update' } });
    expect(draft.status, draft.output).toBe(0);
    expect(draft.output).toMatch(new RegExp(`${file}:\\d+: summary is still "TODO": fill it in`));
    expect(readFileSync(join(draft.outDir, 'documents', ID, 'clause-3', 'index.html'), 'utf8')).toContain('Қазақстан–Россия route &amp; the [new] corridor | ~fast~ `code`');
    // Its social card draws the Kazakh and Russian letters.
    expect(existsSync(join(draft.outDir, 'cards', ID, 'clause-3.png'))).toBe(true);

    const strict = checkContent(contentDir, { strict: true }).errors.map((e) => e.message).join('\n');
    expect(strict).toMatch(/summary is still "TODO"/);
    expect(strict).toMatch(/<Clause id="clause-1">: themes is still "TODO"/);

    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/"TODO: [^"]*"/g, '"Filled in by the editor"').replaceAll('themes="TODO"', 'themes="partnership"'));
    expect(checkContent(contentDir, { strict: true }).errors.map((e) => e.message)).toEqual([]);
  });
});

describe('the dev server', () => {
  const contentDir = relative(ROOT, fixture('dev-server'));
  const talks = join(contentDir, 'documents', '2021-02-02-test-talks.mdx');
  const port = 4500 + Math.floor(Math.random() * 400);
  const url = `http://localhost:${port}/documents/2021-02-02-test-talks/para-2/`;
  let server: ReturnType<typeof spawn>;
  let log = '';

  beforeAll(async () => {
    server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port)], {
      cwd: ROOT,
      env: { ...buildEnvironment(), CONTENT_DIR: contentDir, CACHE_DIR: join(TMP, 'dev-server-cache'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    });
    server.stdout!.on('data', (d) => (log += d));
    server.stderr!.on('data', (d) => (log += d));
    await until(async () => (await fetch(url).catch(() => undefined))?.status === 200, 90_000).catch((error: Error) => {
      throw new Error(`${error.message}\n${log}`);
    });
  });

  afterAll(() => {
    server?.kill();
  });

  it('answers a page whose text no longer matches its source, or whose id is taken twice, with the problem, never with the page', async () => {
    const original = readFileSync(talks, 'utf8');
    const page = await fetch(url);
    expect(await page.text()).toContain('The first leader said trade had doubled.');

    writeFileSync(talks, original.replace('trade had doubled', 'trade had tripled'));
    const changed = await until(async () => {
      const response = await fetch(url);
      return response.status === 500 ? response.text() : undefined;
    }, 30_000);
    // The error page (Astro's overlay) carries the problem; the log names it too.
    expect(changed).toContain('<title>ContentProblems</title>');
    expect(changed).not.toContain('tripled');
    expect(log).toMatch(/2021-02-02-test-talks\.mdx:\d+: para-2 does not match paragraph 2 of/);

    writeFileSync(talks, original.replace('id="para-3"', 'id="para-2"'));
    await until(async () => log.includes('duplicate id "para-2"') && (await fetch(url)).status === 500, 30_000);

    writeFileSync(talks, original);
    await until(async () => (await fetch(url)).status === 200, 30_000);
    expect(existsSync(talks)).toBe(true);
  });
});

/** Polls until `check` gives a value (or true), failing after `ms` with the server's log. */
async function until<T>(check: () => Promise<T | undefined | false>, ms: number): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error('timed out waiting for the dev server');
    await new Promise((r) => setTimeout(r, 250));
  }
}
