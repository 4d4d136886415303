import { CourseElement, defineElement } from '../base/course-element.ts';
import { fill } from '../../lib/template.ts';
import { learnerFiles, learnersFromStatements, TEAM_ACTIVITIES } from '../../lib/lrs-team.ts';

export type TeamLrsLabel = 'reading' | 'done' | 'none' | 'badEndpoint' | 'missing' | 'failed' | 'refused';

/** Where the tab keeps the endpoint and key name (never the secret): sessionStorage, gone with the tab. */
const SESSION_KEY = 'team-lrs';

/**
 * The team report's LRS form: the trainer types the LRS's address and a read key; the statements the
 * cmi5 package sent are read (the xAPI library loads only then), turned into learner records by
 * lrs-team.ts, and handed to the report around it with `course:team-files`. Nothing is stored but
 * the address and the key's name, in this tab only.
 */
class CourseTeamLrs extends CourseElement<TeamLrsLabel> {
  setup() {
    const form = this.$<HTMLFormElement>('form');
    const endpoint = this.$<HTMLInputElement>('[name=endpoint]');
    const key = this.$<HTMLInputElement>('[name=key]');
    const secret = this.$<HTMLInputElement>('[name=secret]');
    const status = this.$('.lrs-status');
    const button = this.$<HTMLButtonElement>('button[type=submit]');
    try {
      const kept = JSON.parse(sessionStorage.getItem(SESSION_KEY) ?? '{}') as { endpoint?: string; key?: string };
      endpoint.value ||= kept.endpoint ?? '';
      key.value ||= kept.key ?? '';
    } catch {}

    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      let url: URL;
      try {
        url = new URL(endpoint.value.trim());
        if (!/^https?:$/.test(url.protocol)) throw new Error();
      } catch {
        status.textContent = this.label('badEndpoint');
        endpoint.focus();
        return;
      }
      if (!key.value.trim() || !secret.value) {
        status.textContent = this.label('missing');
        (key.value.trim() ? secret : key).focus();
        return;
      }
      const address = url.href.endsWith('/') ? url.href : `${url.href}/`;
      try {
        sessionStorage.setItem(SESSION_KEY, JSON.stringify({ endpoint: address, key: key.value.trim() }));
      } catch {}
      button.disabled = true;
      status.textContent = fill(this.label('reading'), { host: url.host });
      try {
        const { readStatements } = await import('./lrs-client.ts');
        const statements = await readStatements(address, key.value.trim(), secret.value, TEAM_ACTIVITIES);
        const learners = learnersFromStatements(statements);
        status.textContent = learners.length
          ? fill(this.label('done'), { host: url.host, statements: statements.length, learners: learners.length })
          : fill(this.label('none'), { host: url.host });
        if (learners.length) this.emit('course:team-files', { files: learnerFiles(learners, url.host) });
      } catch (error) {
        const code = (error as { response?: { status?: number } }).response?.status;
        status.textContent = code === 401 || code === 403 ? fill(this.label('refused'), { status: code }) : fill(this.label('failed'), { error: error instanceof Error ? error.message : String(error) });
      } finally {
        button.disabled = false;
      }
    });
  }
}

defineElement('course-team-lrs', CourseTeamLrs);
