/**
 * The house's layering, checked by `npm run lint:deps` (dependency-cruiser):
 * (a type-only import is no loop: it leaves nothing in the code that runs)
 * src/lib is pure (no components, no Astro-aware utils), nothing in src/ imports scripts/, and no two
 * modules, nor two folders, import each other, directly or around a loop.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import loop: modules that need each other belong in one module, or share a third.',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'src-not-scripts',
      severity: 'error',
      comment: 'The site never imports the command-line scripts; scripts import the site.',
      from: { path: '^src/' },
      to: { path: '^scripts/' },
    },
    {
      name: 'lib-is-pure',
      severity: 'error',
      comment: 'src/lib holds pure logic: no components, no Astro-aware utils, no pages.',
      from: { path: '^src/lib/' },
      to: { path: '^src/(components|utils|pages|layouts)/' },
    },
    {
      name: 'no-folder-loop',
      scope: 'folder',
      severity: 'error',
      comment: 'Folders import each other in a loop (lib ↔ schemas ↔ question-types): move the shared piece to the folder below both.',
      from: { path: '^src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
  },
};
