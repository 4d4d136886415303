import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { missingOptionalDependencies } from '../../scripts/lib/lock-platforms.ts';

describe('package-lock.json', () => {
  it('records every platform’s optional binaries, so `npm ci` accepts it on any machine', () => {
    const lock = JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8')) as Parameters<typeof missingOptionalDependencies>[0];
    expect(missingOptionalDependencies(lock)).toEqual([]);
  });

  it('notices an optional binary the lock leaves out, nested or at the top', () => {
    const lock = {
      packages: {
        '': {},
        'node_modules/esbuild': { optionalDependencies: { '@esbuild/linux-x64': '1', '@esbuild/win32-x64': '1' } },
        'node_modules/@esbuild/linux-x64': {},
        'node_modules/a/node_modules/b': { optionalDependencies: { c: '1', d: '1' } },
        'node_modules/a/node_modules/c': {},
      },
    };
    expect(missingOptionalDependencies(lock)).toEqual(['node_modules/esbuild -> @esbuild/win32-x64', 'node_modules/a/node_modules/b -> d']);
  });
});
