import { describe, expect, it } from 'vitest';
import { NUMBER_SLOT, numbered } from '../../src/components/quiz/question-html.ts';
import { renderedOnce } from '../../src/components/base/render-once.ts';

describe('numbered', () => {
  const markup = `<legend>${NUMBER_SLOT}<span class="q-stem">题干</span></legend>`;

  it("puts a quiz's number before the stem, and nothing where the question has none", () => {
    expect(numbered(markup, 7)).toBe('<legend><span class="q-number">7.</span><span class="q-stem">题干</span></legend>');
    expect(numbered(markup)).toBe('<legend><span class="q-stem">题干</span></legend>');
  });
});

describe('renderedOnce', () => {
  it('renders once per object and gives every later caller the same HTML', async () => {
    let renders = 0;
    const render = () => Promise.resolve(`<p>${++renders}</p>`);
    const question = {};
    expect(await renderedOnce(question, render, true)).toBe('<p>1</p>');
    expect(await renderedOnce(question, render, true)).toBe('<p>1</p>');
    // Another question (another object, even with the same content) is rendered for itself.
    expect(await renderedOnce({}, render, true)).toBe('<p>2</p>');
    expect(renders).toBe(2);
  });

  it('renders every time when not reusing (astro dev: an edited component shows at once)', async () => {
    let renders = 0;
    const render = () => Promise.resolve(String(++renders));
    const question = {};
    expect(await renderedOnce(question, render, false)).toBe('1');
    expect(await renderedOnce(question, render, false)).toBe('2');
  });
});
