import { tidyParts } from '../../question-types/shared.ts';
import { urls } from '../../utils/url.ts';
import type { NotebookRow } from '../../lib/notebook.ts';
import { localDateTime } from '../../lib/dates.ts';
import { fill } from '../../lib/template.ts';

/** Labels the list needs, from the page's `data-labels`. */
export interface ListLabels {
  lastWrong: string;
  streak: string;
  noAnswer: string;
}

/** Fills `list` with one item per row, cloned from `template`; every text goes in with textContent. */
export function renderNotebook(list: HTMLElement, template: HTMLTemplateElement, rows: readonly NotebookRow[], labels: ListLabels, starred: Readonly<Record<string, number>> = {}) {
  list.replaceChildren(
    ...rows.map((row) => {
      const item = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
      const part = <T extends HTMLElement = HTMLElement>(name: string) => item.querySelector<T>(`.entry-${name}`)!;
      item.dataset.questionId = row.id;
      part('star').setAttribute('aria-pressed', String(row.id in starred));
      part('stem').textContent = row.stem;
      part('module').textContent = row.moduleTitle;
      part<HTMLAnchorElement>('lesson').href = row.lessonHref;
      part('lesson').textContent = row.lessonTitle;
      part('type').textContent = row.typeLabel;
      part('answer').textContent = tidyParts(row.answer) || labels.noAnswer;
      const right = part('right');
      if (typeof row.rightAnswer === 'string') right.textContent = tidyParts(row.rightAnswer);
      else {
        // A case question's key points, one item each, as the learner will be asked to cover them.
        const list = document.createElement('ol');
        list.className = 'entry-points';
        list.append(...row.rightAnswer.map((point) => Object.assign(document.createElement('li'), { textContent: point })));
        right.replaceChildren(list);
      }
      part('last').textContent = fill(labels.lastWrong, { time: localDateTime(row.lastWrongAt) });
      part('streak').textContent = row.streak > 0 ? fill(labels.streak, { count: row.streak }) : '';
      part<HTMLAnchorElement>('open').href = urls.question(row.lesson, row.id);
      return item;
    }),
  );
}
