// A published link to a note on the about page (/about/#note-<id>) still lands on the note, now on
// its text's notes page; without JavaScript the about page says where the notes went.
import { describe, expect, it } from 'vitest';
import { useBrowserAndSite } from '../support/browser-site';
import { writtenNotes } from '../support/notes';

const env = useBrowserAndSite();
const notes = writtenNotes();
// A note on words and, when there is one, a note on a whole text.
const followed = [notes.find((n) => n.passage), notes.find((n) => !n.passage)].filter((n) => n !== undefined);

describe('a link to a note on the about page', () => {
  it('lands on the note on its text’s notes page', async () => {
    expect(followed.length).toBeGreaterThan(0);
    const context = await env.browser().newContext({ javaScriptEnabled: true, viewport: { width: 320, height: 640 } });
    const tab = await context.newPage();
    for (const note of followed) {
      await tab.goto(env.site().url(`/about/#note-${note.id}`));
      await tab.waitForURL((url) => url.pathname.endsWith(`/documents/${note.document}/notes/`));
      expect(new URL(tab.url()).hash, note.id).toBe(`#note-${note.id}`);
      const entry = tab.locator(`#note-${note.id}`);
      await entry.waitFor();
      expect(await entry.innerText(), note.id).toContain(note.reading);
      expect(await tab.evaluate(() => document.querySelector(':target')?.id), note.id).toBe(`note-${note.id}`);
    }
    await context.close();
  });

  it('keeps a link to a section of the about page on the about page', async () => {
    const tab = await env.browser().newPage();
    await tab.goto(env.site().url('/about/#method'));
    await tab.waitForLoadState('networkidle');
    expect(new URL(tab.url()).pathname).toBe('/about/');
    expect(await tab.locator('#method').isVisible()).toBe(true);
    await tab.close();
  });

  it('without JavaScript, stays on the about page, which says the notes now live on each text’s notes page', async () => {
    const note = followed[0]!;
    const context = await env.browser().newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(env.site().url(`/about/#note-${note.id}`));
    expect(new URL(tab.url()).pathname).toBe('/about/');
    const moved = tab.locator('[data-anchor-map]');
    expect(await moved.isVisible()).toBe(true);
    expect(await moved.innerText()).toContain('notes now live on each text’s notes page');
    // From there, the list of texts with notes leads to the note's page.
    expect(await tab.locator(`#notes ~ ul a[href$="/documents/${note.document}/notes/"]`).count()).toBe(1);
    await context.close();
  });
});
