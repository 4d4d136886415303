import { describe, expect, it } from 'vitest';
import {
  headingAnchors,
  lessonReferences,
  validateCourse as validateData,
  type LessonRef,
  type ModuleRef,
  type QuestionRef,
  type TermRef,
} from '../../src/lib/course-validation.ts';
import { formatProblem } from '../../src/lib/content-messages.ts';

/** The problems as the trainer reads them. */
const validateCourse = (...args: Parameters<typeof validateData>) => validateData(...args).map(formatProblem);

const modules: ModuleRef[] = [
  { id: 'service-awareness', file: 'content/modules/service-awareness.yaml', order: 1 },
  { id: 'complaints', file: 'content/modules/complaints.yaml', order: 2 },
];

const lesson = (id: string, order: number, extra: Partial<LessonRef> = {}): LessonRef => ({
  id,
  file: `content/lessons/${id}.mdx`,
  module: id.split('/')[0]!,
  order,
  related: [],
  body: '',
  ...extra,
});

const lessons: LessonRef[] = [
  lesson('service-awareness/why-service-matters', 1, { body: '## 为什么要做服务\n\n## 要点回顾\n' }),
  lesson('service-awareness/service-mindset', 2, {
    related: ['service-awareness/why-service-matters'],
    body: [
      '见 <LessonLink to="complaints/six-steps#第一步倾听">第一步</LessonLink>。',
      '<Term id="halo-effect">光环效应</Term>',
      '<Question id="mindset-02" />',
      '<Quiz ids={["mindset-01", "mindset-02"]} title="小测验" />',
    ].join('\n'),
  }),
  lesson('complaints/six-steps', 1, { body: '## 第一步:倾听\n\n## 要点回顾\n' }),
];

const questions: QuestionRef[] = [
  { id: 'mindset-01', lesson: 'service-awareness/service-mindset', file: 'content/questions/service-awareness/service-mindset.yaml' },
  { id: 'mindset-02', lesson: 'service-awareness/service-mindset', file: 'content/questions/service-awareness/service-mindset.yaml' },
];

const terms: TermRef[] = [{ id: 'halo-effect', file: 'content/glossary/service-awareness.yaml', lessons: ['service-awareness/service-mindset'] }];

/** The valid course with one lesson replaced or added. */
const withLesson = (changed: LessonRef) => [...lessons.filter((l) => l.id !== changed.id), changed];

describe('validateCourse', () => {
  it('gives no follow-on message for ids whose own file is already reported', () => {
    // service-mindset failed its own checks (say, no title): questions, terms, links and paths naming it are not wrong too.
    const rest = lessons.filter((l) => l.id !== 'service-awareness/service-mindset');
    const linking = [
      ...rest,
      lesson('complaints/other', 2, { related: ['service-awareness/service-mindset'], body: '<LessonLink to="service-awareness/service-mindset">x</LessonLink>' }),
    ];
    const paths = [{ id: 'p', file: 'content/paths/p.yaml', steps: [{ lesson: 'service-awareness/service-mindset' }, { practice: 'broken-module' }] }];
    const invalid = { lessons: ['service-awareness/service-mindset'], modules: ['broken-module'] };
    expect(validateCourse(modules, linking, questions, terms, paths, invalid)).toEqual([]);
    expect(validateCourse(modules, linking, questions, terms, paths)).toHaveLength(7);
  });

  it('gives no follow-on message for an embedded question or term whose definition is reported', () => {
    const body = '<Question id="broken-q" />\n<Term id="broken-term">词</Term>';
    const changed = withLesson(lesson('service-awareness/why-service-matters', 1, { body }));
    expect(validateCourse(modules, changed, questions, terms, [], { questions: ['broken-q'], terms: ['broken-term'] })).toEqual([]);
  });

  it('rejects <Quiz lesson /> in a lesson with no question for its quiz, naming the line', () => {
    const body = '## 第一步:倾听\n\n<Quiz lesson />\n';
    const changed = withLesson(lesson('complaints/six-steps', 1, { body, bodyLine: 10 }));
    expect(validateCourse(modules, changed, questions, terms)).toEqual([
      'content/lessons/complaints/six-steps.mdx 第 12 行：<Quiz lesson /> 没有题目可以显示。请在 questions/complaints/six-steps.yaml 里写本课的题目，或删掉 <Quiz lesson />',
    ]);
    const examOnly = [{ id: 'six-01', lesson: 'complaints/six-steps', file: 'q.yaml', lessonQuiz: false }];
    expect(validateCourse(modules, changed, [...questions, ...examOnly], terms)).toHaveLength(1);
    expect(validateCourse(modules, changed, [...questions, { ...examOnly[0]!, lessonQuiz: true }], terms)).toEqual([]);
    expect(validateCourse(modules, changed, questions, terms, [], { questionLessons: ['complaints/six-steps'] })).toEqual([]);
  });

  it('returns no problems for a consistent course', () => {
    expect(validateCourse(modules, lessons, questions, terms)).toEqual([]);
  });

  it('rejects a lesson naming a module that does not exist', () => {
    const errors = validateCourse(modules, withLesson(lesson('service-awareness/service-mindset', 2, { module: 'service-awarenes' })), questions, terms);
    expect(errors).toMatchInlineSnapshot(`
      [
        "content/lessons/service-awareness/service-mindset.mdx：字段 module（所属模块）：没有叫“service-awarenes”的模块（现有的模块：service-awareness、complaints）",
      ]
    `);
  });

  it('rejects a lesson in a folder that differs from its module field', () => {
    const errors = validateCourse(modules, withLesson(lesson('service-awareness/service-mindset', 3, { module: 'complaints' })), questions, terms);
    expect(errors).toMatchInlineSnapshot(`
      [
        "content/lessons/service-awareness/service-mindset.mdx：字段 module（所属模块）：写的是“complaints”，但文件在文件夹“service-awareness”里。请把文件移到 complaints/ 里，或改正这个字段",
      ]
    `);
  });

  it('rejects two lessons with the same order in a module', () => {
    const errors = validateCourse(modules, withLesson(lesson('service-awareness/service-mindset', 1)), [], []);
    expect(errors).toMatchInlineSnapshot(`
      [
        "content/lessons/service-awareness/why-service-matters.mdx 和 content/lessons/service-awareness/service-mindset.mdx：字段 order（顺序号）：这几课在模块“service-awareness”里的顺序号都是 1，请给每课不同的数字",
      ]
    `);
  });

  it('accepts lessons with the same order in different modules', () => {
    expect(validateCourse(modules, [lesson('service-awareness/a', 1), lesson('complaints/b', 1)], [], [])).toEqual([]);
  });

  it('rejects two modules with the same order', () => {
    const errors = validateCourse([...modules, { id: 'communication', file: 'content/modules/communication.yaml', order: 2 }], lessons, questions, terms);
    expect(errors).toMatchInlineSnapshot(`
      [
        "content/modules/complaints.yaml 和 content/modules/communication.yaml：字段 order（顺序号）：这几个模块的顺序号都是 2，请给每个模块不同的数字",
      ]
    `);
  });

  it('rejects a related lesson that does not exist', () => {
    const errors = validateCourse(modules, withLesson(lesson('service-awareness/why-service-matters', 1, { related: ['service-mindset'] })), questions, terms);
    expect(errors).toMatchInlineSnapshot(`
      [
        "content/lessons/service-awareness/why-service-matters.mdx：字段 related（相关课程）：没有课程“service-mindset”（写成“模块/文件名”，例如 complaints/six-steps）",
      ]
    `);
  });

  it('rejects a question id in <Quiz ids> that is not in the bank', () => {
    const body = '<Quiz ids={["mindset-01", "mindset-09"]} />';
    const errors = validateCourse(modules, withLesson(lesson('service-awareness/why-service-matters', 1, { body })), questions, terms);
    expect(errors).toMatchInlineSnapshot(`
      [
        "content/lessons/service-awareness/why-service-matters.mdx：本课引用了题目“mindset-09”，但题库里没有这道题。请检查编号，或先在 questions/ 里写好这道题",
      ]
    `);
  });

  it('rejects a question id in <Question id> that is not in the bank', () => {
    const body = '<Question id="mindset-9" />';
    const errors = validateCourse(modules, withLesson(lesson('service-awareness/why-service-matters', 1, { body })), questions, terms);
    expect(errors).toMatchInlineSnapshot(`
      [
        "content/lessons/service-awareness/why-service-matters.mdx：本课引用了题目“mindset-9”，但题库里没有这道题。请检查编号，或先在 questions/ 里写好这道题",
      ]
    `);
  });

  it('rejects a <Term id> missing from the glossary', () => {
    const body = '<Term id="halo">光环效应</Term>';
    const errors = validateCourse(modules, withLesson(lesson('service-awareness/why-service-matters', 1, { body })), questions, terms);
    expect(errors).toMatchInlineSnapshot(`
      [
        "content/lessons/service-awareness/why-service-matters.mdx：<Term id="halo">：术语表（glossary/）里没有“halo”",
      ]
    `);
  });

  it('rejects a <LessonLink> to a missing lesson', () => {
    const body = '<LessonLink to="complaints/seven-steps#第一步倾听">七步</LessonLink>';
    const errors = validateCourse(modules, withLesson(lesson('service-awareness/why-service-matters', 1, { body })), questions, terms);
    expect(errors).toMatchInlineSnapshot(`
      [
        "content/lessons/service-awareness/why-service-matters.mdx：<LessonLink to="complaints/seven-steps#第一步倾听">：没有课程“complaints/seven-steps”",
      ]
    `);
  });

  it('rejects a <LessonLink> to a missing heading', () => {
    const body = '<LessonLink to="complaints/six-steps#第二步道歉">道歉</LessonLink>';
    const errors = validateCourse(modules, withLesson(lesson('service-awareness/why-service-matters', 1, { body })), questions, terms);
    expect(errors).toMatchInlineSnapshot(`
      [
        "content/lessons/service-awareness/why-service-matters.mdx：<LessonLink to="complaints/six-steps#第二步道歉">：课程“complaints/six-steps”里没有锚点为“#第二步道歉”的标题（锚点来自 ## 标题的文字）",
      ]
    `);
  });

  it.each([
    ['a lesson without an anchor', 'complaints/six-steps'],
    ['a Chinese heading anchor', 'complaints/six-steps#第一步倾听'],
    ['a repeated heading anchor', 'complaints/six-steps#要点回顾'],
  ])('accepts a <LessonLink> to %s', (_name, to) => {
    const body = `<LessonLink to="${to}">链接</LessonLink>`;
    expect(validateCourse(modules, withLesson(lesson('service-awareness/why-service-matters', 1, { body })), questions, terms)).toEqual([]);
  });

  it('rejects a question belonging to a missing lesson', () => {
    const errors = validateCourse(modules, lessons, [...questions, { id: 'steps-01', lesson: 'complaints/six-step', file: 'content/questions/complaints/six-step.yaml' }], terms);
    expect(errors).toMatchInlineSnapshot(`
      [
        "content/questions/complaints/six-step.yaml：题目 steps-01：没有课程“complaints/six-step”。题目文件要放在 questions/<模块>/<课程文件名>.yaml，与课程文件同名",
      ]
    `);
  });

  it('rejects a glossary term listing a missing lesson', () => {
    const errors = validateCourse(modules, lessons, questions, [
      { id: 'halo-effect', file: 'content/glossary/service-awareness.yaml', lessons: ['service-awareness/service-mindset', 'communication/barriers'] },
    ]);
    expect(errors).toMatchInlineSnapshot(`
      [
        "content/glossary/service-awareness.yaml：术语 halo-effect，字段 lessons（课程）：没有课程“communication/barriers”",
      ]
    `);
  });
});

describe('lessonReferences', () => {
  it('returns the questions, terms and lesson links a body refers to', () => {
    const body = [
      '<Quiz ids={["a", \'b\']} title="小测验" />',
      '<Quiz lesson />',
      '<Question id="x" />',
      "<Term id='halo-effect'>光环效应</Term>",
      '<LessonLink to="m/l#anchor">链接</LessonLink>',
    ].join('\n');
    expect(lessonReferences(body)).toEqual({ questions: ['a', 'b', 'x'], terms: ['halo-effect'], links: ['m/l#anchor'], lessonQuiz: true });
  });

  it('returns references from components with attributes before the one that names them', () => {
    const body = '<Quiz title="小测验" ids={["a"]} />\n<Term kind="x" id="t">词</Term>\n<LessonLink class="x" to="m/l">链接</LessonLink>';
    expect(lessonReferences(body)).toEqual({ questions: ['a'], terms: ['t'], links: ['m/l'], lessonQuiz: false });
  });

  it('returns nothing for plain Markdown', () => {
    expect(lessonReferences('## 标题\n\n正文 id="x"。')).toEqual({ questions: [], terms: [], links: [], lessonQuiz: false });
  });
});

describe('headingAnchors', () => {
  it.each([
    ['## 要点回顾', '要点回顾'],
    ['## 第一步:倾听', '第一步倾听'],
    ['## 客户, 你好', '客户-你好'],
    ['## Hello World!', 'hello-world'],
    ['### **加粗** 标题 ##', '加粗-标题'],
    ['## 3C 时代', '3c-时代'],
  ])('returns the anchor Astro gives %j: %j', (heading, anchor) => {
    expect([...headingAnchors(heading)]).toEqual([anchor]);
  });

  it('returns numbered anchors for repeated headings, as Astro does', () => {
    expect([...headingAnchors('## 要点回顾\n\n## 要点回顾\n')]).toEqual(['要点回顾', '要点回顾-1']);
  });

  it('ignores lines inside a code block', () => {
    expect([...headingAnchors('## 真标题\n\n```md\n## 示例标题\n```\n')]).toEqual(['真标题']);
  });

  it('ignores a # that does not start a line', () => {
    expect([...headingAnchors('正文 ## 不是标题')]).toEqual([]);
  });
});

describe('validateCourse and the custom path page', () => {
  it('refuses a path file named custom, which the custom path page would hide', () => {
    const paths = [{ id: 'custom', file: 'content/paths/custom.yaml', steps: [{ lesson: 'complaints/six-steps' }] }];
    expect(validateCourse(modules, lessons, questions, terms, paths)).toEqual([
      'content/paths/custom.yaml：“custom”是“自选学习路线”页面的网址，学习路线文件不能叫 custom.yaml：请给这个文件换个名字',
    ]);
  });
});
