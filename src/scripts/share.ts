// Copy and share buttons of the citation panel: progressive enhancement. Without JavaScript,
// or where the browser cannot copy, the buttons stay hidden and every citation stays readable
// and selectable on the page.
const statusRegion = document.querySelector<HTMLElement>('[data-share-status]');

function announce(message: string): void {
  if (!statusRegion) return;
  // Clear first, so that the same message twice is announced twice.
  statusRegion.textContent = '';
  requestAnimationFrame(() => (statusRegion.textContent = message));
}

if (navigator.clipboard && window.isSecureContext) {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(button.dataset.copy ?? '');
        announce(button.dataset.copied ?? 'Copied');
        button.dataset.state = 'copied';
        setTimeout(() => delete button.dataset.state, 2000);
      } catch {
        announce('The browser did not allow copying; select the text instead.');
      }
    });
  }
  for (const group of document.querySelectorAll<HTMLElement>('[data-share-actions]')) group.hidden = false;
}

if (typeof navigator.share === 'function') {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-share-url]')) {
    button.hidden = false;
    button.closest<HTMLElement>('[data-share-actions]')?.removeAttribute('hidden');
    button.addEventListener('click', () => {
      navigator.share({ title: button.dataset.shareTitle ?? document.title, url: button.dataset.shareUrl ?? location.href }).catch(() => {
        // The reader closed the share sheet: nothing to report.
      });
    });
  }
}

export {};
