// Type-checked lint for the TypeScript and .astro sources (typescript-eslint, eslint-plugin-astro).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist*/', '.astro/', 'node_modules/', 'exports/', 'test/fixtures/', 'test-results/', 'playwright-report/', '.bench/', '.bench-starlight/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname, extraFileExtensions: ['.astro'] },
    },
    rules: {
      // An empty catch is the deliberate "best effort" of storage and network code (private mode, full disk).
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  {
    // `astro check` type-checks .astro files strictly; astro-eslint-parser cannot resolve the types of
    // imported components, so type-aware rules would report every component call as `error` typed.
    files: ['**/*.astro'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { parserOptions: { parser: tseslint.parser, projectService: false, project: null } },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
);
