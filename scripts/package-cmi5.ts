// `npm run package:cmi5`: one cmi5 course package per module, `dist-cmi5/passerelles-<id>-cmi5.zip`.
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { scenarioDirs } from '../src/content/scenario-files.ts';
import { buildCmi5Package } from './cmi5-package.ts';

const OUT = 'dist-cmi5';
const BUILD = join('node_modules', '.cache', 'passerelles-cmi5');

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
for (const dir of scenarioDirs('stories')) {
  const module = basename(dir);
  const zip = await buildCmi5Package(module, join(BUILD, module), OUT);
  console.log(`${zip}  ${(statSync(zip).size / 1024).toFixed(0)} KB`);
}
