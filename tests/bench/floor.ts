// The floor a build is measured against: a bare Astro project that builds the same number
// of plain pages, of about a passage's length, with nothing else.
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function writeFloorProject(dir: string, pages: number, root: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  // The project's own Astro, so that the two builds differ only in what they build.
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), '{ "type": "module", "private": true }\n');
  writeFileSync(join(dir, 'astro.config.mjs'), "export default { trailingSlash: 'always' };\n");
  writeFileSync(
    join(dir, 'src/pages/[page].astro'),
    `---
export function getStaticPaths() {
  return Array.from({ length: ${pages} }, (_, i) => ({ params: { page: \`page-\${i + 1}\` } }));
}
const { page } = Astro.params;
const text = 'The two sides agreed to strengthen cooperation in energy and mining on the basis of mutual benefit. '.repeat(4);
---
<!doctype html>
<html lang="en"><head><meta charset="utf-8" /><title>{page}</title></head>
<body><main><h1>{page}</h1><p>{text}</p></main></body></html>
`,
  );
}
