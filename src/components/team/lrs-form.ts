/**
 * What the team report's LRS form does, loaded by course-team-lrs when the trainer sends the form:
 * checks what was typed, reads the LRS (with the xAPI library) and hands the learner records to the
 * report with `course:team-files`. Nothing typed is stored anywhere: the address, key and secret
 * live in the form's fields of this tab, and are gone when it closes.
 */
import { fill } from '../../lib/template.ts';
import type { CourseElement } from '../base/course-element.ts';

export type TeamLrsLabel = 'reading' | 'done' | 'none' | 'badEndpoint' | 'missing' | 'failed' | 'refused';

type Form = CourseElement<TeamLrsLabel>;
const field = (el: Form, name: string) => el.$<HTMLInputElement>(`[name=${name}]`);

/** Reads the LRS the form names, or says in the status line what is missing or went wrong. */
export async function submit(el: Form): Promise<void> {
  const [endpoint, key, secret] = ['endpoint', 'key', 'secret'].map((name) => field(el, name)) as [HTMLInputElement, HTMLInputElement, HTMLInputElement];
  const status = el.$('.lrs-status');
  const button = el.$<HTMLButtonElement>('button[type=submit]');
  let url: URL;
  try {
    url = new URL(endpoint.value.trim());
    if (!/^https?:$/.test(url.protocol)) throw new Error();
  } catch {
    status.textContent = el.label('badEndpoint');
    return endpoint.focus();
  }
  if (!key.value.trim() || !secret.value) {
    status.textContent = el.label('missing');
    return (key.value.trim() ? secret : key).focus();
  }
  const address = url.href.endsWith('/') ? url.href : `${url.href}/`;
  button.disabled = true;
  status.textContent = fill(el.label('reading'), { host: url.host });
  try {
    const { readLearners } = await import('./lrs-client.ts');
    const { statements, files } = await readLearners(address, key.value.trim(), secret.value, url.host);
    status.textContent = files.length ? fill(el.label('done'), { host: url.host, statements, learners: files.length }) : fill(el.label('none'), { host: url.host });
    if (files.length) el.emit('course:team-files', { files });
  } catch (error) {
    const code = (error as { response?: { status?: number } }).response?.status;
    status.textContent =
      code === 401 || code === 403 ? fill(el.label('refused'), { status: code }) : fill(el.label('failed'), { error: error instanceof Error ? error.message : String(error) });
  } finally {
    button.disabled = false;
  }
}
