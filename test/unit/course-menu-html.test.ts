import { describe, expect, it } from 'vitest';
import { markCurrent } from '../../src/components/lesson/course-menu-html.ts';

const block =
  '<details class="menu-module" data-astro-cid-x><summary>模块 1</summary><ol class="lesson-list">' +
  '<li><a href="/lessons/m/a/">甲</a></li><li><a href="/lessons/m/ab/">乙</a></li></ol></details>';

describe('markCurrent', () => {
  it("opens the module being read and marks its lesson's entry, and no other", () => {
    const marked = markCurrent(block, '/lessons/m/a/');
    expect(marked.startsWith('<details class="menu-module" open data-astro-cid-x>')).toBe(true);
    expect(marked).toContain('<a href="/lessons/m/a/" aria-current="page">甲</a>');
    expect(marked).toContain('<a href="/lessons/m/ab/">乙</a>');
    expect(marked.match(/aria-current/g)).toHaveLength(1);
  });

  it('fails the build rather than mark nothing when the block has no such entry', () => {
    expect(() => markCurrent(block, '/lessons/m/b/')).toThrow(/\/lessons\/m\/b\//);
    expect(() => markCurrent('<div>' + block + '</div>', '/lessons/m/a/')).toThrow();
  });
});
