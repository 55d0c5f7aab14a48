// The `imsmanifest.xml` of a SCORM 1.2 package: one organisation, one item, one SCO that lists
// every file of the build. Written by `npm run package:scorm`.
import { MASTERY_SCORE } from './score.ts';

export interface ScormManifestInput {
  /** The module's id (`dumas`): identifiers are made from it. */
  readonly module: string;
  /** The title the LMS shows. */
  readonly title: string;
  /** Every file of the package but the manifest, relative to the zip's root, `/` separated. */
  readonly files: readonly string[];
  /** The page that launches the SCO. */
  readonly launch: string;
}

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function scormManifest({ module, title, files, launch }: ScormManifestInput): string {
  const id = `passerelles-${module}`.replace(/[^A-Za-z0-9_.-]/g, '-');
  const fileLines = [...files].sort().map((f) => `      <file href="${escapeXml(f)}"/>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="${id}" version="1.0"`,
    '  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"',
    '  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"',
    '  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">',
    '  <metadata>',
    '    <schema>ADL SCORM</schema>',
    '    <schemaversion>1.2</schemaversion>',
    '  </metadata>',
    `  <organizations default="${id}-org">`,
    `    <organization identifier="${id}-org">`,
    `      <title>${escapeXml(title)}</title>`,
    `      <item identifier="${id}-item" identifierref="${id}-sco" isvisible="true">`,
    `        <title>${escapeXml(title)}</title>`,
    `        <adlcp:masteryscore>${MASTERY_SCORE}</adlcp:masteryscore>`,
    '      </item>',
    '    </organization>',
    '  </organizations>',
    '  <resources>',
    `    <resource identifier="${id}-sco" type="webcontent" adlcp:scormtype="sco" href="${escapeXml(launch)}">`,
    ...fileLines,
    '    </resource>',
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n');
}
