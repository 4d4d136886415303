import type { ScormVersion } from './report.ts';

/** What a package's imsmanifest.xml says about the course. */
export interface ManifestInput {
  version: ScormVersion;
  /** The course's identifier: letters, digits, "-", "_" and "." only. */
  identifier: string;
  title: string;
  /** The launch page, relative to the package root. */
  launch: string;
  /** Every file of the package but the manifest, relative to its root, with "/" separators. */
  files: readonly string[];
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const NAMESPACES: Record<ScormVersion, string> = {
  '1.2': [
    'xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"',
    'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"',
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    'xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd"',
  ].join(' '),
  '2004': [
    'xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"',
    'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"',
    'xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"',
    'xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"',
    'xmlns:imsss="http://www.imsglobal.org/xsd/imsss"',
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    'xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd"',
  ].join(' '),
};

/** The imsmanifest.xml of a one-SCO package: the whole course is one item the LMS launches and tracks. */
export function scormManifest({ version, identifier, title, launch, files }: ManifestInput): string {
  if (!/^[A-Za-z_][\w.-]*$/.test(identifier)) throw new Error(`SCORM identifier "${identifier}" may hold only letters, digits, "-", "_" and "." and must start with a letter`);
  const schemaVersion = version === '1.2' ? '1.2' : '2004 4th Edition';
  const scormType = version === '1.2' ? 'adlcp:scormtype' : 'adlcp:scormType';
  const name = escape(title);
  const fileList = files.map((f) => `      <file href="${escape(f)}"/>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${identifier}" version="1" ${NAMESPACES[version]}>
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>${schemaVersion}</schemaversion>
  </metadata>
  <organizations default="${identifier}.org">
    <organization identifier="${identifier}.org">
      <title>${name}</title>
      <item identifier="${identifier}.item" identifierref="${identifier}.sco"${version === '1.2' ? ' isvisible="true"' : ''}>
        <title>${name}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${identifier}.sco" type="webcontent" ${scormType}="sco" href="${escape(launch)}">
${fileList}
    </resource>
  </resources>
</manifest>
`;
}
