import { CourseElement, defineElement } from '../base/course-element.ts';
import { readPageData } from '../page-data.ts';
import { newSeed, parseSeed } from '../../lib/exam.ts';
import { parseScope, randomSet, scopePool } from '../../lib/practice.ts';
import { progress } from '../progress/progress-client.ts';
import type { CourseDrill } from './course-drill.ts';
import './course-drill.ts';
import { wireDrillTools } from './drill-tools.ts';

interface Data {
  questions: { id: string; lesson: string; written?: boolean }[];
  lessons: Record<string, { title: string; href: string }>;
}

/**
 * Random practice: ten questions drawn with a seed kept in the URL (`?module=&set=&seed=`), so a reload
 * gives the same set; 再来一组 draws another seed and avoids the questions just seen. The set can be
 * only 简答 and 案例分析 (`set=written`), or every starred question in the order starred (`set=favourites`).
 */
class CourseRandomPractice extends CourseElement {
  #data: Data = { questions: [], lessons: {} };
  #set: string[] = [];

  protected setup() {
    wireDrillTools(this.$<CourseDrill>('course-drill'));
    this.#data = readPageData<Data>(this, this.#data);
    const params = new URLSearchParams(location.search);
    const select = this.$<HTMLSelectElement>('select[name="module"]');
    // An unknown module in the URL falls back to all modules.
    select.value = params.get('module') ?? '';
    if (select.selectedIndex < 0) select.value = '';
    const scope = parseScope(params.get('set'));
    this.$<HTMLSelectElement>('select[name="set"]').value = scope === 'all' ? '' : scope;
    const another = this.$<HTMLButtonElement>('.another');
    another.hidden = false;
    another.addEventListener('click', () => this.#draw(newSeed(), true));
    // A set is under way from the start: the scope form above it only changes the scope, and says so.
    const submit = this.$<HTMLButtonElement>('.scope button[type="submit"]');
    submit.textContent = submit.dataset.running!;
    submit.classList.remove('primary');
    const seed = parseSeed(params.get('seed'));
    this.#draw(seed ?? newSeed(), false);
    // Arriving with a scope chosen (the practice page's form), the learner sees the first question, not the form again.
    if (!seed && (params.has('module') || params.has('set'))) this.$('course-drill').scrollIntoView({ block: 'start' });
  }

  #draw(seed: number, focus: boolean) {
    const module = this.$<HTMLSelectElement>('select[name="module"]').value || undefined;
    const scope = parseScope(this.$<HTMLSelectElement>('select[name="set"]').value);
    const pool = scopePool(this.#data.questions, scope, progress.read().favourites);
    // The starred questions are all shown, in the order they were starred; the other scopes draw ten.
    const set = scope === 'favourites' ? pool.filter((q) => !module || q.lesson.startsWith(`${module}/`)) : randomSet(pool, { seed, module, avoid: this.#set });
    const empty = this.$('.empty');
    empty.textContent = scope === 'favourites' && set.length === 0 ? empty.dataset.favourites! : '';
    this.$('.another').hidden = scope === 'favourites';
    this.#set = set.map((q) => q.id);
    const url = new URL(location.href);
    url.searchParams.set('seed', String(seed));
    if (module) url.searchParams.set('module', module);
    else url.searchParams.delete('module');
    if (scope !== 'all') url.searchParams.set('set', scope);
    else url.searchParams.delete('set');
    history.replaceState(null, '', url);
    void this.$<CourseDrill>('course-drill').start(
      set.map((q) => ({ id: q.id, lesson: this.#data.lessons[q.lesson] })),
      0,
      focus,
    );
  }
}

defineElement('course-random-practice', CourseRandomPractice);
