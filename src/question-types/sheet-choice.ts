/** The row of a choice question (单选, 多选): options in 选项A…, each with `\n反馈：…` after its text; 答案 the right letters. */
import type { z } from 'astro/zod';
import type { OptionSchema } from './fields.ts';
import { OPTION_LETTERS, optionCells, optionColumn, type SheetMapping } from './sheet-shared.ts';

type Option = z.output<typeof OptionSchema>;
const FEEDBACK = /\n\s*反馈[：:]\s*/;

export function choiceSheet(type: 'single' | 'multiple'): SheetMapping<{ id: string; stem: string; options: Option[] }> {
  const example = type === 'single' ? 'B' : 'ACD';
  return {
    names: type === 'single' ? ['单选', '单选题'] : ['多选', '多选题'],
    keys: ['stem', 'options'],
    toRow: (q) => ({
      题干: q.stem,
      ...optionCells(
        q.options.map((o) => (o.feedback ? `${o.text}\n反馈：${o.feedback}` : o.text)),
        'options',
        q.id,
      ),
      答案: q.options.flatMap((o, i) => (o.correct ? [OPTION_LETTERS[i]!] : [])).join(''),
    }),
    fromRow({ cells, answer, options, emptyOption, existing, problem }) {
      if (options.length < 2) problem('选项A', '选择题至少要有两个选项，从选项A开始依次填写');
      else if (emptyOption >= 0) problem(optionColumn(emptyOption), '选项中间不能有空格子；请把后面的选项往前移');
      const letters = answer.toUpperCase().replace(/[\s,，、;；]/g, '');
      if (!letters) problem('答案', `没有填写；请写正确选项的字母，如 ${example}`);
      else if (!/^[A-F]+$/.test(letters)) problem('答案', `“${answer}”不是选项字母；请只写 A 到 F 的字母，如 ${example}`);
      else if (new Set(letters).size !== letters.length) problem('答案', `“${answer}”中有重复的字母`);
      else if ([...letters].some((l) => OPTION_LETTERS.indexOf(l as 'A') >= options.length))
        problem('答案', `“${answer}”指向的选项没有内容；这道题只有选项 A 到 ${OPTION_LETTERS[options.length - 1] ?? 'A'}`);
      else if (type === 'single' && letters.length !== 1) problem('答案', `单选题只能有一个正确答案，现在写了 ${letters.length} 个（${letters}）；多个正确答案请把题型改为“多选”`);
      const previous = existing?.options ?? [];
      const parsed = options.map((cell, i) => {
        const [text = '', feedback] = cell.split(FEEDBACK, 2).map((part) => part.trim());
        const option: Record<string, unknown> = { text };
        if (letters.includes(OPTION_LETTERS[i]!)) option.correct = true;
        if (feedback) option.feedback = feedback;
        else if (!FEEDBACK.test(cell) && previous[i]?.text === text && previous[i]?.feedback) option.feedback = previous[i].feedback;
        return option;
      });
      return { stem: cells.题干, options: parsed };
    },
    column: (path) => (path[0] === 'options' ? (typeof path[1] === 'number' && path.length > 2 && path[2] === 'text' ? optionColumn(path[1]) : '答案') : undefined),
  };
}
