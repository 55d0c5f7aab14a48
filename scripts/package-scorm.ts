// `npm run package:scorm`: one SCORM 1.2 package per module, `dist-scorm/passerelles-<id>-scorm12.zip`.
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { scenarioDirs } from '../src/content/scenario-files.ts';
import { buildScormPackage } from './scorm-package.ts';

const OUT = 'dist-scorm';
const BUILD = join('node_modules', '.cache', 'passerelles-scorm');

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
for (const dir of scenarioDirs('stories')) {
  const module = basename(dir);
  const zip = await buildScormPackage(module, join(BUILD, module), OUT);
  console.log(`${zip}  ${(statSync(zip).size / 1024).toFixed(0)} KB`);
}
