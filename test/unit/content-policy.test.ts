import { describe, expect, it } from 'vitest';
import { policyWarnings, type PolicyInput, type PolicyQuestion } from '../../src/lib/content-policy.ts';
import { formatProblem } from '../../src/lib/content-messages.ts';

// The rules check:content computes from the bank, on small literal banks: each warning gives the figure,
// the threshold and the ids to look at.

const FILE = 'content/questions/m/l.yaml';
const at = (q: Omit<PolicyQuestion, 'lesson'> & { lesson?: string }) => ({ file: FILE, difficulty: 2, ...q, lesson: q.lesson ?? 'm/l' });
const single = (id: string, right: number, lengths = [2, 2, 2, 2]) =>
  at({ id, type: 'single', lesson: 'm/l', options: lengths.map((n, i) => ({ text: '字'.repeat(n), correct: i === right })) });
const truefalse = (id: string, answer: boolean) => at({ id, type: 'truefalse', lesson: 'm/l', answer });
const multiple = (id: string, right: number) => at({ id, type: 'multiple', lesson: 'm/l', options: [0, 1, 2, 3].map((i) => ({ text: `选项${i}`, correct: i < right })) });
const warnings = (input: Partial<PolicyInput> & Pick<PolicyInput, 'questions'>) => policyWarnings(input).map(formatProblem);
/** A bank of `n` single-choice questions with keys spread over A to D, difficulty 2 and 3 mixed. */
const balanced = (n: number) => Array.from({ length: n }, (_, i) => ({ ...single(`s${i}`, i % 4), difficulty: i % 3 === 0 ? 3 : 2 }));

describe('policyWarnings', () => {
  it('is silent about a balanced bank', () => {
    expect(warnings({ questions: balanced(12) })).toEqual([]);
  });

  it('names the letter that holds too many single-choice keys, with the figure, the limit and the ids', () => {
    const bank = [...balanced(4), ...Array.from({ length: 8 }, (_, i) => ({ ...single(`a${i}`, 0), difficulty: i < 2 ? 3 : 2 }))];
    expect(warnings({ questions: bank })).toMatchInlineSnapshot(`
      [
        "content/questions/：单选题的正确答案有 9 / 12 道（75%）放在 A 项，超过 40%：学员不看题也能猜。请把这些题的选项换个顺序，例如：s0、a0、a1、a2、a3、a4、a5、a6 等 9 道",
      ]
    `);
  });

  it('finds the right option longest too often', () => {
    const bank = balanced(12)
      .map((q, i) =>
        i < 6
          ? single(
              q.id,
              i % 4,
              [2, 2, 2, 2].map((n, j) => (j === i % 4 ? 6 : n)),
            )
          : q,
      )
      .map((q, i) => ({ ...q, difficulty: i % 3 === 0 ? 3 : 2 }));
    expect(warnings({ questions: bank })).toEqual([
      'content/questions/：选择题里正确选项最长的占 50%（6 / 12），超过 40%：学员会挑最长的。请把这些题的选项写得长短相近，例如：s0、s1、s2、s3、s4、s5',
    ]);
  });

  it('gives the share of true statements when it leaves 40–60%, naming the side a learner would guess', () => {
    const bank = [...balanced(4), ...Array.from({ length: 10 }, (_, i) => ({ ...truefalse(`t${i}`, i < 8), difficulty: i < 3 ? 3 : 2 }))];
    expect(warnings({ questions: bank })).toEqual([
      'content/questions/：判断题里答案为“对”的占 80%（8 / 10），不在 40%–60% 之间：学员全猜“对”也能得高分。请改写一些题，让对与错大致各半，例如：t0、t1、t2、t3、t4、t5、t6、t7',
    ]);
    const even = bank.map((q, i) => (q.type === 'truefalse' ? { ...q, answer: i % 2 === 0 } : q));
    expect(warnings({ questions: even })).toEqual([]);
  });

  it('asks for multiple-choice questions with exactly two right options and for hard objective questions', () => {
    const bank = Array.from({ length: 12 }, (_, i) => ({ ...multiple(`mc${i}`, 3), difficulty: i < 4 ? 3 : 2 }));
    expect(warnings({ questions: bank })).toEqual([
      'content/questions/：多选题里恰好两个正确选项的只有 0 道（共 12 道，至少应有 2 道）：学员会习惯“至少选三个”。请加一些恰好两个正确选项的多选题',
    ]);
    const easy = bank.map((q) => ({ ...q, difficulty: 2 }));
    expect(warnings({ questions: easy })).toContain(
      'content/questions/：客观题（单选、多选、判断等）中难度 3 的只有 0 道（共 12 道，至少应有 1 道）：请加一些需要应用和分析的难题（difficulty: 3）',
    );
  });

  it('names stems that cite the handout instead of asking about the subject', () => {
    const bank = [
      ...balanced(12),
      { ...balanced(1)[0]!, id: 'cites', stem: '按讲义，服务的三要素是什么？' },
      { ...balanced(1)[0]!, id: 'case', type: 'case', case: '考试案例三的答题要点认为……', stem: '请分析。' },
    ];
    expect(warnings({ questions: bank })).toContain(
      'content/questions/：有 2 道题的题干引用了资料（“按讲义”“原文”“考试案例……认为”等），题目要能独立成立：请改成直接提问，例如：cites、case',
    );
  });

  it('names a lesson with too few questions by its question file', () => {
    expect(warnings({ questions: balanced(3), questionFiles: [{ lesson: 'm/l', file: FILE }] })).toEqual([
      'content/questions/m/l.yaml：本课只有 3 道题，少于 12 道：题量太少，练习和考试抽题都不够用。请给本课加题',
    ]);
  });

  it('finds remarks about the source in a lesson body, but not inside <Callout kind="source">', () => {
    const body = ['## 第一节', '', '原文漏了百分号，这里按 80% 写。', '', '<Callout kind="source">', '原文有乱码。', '</Callout>'].join('\n');
    expect(warnings({ questions: [], lessons: [{ id: 'm/l', file: 'content/lessons/m/l.mdx', body, bodyLine: 10 }] })).toEqual([
      'content/lessons/m/l.mdx 第 12 行：正文里有关于资料本身的说明（“原文漏了百分号，这里按 80% 写。”），请移到 <Callout kind="source"> 资料说明里',
    ]);
  });

  it('finds glossary definitions that open with a note about the course', () => {
    const terms = [
      { id: 'a', file: 'content/glossary/m.yaml', line: 4, definition: '本课程的归纳：服务的三个层次。' },
      { id: 'b', file: 'content/glossary/m.yaml', line: 9, definition: '服务的三个层次。' },
    ];
    expect(warnings({ questions: [], terms })).toEqual([
      'content/glossary/m.yaml 第 4 行：术语 a，字段 definition（释义）：释义以“本课程的归纳”开头：释义只写术语本身的意思，这类说明请写到 source 字段',
    ]);
  });

  it("warns when a paper's full marks depend on the draw", () => {
    const exam = { file: 'content/exam.yaml', papers: [{ id: 'mock', sections: [{ types: ['single', 'case'] as const, count: 2, points: { single: 1, case: 10 } }] }] };
    expect(warnings({ questions: [], exam: exam as unknown as PolicyInput['exam'] })).toEqual([
      'content/exam.yaml：试卷“mock”：这份试卷的满分随抽到的题而变（2–20 分），学员之间的分数不好比较：请让同一部分里各题型的分值相同',
    ]);
  });

  it('names case questions that lean on the lesson, have one-character keywords or a thin case', () => {
    const base = { type: 'case', lesson: 'm/l', tags: ['案例分析'], case: '一位顾客在蛋糕店里投诉：他订的生日蛋糕上写错了名字，店员却说这是顾客自己写错的，两人争执起来。' };
    const bank = [
      at({ id: 'lean', ...base, stem: '用本课的方法分析。', keyPoints: [{ keywords: ['道歉'] }] }),
      at({ id: 'short', ...base, stem: '请分析。', keyPoints: [{ keywords: ['歉'] }] }),
      at({ id: 'thin', ...base, case: '顾客投诉。', stem: '请分析。', keyPoints: [{ keywords: ['道歉'] }] }),
    ];
    expect(warnings({ questions: bank })).toEqual([
      'content/questions/：有 1 道案例题的要点关键词只有一个字（自评时一个字几乎处处都能对上）：请改成两个字以上的词，例如：short',
      'content/questions/：有 1 道“案例分析”题的案例不到 40 个字，考试里单独出现时看不懂：请把情境写完整，例如：thin',
      'content/questions/：有 1 道题的题干或案例提到“本课”“上一课”“前面讲过”等：考试和练习里题目单独出现，请让它独立成立，例如：lean',
    ]);
  });
});
