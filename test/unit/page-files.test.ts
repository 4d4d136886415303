import { describe, expect, it } from 'vitest';
import { pageAddress, pageFile } from '../../src/lib/urls.ts';

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

describe('pageAddress', () => {
  it("gives a page's address below the base from its output file, the way back from pageFile", () => {
    expect(pageAddress('lessons/a/b/index.html')).toBe('lessons/a/b/');
    expect(pageAddress('index.html')).toBe('');
    expect(pageAddress('manifest.webmanifest')).toBe('manifest.webmanifest');
    for (const path of ['/lessons/a/b/', '/', '/manifest.webmanifest']) expect(`/${pageAddress(pageFile(path, '/')!)}`).toBe(path);
  });
});
