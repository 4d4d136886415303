import { strFromU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { packageEntries, schemaFiles, schemaLocations } from '../../../scripts/lib/scorm-package.ts';
import { scormManifest } from '../../../src/lib/scorm/manifest.ts';

const site = { 'scorm/index.html': new TextEncoder().encode('<p>课程</p>'), '_astro/_.BITVTraF.css': new TextEncoder().encode('p{}') };
const files = Object.keys(site);

describe.each(['1.2', '2004'] as const)('a SCORM %s package', (version) => {
  const manifest = scormManifest({ version, identifier: 'course', title: '课程', launch: 'scorm/index.html', files });

  it('holds every control file its manifest names in xsi:schemaLocation, and the files those import', async () => {
    const zip = unzipSync(zipSync(packageEntries(site, manifest, await schemaFiles(version))));
    const named = schemaLocations(manifest);
    expect(named.length).toBeGreaterThanOrEqual(version === '1.2' ? 3 : 5);
    for (const name of named) expect(Object.keys(zip), name).toContain(name);
    // Each schema's own imports and includes, and the DTD a schema's DOCTYPE names, resolve inside the package too.
    for (const [name, bytes] of Object.entries(zip).filter(([n]) => n.endsWith('.xsd'))) {
      const text = strFromU8(bytes);
      expect(text, name).toMatch(/<(xs|xsd):schema/);
      const refs = [...text.matchAll(/schemaLocation\s*=\s*"([^"]+)"/g), ...text.matchAll(/<!DOCTYPE[^>]*"([^"]+\.dtd)"/g)]
        .map((m) => m[1]!)
        .filter((ref) => !/^https?:/.test(ref)); // xml.xsd quotes a URL in its documentation
      for (const ref of refs) expect(Object.keys(zip), `${name} → ${ref}`).toContain(ref);
    }
    expect(strFromU8(zip['imsmanifest.xml']!)).toBe(manifest);
  });

  it('has no entry whose name holds ".."', async () => {
    const zip = unzipSync(zipSync(packageEntries(site, manifest, await schemaFiles(version))));
    expect(Object.keys(zip).filter((name) => name.includes('..'))).toEqual([]);
    const dotted = { ...site, '_astro/_..BITVTraF.css': new Uint8Array() };
    expect(() => packageEntries(dotted, manifest, {})).toThrow(/_astro\/_\.\.BITVTraF\.css/);
  });

  it('is refused when a control file the manifest names is missing', () => {
    expect(() => packageEntries(site, manifest, {})).toThrow(/missing/);
  });
});
