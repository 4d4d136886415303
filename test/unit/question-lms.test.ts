import { parse as parseGift, type GIFTQuestion } from 'gift-pegjs';
import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, it } from 'vitest';
import { giftText, moodleXml, type LmsQuestion } from '../../src/lib/question-lms.ts';
import { readBank } from '../../scripts/lib/question-files.ts';
import { QuestionSchema } from '../../src/question-types/definitions.ts';
import { scoreMultiple } from '../../src/question-types/multiple/score.ts';

interface Node {
  name: string;
  attributes: Record<string, string>;
  children: Node[];
  text: string;
}

/** Parses XML strictly (saxes throws on anything not well-formed) into a small tree. */
function parseXml(text: string): Node {
  const parser = new SaxesParser();
  const root: Node = { name: '#root', attributes: {}, children: [], text: '' };
  const stack = [root];
  parser.on('opentag', (tag) => {
    const node = { name: tag.name, attributes: tag.attributes as Record<string, string>, children: [], text: '' };
    stack.at(-1)!.children.push(node);
    stack.push(node);
  });
  parser.on('text', (t) => (stack.at(-1)!.text += t));
  parser.on('closetag', () => void stack.pop());
  parser.write(text).close();
  return root.children[0]!;
}
const child = (node: Node, name: string) => node.children.find((c) => c.name === name)!;
const textOf = (node: Node, name: string) => child(child(node, name), 'text').text;

let bank: LmsQuestion[] = [];
let quiz: Node;

beforeAll(async () => {
  const read = await readBank(process.cwd());
  const lessons = new Map(read.lessons.map((l) => [l.id, l]));
  bank = read.ordered.map(({ question }) => ({ question, module: lessons.get(question.lesson)!.moduleTitle, lesson: lessons.get(question.lesson)!.title }));
  quiz = parseXml(moodleXml(bank, '客户服务技能培训'));
});

describe('the Moodle XML export of the real bank', () => {
  it('is well-formed, with a category for every lesson', () => {
    expect(quiz.name).toBe('quiz');
    const categories = quiz.children.filter((q) => q.attributes.type === 'category');
    expect(categories).toHaveLength(new Set(bank.map((q) => q.lesson)).size);
  });

  it('holds every choice, true/false and blank question, with its right answers', () => {
    const byName = new Map(quiz.children.filter((q) => q.attributes.type !== 'category').map((q) => [textOf(q, 'name'), q]));
    const checked = { single: 0, multiple: 0, truefalse: 0, fill: 0 };
    for (const { question: q } of bank) {
      if (q.type === 'single' || q.type === 'multiple') {
        const node = byName.get(q.id)!;
        expect(node.attributes.type).toBe('multichoice');
        const answers = node.children.filter((c) => c.name === 'answer');
        expect(answers.map((a) => child(a, 'text').text)).toEqual(q.options.map((o) => `<p>${o.text.replaceAll('\n', '<br>')}</p>`));
        const full = answers.filter((a) => Number(a.attributes.fraction) > 0).reduce((sum, a) => sum + Number(a.attributes.fraction), 0);
        expect(full).toBeCloseTo(100, 3);
        expect(answers.map((a) => Number(a.attributes.fraction) > 0)).toEqual(q.options.map((o) => o.correct));
      } else if (q.type === 'truefalse') {
        const node = byName.get(q.id)!;
        expect(node.attributes.type).toBe('truefalse');
        const right = node.children.find((c) => c.name === 'answer' && c.attributes.fraction === '100')!;
        expect(child(right, 'text').text).toBe(String(q.answer));
      } else if (q.type === 'fill') {
        const node = byName.get(q.id)!;
        expect(node.attributes.type).toBe('cloze');
        const text = textOf(node, 'questiontext');
        expect(text.match(/\{1:SHORTANSWER:/g)).toHaveLength(q.blanks.length);
        for (const accepted of q.blanks) for (const a of accepted) expect(text).toContain(`=${a.replace(/[}#~/"\\]/g, (c) => `\\${c}`)}`);
      } else continue;
      checked[q.type]++;
    }
    expect(Object.values(checked).every((n) => n > 0)).toBe(true);
  });

  it('escapes text that would break the XML, and shows HTML in a question as text', () => {
    const question = QuestionSchema.parse({ id: 'x-1', lesson: 'a/b', type: 'truefalse', stem: '<script>alert("x")</script> & 你', answer: true, explanation: '\u0007是' });
    const node = parseXml(moodleXml([{ question, module: 'M', lesson: 'L' }], 'C')).children[1]!;
    expect(textOf(node, 'questiontext')).toBe('<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 你</p>');
  });
});

describe('the GIFT export', () => {
  it('writes a question per choice and true/false question, marks the right options and escapes GIFT marks', () => {
    const text = giftText(bank, '客户服务技能培训');
    for (const { question: q } of bank) if (['single', 'multiple', 'truefalse'].includes(q.type)) expect(text).toContain(`::${q.id}::`);
    const question = QuestionSchema.parse({
      id: 'x-1',
      lesson: 'a/b',
      type: 'single',
      stem: '比例 1:2 {对吗}',
      options: [{ text: '甲', correct: true }, { text: '乙=丙' }],
      explanation: '是。',
    });
    expect(giftText([{ question, module: 'M', lesson: 'L' }], 'C')).toContain('::x-1::比例 1\\:2 \\{对吗\\} {\n  =甲\n  ~乙\\=丙\n  ####是。\n}');
  });
});

describe('the GIFT export read by a real GIFT parser (gift-pegjs)', () => {
  let parsed: GIFTQuestion[];
  let byTitle: Map<string, GIFTQuestion>;
  let text: string;
  beforeAll(() => {
    text = giftText(bank, '客户服务技能培训');
    parsed = parseGift(text);
    byTitle = new Map(parsed.flatMap((q) => ('title' in q && q.title ? [[q.title, q] as const] : [])));
  });
  type Choices = { choices: { isCorrect: boolean; weight: number | null; text: unknown }[] };

  it('holds every question GIFT can score, each as the type a GIFT reader scores right', () => {
    const seen: Record<string, number> = {};
    for (const { question: q } of bank) {
      const node = byTitle.get(q.type === 'dialogue' ? `${q.id}-1` : q.id);
      const expected = { single: 'MC', multiple: 'MC', truefalse: 'TF', fill: 'Short', categorize: 'Matching', dialogue: 'MC', short: 'Essay', case: 'Essay', order: undefined }[
        q.type
      ];
      if (q.type === 'order' || (q.type === 'fill' && q.blanks.length > 1)) {
        expect(node, q.id).toBeUndefined();
        expect(text).toContain(`// ${q.id}: `);
        continue;
      }
      expect(node?.type, q.id).toBe(expected);
      seen[q.type] = (seen[q.type] ?? 0) + 1;
      if (q.type === 'fill') {
        // A blank a GIFT reader can score: every accepted answer of the one blank, none joined into one.
        const answers = (node as unknown as Choices).choices.map((c) => (c.text as { text: string }).text);
        expect(answers).toEqual(q.blanks[0]);
      }
      if (q.type === 'single') expect((node as unknown as Choices).choices.map((c) => c.isCorrect)).toEqual(q.options.map((o) => o.correct));
    }
    expect(Object.keys(seen).sort()).toEqual(['case', 'categorize', 'dialogue', 'fill', 'multiple', 'short', 'single', 'truefalse']);
  });

  it('leaves out the questions with several blanks, with a comment pointing to the Moodle XML file', () => {
    const multi = bank.filter(({ question: q }) => q.type === 'fill' && q.blanks.length > 1);
    expect(multi.length).toBeGreaterThan(0);
    for (const { question: q } of multi) expect(text).toMatch(new RegExp(`^// ${q.id}: 多空填空题无法用 GIFT 表示.*questions\\.moodle\\.xml`, 'm'));
  });

  it('gives a multiple-choice answer the same partial credit as the course', () => {
    for (const { question: q } of bank) {
      if (q.type !== 'multiple') continue;
      const weights = (byTitle.get(q.id) as unknown as Choices).choices.map((c) => c.weight ?? 0);
      const correct = q.options.flatMap((o, i) => (o.correct ? [i] : []));
      for (const ticked of subsets(q.options.length)) {
        const gift = Math.min(1, Math.max(0, ticked.reduce((sum, i) => sum + weights[i]!, 0) / 100));
        expect(gift, `${q.id} ticking ${ticked.join(',')}`).toBeCloseTo(scoreMultiple(correct, q.options.length, ticked).score, 4);
      }
    }
  });
});

/** Every non-empty set of option numbers out of `count`. */
function subsets(count: number): number[][] {
  return Array.from({ length: 2 ** count - 1 }, (_, mask) => Array.from({ length: count }, (_, i) => i).filter((i) => ((mask + 1) >> i) & 1));
}

describe('Moodle partial credit', () => {
  it('scores every answer to every multiple-choice question of the bank as the course does', () => {
    // Moodle adds the fractions of the options ticked and keeps the sum between 0 and 1 (qtype_multichoice_multi_question::grade_response).
    const byName = new Map(quiz.children.filter((q) => q.attributes.type !== 'category').map((q) => [textOf(q, 'name'), q]));
    let checked = 0;
    for (const { question: q } of bank) {
      if (q.type !== 'multiple') continue;
      const fractions = byName
        .get(q.id)!
        .children.filter((c) => c.name === 'answer')
        .map((a) => Number(a.attributes.fraction) / 100);
      const correct = q.options.flatMap((o, i) => (o.correct ? [i] : []));
      for (const ticked of subsets(q.options.length)) {
        const moodle = Math.min(
          1,
          Math.max(
            0,
            ticked.reduce((sum, i) => sum + fractions[i]!, 0),
          ),
        );
        expect(moodle, `${q.id} ticking ${ticked.join(',')}`).toBeCloseTo(scoreMultiple(correct, q.options.length, ticked).score, 4);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('writes fractions Moodle accepts: the grades of its list, to five decimals', () => {
    // question_bank::fraction_options_full(): ±100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10, 5, 0.
    const allowed = [100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10, 5, 0].flatMap((f) => [f, -f]);
    const fractions = quiz.children
      .filter((q) => q.attributes.type === 'multichoice')
      .flatMap((q) => q.children.filter((c) => c.name === 'answer').map((a) => Number(a.attributes.fraction)));
    expect(fractions.filter((f) => !allowed.includes(f))).toEqual([]);
    expect(fractions).toContain(-33.33333);
  });
});
