import { defineConfig } from 'vitest/config';

// Checks of built output: they build small fixture courses and read dist/ (run after `npm run build`).
export default defineConfig({
  test: {
    include: ['test/build/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
