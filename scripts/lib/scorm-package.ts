/**
 * What goes into a SCORM package besides the site: the manifest and the XSD/DTD control files it names
 * (scripts/scorm-schemas/, see its NOTICE.md). Entry names are checked: none may hold "..", which old LMSs and
 * zip-slip filters strip or refuse.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Zippable } from 'fflate';
import type { ScormVersion } from '../../src/lib/scorm/report.ts';

const SCHEMAS = new URL('../scorm-schemas/', import.meta.url).pathname;
const FOLDER: Record<ScormVersion, string> = { '1.2': 'scorm12', '2004': 'scorm2004' };

/** The control files of `version`, by file name, to lie at the package's root beside imsmanifest.xml. */
export async function schemaFiles(version: ScormVersion): Promise<Record<string, Uint8Array>> {
  const folder = join(SCHEMAS, FOLDER[version]);
  const names = (await readdir(folder)).filter((name) => /\.(xsd|dtd)$/.test(name)).sort();
  return Object.fromEntries(await Promise.all(names.map(async (name) => [name, new Uint8Array(await readFile(join(folder, name)))] as const)));
}

/** The files a manifest's `xsi:schemaLocation` names (the second of each namespace–location pair). */
export function schemaLocations(manifest: string): string[] {
  const value = /xsi:schemaLocation="([^"]*)"/.exec(manifest)?.[1] ?? '';
  return value
    .trim()
    .split(/\s+/)
    .filter((_, i) => i % 2 === 1);
}

/**
 * The entries of one package: the site's files, the manifest and the control files. Throws when a name
 * holds ".." or a control file the manifest names is missing, so such a package is never written.
 */
export function packageEntries(site: Record<string, Uint8Array>, manifest: string, schemas: Record<string, Uint8Array>): Zippable {
  const entries: Record<string, Uint8Array> = { ...site, ...schemas, 'imsmanifest.xml': new TextEncoder().encode(manifest) };
  const dotted = Object.keys(entries).filter((name) => name.includes('..'));
  if (dotted.length) throw new Error(`SCORM package: file names with "..", which LMSs refuse: ${dotted.join(', ')}`);
  const missing = schemaLocations(manifest).filter((name) => !(name in entries));
  if (missing.length) throw new Error(`SCORM package: the manifest names control files that are missing: ${missing.join(', ')}`);
  return entries;
}
