// Build-time ink compilation (Node only): resolves INCLUDE relative to the including file and
// reports every problem as `file:line: message`.
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { Compiler, CompilerOptions } from 'inkjs/full';
import type { Story } from 'inkjs/full';

export interface CompiledInk {
  /** The runtime story as JSON, the format the engine-only inkjs build loads. */
  readonly json: string;
  /** Every file read, entry first (absolute paths), for watching. */
  readonly files: readonly string[];
  /** The runtime story with debug metadata (line numbers), for the checker. */
  readonly story: Story;
  readonly warnings: readonly string[];
  /** The absolute path of a file as ink names it (the entry, or an INCLUDE as written). */
  readonly pathOf: (inkName: string | null) => string;
}

export class InkCompileError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'InkCompileError';
  }
}

/** Rewrites inkjs's "ERROR: 'file' line 12: message" into "file:12: message". */
function formatProblem(raw: string, entry: string, root: string, pathOf: (name: string | null) => string): string {
  const match = /^(?:ERROR|WARNING|TODO|RUNTIME ERROR|RUNTIME WARNING):\s*(?:'([^']*)'\s*)?line (\d+):\s*(.*)$/s.exec(
    raw,
  );
  if (!match) return `${relative(root, entry)}:1: ${raw.replace(/^ERROR:\s*/, '')}`;
  const file = pathOf(match[1] ?? null);
  const failed = /^Failed to load: '([^']*)'/.exec(match[3] ?? '');
  const message = failed ? `cannot read included file "${failed[1] ?? ''}"` : (match[3] ?? '');
  return `${relative(root, file)}:${match[2] ?? '1'}: ${message}`;
}

export function compileInk(entryPath: string, root: string = process.cwd()): CompiledInk {
  const entry = resolve(entryPath);
  const files = [entry];
  // inkjs names each included file by its INCLUDE text and resolves nested INCLUDEs from that
  // name: remember which absolute path each name stands for.
  const byName = new Map<string, string>();
  const pathOf = (name: string | null): string =>
    name === null ? entry : (byName.get(name) ?? resolve(dirname(entry), name));
  const problems: string[] = [];
  const warnings: string[] = [];
  const fileHandler = {
    ResolveInkFilename: (filename: string, sourceFilename?: string | null): string => {
      const absolute = resolve(dirname(pathOf(sourceFilename ?? null)), filename);
      byName.set(filename, absolute);
      return absolute;
    },
    LoadInkFileContents: (filename: string): string => {
      const text = readFileSync(filename, 'utf8');
      files.push(filename);
      return text;
    },
  };
  const options = new CompilerOptions(
    entry,
    [],
    false,
    (message: string, type: number) => {
      // ErrorType: 0 author message, 1 warning, 2 error
      if (type === 2) problems.push(formatProblem(message, entry, root, pathOf));
      else if (type === 1) warnings.push(formatProblem(message, entry, root, pathOf));
    },
    fileHandler,
  );
  let source: string;
  try {
    source = readFileSync(entry, 'utf8');
  } catch {
    throw new InkCompileError([`${relative(root, entry)}:1: cannot read file`]);
  }
  const compiler = new Compiler(source, options);
  let story: Story | null = null;
  try {
    story = compiler.Compile();
  } catch (error) {
    if (problems.length === 0) problems.push(`${relative(root, entry)}:1: ${String(error)}`);
  }
  if (problems.length > 0 || !story) throw new InkCompileError(problems);
  const json = story.ToJson();
  if (typeof json !== 'string') throw new InkCompileError([`${relative(root, entry)}:1: could not serialise story`]);
  return { json, files: [...new Set(files)], story, warnings, pathOf };
}
