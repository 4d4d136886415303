import { describe, expect, it } from 'vitest';
import { fillQuestionPage, partEnd, partStart, questionParts, TEMPLATE_ID, TITLE_SLOT } from '../../src/lib/question-pages.ts';

const template = [
  `<html><head><title>${TITLE_SLOT} | 课程</title><link rel="canonical" href="https://x.cn/questions/${TEMPLATE_ID}/">`,
  '<script type="module" src="/_astro/q.js"></script></head><body><main>',
  partStart('first', '单选题：第一课'),
  '<course-question data-question-id="first">第一题</course-question>',
  partEnd(),
  '</main></body></html>',
].join('');

const set = [
  '<html><head></head><body>',
  partStart('a-1', '单选题：<第一课> & "二"'),
  '<script type="module" src="/_astro/q.js"></script><course-question data-question-id="a-1">甲</course-question><script type="module" src="/_astro/other.js"></script>',
  partEnd(),
  partStart('a--2', '判断题：-->'),
  '<course-question data-question-id="a--2">乙</course-question>',
  partEnd(),
  '</body></html>',
].join('');

describe('question pages from a template and a question set', () => {
  it('reads every part of a set in order, titles with "-->" included', () => {
    const parts = questionParts(set);
    expect(parts.map((p) => [p.id, p.title])).toEqual([
      ['a-1', '单选题：<第一课> & "二"'],
      ['a--2', '判断题：-->'],
    ]);
    expect(parts[1]!.html).toBe('<course-question data-question-id="a--2">乙</course-question>');
  });

  it("writes a question's page: its title, its address, its question, and no template question or marker", () => {
    const page = fillQuestionPage(template, questionParts(set)[0]!);
    expect(page).toContain('<title>单选题：&#60;第一课&#62; &#38; &#34;二&#34; | 课程</title>');
    expect(page).toContain('href="https://x.cn/questions/a-1/"');
    expect(page).toContain('<course-question data-question-id="a-1">甲</course-question>');
    expect(page).not.toContain('第一题');
    expect(page).not.toContain(TEMPLATE_ID);
    expect(page).not.toContain('question-page');
  });

  it('loads each script once: a script the template has is dropped from the part, another one kept', () => {
    const page = fillQuestionPage(template, questionParts(set)[0]!);
    expect(page.match(/\/_astro\/q\.js/g)).toHaveLength(1);
    expect(page).toContain('/_astro/other.js');
  });

  it('refuses a template without a question part', () => {
    expect(() => fillQuestionPage('<html></html>', questionParts(set)[0]!)).toThrow(/no question part/);
  });
});
