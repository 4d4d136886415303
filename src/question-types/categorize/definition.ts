import { z } from 'astro/zod';
import { commonFields, text } from '../fields.ts';
import { gift, textTag } from '../lms-shared.ts';
import { PARTS, type QuestionTypeDefinition } from '../shared.ts';
import { OPTION_LETTERS, optionCells, optionColumn } from '../sheet-shared.ts';
import type { Key } from './score.ts';

const schema = z.strictObject({
  ...commonFields,
  type: z.literal('categorize'),
  /** The groups items are sorted into. */
  categories: z.array(z.strictObject({ id: z.string().trim().min(1), label: text })).min(2),
  /** Each item names the id of its category. */
  items: z.array(z.strictObject({ text, category: z.string().trim().min(1) })).min(2),
});

export const categorize: QuestionTypeDefinition<typeof schema, Key> = {
  schema,
  check(q, issue) {
    const ids = q.categories.map((c) => c.id);
    q.items.forEach((item, i) => {
      if (!ids.includes(item.category)) issue('question.categorize.noCategory', ['items', i, 'category'], { item: item.text, category: item.category, categories: ids.join('、') });
    });
  },
  key: (q) => ({ type: 'categorize', categories: q.items.map((item) => item.category) }),
  rightAnswer(q) {
    const label = new Map(q.categories.map((c) => [c.id, c.label]));
    return q.items.map((item) => `${item.text}：${label.get(item.category) ?? item.category}`).join(PARTS);
  },
  sheet: {
    names: ['分类', '分类题', '归类', '归类题'],
    keys: ['stem', 'items', 'categories'],
    toRow(q) {
      const letter = new Map(q.categories.map((c, i) => [c.id, OPTION_LETTERS[i]!]));
      return {
        题干: q.stem,
        ...optionCells(
          q.categories.map((c) => c.label),
          'categories',
          q.id,
        ),
        答案: q.items.map((item) => `${letter.get(item.category)}：${item.text}`).join('\n'),
      };
    },
    fromRow({ cells, lines, options, emptyOption, existing, problem }) {
      if (options.length < 2) problem('选项A', 'sheet.categorize.tooFewCategories');
      else if (emptyOption >= 0) problem(optionColumn(emptyOption), 'sheet.categorize.gap');
      const previous = existing?.categories ?? [];
      const categories = options.map((label, i) => ({ id: previous.find((c) => c.label === label)?.id ?? `c${i + 1}`, label }));
      const items: { text: string; category: string }[] = [];
      for (const line of lines) {
        const match = CATEGORY_LINE.exec(line);
        const index = match ? OPTION_LETTERS.indexOf(match[1]!.toUpperCase() as 'A') : -1;
        if (!match || index < 0) problem('答案', 'sheet.categorize.badLine', { line });
        else if (index >= categories.length) problem('答案', 'sheet.categorize.emptyCategory', { line, letter: match[1]!.toUpperCase() });
        else items.push({ text: match[2]!.trim(), category: categories[index]!.id });
      }
      if (lines.length < 2) problem('答案', 'sheet.categorize.tooFewItems');
      return { stem: cells.题干, items, categories };
    },
    column: (path) => (path[0] === 'categories' ? (typeof path[1] === 'number' ? optionColumn(path[1]) : '选项A') : undefined),
  },
  moodle(q, m) {
    const label = new Map(q.categories.map((c) => [c.id, c.label]));
    return [
      ...m.head('matching'),
      '    <shuffleanswers>true</shuffleanswers>',
      ...q.items.map((item) => `    <subquestion format="html">${textTag(item.text)}<answer>${textTag(label.get(item.category) ?? '', 'plain')}</answer></subquestion>`),
      m.end,
    ];
  },
  gift(q, g) {
    const label = new Map(q.categories.map((c) => [c.id, c.label]));
    return `${g.title}${gift(q.stem)} {\n${q.items.map((item) => `  =${gift(item.text)} -> ${gift(label.get(item.category) ?? '')}`).join('\n')}\n  ${g.general}\n}`;
  },
};

const CATEGORY_LINE = /^([A-Fa-f])\s*[：:、.．]\s*(.+)$/;
