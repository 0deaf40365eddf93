// The stores the parts of one build share, and those kept from one build to the next.
import { describe, expect, it, vi } from 'vitest';
import { buildStore, persistedStore, savedStoreName } from '../../src/lib/build-store';

describe('build stores', () => {
  it('are one map per name across every copy of the module', async () => {
    buildStore<number>('test-shared').set('a', 1);
    // A second copy of the module, as the loaders and the pages each have their own.
    vi.resetModules();
    const again = await import('../../src/lib/build-store');
    expect(again.buildStore<number>('test-shared').get('a')).toBe(1);
  });

  it('keep for the next build only the saved entries this build used, and its own', () => {
    const saved = buildStore<string>(savedStoreName('citations'));
    saved.set('used', 'from the last build');
    saved.set('unused', 'of a text since changed');
    const store = persistedStore<string>('citations');
    expect(store.get('used')).toBe('from the last build');
    store.set('new', 'formatted now');
    expect(store.get('missing')).toBeUndefined();
    expect([...buildStore<string>('citations').keys()].sort()).toEqual(['new', 'used']);
  });
});
