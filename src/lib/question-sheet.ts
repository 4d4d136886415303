/**
 * The question bank as a spreadsheet (题库.xlsx): one question a row under fixed Chinese headers.
 * Pure mapping both ways; reading and writing the workbook itself is scripts/lib/workbook.ts.
 *
 * Forms of 答案 per 题型 (docs/excel.md explains them to trainers):
 * - 单选 / 多选: option letters, `B` or `ACD`; an option cell may hold `\n反馈：…` after its text.
 * - 判断: 对 or 错.
 * - 填空: one line per blank (`___` in the stem), accepted alternatives separated by `|`.
 * - 简答: one key point a line, optionally ending in `【关键词：甲、乙】`; 题干 is the case, an empty line, then the question.
 * - 排序: the items one a line, in the correct order.
 * - 分类: categories in 选项A…; one line per item, `A：item text` naming its category's letter.
 * - 对话: authored in YAML only; a row of an existing dialogue is kept as it is, unchanged.
 */
import { readTrueFalse } from '../question-types/truefalse/words.ts';
import { BLANK_PATTERN, QuestionSchema, type Question, type QuestionType } from '../schemas/question.ts';

export const OPTION_LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
const OPTION_HEADERS = ['选项A', '选项B', '选项C', '选项D', '选项E', '选项F'] as const;

/** The column headers of the sheet, in order: the template and every export use exactly these. */
export const SHEET_HEADERS = ['编号', '课程', '题型', '题干', ...OPTION_HEADERS, '答案', '解析', '难度'] as const;
export type SheetHeader = (typeof SHEET_HEADERS)[number];
/** One row as text, by header. */
export type SheetRow = Record<SheetHeader, string>;

/** 题型 as written in the sheet. */
export const TYPE_NAMES: Record<QuestionType, string> = {
  single: '单选',
  multiple: '多选',
  truefalse: '判断',
  fill: '填空',
  case: '简答',
  order: '排序',
  categorize: '分类',
  dialogue: '对话',
};
const TYPE_BY_NAME = new Map<string, QuestionType>([
  ...Object.entries(TYPE_NAMES).map(([type, name]) => [name, type as QuestionType] as const),
  ['单选题', 'single'],
  ['多选题', 'multiple'],
  ['判断题', 'truefalse'],
  ['填空题', 'fill'],
  ['简答题', 'case'],
  ['案例分析', 'case'],
  ['案例分析题', 'case'],
  ['排序题', 'order'],
  ['分类题', 'categorize'],
  ['对话题', 'dialogue'],
]);

const DIFFICULTY: Record<string, 1 | 2 | 3> = { '1': 1, '2': 2, '3': 3, 易: 1, 简单: 1, 中: 2, 中等: 2, 难: 3, 困难: 3 };

const FEEDBACK = /\n\s*反馈[：:]\s*/;
const KEYWORDS = /[【[]\s*关键词\s*[：:]\s*([^】\]]*)[】\]]\s*$/;
const CATEGORY_LINE = /^([A-Fa-f])\s*[：:、.．]\s*(.+)$/;

/** A lesson a row may name in 课程, by id or by title. */
export interface SheetLesson {
  id: string;
  title: string;
}

/** A question as a YAML file holds it (no `lesson`: the file's path says which lesson). */
export type RawQuestion = Record<string, unknown> & { id: string; type: QuestionType };

/** The sheet row of a validated question; `lessonTitle` is written in 课程. */
export function questionToRow(question: Question, lessonTitle: string): SheetRow {
  const row = Object.fromEntries(SHEET_HEADERS.map((h) => [h, ''])) as SheetRow;
  row.编号 = question.id;
  row.课程 = lessonTitle;
  row.题型 = TYPE_NAMES[question.type];
  row.题干 = question.stem;
  row.解析 = question.explanation;
  row.难度 = question.difficulty ? String(question.difficulty) : '';
  const options = (texts: string[]) => texts.forEach((text, i) => (row[`选项${OPTION_LETTERS[i]!}` as SheetHeader] = text));
  switch (question.type) {
    case 'single':
    case 'multiple':
      if (question.options.length > OPTION_LETTERS.length) throw new Error(`question "${question.id}" has more than ${OPTION_LETTERS.length} options`);
      options(question.options.map((o) => (o.feedback ? `${o.text}\n反馈：${o.feedback}` : o.text)));
      row.答案 = question.options.flatMap((o, i) => (o.correct ? [OPTION_LETTERS[i]!] : [])).join('');
      break;
    case 'truefalse':
      row.答案 = question.answer ? '对' : '错';
      break;
    case 'fill':
      row.答案 = question.blanks.map((accepted) => accepted.join('|')).join('\n');
      break;
    case 'case':
      row.题干 = `${question.case}\n\n${question.stem}`;
      row.答案 = question.keyPoints.map((p) => (p.keywords.length ? `${p.text}【关键词：${p.keywords.join('、')}】` : p.text)).join('\n');
      break;
    case 'order':
      row.答案 = question.items.join('\n');
      break;
    case 'categorize': {
      if (question.categories.length > OPTION_LETTERS.length) throw new Error(`question "${question.id}" has more than ${OPTION_LETTERS.length} categories`);
      options(question.categories.map((c) => c.label));
      const letter = new Map(question.categories.map((c, i) => [c.id, OPTION_LETTERS[i]!]));
      row.答案 = question.items.map((item) => `${letter.get(item.category)}：${item.text}`).join('\n');
      break;
    }
    case 'dialogue':
      row.答案 = '（对话题在 YAML 文件中编辑）';
      break;
  }
  return row;
}

/** The bank as the import sees it: every lesson, and every question with its lesson. */
export interface SheetBank {
  lessons: readonly SheetLesson[];
  questions: ReadonlyMap<string, { question: Question; raw: RawQuestion }>;
}

/** What one valid row becomes. */
export interface ImportedQuestion {
  /** Excel's row number. */
  row: number;
  lesson: string;
  raw: RawQuestion;
  /** True when 编号 was empty and `raw.id` was made for it. */
  newId: boolean;
}

export type ImportPlan = { ok: true; questions: ImportedQuestion[] } | { ok: false; errors: string[] };

/** Cells as text by header; `cells` is one row of the sheet, in the sheet's own column order. */
export function rowFromCells(headers: readonly string[], cells: readonly string[]): SheetRow {
  const row = Object.fromEntries(SHEET_HEADERS.map((h) => [h, ''])) as SheetRow;
  headers.forEach((header, i) => {
    const key = header.trim() as SheetHeader;
    if ((SHEET_HEADERS as readonly string[]).includes(key)) row[key] = (cells[i] ?? '').replace(/\r\n?/g, '\n').trim();
  });
  return row;
}

/** Messages for a header row that lacks a column of the template. */
export function headerProblems(headers: readonly string[]): string[] {
  const have = new Set(headers.map((h) => h.trim()));
  const missing = SHEET_HEADERS.filter((h) => !have.has(h));
  return missing.length ? [`第 1 行：缺少列${missing.map((h) => `“${h}”`).join('、')}；请使用模板的表头（npm run export:questions -- --template）`] : [];
}

/**
 * Checks every row and turns it into a question of the bank, or lists every problem as
 * "第 12 行，答案：…". Rows are given with the row number Excel shows (the header is row 1).
 * Nothing is returned to write unless every row is valid.
 */
export function planImport(rows: readonly { row: number; cells: SheetRow }[], bank: SheetBank): ImportPlan {
  const errors: string[] = [];
  const questions: ImportedQuestion[] = [];
  const usedIds = new Set(bank.questions.keys());
  const seenInSheet = new Map<string, number>();
  const pending: { row: number; cells: SheetRow; lesson: string }[] = [];

  for (const { row, cells } of rows) {
    if (SHEET_HEADERS.every((h) => !cells[h])) continue;
    const problem = (column: string, message: string) => errors.push(`第 ${row} 行，${column}：${message}`);
    const id = cells.编号;
    if (id) {
      const first = seenInSheet.get(id);
      if (first !== undefined) {
        problem('编号', `“${id}”与第 ${first} 行重复；每道题的编号必须不同`);
        continue;
      }
      seenInSheet.set(id, row);
    }
    const lesson = findLesson(cells.课程, bank.lessons);
    if (typeof lesson !== 'string') {
      problem('课程', lesson.error);
      continue;
    }
    pending.push({ row, cells, lesson });
  }

  for (const { row, cells, lesson } of pending) {
    const problem = (column: string, message: string) => errors.push(`第 ${row} 行，${column}：${message}`);
    const newId = !cells.编号;
    const id = cells.编号 || nextId(lesson, usedIds);
    usedIds.add(id);
    const existing = bank.questions.get(id);
    const result = rowToRaw(cells, id, existing);
    if ('errors' in result) {
      for (const [column, message] of result.errors) problem(column, message);
      continue;
    }
    const parsed = QuestionSchema.safeParse({ lesson, ...result.raw });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problem(columnOf(issue.path, result.raw.type), issue.message);
      continue;
    }
    questions.push({ row, lesson, raw: result.raw, newId });
  }
  return errors.length ? { ok: false, errors } : { ok: true, questions };
}

/** The lesson id a 课程 cell names (an id, or a lesson's title), or what is wrong with it. */
function findLesson(cell: string, lessons: readonly SheetLesson[]): string | { error: string } {
  if (!cell) return { error: '没有填写；请写课程编号（如 complaints/six-steps）或课程标题' };
  const byId = lessons.find((l) => l.id === cell);
  if (byId) return byId.id;
  const byTitle = lessons.filter((l) => l.title === cell);
  if (byTitle.length === 1) return byTitle[0]!.id;
  if (byTitle.length > 1) return { error: `有 ${byTitle.length} 课的标题都是“${cell}”；请改写课程编号（${byTitle.map((l) => l.id).join('、')}）` };
  return { error: `找不到课程“${cell}”；请写课程编号（如 complaints/six-steps）或与课程标题完全一致的文字` };
}

/** A new id for a question of `lessonId`: `<lesson file name>-NN`, the next number not yet used. */
export function nextId(lessonId: string, used: ReadonlySet<string>): string {
  const slug = lessonId.split('/').pop()!;
  let n = 1;
  for (const id of used) {
    const match = new RegExp(`^${slug}-(\\d+)$`).exec(id);
    if (match) n = Math.max(n, Number(match[1]) + 1);
  }
  while (used.has(`${slug}-${String(n).padStart(2, '0')}`)) n++;
  return `${slug}-${String(n).padStart(2, '0')}`;
}

type Problems = [column: string, message: string][];

/** The YAML form of a row's question, keeping what the sheet does not hold (tags, source, lessonQuiz) from `existing`. */
function rowToRaw(cells: SheetRow, id: string, existing?: { question: Question; raw: RawQuestion }): { raw: RawQuestion } | { errors: Problems } {
  const errors: Problems = [];
  const type = TYPE_BY_NAME.get(cells.题型.replace(/\s/g, ''));
  if (!cells.题型) return { errors: [['题型', `没有填写；请写 ${Object.values(TYPE_NAMES).join('、')} 之一`]] };
  if (!type) return { errors: [['题型', `“${cells.题型}”不是可用的题型；请写 ${Object.values(TYPE_NAMES).join('、')} 之一`]] };

  if (type === 'dialogue') {
    // A dialogue's turns, replies and feedback do not fit a row: it is edited in YAML, and its row must stay as exported.
    if (existing?.question.type === 'dialogue') {
      const exported = questionToRow(existing.question, '');
      const changed = (['题干', '解析', '难度'] as const).filter((h) => exported[h] !== cells[h]);
      if (changed.length === 0) return { raw: existing.raw };
      return { errors: [[changed[0]!, '对话题不能在 Excel 中修改；请在它所在课程的 YAML 文件（content/questions/）中编辑，这一行保持导出时的样子']] };
    }
    return { errors: [['题型', '对话题不能从 Excel 导入；请在课程的 YAML 文件（content/questions/）中编写，写法见 docs/authoring.md']] };
  }

  const raw: RawQuestion = { id, type };
  const kept = existing?.raw;
  if (kept?.tags) raw.tags = kept.tags;
  if (kept?.lessonQuiz === false) raw.lessonQuiz = false;

  const optionCells = OPTION_LETTERS.map((letter) => cells[`选项${letter}` as SheetHeader]);
  const lastOption = optionCells.findLastIndex(Boolean);
  const options = optionCells.slice(0, lastOption + 1);
  const emptyOption = options.findIndex((cell) => !cell);
  const answer = cells.答案;
  const lines = answer.split('\n').map((line) => line.trim()).filter(Boolean);

  if (!cells.题干) errors.push(['题干', '没有填写']);
  if (!cells.解析) errors.push(['解析', '没有填写；请写出答案为什么是这样，学员答完后会看到']);

  switch (type) {
    case 'single':
    case 'multiple': {
      raw.stem = cells.题干;
      if (options.length < 2) errors.push(['选项A', '选择题至少要有两个选项，从选项A开始依次填写']);
      else if (emptyOption >= 0) errors.push([`选项${OPTION_LETTERS[emptyOption]}`, '选项中间不能有空格子；请把后面的选项往前移']);
      const letters = answer.toUpperCase().replace(/[\s,，、;；]/g, '');
      if (!letters) errors.push(['答案', `没有填写；请写正确选项的字母，如 ${type === 'single' ? 'B' : 'ACD'}`]);
      else if (!/^[A-F]+$/.test(letters)) errors.push(['答案', `“${answer}”不是选项字母；请只写 A 到 F 的字母，如 ${type === 'single' ? 'B' : 'ACD'}`]);
      else if (new Set(letters).size !== letters.length) errors.push(['答案', `“${answer}”中有重复的字母`]);
      else if ([...letters].some((l) => OPTION_LETTERS.indexOf(l as 'A') >= options.length))
        errors.push(['答案', `“${answer}”指向的选项没有内容；这道题只有选项 A 到 ${OPTION_LETTERS[options.length - 1] ?? 'A'}`]);
      else if (type === 'single' && letters.length !== 1) errors.push(['答案', `单选题只能有一个正确答案，现在写了 ${letters.length} 个（${letters}）；多个正确答案请把题型改为“多选”`]);
      const previous = existing && (existing.question.type === 'single' || existing.question.type === 'multiple') ? existing.question.options : [];
      raw.options = options.map((cell, i) => {
        const [text = '', feedback] = cell.split(FEEDBACK, 2).map((part) => part.trim());
        const option: Record<string, unknown> = { text };
        if (letters.includes(OPTION_LETTERS[i]!)) option.correct = true;
        if (feedback) option.feedback = feedback;
        else if (!FEEDBACK.test(cell) && previous[i]?.text === text && previous[i]?.feedback) option.feedback = previous[i].feedback;
        return option;
      });
      break;
    }
    case 'truefalse': {
      raw.stem = cells.题干;
      const read = readTrueFalse(answer);
      if (typeof read === 'boolean') raw.answer = read;
      else errors.push(['答案', answer ? `“${answer}”不是判断题的答案；请写“对”或“错”` : '没有填写；请写“对”或“错”']);
      if (options.length) errors.push(['选项A', '判断题不用填选项，答案写“对”或“错”']);
      break;
    }
    case 'fill': {
      raw.stem = cells.题干;
      const blanks = cells.题干.match(BLANK_PATTERN)?.length ?? 0;
      if (cells.题干 && blanks === 0) errors.push(['题干', '填空题的题干里要用三个下划线 ___ 标出每个空']);
      raw.blanks = lines.map((line) => line.split(/[|｜]/).map((part) => part.trim()).filter(Boolean));
      if (lines.length === 0) errors.push(['答案', '没有填写；每个空写一行，同一个空的几种说法用 | 隔开，如：供方|提供方']);
      else if (blanks && lines.length !== blanks) errors.push(['答案', `题干有 ${blanks} 个空，答案却有 ${lines.length} 行；每个空写一行答案`]);
      break;
    }
    case 'case': {
      const parts = cells.题干.split(/\n\s*\n/);
      if (cells.题干 && parts.length < 2) errors.push(['题干', '简答题的题干先写案例材料，空一行（按 Alt+Enter 两次），再写问题']);
      raw.case = parts.slice(0, -1).join('\n\n').trim();
      raw.stem = parts.at(-1)!.trim();
      const previous = existing?.question.type === 'case' ? existing.question.keyPoints : [];
      raw.keyPoints = lines.map((line) => {
        const match = KEYWORDS.exec(line);
        const text = (match ? line.slice(0, match.index) : line).trim();
        const keywords = match ? match[1]!.split(/[、，,;；]+/).map((k) => k.trim()).filter(Boolean) : (previous.find((p) => p.text === text)?.keywords ?? []);
        return keywords.length ? { text, keywords } : { text };
      });
      if (lines.length === 0) errors.push(['答案', '没有填写；简答题的答案写参考要点，一行一个']);
      if (options.length) errors.push(['选项A', '简答题不用填选项；参考要点写在“答案”里，一行一个']);
      break;
    }
    case 'order': {
      raw.stem = cells.题干;
      raw.items = lines;
      if (lines.length < 2) errors.push(['答案', '排序题的答案要按正确顺序写出至少两项，一行一项']);
      const twice = lines.find((line, i) => lines.indexOf(line) !== i);
      if (twice) errors.push(['答案', `“${twice}”出现了两次；每一项都要不同`]);
      if (options.length) errors.push(['选项A', '排序题不用填选项；各项按正确顺序写在“答案”里，一行一项']);
      break;
    }
    case 'categorize': {
      raw.stem = cells.题干;
      if (options.length < 2) errors.push(['选项A', '分类题至少要有两个类别，从选项A开始依次填写类别名称']);
      else if (emptyOption >= 0) errors.push([`选项${OPTION_LETTERS[emptyOption]}`, '类别中间不能有空格子；请把后面的类别往前移']);
      const previous = existing?.question.type === 'categorize' ? existing.question.categories : [];
      const categories = options.map((label, i) => ({ id: previous.find((c) => c.label === label)?.id ?? `c${i + 1}`, label }));
      raw.categories = categories;
      const items: { text: string; category: string }[] = [];
      for (const line of lines) {
        const match = CATEGORY_LINE.exec(line);
        const index = match ? OPTION_LETTERS.indexOf(match[1]!.toUpperCase() as 'A') : -1;
        if (!match || index < 0) errors.push(['答案', `“${line}”的写法不对；每行写一项，先写类别的字母，如“A：产品或服务的接受者”`]);
        else if (index >= categories.length) errors.push(['答案', `“${line}”指向类别 ${match[1]!.toUpperCase()}，但选项${match[1]!.toUpperCase()}是空的`]);
        else items.push({ text: match[2]!.trim(), category: categories[index]!.id });
      }
      raw.items = items;
      if (lines.length < 2) errors.push(['答案', '分类题至少要有两项，每行一项，如“A：产品或服务的接受者”']);
      break;
    }
  }
  raw.explanation = cells.解析;
  if (cells.难度) {
    const difficulty = DIFFICULTY[cells.难度];
    if (difficulty) raw.difficulty = difficulty;
    else errors.push(['难度', `“${cells.难度}”不是可用的难度；请写 1（易）、2（中）或 3（难），也可以不填`]);
  }
  if (typeof kept?.source === 'string') raw.source = kept.source;
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) errors.push(['编号', `“${id}”不能用作编号；只能用小写英文字母、数字和单个连字符，如 six-steps-09，也可以留空由导入程序生成`]);
  return errors.length ? { errors } : { raw: orderKeys(raw) };
}

/** The keys of a question in the order the bank's files write them. */
const KEY_ORDER = ['id', 'type', 'tags', 'case', 'scene', 'stem', 'options', 'answer', 'items', 'categories', 'blanks', 'turns', 'keyPoints', 'explanation', 'difficulty', 'source', 'lessonQuiz'];
function orderKeys(raw: RawQuestion): RawQuestion {
  const keys = Object.keys(raw).sort((a, b) => KEY_ORDER.indexOf(a) - KEY_ORDER.indexOf(b));
  return Object.fromEntries(keys.map((key) => [key, raw[key]])) as RawQuestion;
}

/** The sheet column a schema problem at `path` belongs to. */
function columnOf(path: readonly PropertyKey[], type: QuestionType): string {
  const [field, index] = path;
  switch (field) {
    case 'id':
      return '编号';
    case 'stem':
    case 'case':
      return '题干';
    case 'explanation':
      return '解析';
    case 'difficulty':
      return '难度';
    case 'options':
      return typeof index === 'number' && path.length > 2 && path[2] === 'text' ? `选项${OPTION_LETTERS[index] ?? ''}` : '答案';
    case 'categories':
      return typeof index === 'number' ? `选项${OPTION_LETTERS[index] ?? ''}` : '选项A';
    default:
      return type === 'truefalse' && field === undefined ? '题型' : '答案';
  }
}
