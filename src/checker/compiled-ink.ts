// Reading a compiled story's structure, for the checker's static passes (tags, French/English
// parity). The compiler has already parsed the ink, so whatever ink allows (tags inside inline
// conditionals and sequences, tunnels, threads, glue…) is read the way the game will run it.
// Each item keeps its source file and line from the compiler's debug metadata.
//
// The runtime objects are recognised by their shape: the checker does not import inkjs (only
// src/narrative does), and inkjs does not export its runtime classes.
import { relative } from 'node:path';

/** A tag, as written: its text, and where it sits. */
export interface CompiledTag {
  readonly text: string;
  readonly file: string;
  readonly line: number;
  /** Inside a choice's label (between its brackets): the tag belongs to the choice, not to a line. */
  readonly inChoiceLabel: boolean;
  /** The tag's text is computed (`{…}` inside it) rather than fixed. */
  readonly computed: boolean;
}

/** One element of a story's logic (everything but the words shown), for comparing languages. */
export interface LogicToken {
  readonly value: string;
  readonly file: string;
  readonly line: number;
}

/** Words the learner reads: a fragment of text or of a choice's label, or a tag's free text. */
export interface Words {
  readonly text: string;
  readonly file: string;
  readonly line: number;
}

export interface CompiledStructure {
  readonly tags: readonly CompiledTag[];
  readonly words: readonly Words[];
  /** Choices, gathers, knots, diverts, conditions, logic and tags (words of `score:`/`commit:` removed). */
  readonly logic: readonly LogicToken[];
}

type PathOf = (inkName: string | null) => string;

interface DebugMetadataLike {
  readonly startLineNumber: number;
  readonly fileName: string | null;
}

interface InkObjectLike {
  readonly ownDebugMetadata: DebugMetadataLike | null;
}

interface ContainerLike extends InkObjectLike {
  readonly name: string | null;
  readonly content: readonly InkObjectLike[];
  readonly namedOnlyContent: ReadonlyMap<string, unknown> | null;
}

// ControlCommand.CommandType in inkjs.
const EVAL_START = 0;
const EVAL_END = 2;
const BEGIN_STRING = 7;
const END_STRING = 8;
const NO_OP = 9;
const BEGIN_TAG = 24;
const END_TAG = 25;
const COMMAND_NAMES = [
  'eval',
  'out',
  '/eval',
  'dup',
  'pop',
  '~ret',
  '->->',
  'str',
  '/str',
  'nop',
  'choiceCnt',
  'turn',
  'turns',
  'readc',
  'rnd',
  'srnd',
  'visit',
  'seq',
  'thread',
  'done',
  'end',
  'listInt',
  'range',
  'lrnd',
  '#',
  '/#',
];

const has = (o: unknown, key: string): boolean => typeof o === 'object' && o !== null && key in o;

const isContainer = (o: unknown): o is ContainerLike => has(o, 'content') && has(o, 'namedOnlyContent');
const commandOf = (o: unknown): number | null =>
  has(o, 'commandType') ? (o as { commandType: number }).commandType : null;
/** A StringValue: text, a newline, or a string literal in an expression. */
const isString = (o: unknown): o is { readonly value: string } =>
  has(o, 'isNewline') && has(o, 'isInlineWhitespace') && typeof (o as { value: unknown }).value === 'string';
/** A tag object of the older compiled format (one object holding the whole tag's text). */
const isLegacyTag = (o: unknown): o is { readonly text: string } =>
  has(o, 'text') && !has(o, 'content') && !has(o, 'valueType') && !has(o, 'pathOnChoice');
const isChoicePoint = (
  o: unknown,
): o is { readonly onceOnly: boolean; readonly hasCondition: boolean; readonly isInvisibleDefault: boolean } =>
  has(o, 'pathOnChoice') && has(o, 'onceOnly');
const isDivert = (o: unknown): o is DivertLike => has(o, 'pushesToStack') && has(o, 'targetPathString');
const isVariableReference = (
  o: unknown,
): o is { readonly name: string | null; readonly pathStringForCount: string | null } => has(o, 'pathForCount');
const isAssignment = (o: unknown): o is { readonly variableName: string | null; readonly isNewDeclaration: boolean } =>
  has(o, 'variableName') && has(o, 'isNewDeclaration');
const isNativeCall = (o: unknown): o is { readonly name: string } => has(o, 'numberOfParameters');
const isValue = (o: unknown): o is { readonly value: unknown } => has(o, 'valueType');
const isDivertTarget = (o: unknown): o is { readonly value: unknown } => has(o, 'targetPath') && has(o, 'valueType');

interface DivertLike {
  readonly pushesToStack: boolean;
  readonly stackPushType: number;
  readonly isExternal: boolean;
  readonly isConditional: boolean;
  readonly variableDivertName: string | null;
  readonly targetPointer: { readonly container: { readonly path: { toString(): string } } | null } | null;
  readonly targetPathString: string | null;
}

/** A named place in the story, without the positions of content (which change with the words). */
function namedPath(path: string): string {
  return path
    .split('.')
    .filter((part) => !/^\d+$/.test(part) && part !== '^')
    .join('.');
}

function divertValue(d: DivertLike): string {
  if (d.isExternal) return `call ${d.targetPathString ?? ''}`;
  const kind = d.pushesToStack ? (d.stackPushType === 0 ? '->t->' : 'f()') : '->';
  const target =
    d.variableDivertName ?? namedPath(d.targetPointer?.container?.path.toString() ?? d.targetPathString ?? '');
  return `${d.isConditional ? '?' : ''}${kind} ${target}`;
}

/** A tag's shape (what must match between languages) and its free text (what the learner reads). */
export function tagParts(text: string): { shape: string; words: string } {
  const [name = '', ...rest] = text.split(':');
  // Split on plain spaces only: a no-break space belongs to the words.
  const words = rest
    .join(':')
    .trim()
    .split(/[ \t]+/);
  // A score's feedback and a promise (the counsellor's or a partner's) are words the learner reads.
  if (name.trim() === 'score' || name.trim() === 'commit' || name.trim() === 'pledge') {
    return { shape: `${name.trim()}: ${words.slice(0, 2).join(' ')}`, words: words.slice(2).join(' ') };
  }
  return { shape: text.replace(/\s+/g, ' ').trim(), words: '' };
}

export function readCompiled(mainContainer: unknown, pathOf: PathOf, root: string): CompiledStructure {
  const tags: CompiledTag[] = [];
  const logic: LogicToken[] = [];
  const words: Words[] = [];
  /** The first source line found in an object or, for a container, in its content. */
  const firstMeta = (o: unknown): DebugMetadataLike | null => {
    const own = (o as InkObjectLike).ownDebugMetadata;
    if (own) return own;
    if (!isContainer(o)) return null;
    for (const child of o.content) {
      const found = firstMeta(child);
      if (found) return found;
    }
    return null;
  };
  // Objects without their own debug metadata (ends of branches, diverts added by the compiler)
  // take the last line seen before them.
  let here: DebugMetadataLike | null = null;
  const where = (o: InkObjectLike): { file: string; line: number } => {
    const meta = o.ownDebugMetadata ?? here;
    return { file: relative(root, pathOf(meta?.fileName ?? null)), line: meta?.startLineNumber ?? 1 };
  };
  const token = (value: string, o: InkObjectLike): void => {
    logic.push({ value, ...where(o) });
  };

  const walk = (c: ContainerLike): void => {
    here = firstMeta(c) ?? here;
    let open: { text: string; computed: boolean; at: { file: string; line: number }; inChoiceLabel: boolean } | null =
      null;
    let stringDepth = 0;
    let evaluating = false;
    const close = (): void => {
      if (!open) return;
      const text = open.text.trim();
      tags.push({ text, ...open.at, inChoiceLabel: open.inChoiceLabel, computed: open.computed });
      const parts = tagParts(text);
      logic.push({ value: `# ${parts.shape}`, ...open.at });
      if (parts.words !== '') words.push({ text: parts.words, ...open.at });
      open = null;
    };
    for (const o of c.content) {
      here = o.ownDebugMetadata ?? here;
      const command = commandOf(o);
      if (open) {
        if (command === END_TAG) {
          close();
          continue;
        }
        if (isString(o)) {
          open.text += o.value;
          continue;
        }
        // A tag written at the end of a branch of an inline conditional or sequence ends with the
        // branch; ink closes it after rejoining (that later EndTag finds no open tag here).
        if (isDivert(o)) close();
        else open.computed = true;
      }
      if (command !== null) {
        if (command === BEGIN_TAG) {
          open = { text: '', computed: false, at: where(o), inChoiceLabel: stringDepth > 0 };
          continue;
        }
        if (command === BEGIN_STRING) stringDepth += 1;
        else if (command === END_STRING) stringDepth = Math.max(0, stringDepth - 1);
        else if (command === EVAL_START) evaluating = true;
        else if (command === EVAL_END) evaluating = false;
        // Strings (`str … /str`) hold words; the ends of inline branches (nop) and tags carry no logic.
        if (command !== BEGIN_STRING && command !== END_STRING && command !== NO_OP && command !== END_TAG) {
          token(COMMAND_NAMES[command] ?? `command ${command}`, o);
        }
        continue;
      }
      if (isLegacyTag(o)) {
        tags.push({ text: o.text.trim(), ...where(o), inChoiceLabel: stringDepth > 0, computed: false });
        const parts = tagParts(o.text);
        token(`# ${parts.shape}`, o);
        if (parts.words !== '') words.push({ text: parts.words, ...where(o) });
      } else if (isContainer(o)) {
        if (o.name !== null) token(`(${o.name})`, o);
        walk(o);
      } else if (isChoicePoint(o)) {
        token(
          o.isInvisibleDefault ? 'choice fallback' : `choice ${o.onceOnly ? '*' : '+'}${o.hasCondition ? ' {…}' : ''}`,
          o,
        );
      } else if (isDivert(o)) token(divertValue(o), o);
      else if (isVariableReference(o))
        token(o.name !== null ? `var ${o.name}` : `visits ${namedPath(o.pathStringForCount ?? '')}`, o);
      else if (isAssignment(o)) token(`${o.isNewDeclaration ? 'temp ' : ''}${o.variableName ?? ''} =`, o);
      else if (isNativeCall(o)) token(`op ${o.name}`, o);
      else if (isString(o)) {
        // Words shown to the learner differ between languages; literals in expressions (ids) do not.
        if (evaluating && stringDepth === 0) token(JSON.stringify(o.value), o);
        else if (o.value.trim() !== '') words.push({ text: o.value, ...where(o) });
      } else if (isDivertTarget(o)) token(`-> value ${namedPath(String(o.value))}`, o);
      else if (isValue(o)) token(`value ${String(o.value)}`, o);
      // Glue and Void (what a function returns when it returns nothing) carry no logic.
    }
    close();
    if (c.namedOnlyContent) {
      for (const [name, o] of c.namedOnlyContent) {
        if (!isContainer(o)) continue;
        here = firstMeta(o) ?? here;
        token(`(${name})`, o);
        walk(o);
      }
    }
  };
  if (isContainer(mainContainer)) walk(mainContainer);
  return { tags, words, logic };
}
