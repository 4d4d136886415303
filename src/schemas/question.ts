import { z } from 'astro/zod';
import { prose } from './prose.ts';

/** The eight question types, as written in `type:` and in `data-question-type`. */
export const QUESTION_TYPES = ['single', 'multiple', 'truefalse', 'order', 'categorize', 'fill', 'dialogue', 'case'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** A blank in a fill-in stem: three or more ASCII or full-width underscores. */
export const BLANK_PATTERN = /[_＿]{3,}/g;

const text = prose;

/** An answer option of a choice question. */
const OptionSchema = z.strictObject({
  /** What the learner reads. */
  text,
  /** True for a correct option. */
  correct: z.boolean().default(false),
  /** Shown after checking: why this option is right or wrong. */
  feedback: text.optional(),
});

const common = {
  /** Stable id, never changed once published: progress and links refer to it. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, '编号只能用小写英文字母、数字和单个连字符“-”，例如 m1-mindset-01'),
  /** The lesson this question belongs to: `<module>/<slug>`. */
  lesson: text,
  /** The question itself. */
  stem: text,
  /** Why the answer is what it is; shown after checking. */
  explanation: text,
  /** 1 easy, 2 medium, 3 hard. */
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
  /** Free labels, e.g. "简答" or "案例分析" for exam-style questions. */
  tags: z.array(text).default([]),
  /** Seed file the fact comes from, e.g. "001". */
  source: z.string().trim().optional(),
  /** False for exam-bank questions that appear in practice and the exam but not in the lesson's own quiz. */
  lessonQuiz: z.boolean().default(true),
};

const SingleSchema = z.strictObject({ ...common, type: z.literal('single'), options: z.array(OptionSchema).min(2) });
const MultipleSchema = z.strictObject({ ...common, type: z.literal('multiple'), options: z.array(OptionSchema).min(2) });
const TrueFalseSchema = z.strictObject({
  ...common,
  type: z.literal('truefalse'),
  /** Whether the statement in the stem is true. */
  answer: z.boolean(),
});
const OrderSchema = z.strictObject({
  ...common,
  type: z.literal('order'),
  /** The items in their correct order; learners see them shuffled. */
  items: z.array(text).min(2),
});
const CategorizeSchema = z.strictObject({
  ...common,
  type: z.literal('categorize'),
  /** The groups items are sorted into. */
  categories: z.array(z.strictObject({ id: z.string().trim().min(1), label: text })).min(2),
  /** Each item names the id of its category. */
  items: z.array(z.strictObject({ text, category: z.string().trim().min(1) })).min(2),
});
const FillSchema = z.strictObject({
  ...common,
  type: z.literal('fill'),
  /** One list of accepted answers per blank (`___` in the stem), in order. */
  blanks: z.array(z.array(z.string().trim().min(1))).min(1),
});
const DialogueSchema = z.strictObject({
  ...common,
  type: z.literal('dialogue'),
  /** The question; most dialogues need no more than the default. */
  stem: text.default('客户这样说，哪种回答更好？'),
  /** Background for the conversation, if any. */
  scene: text.optional(),
  /** The conversation, one customer line and two or three possible replies per turn. */
  turns: z
    .array(
      z.strictObject({
        customer: text,
        replies: z.array(z.strictObject({ text, best: z.boolean().default(false), feedback: text })).min(2).max(3),
      }),
    )
    .min(1),
});
const CaseSchema = z.strictObject({
  ...common,
  type: z.literal('case'),
  /** The case told as a story; the stem asks the question about it. */
  case: text,
  /** The model answer's key points; keywords drive the "seems covered" hint. */
  keyPoints: z.array(z.strictObject({ text, keywords: z.array(z.string().trim().min(1)).default([]) })).min(1),
});

const ByType = z.discriminatedUnion('type', [
  SingleSchema,
  MultipleSchema,
  TrueFalseSchema,
  OrderSchema,
  CategorizeSchema,
  FillSchema,
  DialogueSchema,
  CaseSchema,
]);

/** One question of the bank, with the checks that span several fields. */
export const QuestionSchema = ByType.superRefine((q, ctx) => {
  const issue = (message: string, path: (string | number)[]) => ctx.addIssue({ code: 'custom', message, path });
  switch (q.type) {
    case 'single': {
      const n = q.options.filter((o) => o.correct).length;
      if (n !== 1) issue(`单选题要恰好有一个选项写 correct: true，现在有 ${n} 个`, ['options']);
      break;
    }
    case 'multiple':
      if (!q.options.some((o) => o.correct)) issue('多选题至少要有一个选项写 correct: true', ['options']);
      break;
    case 'order': {
      const seen = new Set<string>();
      q.items.forEach((item, i) => {
        if (seen.has(item)) issue(`排序条目“${item}”出现了两次，每个条目都要不同`, ['items', i]);
        seen.add(item);
      });
      break;
    }
    case 'categorize': {
      const ids = q.categories.map((c) => c.id);
      q.items.forEach((item, i) => {
        if (!ids.includes(item.category))
          issue(`条目“${item.text}”的类别“${item.category}”不存在（现有类别：${ids.join('、')}）`, ['items', i, 'category']);
      });
      break;
    }
    case 'fill': {
      const count = q.stem.match(BLANK_PATTERN)?.length ?? 0;
      if (count !== q.blanks.length)
        issue(`题干里有 ${count} 个空（___），但 blanks 给了 ${q.blanks.length} 组答案：每个空要有一组答案，例如 [知识, 业务知识]`, ['blanks']);
      q.blanks.forEach((accepted, i) => {
        if (accepted.length === 0) issue(`第 ${i + 1} 个空没有写答案`, ['blanks', i]);
      });
      break;
    }
    case 'dialogue':
      q.turns.forEach((turn, i) => {
        const n = turn.replies.filter((r) => r.best).length;
        if (n !== 1) issue(`第 ${i + 1} 轮对话要恰好有一个回答写 best: true，现在有 ${n} 个`, ['turns', i, 'replies']);
      });
      break;
  }
});

/** What a trainer writes for one question. */
export type QuestionInput = z.input<typeof QuestionSchema>;
/** A validated question. */
export type Question = z.output<typeof QuestionSchema>;
/** A validated question of one type. */
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;
