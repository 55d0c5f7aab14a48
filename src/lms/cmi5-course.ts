// The `cmi5.xml` of a cmi5 package: one course holding one AU, the module, launched from a page of
// the zip. Written by `npm run package:cmi5`; valid against the cmi5 course structure schema.
import { auId, courseId } from './xapi-ids.ts';
import { MASTERY_SCORE } from './score.ts';

export type LanguageText = Readonly<Record<string, string>>;

export interface Cmi5CourseInput {
  /** The module's id (`dumas`): the course's and the AU's ids are made from it. */
  readonly module: string;
  readonly title: LanguageText;
  readonly description: LanguageText;
  /** The page that launches the AU, relative to the zip's root. */
  readonly url: string;
}

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function text(element: string, value: LanguageText, indent: string): string[] {
  return [
    `${indent}<${element}>`,
    ...Object.entries(value).map(([lang, s]) => `${indent}  <langstring lang="${lang}">${escapeXml(s)}</langstring>`),
    `${indent}</${element}>`,
  ];
}

export function cmi5Course({ module, title, description, url }: Cmi5CourseInput): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">',
    `  <course id="${escapeXml(courseId(module))}">`,
    ...text('title', title, '    '),
    ...text('description', description, '    '),
    '  </course>',
    // Played to the end, the module is done (moveOn); the score says passed or failed against the mastery score.
    `  <au id="${escapeXml(auId(module))}" moveOn="Completed" masteryScore="${MASTERY_SCORE / 100}" launchMethod="AnyWindow">`,
    ...text('title', title, '    '),
    ...text('description', description, '    '),
    `    <url>${escapeXml(url)}</url>`,
    '  </au>',
    '</courseStructure>',
    '',
  ].join('\n');
}
