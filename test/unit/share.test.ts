import { describe, expect, it } from 'vitest';
import { isLocalHost, shareLink } from '../../src/lib/share.ts';

const local = { site: '', base: '/', page: 'http://localhost:4321/exam/?seed=9' };
const published = { site: 'https://training.example.cn', base: '/training/customer-service/', page: 'http://localhost:4321/training/customer-service/exam/' };

describe('shareLink', () => {
  it('builds every link from COURSE_SITE and the base when the site is set, even on this computer', () => {
    expect(shareLink({ exam: 42 }, published)).toEqual({ url: 'https://training.example.cn/training/customer-service/exam/?seed=42', localOnly: false });
    // A paper other than the default travels with its seed, in the order the exam page's own address uses.
    expect(shareLink({ exam: 5, paper: 'quick' }, published).url).toBe('https://training.example.cn/training/customer-service/exam/?paper=quick&seed=5');
    expect(shareLink({ question: 'six-steps-03', lesson: 'complaints/six-steps' }, published).url).toBe(
      'https://training.example.cn/training/customer-service/questions/complaints/six-steps/#q-six-steps-03',
    );
    expect(shareLink({ path: [{ lesson: 'a/b' }], codes: new Map([['a/b', 'k3ut']]), title: '第一周' }, published).url).toBe(
      'https://training.example.cn/training/customer-service/paths/custom/?p=k3ut&t=%E7%AC%AC%E4%B8%80%E5%91%A8',
    );
  });

  it('uses the address the page was opened at without COURSE_SITE, and says when that is this computer', () => {
    expect(shareLink({ exam: 7 }, local)).toEqual({ url: 'http://localhost:4321/exam/?seed=7', localOnly: true });
    expect(shareLink({ exam: 7 }, { ...local, page: 'https://intranet.example.cn/course/exam/', base: '/course/' })).toEqual({
      url: 'https://intranet.example.cn/course/exam/?seed=7',
      localOnly: false,
    });
  });

  it('ignores a trailing slash or spaces in COURSE_SITE', () => {
    expect(shareLink({ exam: 1 }, { ...local, site: ' https://training.example.cn/ ' }).url).toBe('https://training.example.cn/exam/?seed=1');
  });
});

describe('isLocalHost', () => {
  it.each(['localhost', '127.0.0.1', '127.1.2.3', '[::1]', '0.0.0.0', 'course.localhost'])('%s is this computer', (host) => expect(isLocalHost(host)).toBe(true));
  it.each(['training.example.cn', '192.168.1.10', '10.0.0.5', 'localhost.example.cn'])('%s is not', (host) => expect(isLocalHost(host)).toBe(false));
});
