// Builds the cmi5 package of one module: the production build with that module fixed
// (VITE_LMS=cmi5, VITE_MODULE=<id>) zipped with a `cmi5.xml` at its root.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { cmi5Course } from '../src/lms/cmi5-course.ts';
import { buildPackageFiles } from './scorm-package.ts';

/** Builds `stories/<module>` into `buildDir` and writes its package in `outDir`; returns the zip's path. */
export async function buildCmi5Package(module: string, buildDir: string, outDir: string): Promise<string> {
  const manifest = JSON.parse(readFileSync(join('stories', module, 'scenario.json'), 'utf8')) as {
    title: Record<string, string>;
    summary: Record<string, string>;
  };
  const files = await buildPackageFiles('cmi5', module, buildDir);
  const title = Object.fromEntries(Object.entries(manifest.title).map(([lang, s]) => [lang, `Passerelles · ${s}`]));
  const xml = cmi5Course({ module, title, description: manifest.summary, url: 'index.html' });
  const zip = zipSync({ 'cmi5.xml': new TextEncoder().encode(xml), ...files }, { level: 9 });
  const target = join(outDir, `passerelles-${module}-cmi5.zip`);
  writeFileSync(target, zip);
  return target;
}
