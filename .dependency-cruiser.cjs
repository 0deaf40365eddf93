// The house rules, checked on every `npm test` (tests/unit/house-rules.test.ts runs this
// configuration). Each rule says why. dependency-cruiser cannot parse .astro files: the same test
// reads the imports of components, layouts and pages, checks their rules, and finds orphan
// modules with every import known.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Data flows one way (content → schemas → lib → components → pages); a circle means two modules cannot be read or tested apart.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'content-only-through-content-ts',
      severity: 'error',
      comment: 'The domain is pure and unit-tested: only src/lib/content.ts (and the loaders and config that feed Astro) ask Astro for entries.',
      from: { path: '^src/', pathNot: ['^src/lib/content[.]ts$', '^src/loaders/', '^src/content[.]config[.]ts$'] },
      to: { path: '^astro:content$' },
    },
    {
      name: 'schemas-below-lib',
      severity: 'error',
      comment: 'Schemas describe the content; the domain reads them, never the other way round, so a schema can be read without the code that uses it.',
      from: { path: '^src/schemas/' },
      to: { path: '^src/(lib|loaders|components|pages|integrations|scripts)/' },
    },
    {
      name: 'lib-not-above-itself',
      severity: 'error',
      comment: 'The domain knows nothing of how it is shown or built: no component, page, integration, loader or browser script.',
      from: { path: '^src/lib/' },
      to: { path: '^src/(components|pages|integrations|loaders|scripts)/' },
    },
    {
      name: 'pages-not-integrations',
      severity: 'error',
      comment: 'Routes ask src/lib and render components; build-time integrations run after them and are not part of a page.',
      from: { path: '^src/pages/' },
      to: { path: '^src/integrations/' },
    },
    {
      name: 'browser-scripts-no-node',
      severity: 'error',
      comment: 'Code in src/scripts/ runs in the reader’s browser, where Node’s built-ins do not exist.',
      from: { path: '^src/scripts/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'browser-scripts-no-build-code',
      severity: 'error',
      comment: 'Code in src/scripts/ runs in the reader’s browser: the loaders, the content collection and the integrations run only at build time.',
      from: { path: '^src/scripts/' },
      to: { path: ['^src/loaders/', '^src/lib/content[.]ts$', '^src/integrations/', '^astro:content$'] },
    },
    {
      name: 'no-test-code-in-src',
      severity: 'error',
      comment: 'The site never depends on its tests.',
      from: { path: '^src/' },
      to: { path: '^tests/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|tests/[.]tmp)' },
    // Type-only imports count: a circle of types is still a circle for a reader.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
