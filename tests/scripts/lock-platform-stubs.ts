// The npm registry reachable from this project's machines lacks some platform builds of
// native packages (e.g. @astrojs/compiler-binding-darwin-arm64 answers 404). `npm install`
// then leaves them out of package-lock.json, and `npm ci` refuses the lock as out of sync.
// This records each missing optional platform package as an entry npm skips by os/cpu/libc,
// so that `npm ci` works here and elsewhere. Run `npm run lock:stubs` after `npm install`.
import { readFileSync, writeFileSync } from 'node:fs';

type Entry = { version?: string; dev?: boolean; optionalDependencies?: Record<string, string> } & Record<string, unknown>;
const file = 'package-lock.json';
const lock = JSON.parse(readFileSync(file, 'utf8')) as { packages: Record<string, Entry> };

/** os, cpu and libc from a platform package's name: …-darwin-arm64, …-linux-x64-musl, @pagefind/windows-x64, …-wasm32-wasi. */
function platformOf(name: string): Record<string, string[]> | undefined {
  const m = /[-/](android|darwin|freebsd|linux|win32|windows|wasm32)(?:-([a-z0-9]+))?(?:-(gnu|musl|msvc|wasi|gnueabihf))?$/.exec(name);
  if (!m) return undefined;
  const [, os, cpu, abi] = m;
  if (os === 'wasm32') return { cpu: ['wasm32'] };
  if (!cpu) return undefined;
  const libc = abi === 'gnu' ? { libc: ['glibc'] } : abi === 'musl' ? { libc: ['musl'] } : {};
  return { os: [os === 'windows' ? 'win32' : os!], cpu: [cpu], ...libc };
}

let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    const platform = platformOf(name);
    if (lock.packages[key] || !platform || !/^\d+\.\d+\.\d+$/.test(spec)) continue;
    lock.packages[key] = { version: spec, ...platform, ...(entry.dev ? { dev: true } : {}), optional: true };
    added += 1;
    console.log(`${key}@${spec} (optional, for ${JSON.stringify(platform)}; needed by ${path})`);
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`${added} platform entries added to ${file}`);
