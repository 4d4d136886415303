import { describe, expect, it } from 'vitest';
import {
  asOwnProgress,
  describeSkipped,
  exportProgress,
  importProgress as importData,
  MAX_PROGRESS_FILE_BYTES,
  type ProgressFileError,
} from '../../../src/lib/progress/transfer.ts';
import { t } from '../../../src/lib/i18n.ts';
import type { ProgressData } from '../../../src/lib/progress/types.ts';
import { emptyProgress } from '../../../src/lib/progress/validate.ts';
import { sampleProgress } from './fixtures.ts';

/** Why a file was refused, in the words the learner reads. */
const words = ({ code, ...values }: ProgressFileError) => t(`progressFile.${code}`, values);

/** An import, with a refusal in the learner's words. */
function importProgress(...args: Parameters<typeof importData>) {
  const result = importData(...args);
  return result.ok ? result : { ok: false as const, error: words(result.error) };
}

/** The merged data of an import expected to succeed. */
function merged(text: string, current: ProgressData): ProgressData {
  const result = importProgress(text, current);
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

const file = (data: unknown, version: unknown = 2) => JSON.stringify({ format: 'cs-course-progress', version, exportedAt: 1, data });

describe('exportProgress', () => {
  it('writes pretty JSON marked as this course’s progress', () => {
    const text = exportProgress(sampleProgress(), 123);
    expect(JSON.parse(text)).toEqual({ format: 'cs-course-progress', version: 3, exportedAt: 123, data: sampleProgress() });
    expect(text).toContain('\n  "data": {');
  });
});

describe('describeSkipped', () => {
  const words = (key: string, values?: Record<string, string | number>) => t(`progressFile.${key}` as Parameters<typeof t>[0], values);
  const skipped = (change: (data: Record<string, unknown>) => void) => {
    const data = JSON.parse(JSON.stringify(sampleProgress())) as Record<string, unknown>;
    change(data);
    const result = importProgress(file(data, 3), emptyProgress(0));
    if (!result.ok) throw new Error(result.error);
    return describeSkipped(result.dropped, words);
  };

  it('names each record a hand-edited file lost, by its id or number, each once', () => {
    const lesson = Object.keys(sampleProgress().lessons)[0]!;
    const question = Object.keys(sampleProgress().attempts)[0]!;
    expect(
      skipped((d) => {
        (d.lessons as Record<string, { completedAt: unknown }>)[lesson]!.completedAt = '昨天';
        for (const attempt of (d.attempts as Record<string, { score: unknown }[]>)[question]!) attempt.score = 'full';
        (d.exams as { seed: unknown }[])[0]!.seed = 1.5;
      }),
    ).toBe(`课程学习记录（${lesson}）、作答记录（${question}）、模拟考试记录（第 1 次）`);
  });

  it('says when a whole part was unreadable, and names a single field by itself', () => {
    expect(skipped((d) => ((d.lessons = '全部学完'), (d.learnerName = 7)))).toBe('姓名、课程学习记录（全部）');
  });

  it('lists the first five and says there are more', () => {
    const list = skipped((d) => (d.favourites = Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f'].map((id) => [id, 'x']))));
    expect(list).toBe('收藏（a）、收藏（b）、收藏（c）、收藏（d）、收藏（e）等');
  });
});

describe('asOwnProgress', () => {
  it("merges a learner's own file from another device under the id it had there", () => {
    const phone = { ...emptyProgress(0, 'PHONE002'), lessons: { 'a/one': { firstVisit: 5, lastVisit: 6, seconds: 60 } } };
    const result = importProgress(exportProgress({ ...sampleProgress(), learnerId: 'WANG0001' }), phone);
    if (!result.ok) throw new Error(result.error);
    expect(result.otherLearner).toEqual({ name: sampleProgress().learnerName, id: 'WANG0001' });
    // Without the learner's word the device keeps its id; with it, the file's id, and the same records either way.
    expect(result.data.learnerId).toBe('PHONE002');
    expect(asOwnProgress(result.data, 'WANG0001')).toEqual({ ...result.data, learnerId: 'WANG0001' });
    expect(Object.keys(result.data.lessons)).toEqual(expect.arrayContaining(['a/one', ...Object.keys(sampleProgress().lessons)]));
  });
});

describe('importProgress', () => {
  it('restores exported progress exactly into empty progress', () => {
    expect(merged(exportProgress(sampleProgress()), emptyProgress(99999))).toEqual(sampleProgress());
  });

  it('counts what it added', () => {
    const result = importProgress(exportProgress(sampleProgress()), emptyProgress(0));
    expect(result).toMatchObject({ ok: true, added: { attempts: 3, lessons: 2, exams: 1 }, dropped: [] });
  });

  it('adds nothing when the same file is imported twice', () => {
    const text = exportProgress(sampleProgress());
    const once = merged(text, emptyProgress(0));
    const result = importProgress(text, once);
    expect(result).toMatchObject({ ok: true, data: once, added: { attempts: 0, lessons: 0, exams: 0 } });
  });

  it.each([
    ['text that is not JSON', 'hello', '这不是本课程导出的学习记录文件。'],
    ['an empty file', '', '这个文件是空的，里面没有学习记录。请确认选的是“导出学习记录”或“发给培训师”保存的 .json 文件。'],
    ['an export cut short', exportProgress(sampleProgress()).slice(0, 200), '这是本课程导出的学习记录文件，但内容不完整，可能在传送或保存时被截断了。请重新导出一份再用。'],
    ['JSON without the format marker', JSON.stringify(sampleProgress()), '这不是本课程导出的学习记录文件。'],
    ['another program’s file', JSON.stringify({ format: 'other-app', version: 1, data: sampleProgress() }), '这不是本课程导出的学习记录文件。'],
    ['a file without a version', JSON.stringify({ format: 'cs-course-progress', data: sampleProgress() }), '这不是本课程导出的学习记录文件。'],
    ['JSON null', 'null', '这不是本课程导出的学习记录文件。'],
    ['a file of a newer version', file({ ...sampleProgress(), version: 4 }, 4), '这个文件由更新版本的课程导出，当前页面无法读取。请刷新页面后再导入。'],
    ['newer data in a current envelope', file({ ...sampleProgress(), version: 4 }), '这个文件由更新版本的课程导出，当前页面无法读取。请刷新页面后再导入。'],
    ['a file without data', file('nothing'), '文件已损坏，其中没有可以导入的学习记录。'],
  ])('refuses %s and leaves current progress unchanged', (_case, text, error) => {
    const current = sampleProgress();
    expect(importProgress(text, current)).toEqual({ ok: false, error });
    expect(current).toEqual(sampleProgress());
  });

  it('refuses a file too large to be a progress export, saying its size and the limit, without reading it', () => {
    const current = sampleProgress();
    expect(MAX_PROGRESS_FILE_BYTES).toBe(5 * 1024 * 1024);
    expect(importProgress(exportProgress(sampleProgress()), current, 20 * 1024 * 1024)).toEqual({
      ok: false,
      error: '这个文件有 20 MB，太大了。学习记录文件最大 5 MB（一年的学习记录也不到 1 MB），请确认选的是“导出学习记录”或“发给培训师”保存的 .json 文件。',
    });
    expect(current).toEqual(sampleProgress());
  });

  it('does not change the current progress when it merges', () => {
    const current = sampleProgress();
    const other = { ...emptyProgress(0), lessons: { 'x/y': { firstVisit: 1, lastVisit: 1, seconds: 1 } } };
    merged(file(other), current);
    expect(current).toEqual(sampleProgress());
  });

  it('imports the valid parts of a damaged file and lists the rest', () => {
    const data = { ...sampleProgress(), exams: [{ id: 'broken' }] };
    const result = importProgress(file(data), emptyProgress(0));
    expect(result).toMatchObject({ ok: true, data: { ...sampleProgress(), exams: [] }, dropped: ['exams[0]: seed must be a whole number'] });
  });

  it('upgrades a file of version 0', () => {
    const old = { learnerName: '', lessons: {}, answers: { q1: { correct: true, score: 1, at: 5 } }, exams: [], notebook: {}, practice: {}, updatedAt: 5 };
    expect(merged(file(old, 0), emptyProgress(0)).attempts).toEqual({ q1: [{ at: 5, correct: true, score: 1, source: 'lesson' }] });
  });

  describe('merging into progress that has records', () => {
    const current = sampleProgress();
    const incoming: ProgressData = {
      version: 3,
      learnerName: 'Other name',
      learnerId: 'OTHER001',
      staffId: '',
      lessons: {
        'basics/greeting': { firstVisit: 500, lastVisit: 4500, completedAt: 6000, seconds: 200 },
        'basics/listening': { firstVisit: 2500, lastVisit: 7000, completedAt: 6500, seconds: 10 },
      },
      attempts: {
        'greeting-01': [
          { at: 1100, correct: false, score: 0, source: 'lesson', answer: 'other text' },
          { at: 1150, correct: true, score: 1, source: 'practice' },
          { at: 1100, correct: false, score: 0, source: 'lesson' },
        ],
      },
      exams: [
        { ...sampleProgress().exams[0]!, score: 0.1 },
        { ...sampleProgress().exams[0]!, id: 'exam-2' },
      ],
      notebook: {
        'listening-02': { addedAt: 1, lastWrongAt: 1, streak: 1 },
        'greeting-01': { addedAt: 1100, lastWrongAt: 1100, streak: 0 },
      },
      practice: { 'basics-drill': 3, 'other-drill': 4 },
      favourites: { 'greeting-01': 900, 'listening-02': 950 },
      examSession: { paper: 'mock', seed: 3, startedAt: 6000, answers: {}, flags: [], savedAt: 6100 },
      path: { id: 'exam-prep', since: 100 },
      pathSteps: { 'new-hire/basics': 3000, 'exam-prep/basics': 3100 },
      updatedAt: 7000,
    };
    const result = merged(file(incoming), current);

    it('takes the earliest first visit and completion, the latest last visit and the most seconds', () => {
      expect(result.lessons).toEqual({
        'basics/greeting': { firstVisit: 500, lastVisit: 5000, completedAt: 4000, seconds: 300 },
        'basics/listening': { firstVisit: 2000, lastVisit: 7000, completedAt: 6500, seconds: 45 },
      });
    });

    it('adds attempts not yet present, in time order', () => {
      expect(result.attempts['greeting-01']!.map((a) => [a.at, a.source])).toEqual([
        [1100, 'lesson'],
        [1150, 'practice'],
        [1200, 'lesson'],
      ]);
      expect(result.attempts['listening-02']).toEqual(current.attempts['listening-02']);
    });

    it('adds exams by id, keeping the current record of a known one', () => {
      expect(result.exams.map((e) => [e.id, e.score])).toEqual([
        ['exam-1', 0.8],
        ['exam-2', 0.8],
      ]);
    });

    it('keeps the notebook entry wrongly answered last', () => {
      expect(result.notebook).toEqual({ ...current.notebook, 'greeting-01': incoming.notebook['greeting-01'] });
    });

    it('keeps the path followed here and every path practice step done, with the earliest time', () => {
      expect(result.path).toEqual({ id: 'new-hire', since: 900 });
      expect(result.pathSteps).toEqual({ 'new-hire/basics': 3000, 'exam-prep/basics': 3100 });
    });

    it('keeps every starred question, with the earliest star', () => {
      expect(result.favourites).toEqual({ 'greeting-01': 900, 'listening-02': 950 });
    });

    it('takes an exam under way from the file when there is none here', () => {
      expect(result.examSession?.seed).toBe(3);
    });

    it('keeps the furthest practice positions', () => {
      expect(result.practice).toEqual({ 'basics-drill': 7, 'other-drill': 4 });
    });

    it('keeps the current learner name and the later update time', () => {
      expect([result.learnerName, result.updatedAt]).toEqual(['王小明', 7000]);
    });

    it('takes the imported learner name when there is none', () => {
      expect(merged(file(incoming), emptyProgress(0)).learnerName).toBe('Other name');
    });
  });
});
