import { describe, expect, it } from 'vitest';
import { QuestionSchema } from '../../src/question-types/definitions.ts';
import { questionLine, rightAnswerText } from '../../src/lib/question-summary.ts';
import { answerForList } from '../../src/question-types/definitions.ts';

const base = { lesson: 'm/l', explanation: '因为……' };
const LABELS = { true: '对', false: '错' };
// Validated like a question file, so the fixtures are real questions.
const question = (fields: Record<string, unknown>) => QuestionSchema.parse({ id: 'q', stem: '题干', ...base, ...fields });

describe('rightAnswerText', () => {
  it.each([
    [
      'the correct option of a single choice',
      {
        type: 'single',
        options: [
          { text: '甲', correct: false },
          { text: '乙', correct: true },
        ],
      },
      '乙',
    ],
    [
      'every correct option of a multiple choice, in file order',
      {
        type: 'multiple',
        options: [
          { text: '甲', correct: true },
          { text: '乙', correct: false },
          { text: '丙', correct: true },
        ],
      },
      '甲；丙',
    ],
    ['a true statement as 对', { type: 'truefalse', answer: true }, '对'],
    ['a false statement as 错', { type: 'truefalse', answer: false }, '错'],
    ['the items of an ordering question in order', { type: 'order', items: ['倾听', '道歉', '解决'] }, '倾听 → 道歉 → 解决'],
    [
      'each item of a categorizing question with its category',
      {
        type: 'categorize',
        categories: [
          { id: 'in', label: '内部客户' },
          { id: 'out', label: '外部客户' },
        ],
        items: [
          { text: '同事', category: 'in' },
          { text: '顾客', category: 'out' },
        ],
      },
      '同事：内部客户；顾客：外部客户',
    ],
    ['the accepted answers of each blank', { type: 'fill', stem: '___ 和 ___', blanks: [['倾听', '聆听'], ['反馈']] }, '倾听 / 聆听；反馈'],
    [
      'the best reply of each dialogue turn',
      {
        type: 'dialogue',
        turns: [
          {
            customer: '太慢了！',
            replies: [
              { text: '您别急', best: false, feedback: '说明' },
              { text: '让您久等了', best: true, feedback: '说明' },
            ],
          },
          {
            customer: '快点！',
            replies: [
              { text: '马上为您办理', best: true, feedback: '说明' },
              { text: '排队吧', best: false, feedback: '说明' },
            ],
          },
        ],
      },
      '让您久等了；马上为您办理',
    ],
    [
      'the key points of a case',
      {
        type: 'case',
        case: '……',
        keyPoints: [
          { text: '先道歉', keywords: [] },
          { text: '再补偿', keywords: [] },
        ],
      },
      '先道歉；再补偿',
    ],
  ])('gives %s', (_name, fields, expected) => {
    expect(rightAnswerText(question(fields), LABELS)).toBe(expected);
  });
});

describe('questionLine', () => {
  it('returns the stem of most questions as it is', () => {
    expect(questionLine(question({ type: 'truefalse', stem: '服务就是微笑。', answer: false }))).toBe('服务就是微笑。');
  });

  it('shows every blank of a fill-in stem as three underscores', () => {
    expect(questionLine(question({ type: 'fill', stem: '先______，再＿＿＿。', blanks: [['a'], ['b']] }))).toBe('先___，再___。');
  });

  it('adds the first customer line to a dialogue stem', () => {
    const dialogue = question({
      type: 'dialogue',
      stem: '客户这样说，哪种回答更好？',
      turns: [
        {
          customer: '我等了半小时！',
          replies: [
            { text: 'a', best: true, feedback: '说明' },
            { text: 'b', best: false, feedback: '说明' },
          ],
        },
      ],
    });
    expect(questionLine(dialogue)).toBe('客户这样说，哪种回答更好？（客户：“我等了半小时！”）');
  });

  const caseQuestion = (material: string) =>
    question({
      type: 'case',
      case: material,
      stem: '阅读案例材料，回答下列问题。',
      parts: [
        {
          stem: '为什么退货？',
          keyPoints: [
            { text: '产品是整体', marks: 2 },
            { text: '延伸产品没兑现', marks: 2 },
          ],
        },
        { stem: '怎样处理？', keyPoints: [{ text: '先道歉', marks: 2 }] },
      ],
    });

  it("tells cases with the same generic stem apart by their material's opening words", () => {
    expect(questionLine(caseQuestion('王先生在网上买了一台空调，机器本身质量没问题。可是送货比约定晚了五天。'))).toBe(
      '阅读案例材料，回答下列问题。（案例：王先生在网上买了一台空调，机器本身质量没问题。可…）',
    );
    expect(questionLine(caseQuestion('短案例。'))).toBe('阅读案例材料，回答下列问题。（案例：短案例。）');
  });

  it("lists a case's answer points one item per sub-question, in its order", () => {
    expect(answerForList(caseQuestion('案例。'), LABELS)).toEqual(['产品是整体；延伸产品没兑现', '先道歉']);
  });
});
