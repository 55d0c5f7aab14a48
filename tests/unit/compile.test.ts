import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInk, InkCompileError } from '../../src/narrative/compile.ts';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'passerelles-compile-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

function problemsOf(fn: () => unknown): readonly string[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof InkCompileError) return error.problems;
    throw error;
  }
  return [];
}

describe('compileInk', () => {
  it('resolves INCLUDE relative to the including file, at any depth', () => {
    const root = tree({
      'stories/x/fr.ink': 'INCLUDE parts/a.ink\n-> a\n',
      'stories/x/parts/a.ink': 'INCLUDE ../../lib/b.ink\n=== a\nA {b()}\n-> END\n',
      'stories/lib/b.ink': '=== function b()\n~ return 7\n',
    });
    const compiled = compileInk(join(root, 'stories/x/fr.ink'), root);
    expect(compiled.files.map((f) => f.slice(root.length + 1))).toEqual([
      'stories/x/fr.ink',
      'stories/x/parts/a.ink',
      'stories/lib/b.ink',
    ]);
    expect(JSON.parse(compiled.json)).toHaveProperty('inkVersion');
  });

  it('reports errors as file:line: message, in the included file where they are', () => {
    const root = tree({
      'stories/x/fr.ink': 'INCLUDE parts/a.ink\n-> a\n',
      'stories/x/parts/a.ink': '=== a\nHello\n-> nowhere\n',
    });
    expect(problemsOf(() => compileInk(join(root, 'stories/x/fr.ink'), root))).toEqual([
      "stories/x/parts/a.ink:3: Divert target not found: '-> nowhere'",
    ]);
  });

  it('reports a missing included file', () => {
    const root = tree({ 'stories/x/fr.ink': 'INCLUDE nope.ink\nHi\n-> END\n' });
    expect(problemsOf(() => compileInk(join(root, 'stories/x/fr.ink'), root))).toEqual([
      'stories/x/fr.ink:1: cannot read included file "nope.ink"',
    ]);
  });
});
