// The editorial apparatus and the citation tools in Chromium: a note's marker opens its note
// without JavaScript and the notes print; copy buttons appear only where they work, and copy
// the permalink and the exact text.
import { describe, expect, it } from 'vitest';
import { useBrowserAndSite } from '../support/browser-site';

const env = useBrowserAndSite();
const CLAUSE_5 = '/documents/2023-05-17-joint-statement/clause-5/';
const STATEMENT = '/documents/2023-05-17-joint-statement/';

describe('editorial notes in the browser', () => {
  it('opens a note from its marker without JavaScript, and leads back to the words', async () => {
    const context = await env.browser().newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 700 } });
    const page = await context.newPage();
    await page.goto(env.site().url(STATEMENT));
    const marker = page.locator('#clause-5 a.note-marker').first();
    expect(await marker.getAttribute('aria-label')).toBe('Editorial note a');
    // The letter is drawn by CSS: it is seen, though it is not in the text.
    expect(await marker.evaluate((el) => getComputedStyle(el, '::after').content)).toBe('"a"');
    await marker.click();
    const id = (await marker.getAttribute('href'))!.slice(1);
    expect(new URL(page.url()).hash).toBe(`#${id}`);
    const note = page.locator(`li#${id}`);
    expect(await note.isVisible()).toBe(true);
    expect(await note.evaluate((el) => el.matches(':target'))).toBe(true);
    const box = await note.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(700);
    await note.getByRole('link', { name: /Back to the words of note a/ }).click();
    expect(new URL(page.url()).hash).toBe(`#note-ref-${id.replace(/^note-/, '')}`);
    await context.close();
  });

  it('keeps the notes and their markers when printed, and leaves the copy buttons out', async () => {
    const page = await env.browser().newPage();
    await page.goto(env.site().url(CLAUSE_5));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.editorial-notes li').first().isVisible()).toBe(true);
    expect(await page.locator('a.note-marker').first().evaluate((el) => getComputedStyle(el, '::after').content)).toBe('"a"');
    expect(await page.locator('.citation-panel .citation').first().isVisible()).toBe(true);
    expect(await page.locator('.citation-panel button:visible').count()).toBe(0);
    await page.close();
  });

  it('copies exactly the source\'s words when a reader selects noted text: markers add nothing', async () => {
    const page = await env.browser().newPage();
    await page.goto(env.site().url(CLAUSE_5));
    const selected = await page.evaluate(() => {
      const text = document.querySelector('.passage-text')!;
      const range = document.createRange();
      range.selectNodeContents(text);
      getSelection()!.addRange(range);
      return getSelection()!.toString();
    });
    expect(selected).toContain('Kazakhstan warmly congratulated the 2023th National Congress of the Communist Party of China and the 10 Chinese Two Sessions');
    expect(selected).not.toMatch(/Congressa|successb/);
    await page.close();
  });
});

describe('citation tools in the browser', () => {
  it('shows the copy buttons only with JavaScript, and copies the permalink and the text with its citation', async () => {
    const context = await env.browser().newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(env.site().url(CLAUSE_5));
    const permalink = await page.locator('.citation-panel .permalink code').innerText();
    await page.getByRole('button', { name: 'Copy link' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(permalink);
    await expect.poll(() => page.getByRole('status').innerText()).toBe('Link copied');

    await page.getByRole('button', { name: 'Copy text with citation' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.startsWith('Kazakhstan warmly congratulated the 2023th National Congress')).toBe(true);
    expect(copied).toContain(`cl. 5, ${permalink}`);

    // Every other style is one disclosure away.
    await page.locator('.citation-panel .more > summary').click();
    await page.getByRole('button', { name: /Copy APA \(7th ed\.\) reference/ }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^People’s Republic of China & Republic of Kazakhstan\. \(2023, May 17\)\./);
    await context.close();

    const noScript = await env.browser().newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(env.site().url(CLAUSE_5));
    expect(await plain.locator('.citation-panel button:visible').count()).toBe(0);
    // Without JavaScript: the default citation, and every style in the disclosure.
    expect(await plain.locator('.citation-panel .chosen .citation').isVisible()).toBe(true);
    expect(await plain.locator('.citation-panel [data-style-chooser]').isVisible()).toBe(false);
    await plain.locator('.citation-panel .more > summary').click();
    expect(await plain.locator('.citation-panel .styles .citation').count()).toBe(7);
    expect(await plain.locator('.citation-panel .styles .citation:visible').count()).toBe(7);
    await noScript.close();
  });

  it('shows the citation in the reader’s chosen style, remembers it on every passage page, and copies it', async () => {
    const context = await env.browser().newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(env.site().url(CLAUSE_5));
    expect(await page.locator('.citation-panel .chosen-name').innerText()).toBe('Chicago note');
    await page.getByLabel('Style').selectOption({ label: 'APA reference' });
    const apa = /^People’s Republic of China & Republic of Kazakhstan\. \(2023, May 17\)\./;
    expect(await page.locator('.citation-panel .chosen .citation').innerText()).toMatch(apa);

    await page.goto(env.site().url('/documents/2024-07-03-astana-talks/para-10/'));
    expect(await page.locator('.citation-panel .chosen-name').innerText()).toBe('APA reference');
    const shown = await page.locator('.citation-panel .chosen .citation').innerText();
    expect(shown).toMatch(/^Ministry of Foreign Affairs of the People’s Republic of China\. \(2024, July 3\)\./);
    await page.locator('.citation-panel .chosen').getByRole('button', { name: 'Copy' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
    await expect.poll(() => page.getByRole('status').innerText()).toBe('APA reference copied');

    // Printed, the page keeps the chosen citation.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.citation-panel .chosen .citation').isVisible()).toBe(true);
    await context.close();
  });

  it('offers the Web Share API where the browser has it', async () => {
    const page = await env.browser().newPage();
    await page.addInitScript(() => {
      (window as unknown as { shared: unknown[] }).shared = [];
      Object.defineProperty(navigator, 'share', {
        value: (data: unknown) => {
          (window as unknown as { shared: unknown[] }).shared.push(data);
          return Promise.resolve();
        },
      });
    });
    await page.goto(env.site().url(CLAUSE_5));
    await page.getByRole('button', { name: 'Share…' }).click();
    const shared = await page.evaluate(() => (window as unknown as { shared: { url: string; title: string }[] }).shared);
    expect(shared).toEqual([{ url: await page.locator('.citation-panel .permalink code').innerText(), title: await page.title() }]);
    await page.close();
  });
});
