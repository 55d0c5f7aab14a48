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
}

export class InkCompileError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'InkCompileError';
  }
}

/** Rewrites inkjs's "ERROR: 'file' line 12: message" into "file:12: message". */
function formatProblem(raw: string, entry: string, root: string, files: readonly string[]): string {
  const match = /^(?:ERROR|WARNING|TODO|RUNTIME ERROR|RUNTIME WARNING):\s*(?:'([^']*)'\s*)?line (\d+):\s*(.*)$/s.exec(
    raw,
  );
  if (!match) return `${relative(root, entry)}:1: ${raw.replace(/^ERROR:\s*/, '')}`;
  const named = match[1];
  // inkjs names an included file as written in its INCLUDE line: find the file actually read.
  const file = named ? (files.findLast((f) => f === resolve(named) || f.endsWith(`/${named}`)) ?? named) : entry;
  return `${relative(root, file)}:${match[2]}: ${match[3]}`;
}

export function compileInk(entryPath: string, root: string = process.cwd()): CompiledInk {
  const entry = resolve(entryPath);
  const files = [entry];
  const problems: string[] = [];
  const warnings: string[] = [];
  const fileHandler = {
    ResolveInkFilename: (filename: string, sourceFilename?: string | null): string =>
      resolve(dirname(sourceFilename ?? entry), filename),
    LoadInkFileContents: (filename: string): string => {
      files.push(filename);
      try {
        return readFileSync(filename, 'utf8');
      } catch {
        throw new InkCompileError([`${relative(root, filename)}:1: cannot read included file`]);
      }
    },
  };
  const options = new CompilerOptions(
    entry,
    [],
    false,
    (message: string, type: number) => {
      // ErrorType: 0 author message, 1 warning, 2 error
      if (type === 2) problems.push(formatProblem(message, entry, root, files));
      else if (type === 1) warnings.push(formatProblem(message, entry, root, files));
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
    if (error instanceof InkCompileError) throw error;
    if (problems.length === 0) problems.push(`${relative(root, entry)}:1: ${String(error)}`);
  }
  if (problems.length > 0 || !story) throw new InkCompileError(problems);
  const json = story.ToJson();
  if (typeof json !== 'string') throw new InkCompileError([`${relative(root, entry)}:1: could not serialise story`]);
  return { json, files: [...new Set(files)], story, warnings };
}
