// Every choice written in a compiled story, with its source file and line (from the compiler's
// debug metadata), so that the checker can name choices no playthrough reaches.
import { relative } from 'node:path';

export interface ChoiceSite {
  readonly path: string;
  readonly file: string;
  readonly line: number;
}

type PathOf = (inkName: string | null) => string;

interface InkObjectLike {
  readonly path: { toString(): string };
  readonly debugMetadata: { readonly startLineNumber: number; readonly fileName: string | null } | null;
}
interface ContainerLike extends InkObjectLike {
  readonly content: readonly unknown[];
  readonly namedOnlyContent: ReadonlyMap<string, unknown> | null;
  readonly namedContent?: ReadonlyMap<string, unknown>;
}

const isContainer = (o: unknown): o is ContainerLike =>
  typeof o === 'object' && o !== null && 'content' in o && Array.isArray((o as ContainerLike).content);
const isChoicePoint = (o: unknown): o is InkObjectLike & { readonly isInvisibleDefault: boolean } =>
  typeof o === 'object' && o !== null && 'pathOnChoice' in o && 'onceOnly' in o;

export function choiceSites(mainContainer: unknown, pathOf: PathOf, root: string): ChoiceSite[] {
  const out: ChoiceSite[] = [];
  const walk = (c: ContainerLike): void => {
    for (const o of c.content) {
      if (isContainer(o)) walk(o);
      // An invisible default choice (`* ->`) is taken by ink itself, never offered to the learner.
      else if (isChoicePoint(o) && !o.isInvisibleDefault) {
        const meta = o.debugMetadata;
        out.push({
          path: o.path.toString(),
          file: relative(root, pathOf(meta?.fileName ?? null)),
          line: meta?.startLineNumber ?? 1,
        });
      }
    }
    if (c.namedOnlyContent) for (const o of c.namedOnlyContent.values()) if (isContainer(o)) walk(o);
  };
  if (isContainer(mainContainer)) walk(mainContainer);
  return out;
}

/** The source file and line of an ink path (for dead ends and runtime errors), when known. */
export function siteOfPath(
  mainContainer: unknown,
  pathString: string | null,
  pathOf: PathOf,
  root: string,
): { file: string; line: number } | null {
  if (!pathString || !isContainer(mainContainer)) return null;
  let node: unknown = mainContainer;
  let best: InkObjectLike['debugMetadata'] = null;
  for (const part of pathString.split('.')) {
    if (!isContainer(node)) break;
    best = node.debugMetadata ?? best;
    node = /^\d+$/.test(part) ? node.content[Number(part)] : node.namedContent?.get(part);
    if (node === undefined) break;
  }
  const meta = (node as InkObjectLike | undefined)?.debugMetadata ?? best;
  if (!meta) return null;
  return { file: relative(root, pathOf(meta.fileName)), line: meta.startLineNumber };
}
