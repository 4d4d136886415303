import { describe, expect, it } from 'vitest';
import { searchablePart } from '../../src/utils/searchable-part.ts';

const head = '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>光环效应 | 培训</title></head>';
const page = (body: string) => `${head}<body><header><nav data-pagefind-ignore="all"><a href="/">课程目录</a></nav></header>${body}<footer>页脚</footer></body></html>`;

describe('the part of a page the search index reads', () => {
  it('is the head and the element marked data-pagefind-body, with what is nested in it', () => {
    const article = '<article class="lesson" data-pagefind-body><h1>光环效应</h1><article data-pagefind-ignore="all"><p>测验</p></article><p>第一印象</p></article>';
    expect(searchablePart(page(`<main>${article}<aside>相关课程</aside></main>`))).toBe(`${head}<body>${article}</body></html>`);
  });

  it('finds the mark among other attributes, and not in text', () => {
    const body = '<div id="x" data-pagefind-body data-pagefind-filter="module:a"><p>正文</p></div>';
    const html = page(`<p>写 data-pagefind-body 就能标出正文</p>${body}`);
    expect(searchablePart(html)).toBe(`${head}<body>${body}</body></html>`);
  });

  it('gives the whole page when no element, or more than one, is marked, or the marked element never ends', () => {
    for (const html of [
      page('<main><p>没有标记</p></main>'),
      page('<main data-pagefind-body><p>一</p></main><section data-pagefind-body><p>二</p></section>'),
      page('<main data-pagefind-body><p>没有结束').replace('</main>', ''),
    ])
      expect(searchablePart(html)).toBe(html);
  });
});
