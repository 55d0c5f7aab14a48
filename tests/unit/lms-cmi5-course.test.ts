import { readFileSync } from 'node:fs';
import { validateXML } from 'xmllint-wasm';
import { describe, expect, it } from 'vitest';
import { cmi5Course } from '../../src/lms/cmi5-course.ts';

const SCHEMA = readFileSync('tests/fixtures/cmi5/CourseStructure.xsd', 'utf8');

const validate = (xml: string) => validateXML({ xml: [{ fileName: 'cmi5.xml', contents: xml }], schema: [SCHEMA] });

const course = cmi5Course({
  module: 'dumas',
  title: { fr: 'Passerelles · Le parcours de Mme Dumas', en: 'Passerelles · Ms Dumas’s pathway' },
  description: { fr: 'Quatre semaines & un « réseau »', en: 'Four weeks <with> a network' },
  url: 'index.html',
});

describe('cmi5.xml', () => {
  it('is valid against the cmi5 course structure schema', async () => {
    const result = await validate(course);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('holds one AU, launched from a page of the zip, with the mastery score as the SCORM build’s (scaled)', () => {
    expect(course.match(/<au /g)).toHaveLength(1);
    expect(course).toContain('<url>index.html</url>');
    expect(course).toMatch(/<au id="urn:passerelles:xapi:au:dumas" moveOn="Completed" masteryScore="0.7"/);
    expect(course).toContain('Four weeks &lt;with&gt; a network');
  });

  it('is checked for real: the schema rejects a mastery score out of 0–1 and an AU without its url', async () => {
    expect((await validate(course.replace('masteryScore="0.7"', 'masteryScore="70"'))).valid).toBe(false);
    expect((await validate(course.replace('<url>index.html</url>', ''))).valid).toBe(false);
  });
});
