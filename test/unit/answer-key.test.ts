import { describe, expect, it } from 'vitest';
import { answerKey, QuestionSchema } from '../../src/question-types/definitions.ts';
import { segmentKeywords } from '../../src/question-types/key-points-schema.ts';

const common = { lesson: 'm/l', stem: '题干', explanation: '解析' };
const question = (input: Record<string, unknown>) => QuestionSchema.parse({ ...common, ...input });

describe('answerKey', () => {
  it.each([
    [
      'single: the position of the correct option',
      { id: 's', type: 'single', options: [{ text: '甲' }, { text: '乙' }, { text: '丙', correct: true }] },
      { type: 'single', correct: 2 },
    ],
    [
      'multiple: the positions of all correct options and the option count',
      { id: 'm', type: 'multiple', options: [{ text: '甲', correct: true }, { text: '乙' }, { text: '丙', correct: true }, { text: '丁' }] },
      { type: 'multiple', correct: [0, 2], count: 4 },
    ],
    ['truefalse: the answer', { id: 't', type: 'truefalse', answer: false }, { type: 'truefalse', answer: false }],
    ['order: the item count', { id: 'o', type: 'order', items: ['一', '二', '三'] }, { type: 'order', count: 3 }],
    [
      'categorize: the category of each item, in file order',
      {
        id: 'c',
        type: 'categorize',
        categories: [
          { id: 'company', label: '企业' },
          { id: 'staff', label: '员工' },
        ],
        items: [
          { text: '品牌', category: 'company' },
          { text: '自豪', category: 'staff' },
          { text: '利润', category: 'company' },
        ],
      },
      { type: 'categorize', categories: ['company', 'staff', 'company'] },
    ],
    [
      'fill: the accepted answers of each blank',
      { id: 'f', type: 'fill', stem: '三要素是态度、___、___。', blanks: [['知识'], ['技巧', '技能']] },
      { type: 'fill', accept: [['知识'], ['技巧', '技能']] },
    ],
    [
      'dialogue: the position of the best reply in each turn',
      {
        id: 'd',
        type: 'dialogue',
        turns: [
          {
            customer: '快递没到!',
            replies: [
              { text: '不归我管。', feedback: '推卸。' },
              { text: '我马上查。', best: true, feedback: '好。' },
            ],
          },
          {
            customer: '快点!',
            replies: [
              { text: '马上。', best: true, feedback: '好。' },
              { text: '等着。', feedback: '差。' },
            ],
          },
        ],
      },
      { type: 'dialogue', best: [1, 0] },
    ],
    [
      'case: the keywords of each key point',
      {
        id: 'k',
        type: 'case',
        case: '故事。',
        keyPoints: [
          { text: '先道歉', keywords: ['道歉', '致歉'] },
          { text: '再补偿', keywords: ['补偿'] },
        ],
      },
      { type: 'case', keywords: [['道歉', '致歉'], ['补偿']], marks: [] },
    ],
    [
      'short: the keywords and the marks of each key point',
      {
        id: 's',
        type: 'short',
        stem: '简述。',
        keyPoints: [
          { text: '先道歉', keywords: ['道歉'], marks: 5 },
          { text: '再补偿', keywords: ['补偿'], marks: 10 },
        ],
      },
      { type: 'short', keywords: [['道歉'], ['补偿']], marks: [5, 10] },
    ],
  ])('returns the key of %s', (_name, input, expected) => {
    expect(answerKey(question(input))).toEqual(expected);
  });

  it('returns a fill key that also accepts the Traditional forms given by `variants`', () => {
    const forms: Record<string, string[]> = { 知识: ['知識'], 响应式: ['響應式', '回應式'] };
    const q = question({ id: 'f', type: 'fill', stem: '态度、___ 和 ___', blanks: [['知识'], ['相应式', '响应式']] });
    expect(answerKey(q, (text) => forms[text] ?? [])).toEqual({
      type: 'fill',
      accept: [
        ['知识', '知識'],
        ['相应式', '响应式', '響應式', '回應式'],
      ],
    });
  });

  it('returns each accepted form once even when variants repeat', () => {
    const q = question({ id: 'f', type: 'fill', stem: '___', blanks: [['服务', '服務']] });
    expect(answerKey(q, (text) => (text === '服务' ? ['服務', '服務'] : []))).toEqual({ type: 'fill', accept: [['服务', '服務']] });
  });

  it('returns the case keywords segmented from the key point text when it lists none', () => {
    const q = question({
      id: 'k',
      type: 'case',
      case: '故事。',
      keyPoints: [{ text: '先向客户真诚道歉' }, { text: '再补偿', keywords: ['补偿'] }],
    });
    const { keywords } = answerKey(q) as { keywords: string[][] };
    expect(keywords[1]).toEqual(['补偿']);
    expect(keywords[0]).toEqual(expect.arrayContaining(['客户', '道歉']));
  });
});

describe('segmentKeywords', () => {
  it('returns the Chinese words of two or more characters, without punctuation', () => {
    const words = segmentKeywords('先向客户真诚道歉，再提出补偿方案。');
    expect(words).toEqual(expect.arrayContaining(['客户', '道歉', '补偿', '方案']));
    expect(words.every((w) => w.length >= 2 && !/[，。]/.test(w))).toBe(true);
  });

  it('returns each word once', () => {
    expect(segmentKeywords('道歉，道歉，再道歉')).toEqual(['道歉']);
  });
});
