import { DOMParser, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { scormManifest } from '../../../src/lib/scorm/manifest.ts';

const CP = { '1.2': 'http://www.imsproject.org/xsd/imscp_rootv1p1p2', '2004': 'http://www.imsglobal.org/xsd/imscp_v1p1' } as const;
const ADLCP = { '1.2': 'http://www.adlnet.org/xsd/adlcp_rootv1p2', '2004': 'http://www.adlnet.org/xsd/adlcp_v1p3' } as const;

function parse(xml: string) {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => errors.push(`${level}: ${message}`) }).parseFromString(xml, 'text/xml');
  expect(errors).toEqual([]);
  return doc;
}

describe.each(['1.2', '2004'] as const)('imsmanifest.xml for SCORM %s', (version) => {
  const input = {
    version,
    identifier: 'customer-service-course.new-hire',
    title: '客户服务 & <培训>',
    launch: 'scorm/index.html',
    files: ['scorm/index.html', '_astro/a.js', 'lessons/x/index.html'],
  };
  const doc = parse(scormManifest(input));
  const all = (name: string) => [...doc.getElementsByTagNameNS(CP[version], name)] as Element[];
  const one = (name: string) => {
    const found = all(name);
    expect(found, name).toHaveLength(1);
    return found[0]!;
  };

  it('has the elements and attributes the content-packaging standard requires, in its namespace', () => {
    const manifest = doc.documentElement!;
    expect(manifest.localName).toBe('manifest');
    expect(manifest.namespaceURI).toBe(CP[version]);
    expect(manifest.getAttribute('identifier')).toBe(input.identifier);
    expect(one('schema').textContent).toBe('ADL SCORM');
    expect(one('schemaversion').textContent).toBe(version === '1.2' ? '1.2' : '2004 4th Edition');
    const organizations = one('organizations');
    const organization = one('organization');
    expect(organizations.getAttribute('default')).toBe(organization.getAttribute('identifier'));
    expect(all('title').map((t) => t.textContent)).toEqual([input.title, input.title]);
  });

  it('launches one SCO, the launch page, from its only item', () => {
    const item = one('item');
    const resource = one('resource');
    expect(item.getAttribute('identifierref')).toBe(resource.getAttribute('identifier'));
    expect(resource.getAttribute('type')).toBe('webcontent');
    expect(resource.getAttributeNS(ADLCP[version], version === '1.2' ? 'scormtype' : 'scormType')).toBe('sco');
    expect(resource.getAttribute('href')).toBe('scorm/index.html');
    expect(all('file').map((f) => f.getAttribute('href'))).toEqual(input.files);
    // Identifiers are XML IDs: unique in the manifest.
    const ids = [doc.documentElement!, one('organization'), item, resource].map((e) => e.getAttribute('identifier'));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

it('refuses an identifier that is not an XML ID', () => {
  expect(() => scormManifest({ version: '1.2', identifier: '1 course', title: 't', launch: 'a.html', files: [] })).toThrow(/identifier/);
});
