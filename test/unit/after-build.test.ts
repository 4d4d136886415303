import { describe, expect, it } from 'vitest';
import { pageFile } from '../../src/utils/after-build-integration.ts';

describe('pageFile', () => {
  it("gives a rendered page's output file below the output folder, under any base", () => {
    expect(pageFile('/lessons/complaints/six-steps/', '/')).toBe('lessons/complaints/six-steps/index.html');
    expect(pageFile('/', '/')).toBe('index.html');
    expect(pageFile('/training/cs/lessons/a/b/', '/training/cs/')).toBe('lessons/a/b/index.html');
    expect(pageFile('/training/cs/', '/training/cs')).toBe('index.html');
    expect(pageFile('/training/cs/manifest.webmanifest', '/training/cs/')).toBe('manifest.webmanifest');
    expect(pageFile('/lessons/%E6%9C%8D%E5%8A%A1/', '/')).toBe('lessons/服务/index.html');
  });

  it('gives none for an address outside the base', () => {
    expect(pageFile('/other/lessons/a/', '/training/cs/')).toBeUndefined();
  });
});
