/**
 * A question type is its folder: every registry knows every type, and each folder holds every piece
 * (README "Adding a question type"). A type missing a piece fails here with its name.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import zh from '../../src/i18n/zh-CN.json';
import { describeIssue, say } from '../../src/lib/content-messages.ts';
import { clients } from '../../src/question-types/client.ts';
import { answerKey, definitions, questionMarks, QuestionSchema } from '../../src/question-types/definitions.ts';
import { answering } from '../../src/question-types/e2e.ts';
import { score } from '../../src/question-types/scoring.ts';
import { traits } from '../../src/question-types/traits.ts';
import { QUESTION_TYPES } from '../../src/question-types/shared.ts';

const dir = new URL('../../src/question-types/', import.meta.url);
const source = (file: string) => readFileSync(new URL(file, dir), 'utf8');
const FILES = ['definition.ts', 'score.ts', 'traits.ts', 'client.ts', 'e2e.ts', 'Body.astro', 'Answer.astro'];

describe.each(QUESTION_TYPES)('the question type %s', (type) => {
  it('has a folder with every piece', () => {
    expect(FILES.filter((file) => !existsSync(new URL(`${type}/${file}`, dir)))).toEqual([]);
  });

  it('is in every registry', () => {
    const d = definitions[type];
    expect(d.schema).toBeDefined();
    expect([typeof d.key, typeof d.rightAnswer, typeof d.moodle, typeof d.gift, typeof d.sheet.toRow, typeof d.sheet.fromRow]).toEqual(Array(6).fill('function'));
    expect(d.sheet.names.length).toBeGreaterThan(0);
    expect(typeof clients[type].read).toBe('function');
    expect(traits[type].interaction).toHaveLength(2);
    expect(typeof answering[type]).toBe('function');
    expect(source('components.ts')).toMatch(new RegExp(`'\\./${type}/Body\\.astro'`));
    expect(source('components.ts')).toMatch(new RegExp(`'\\./${type}/Answer\\.astro'`));
  });

  it('has its label and a 题型 name of its own', () => {
    expect((zh as Record<string, string>)[`quiz.type.${type}`]).toBeTruthy();
    const others = QUESTION_TYPES.filter((t) => t !== type).flatMap((t) => definitions[t].sheet.names);
    expect(definitions[type].sheet.names.filter((name) => others.includes(name))).toEqual([]);
  });

  it('is self-assessed exactly when its client has the self-assessment step', () => {
    expect(traits[type].selfAssessed === true).toBe(typeof clients[type].selfAssess === 'function');
  });
});

describe('the question type folders', () => {
  it('are exactly the types of QUESTION_TYPES', () => {
    const folders = readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(folders.sort()).toEqual([...QUESTION_TYPES].sort());
  });

  it('have their styles imported by the styles registry', () => {
    const registry = source('styles.css');
    const own = QUESTION_TYPES.filter((type) => existsSync(new URL(`${type}/styles.css`, dir)));
    expect(own.filter((type) => !registry.includes(`@import './${type}/styles.css';`))).toEqual([]);
  });

  it('are named nowhere else in the code: generic code asks the registries', () => {
    // A type's name in a quoted string outside its folder is a special case that belongs in the folder.
    const found: string[] = [];
    const walk = (url: URL, rel: string) => {
      for (const entry of readdirSync(url, { withFileTypes: true })) {
        const path = `${rel}${entry.name}`;
        if (entry.isDirectory()) {
          if (path !== 'src/question-types') walk(new URL(`${entry.name}/`, url), `${path}/`);
        } else if (/\.(ts|astro)$/.test(entry.name)) {
          const text = readFileSync(new URL(entry.name, url), 'utf8');
          for (const type of ['short', 'case']) if (text.includes(`=== '${type}'`) || text.includes(`!== '${type}'`)) found.push(`${path}: ${type}`);
        }
      }
    };
    walk(new URL('../../src/', import.meta.url), 'src/');
    expect(found).toEqual([]);
  });
});

describe('marks of the written types', () => {
  const common = { lesson: 'm/l', explanation: '解析' };
  const short = (keyPoints: object[]) => ({ ...common, id: 's-1', type: 'short', stem: '简述投诉处理的头两步。', keyPoints });

  it('sum the points of a question, sub-questions included, and the stem shows nothing without them', () => {
    expect(
      questionMarks(
        QuestionSchema.parse(
          short([
            { text: '甲', marks: 5 },
            { text: '乙', marks: 2.5 },
          ]),
        ),
      ),
    ).toBe(7.5);
    const parts = [
      {
        stem: '问题出在哪里？',
        keyPoints: [
          { text: '甲', marks: 5 },
          { text: '乙', marks: 5 },
        ],
      },
      { stem: '应当怎样处理？', keyPoints: [{ text: '丙', marks: 10 }] },
    ];
    expect(questionMarks(QuestionSchema.parse({ ...common, id: 'c-1', type: 'case', case: '案例。', stem: '阅读案例，回答问题。', parts }))).toBe(20);
    expect(questionMarks(QuestionSchema.parse(short([{ text: '甲' }, { text: '乙' }])))).toBeUndefined();
    expect(questionMarks(QuestionSchema.parse({ ...common, id: 't-1', type: 'truefalse', stem: '对吗？', answer: true }))).toBeUndefined();
  });

  it('score the marks of the points ticked, equal shares only for a question without marks', () => {
    const key = answerKey(
      QuestionSchema.parse(
        short([
          { text: '甲', marks: 10 },
          { text: '乙', marks: 5 },
        ]),
      ),
    );
    expect(score(key, { type: 'short', text: '我的回答', ticked: [true, false] }).score).toBeCloseTo(10 / 15);
    expect(score(key, { type: 'short', text: '我的回答', ticked: [false, true] }).score).toBeCloseTo(5 / 15);
    const even = answerKey(QuestionSchema.parse(short([{ text: '甲' }, { text: '乙' }])));
    expect(score(even, { type: 'short', text: '我的回答', ticked: [false, true] }).score).toBe(0.5);
  });

  it('are given to every point of a question or to none: the error names the question and the field, in Chinese', () => {
    const result = QuestionSchema.safeParse(short([{ text: '甲', marks: 5 }, { text: '乙' }]));
    expect(result.success).toBe(false);
    const words = (issue: Parameters<typeof describeIssue>[0]) => say(describeIssue(issue).code, describeIssue(issue).values);
    expect(result.error!.issues.map((i) => [i.path.join('.'), words(i)])).toEqual([
      ['keyPoints.1.marks', '题目 s-1 的答题要点有 1 个写了 marks（分值），1 个没写：要么每个要点都写 marks，要么都不写'],
    ]);
    expect(words(QuestionSchema.safeParse(short([{ text: '甲', marks: 0 }])).error!.issues[0]!)).toContain('marks 是这个要点的分值，要大于 0');
  });

  it('need no case text for a 简答, and a case text for a 案例分析', () => {
    expect(QuestionSchema.safeParse(short([{ text: '甲' }])).success).toBe(true);
    const noCase = QuestionSchema.safeParse({ ...common, id: 'c-2', type: 'case', stem: '怎么办？', keyPoints: [{ text: '甲' }] });
    expect(noCase.error!.issues.map((i) => i.path.join('.'))).toEqual(['case']);
  });
});
