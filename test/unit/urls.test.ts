import { describe, expect, it } from 'vitest';
import { createUrls, oldQuestionId } from '../../src/lib/urls.ts';

describe('createUrls', () => {
  it('puts every page under the base path, with or without its trailing slash', () => {
    for (const base of ['/training/customer-service/', '/training/customer-service']) {
      const urls = createUrls(base);
      expect(urls.lesson('complaints/six-steps')).toBe('/training/customer-service/lessons/complaints/six-steps/');
      expect(urls.search()).toBe('/training/customer-service/search/');
    }
    expect(createUrls('/').module('complaints')).toBe('/modules/complaints/');
    expect(createUrls('/c/').pathPractice('new-hire', 'complaints')).toBe('/c/paths/new-hire/practice/complaints/');
  });

  it('adds query parameters only when they have a value, encoded', () => {
    const urls = createUrls('/');
    expect(urls.exam()).toBe('/exam/');
    expect(urls.exam(42)).toBe('/exam/?seed=42');
    expect(urls.examAttempt('42-1700000000000')).toBe('/exam/?attempt=42-1700000000000');
    expect(urls.certificate('e 1&x')).toBe('/certificate/?exam=e+1%26x');
    expect(urls.search('客户 发火')).toBe(`/search/?q=${encodeURIComponent('客户').replace(/%20/g, '+')}+${encodeURIComponent('发火')}`);
  });

  it("gives a question the address of its lesson's question page, with the question's anchor, encoded", () => {
    expect(createUrls('/c/').question('m/lesson', 'a b')).toBe('/c/questions/m/lesson/#q-a%20b');
    expect(createUrls('/c/').lessonQuestions('m/lesson')).toBe('/c/questions/m/lesson/');
    expect(createUrls('/c').questionInLesson('m/lesson', 'a b')).toBe('/c/lessons/m/lesson/#q-a%20b');
  });

  it('reads the question id from an address of the first versions, where each question had its own page, and nothing else', () => {
    expect(oldQuestionId('/c/questions/six-steps-03/', '/c/')).toBe('six-steps-03');
    expect(oldQuestionId('/c/questions/six-steps-03', '/c')).toBe('six-steps-03');
    expect(oldQuestionId('/c/questions/a%20b/', '/c/')).toBe('a b');
    expect(oldQuestionId('/c/questions/m/lesson/', '/c/')).toBeUndefined();
    expect(oldQuestionId('/c/questions/', '/c/')).toBeUndefined();
    expect(oldQuestionId('/questions/x/', '/c/')).toBeUndefined();
    expect(oldQuestionId('/c/lessons/x/', '/c/')).toBeUndefined();
    expect(oldQuestionId('/c/questions/%E0%A4%A/', '/c/')).toBeUndefined();
  });
});
