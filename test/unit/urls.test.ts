import { describe, expect, it } from 'vitest';
import { createUrls } from '../../src/lib/urls.ts';

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

  it('encodes a question id in its page URL', () => {
    expect(createUrls('/c/').question('a/b')).toBe('/c/questions/a%2Fb/');
  });
});
