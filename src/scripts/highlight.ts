// On a document page reached from a search result: mark the searched words in the passage
// landed on. Reading never depends on this; it only runs when the URL asks for it.
const PARAM = 'pagefind-highlight';

if (new URLSearchParams(location.search).has(PARAM)) {
  const id = decodeURIComponent(location.hash.slice(1));
  const passage = id ? document.getElementById(id) : null;
  const module = (await import(/* @vite-ignore */ `${import.meta.env.BASE_URL}pagefind/pagefind-highlight.js`)) as {
    default: new (options: object) => unknown;
  };
  new module.default({
    highlightParam: PARAM,
    markContext: passage?.querySelector('.passage-text') ?? '.passage-text',
    markOptions: { className: 'search-highlight' },
    addStyles: false,
  });
  passage?.scrollIntoView({ block: 'start' });
}
