import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { cmi5Xml, type StructureInput } from '../../../src/lib/cmi5/structure.ts';

const input: StructureInput = {
  id: 'urn:x-course:demo',
  title: '客户服务 & 沟通',
  description: '课程',
  lang: 'zh-CN',
  aus: [
    { id: 'urn:x-course:demo/au/course', title: '课程学习', description: '学完全部课程', url: 'cmi5/course/index.html', moveOn: 'Completed' },
    { id: 'urn:x-course:demo/au/exam', title: '模拟考试', description: '及格即通过', url: 'cmi5/exam/index.html', moveOn: 'Passed', masteryScore: 0.6 },
  ],
};

describe('cmi5Xml', () => {
  it('writes the course and its AUs in the cmi5 course structure namespace, in order', () => {
    const doc = new DOMParser().parseFromString(cmi5Xml(input), 'application/xml');
    const root = doc.documentElement!;
    expect(root.localName).toBe('courseStructure');
    expect(root.namespaceURI).toBe('https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd');
    expect(doc.getElementsByTagName('course')[0]!.getAttribute('id')).toBe('urn:x-course:demo');
    expect(doc.getElementsByTagName('langstring')[0]!.textContent).toBe('客户服务 & 沟通');
    const aus = [...(doc.getElementsByTagName('au') as unknown as Iterable<Element>)];
    expect(aus.map((a) => [a.getAttribute('moveOn'), a.getAttribute('masteryScore'), a.getElementsByTagName('url')[0]!.textContent])).toEqual([
      ['Completed', null, 'cmi5/course/index.html'],
      ['Passed', '0.6', 'cmi5/exam/index.html'],
    ]);
    // title, description and url in the schema's order
    expect([...(aus[0]!.childNodes as unknown as Iterable<Node>)].filter((n) => n.nodeType === 1).map((n) => (n as Element).localName)).toEqual(['title', 'description', 'url']);
  });

  it('refuses an id that is not an IRI, a repeated id, a mastery score out of range and an absolute url', () => {
    expect(() => cmi5Xml({ ...input, id: 'demo course' })).toThrow(/not a fully qualified IRI/);
    expect(() => cmi5Xml({ ...input, aus: [input.aus[0]!, input.aus[0]!] })).toThrow(/used twice/);
    expect(() => cmi5Xml({ ...input, aus: [{ ...input.aus[1]!, masteryScore: 60 }] })).toThrow(/between 0 and 1/);
    expect(() => cmi5Xml({ ...input, aus: [{ ...input.aus[0]!, url: '/cmi5/course/index.html' }] })).toThrow(/relative path/);
  });
});
