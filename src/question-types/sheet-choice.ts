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
      if (options.length < 2) problem('选项A', 'sheet.choice.tooFewOptions');
      else if (emptyOption >= 0) problem(optionColumn(emptyOption), 'sheet.choice.gap');
      const letters = answer.toUpperCase().replace(/[\s,，、;；]/g, '');
      if (!letters) problem('答案', 'sheet.choice.answerEmpty', { example });
      else if (!/^[A-F]+$/.test(letters)) problem('答案', 'sheet.choice.notLetters', { answer, example });
      else if (new Set(letters).size !== letters.length) problem('答案', 'sheet.choice.repeated', { answer });
      else if ([...letters].some((l) => OPTION_LETTERS.indexOf(l as 'A') >= options.length))
        problem('答案', 'sheet.choice.emptyOption', { answer, last: OPTION_LETTERS[options.length - 1] ?? 'A' });
      else if (type === 'single' && letters.length !== 1) problem('答案', 'sheet.single.oneAnswer', { count: letters.length, letters });
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
