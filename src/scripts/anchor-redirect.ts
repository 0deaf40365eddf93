// A published link to an item that has moved to its year's page (/timeline/#<event-id> now on
// /timeline/2023/#<event-id>) follows it there. Without JavaScript the page says where to look.
const holder = document.querySelector<HTMLElement>('[data-anchor-map]');

async function follow(): Promise<void> {
  const id = decodeURIComponent(location.hash.slice(1));
  if (!holder?.dataset.anchorMap || !id || document.getElementById(id)) return;
  const response = await fetch(holder.dataset.anchorMap);
  if (!response.ok) return;
  const target = ((await response.json()) as Record<string, string>)[id];
  if (target) location.replace(target);
}

void follow();
addEventListener('hashchange', () => void follow());
