import '../../components/paths/course-path.ts';
import type { CoursePath } from '../../components/paths/course-path.ts';
import { formatDuration, type DurationLabels } from '../../lib/duration.ts';
import { customPathQuery, customPathTitle, LESSONS_PARAM, parseCustomPath, pathMinutes } from '../../lib/paths.ts';
import { fill } from '../../lib/template.ts';

/** What the page gives the element about each lesson. */
interface LessonInfo {
  id: string;
  title: string;
  module: string;
  minutes: number;
  href: string;
}

type Labels = DurationLabels & Record<string, string>;

/**
 * The custom path page: with `?lessons=` in the URL, shows that path (unknown ids listed and
 * skipped); without it, upgrades the builder form to make and copy such a link.
 */
class CourseCustomPath extends HTMLElement {
  #labels!: Labels;

  connectedCallback() {
    if (this.#labels) return;
    this.#labels = JSON.parse(this.dataset.labels!);
    if (new URLSearchParams(location.search).has(LESSONS_PARAM)) this.#show(JSON.parse(this.dataset.lessons!));
    else this.#build();
  }

  $<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  #show(all: LessonInfo[]) {
    const labels = this.#labels;
    const byId = new Map(all.map((lesson) => [lesson.id, lesson]));
    const { lessons, unknown } = parseCustomPath(location.search, [...byId.keys()]);
    const title = customPathTitle(location.search) || labels.pageTitle!;
    this.$('h1').textContent = title;
    document.title = `${title} | ${labels.site}`;
    this.$('.builder').hidden = true;
    this.$('.viewer').hidden = false;
    const notice = this.$('.unknown');
    notice.hidden = unknown.length === 0;
    notice.textContent = fill(labels.unknown!, { count: unknown.length, ids: unknown.join('、') });
    this.$('.empty').hidden = lessons.length > 0;
    this.$('course-path').hidden = lessons.length === 0;
    if (lessons.length === 0) return;
    const steps = lessons.map((id) => byId.get(id)!);
    const minutes = pathMinutes(lessons.map((lesson) => ({ lesson })), (id) => byId.get(id)!.minutes);
    const count = fill(labels.lessons!, { count: steps.length });
    this.$('.facts').textContent = `${count} · ${fill(labels.about!, { time: formatDuration(minutes * 60, labels) })}`;
    const template = this.$<HTMLTemplateElement>('template');
    this.$('.path-steps').replaceChildren(...steps.map((lesson) => this.#step(template, lesson)));
    this.$<CoursePath>('course-path').refresh();
  }

  /** A lesson step cloned from the path's template, filled with textContent only. */
  #step(template: HTMLTemplateElement, lesson: LessonInfo): Node {
    const item = (template.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
    item.dataset.stepLesson = lesson.id;
    Object.assign(item.querySelector('a')!, { href: lesson.href, textContent: lesson.title });
    item.querySelector('.step-meta')!.textContent = fill(this.#labels.stepMeta!, { module: lesson.module, minutes: lesson.minutes });
    return item;
  }

  #build() {
    const form = this.$<HTMLFormElement>('.builder-form');
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#generate(form);
    });
    this.$('.copy').addEventListener('click', () => void this.#copy());
  }

  #generate(form: HTMLFormElement) {
    const labels = this.#labels;
    const ids = [...form.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')].map((box) => box.value);
    const result = this.$('.result');
    const status = this.$('.builder-status');
    if (ids.length === 0) {
      result.hidden = true;
      status.textContent = labels.pickOne!;
      return;
    }
    const url = `${location.origin}${this.dataset.page}${customPathQuery(ids, this.$<HTMLInputElement>('#path-title').value)}`;
    const field = this.$<HTMLInputElement>('#path-link');
    field.value = url;
    this.$<HTMLAnchorElement>('.preview').href = url;
    this.$('.copy-status').textContent = '';
    result.hidden = false;
    status.textContent = fill(labels.generated!, { count: ids.length });
    field.focus();
  }

  async #copy() {
    const field = this.$<HTMLInputElement>('#path-link');
    const status = this.$('.copy-status');
    try {
      await navigator.clipboard.writeText(field.value);
      status.textContent = this.#labels.copied!;
    } catch {
      // No clipboard access (an insecure page, a refused permission): let the learner copy by hand.
      field.focus();
      field.select();
      status.textContent = this.#labels.copyManual!;
    }
  }
}

if (!customElements.get('course-custom-path')) customElements.define('course-custom-path', CourseCustomPath);
