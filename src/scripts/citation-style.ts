// The reader's citation style: the panel shows one citation, and a chooser (shown only with
// JavaScript) puts any other in its place. The choice is kept on the reader's device and
// applied on every page with a panel. Without JavaScript the default citation shows, and every
// style is in the disclosure below it.
const STORAGE_KEY = 'citation-style';

function stored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // Storage refused (private mode, a setting): the default stands.
  }
}

function remember(key: string): void {
  try {
    localStorage.setItem(STORAGE_KEY, key);
  } catch {
    // Nothing to do: the choice holds on this page.
  }
}

for (const panel of document.querySelectorAll<HTMLElement>('.citation-panel')) {
  const chosen = panel.querySelector<HTMLElement>('[data-citation-chosen]');
  const select = panel.querySelector<HTMLSelectElement>('[data-style-select]');
  const chooser = panel.querySelector<HTMLElement>('[data-style-chooser]');
  if (!chosen || !select || !chooser) continue;

  const show = (key: string): boolean => {
    const entry = [...panel.querySelectorAll<HTMLElement>('[data-citation-key]')].find((e) => e.dataset.citationKey === key);
    const citation = entry?.querySelector('.citation');
    if (!entry || !citation) return false;
    chosen.dataset.key = key;
    chosen.querySelector('[data-chosen-name]')!.textContent = entry.dataset.citationName ?? '';
    chosen.querySelector('[data-chosen-citation]')!.innerHTML = citation.innerHTML;
    const copy = chosen.querySelector<HTMLButtonElement>('[data-chosen-copy]');
    if (copy) {
      copy.dataset.copy = entry.dataset.citationText ?? '';
      copy.dataset.copied = `${entry.dataset.citationName} copied`;
    }
    select.value = key;
    return true;
  };

  const saved = stored();
  if (saved) show(saved);
  chooser.hidden = false;
  select.addEventListener('change', () => {
    if (show(select.value)) remember(select.value);
  });
}

export {};
