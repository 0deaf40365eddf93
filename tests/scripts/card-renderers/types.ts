// What every card renderer of the benchmark (tests/scripts/bench-cards.ts) offers: one card
// of the layout in src/lib/card-layout.ts, fitted as the build fits it, as PNG or JPEG.
import type { CardSpec } from '../../../src/lib/social-cards.ts';

export type CardFormat = 'png' | 'jpeg';

/** The quality every renderer's JPEG is encoded at. */
export const JPEG_QUALITY = 85;

export interface RenderedCard {
  data: Buffer;
  /** The excerpt's line limit after fitting (as renderCard reports it). */
  excerptLines: number;
}

export interface CardRenderer {
  name: string;
  /** Package names and versions, for the report. */
  versions: Record<string, string>;
  render(spec: CardSpec, format: CardFormat): Promise<RenderedCard>;
}

/** A renderer whose package is not installed: the benchmark skips it, saying how to install it. */
export class MissingPackage extends Error {
  readonly packages: string[];
  constructor(packages: string[]) {
    super(`not installed: ${packages.join(', ')}; try \`npm i --no-save ${packages.join(' ')}\``);
    this.packages = packages;
  }
}

/** Imports a package that may not be installed; its types are the adapter's own declarations. */
export async function optionalImport<T>(name: string, install: string[] = [name]): Promise<T> {
  try {
    return (await import(name)) as T;
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND') throw new MissingPackage(install);
    throw error;
  }
}

/** The version of an installed package, from the package.json above its resolved entry. */
export async function packageVersion(name: string): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  const { fileURLToPath } = await import('node:url');
  // Some packages do not export their package.json: walk up from the entry instead.
  let dir = fileURLToPath(import.meta.resolve(name));
  for (;;) {
    const up = dir.slice(0, dir.lastIndexOf('/'));
    if (up === dir || !up) return '?';
    dir = up;
    const pkg = await readFile(`${dir}/package.json`, 'utf8').then((text) => JSON.parse(text) as { name?: string; version?: string }, () => undefined);
    if (pkg?.name === name) return pkg.version ?? '?';
  }
}
