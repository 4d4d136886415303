/**
 * What a trainer reads when content is wrong: one Chinese message per problem, naming the file, the line
 * where it is known, the item and the field, and saying how to fix it. Used by `npm run check:content`,
 * the build and `npm run dev` alike.
 */

/** One problem in the content. */
export interface Problem {
  /** The file, as the trainer would open it, e.g. `content/lessons/basics/first.mdx`. */
  file: string;
  /** 1-based line in the file, where known. */
  line?: number | undefined;
  /** The item inside a list file, e.g. `题目 t-single` or `术语 halo-effect`. */
  item?: string | undefined;
  /** The field, e.g. `options[1].correct`. */
  field?: string | undefined;
  /** What is wrong and how to fix it. */
  message: string;
}

/** `content/x.yaml 第 3 行：题目 q1，字段 stem：……` */
export function formatProblem({ file, line, item, field, message }: Problem): string {
  const where = line ? `${file} 第 ${line} 行` : file;
  const what = [item, field ? `字段 ${field}` : undefined].filter(Boolean).join('，');
  return `${where}：${what ? `${what}：` : ''}${message}`;
}

/** Each problem once, in the order first seen. */
export function uniqueProblems(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = formatProblem(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Chinese names of the fields a trainer writes, for messages. */
export const FIELD_NAMES: Record<string, string> = {
  title: '标题',
  description: '简介',
  summary: '简介',
  module: '所属模块',
  order: '顺序号',
  objectives: '学习目标',
  minutes: '学习分钟数',
  keywords: '搜索关键词',
  aliases: '别名',
  related: '相关课程',
  id: '编号',
  type: '题型',
  stem: '题干',
  explanation: '解析',
  options: '选项',
  text: '文字',
  correct: '是否正确',
  feedback: '反馈',
  answer: '答案',
  items: '条目',
  categories: '类别',
  category: '类别',
  label: '名称',
  blanks: '填空答案',
  turns: '对话轮次',
  customer: '客户的话',
  replies: '回答',
  best: '最佳回答',
  scene: '场景',
  case: '案例',
  keyPoints: '要点',
  difficulty: '难度',
  tags: '标签',
  source: '来源',
  lessonQuiz: '是否放进本课测验',
  term: '术语',
  definition: '释义',
  lessons: '课程',
  lesson: '课程',
  practice: '练习的模块',
  audience: '适合人群',
  steps: '步骤',
  sections: '试卷部分',
  types: '题型',
  count: '题数',
  passMark: '及格线',
};

/** `options[1].correct` from `['options', 1, 'correct']`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/** `title（标题）`: the field's last key with its Chinese name, when it has one. */
export function fieldName(path: readonly PropertyKey[]): string {
  const last = [...path].reverse().find((key) => typeof key === 'string');
  const name = typeof last === 'string' ? FIELD_NAMES[last] : undefined;
  return name ? `${formatPath(path)}（${name}）` : formatPath(path);
}

/** The shape of a zod (v4) issue, as far as messages need it. */
export interface Issue {
  path: readonly PropertyKey[];
  message: string;
  code?: string;
  expected?: string;
  keys?: readonly string[];
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  values?: readonly unknown[];
  format?: string;
  discriminator?: string;
}

const TYPE_NAMES: Record<string, string> = {
  string: '一段文字',
  number: '一个数字',
  int: '一个整数',
  boolean: 'true（是）或 false（否）',
  array: '一个列表（写成 [甲, 乙]，或每项一行，以“- ”开头）',
  object: '一组字段（每行“名称: 内容”）',
  literal: '规定的值',
};

/** What the raw input holds at `path`, to tell a missing field from a wrong one. */
function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let value = raw;
  for (const key of path) {
    if (value == null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const shown = (value: unknown) => (typeof value === 'string' ? `“${value}”` : JSON.stringify(value));

/**
 * A zod issue in plain Chinese: the field and what to do. Messages written in the schemas
 * (already Chinese) are kept as they are.
 */
export function describeIssue(issue: Issue, raw?: unknown): { field?: string; message: string } {
  const path = issue.path;
  const field = path.length ? fieldName(path) : undefined;
  const value = valueAt(raw, path);
  const key = String([...path].reverse().find((k) => typeof k === 'string') ?? '');
  // A message written in a schema (in Chinese) says it best; zod's own are English.
  if (issue.code !== 'unrecognized_keys' && /[^\x00-\x7f]/.test(issue.message)) return { field, message: issue.message };
  const now = raw === undefined ? '' : `，现在是 ${shown(value)}`;
  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined && (raw !== undefined || /received undefined/.test(issue.message))) return { field, message: `缺少这一项。请加上一行“${key}: …”` };
      const expected = TYPE_NAMES[issue.expected ?? ''] ?? issue.expected ?? '别的写法';
      const comma = issue.expected === 'array' && typeof value === 'string' && /[,，、]/.test(value) ? '，例如 [甲, 乙]' : '';
      return { field, message: `应该是${expected}${raw === undefined ? '' : `，现在写的是 ${shown(value)}`}${comma}` };
    }
    case 'unrecognized_keys': {
      const keys = issue.keys ?? [];
      // A "key" that is really text means a comma split a value written inside { ... }.
      if (keys.some((k) => /[^\x00-\x7f]/.test(k)))
        return {
          field,
          message: `{ … } 里的英文逗号“,”把文字断开了（多出来的“${keys.join('”“')}”）。请把整段文字放进引号，或改用中文逗号“，”`,
        };
      return { field, message: `不认识的字段 ${keys.join('、')}。请检查拼写，或删掉这一行` };
    }
    case 'too_small': {
      const min = Number(issue.minimum ?? 0);
      if (issue.origin === 'string') return { field, message: '不能为空，请写上内容' };
      if (issue.origin === 'array') return { field, message: `至少要有 ${min} 项` };
      if (issue.origin === 'number') return { field, message: issue.inclusive === false ? `应该大于 ${min}${now}` : `至少是 ${min}${now}` };
      return { field, message: `太小了，至少是 ${min}` };
    }
    case 'too_big': {
      const max = Number(issue.maximum ?? 0);
      if (issue.origin === 'array') return { field, message: `最多 ${max} 项` };
      if (issue.origin === 'string') return { field, message: `太长了，最多 ${max} 个字` };
      return { field, message: `最多是 ${max}${now}` };
    }
    case 'invalid_value':
      return { field, message: `应该是 ${(issue.values ?? []).map((v) => JSON.stringify(v)).join('、')} 之一${now}` };
    case 'invalid_union':
      if (key === 'difficulty') return { field, message: `难度写 1（易）、2（中）或 3（难）${now}` };
      return { field, message: `写法不对${now}` };
    case 'invalid_format':
      return { field, message: `格式不对${now}` };
    default:
      return { field, message: issue.message };
  }
}

/** Edit distance, for "did you mean". */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const saved = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = saved;
    }
  }
  return row[b.length]!;
}

/** The known name closest to `name` (case-insensitive first), if it is close enough to be a typo. */
export function closest(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  const same = known.find((k) => k.toLowerCase() === lower);
  if (same) return same;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = distance(lower, candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}
