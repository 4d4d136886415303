/**
 * On the 404 page: an address of the first versions, which gave each question a page of its own
 * (`questions/<id>/`), leads on to the question's address now (its lesson's question page, urls.question).
 * Trainers sent those links; they keep working wherever the 404 page is served for a missing address.
 */
import { oldQuestionId } from '../../lib/urls.ts';
import { urls } from '../../utils/url.ts';
import { lessonOfQuestion } from './load-question.ts';

const id = oldQuestionId(location.pathname, urls.base);
if (id) {
  lessonOfQuestion(id).then(
    (lesson) => lesson && location.replace(urls.question(lesson, id)),
    () => {},
  );
}
