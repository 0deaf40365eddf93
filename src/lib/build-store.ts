/**
 * Maps shared by the parts of one build process. The loaders, the pages and the integrations
 * are bundled apart, each with its own copy of every module, so a map they share is kept on
 * the global object, under a key of this project's own. A store listed in PERSISTED_STORES is
 * also saved in Astro's cache folder after a build and read back before the next
 * (src/integrations/build-cache.ts): its values must be JSON, and its keys must name
 * everything the value depends on.
 */
type Stores = Map<string, Map<string, unknown>>;
const KEY = Symbol.for('china-kazakhstan-documents.build-stores');
type Global = typeof globalThis & { [KEY]?: Stores };

export function buildStore<T>(name: string): Map<string, T> {
  const stores = ((globalThis as Global)[KEY] ??= new Map());
  let store = stores.get(name);
  if (!store) stores.set(name, (store = new Map()));
  return store as Map<string, T>;
}

/** The stores kept from build to build. */
export const PERSISTED_STORES = ['citations'] as const;

/** The entries a persisted store was read back with, apart from those this build uses. */
export const savedStoreName = (name: string): string => `${name}:saved`;

export interface PersistedStore<T> {
  get(key: string): T | undefined;
  set(key: string, value: T): void;
}

/**
 * A persisted store: an entry saved by the last build is taken into this build's when used,
 * so that only entries in use are saved again.
 */
export function persistedStore<T>(name: (typeof PERSISTED_STORES)[number]): PersistedStore<T> {
  const live = buildStore<T>(name);
  const saved = buildStore<T>(savedStoreName(name));
  return {
    get(key) {
      let value = live.get(key);
      if (value === undefined) {
        value = saved.get(key);
        if (value !== undefined) live.set(key, value);
      }
      return value;
    },
    set: (key, value) => live.set(key, value),
  };
}
