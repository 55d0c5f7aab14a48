// Builds the SCORM 1.2 package of one module: the production build with that module fixed
// (VITE_LMS=scorm12, VITE_MODULE=<id>) zipped with an `imsmanifest.xml` at its root. The build itself
// serves the cmi5 packages too (scripts/cmi5-package.ts).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';
import { build } from 'vite';
import type { LmsKind } from '../src/lms/adapter.ts';
import { scormManifest } from '../src/lms/scorm-manifest.ts';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The production build of one module for one platform, in `buildDir`: its files by path in the zip. */
export async function buildPackageFiles(
  kind: LmsKind,
  module: string,
  buildDir: string,
): Promise<Record<string, Uint8Array>> {
  process.env['VITE_LMS'] = kind;
  process.env['VITE_MODULE'] = module;
  try {
    await build({ logLevel: 'warn', build: { outDir: buildDir, emptyOutDir: true } });
  } finally {
    delete process.env['VITE_LMS'];
    delete process.env['VITE_MODULE'];
  }
  const files: Record<string, Uint8Array> = {};
  for (const path of filesUnder(buildDir)) files[relative(buildDir, path).split('\\').join('/')] = readFileSync(path);
  return files;
}

/** Builds `stories/<module>` into `buildDir` and writes its package in `outDir`; returns the zip's path. */
export async function buildScormPackage(module: string, buildDir: string, outDir: string): Promise<string> {
  const manifest = JSON.parse(readFileSync(join('stories', module, 'scenario.json'), 'utf8')) as {
    title: { fr: string };
  };
  const files = await buildPackageFiles('scorm12', module, buildDir);
  const xml = scormManifest({
    module,
    title: `Passerelles · ${manifest.title.fr}`,
    files: Object.keys(files),
    launch: 'index.html',
  });
  const zip = zipSync({ 'imsmanifest.xml': new TextEncoder().encode(xml), ...files }, { level: 9 });
  const target = join(outDir, `passerelles-${module}-scorm12.zip`);
  writeFileSync(target, zip);
  return target;
}
