// Tags are the story's only way to speak to the engine. Parsing is pure and total: every string
// becomes a Tag or a message saying what is wrong with it.
import { isOneOf, MOODS, PRINCIPLES, SCENES, SECTORS } from './ids.ts';
import type { Mood, NeedId, PrincipleId, Role, SceneId } from './ids.ts';
import type { Scenario } from './world.ts';

export type Tag =
  | { readonly kind: 'speaker'; readonly id: string }
  | { readonly kind: 'mood'; readonly mood: Mood }
  | { readonly kind: 'score'; readonly principle: PrincipleId; readonly points: number; readonly feedback: string }
  | { readonly kind: 'trust'; readonly partner: string; readonly delta: number }
  | { readonly kind: 'bond'; readonly a: string; readonly b: string; readonly delta: number }
  | { readonly kind: 'meet'; readonly id: string }
  | { readonly kind: 'need'; readonly beneficiary: string; readonly need: NeedId }
  | { readonly kind: 'consent'; readonly beneficiary: string }
  | { readonly kind: 'share'; readonly beneficiary: string; readonly partner: string }
  | { readonly kind: 'refer'; readonly beneficiary: string; readonly partner: string }
  | { readonly kind: 'solve'; readonly beneficiary: string; readonly need: NeedId }
  | { readonly kind: 'commit'; readonly partner: string; readonly weeks: number; readonly text: string }
  | { readonly kind: 'keep'; readonly partner: string }
  | { readonly kind: 'time'; readonly halfDays: number }
  | { readonly kind: 'week' }
  | { readonly kind: 'place'; readonly id: string }
  | { readonly kind: 'scene'; readonly scene: SceneId }
  | { readonly kind: 'end' };

export type TagResult = { readonly ok: true; readonly tag: Tag } | { readonly ok: false; readonly error: string };

const fail = (error: string): TagResult => ({ ok: false, error });
const ok = (tag: Tag): TagResult => ({ ok: true, tag });

const SIGNED = /^[+-]\d{1,3}$/;
const UNSIGNED = /^\d{1,3}$/;
const ID = /^[a-z0-9_]+$/;

function signed(word: string | undefined, what: string): number | string {
  if (word === undefined) return `missing ${what}`;
  if (!SIGNED.test(word)) return `"${word}" is not a signed number (write +2 or -3)`;
  return Number(word);
}

function idArg(word: string | undefined, what: string): string | null {
  if (word === undefined) return `missing ${what}`;
  if (!ID.test(word)) return `"${word}" is not an id (lower-case letters, digits and _)`;
  return null;
}

/** Parses one tag's text (what follows `#`, trimmed by ink). */
export function parseTag(raw: string): TagResult {
  const text = raw.trim();
  const colon = text.indexOf(':');
  const name = (colon === -1 ? text : text.slice(0, colon)).trim();
  const rest = colon === -1 ? '' : text.slice(colon + 1).trim();
  const words = rest.length > 0 ? rest.split(/\s+/) : [];
  const arity = (n: number): string | null =>
    words.length === n ? null : `"${name}" takes ${n} value${n === 1 ? '' : 's'}, got ${words.length}`;

  switch (name) {
    case 'week':
    case 'end':
      if (colon !== -1 && rest !== '') return fail(`"${name}" takes no value`);
      return ok({ kind: name });
    case 'speaker':
    case 'meet':
    case 'place':
    case 'consent':
    case 'keep': {
      const problem = arity(1) ?? idArg(words[0], 'id');
      if (problem) return fail(problem);
      const id = words[0] as string;
      if (name === 'consent') return ok({ kind: 'consent', beneficiary: id });
      if (name === 'keep') return ok({ kind: 'keep', partner: id });
      return ok({ kind: name, id });
    }
    case 'mood': {
      const problem = arity(1);
      if (problem) return fail(problem);
      const mood = words[0] as string;
      if (!isOneOf(MOODS, mood)) return fail(`unknown mood "${mood}" (one of ${MOODS.join(', ')})`);
      return ok({ kind: 'mood', mood });
    }
    case 'scene': {
      const problem = arity(1);
      if (problem) return fail(problem);
      const scene = words[0] as string;
      if (!isOneOf(SCENES, scene)) return fail(`unknown scene "${scene}" (one of ${SCENES.join(', ')})`);
      return ok({ kind: 'scene', scene });
    }
    case 'score': {
      const principle = words[0];
      if (principle === undefined) return fail('missing principle');
      if (!isOneOf(PRINCIPLES, principle)) return fail(`unknown principle "${principle}"`);
      const points = signed(words[1], 'points');
      if (typeof points === 'string') return fail(points);
      if (points === 0) return fail('a score of 0 is no evidence');
      const feedback = words.slice(2).join(' ');
      if (feedback === '') return fail('a score needs its feedback sentence after the points');
      return ok({ kind: 'score', principle, points, feedback });
    }
    case 'trust': {
      const problem = arity(2) ?? idArg(words[0], 'partner');
      if (problem) return fail(problem);
      const delta = signed(words[1], 'change');
      if (typeof delta === 'string') return fail(delta);
      return ok({ kind: 'trust', partner: words[0] as string, delta });
    }
    case 'bond': {
      const problem = arity(3) ?? idArg(words[0], 'partner') ?? idArg(words[1], 'partner');
      if (problem) return fail(problem);
      if (words[0] === words[1]) return fail('a bond links two different partners');
      const delta = signed(words[2], 'change');
      if (typeof delta === 'string') return fail(delta);
      return ok({ kind: 'bond', a: words[0] as string, b: words[1] as string, delta });
    }
    case 'need':
    case 'solve': {
      const problem = arity(2) ?? idArg(words[0], 'beneficiary');
      if (problem) return fail(problem);
      const need = words[1] as string;
      if (!isOneOf(SECTORS, need)) return fail(`unknown need "${need}" (one of ${SECTORS.join(', ')})`);
      return ok({ kind: name, beneficiary: words[0] as string, need });
    }
    case 'share':
    case 'refer': {
      const problem = arity(2) ?? idArg(words[0], 'beneficiary') ?? idArg(words[1], 'partner');
      if (problem) return fail(problem);
      return ok({ kind: name, beneficiary: words[0] as string, partner: words[1] as string });
    }
    case 'commit': {
      const problem = idArg(words[0], 'partner');
      if (problem) return fail(problem);
      const weeks = words[1];
      if (weeks === undefined || !UNSIGNED.test(weeks) || Number(weeks) < 1) {
        return fail(`"${weeks ?? ''}" is not a number of weeks (1 or more)`);
      }
      const promise = words.slice(2).join(' ');
      if (promise === '') return fail('a commitment needs the promise after the weeks');
      return ok({ kind: 'commit', partner: words[0] as string, weeks: Number(weeks), text: promise });
    }
    case 'time': {
      const problem = arity(1);
      if (problem) return fail(problem);
      const n = words[0] as string;
      if (!UNSIGNED.test(n)) return fail(`"${n}" is not a number of half-days`);
      return ok({ kind: 'time', halfDays: Number(n) });
    }
    default:
      return fail(`unknown tag "${name}"`);
  }
}

/** The ids a tag names, each with the role it must have in the cast. */
export function idsOf(tag: Tag): ReadonlyArray<readonly [string, Role | 'any']> {
  switch (tag.kind) {
    case 'speaker':
    case 'meet':
    case 'place':
      return [[tag.id, 'any']];
    case 'trust':
    case 'keep':
    case 'commit':
      return [[tag.partner, 'partner']];
    case 'bond':
      return [
        [tag.a, 'partner'],
        [tag.b, 'partner'],
      ];
    case 'need':
    case 'solve':
    case 'consent':
      return [[tag.beneficiary, 'beneficiary']];
    case 'share':
    case 'refer':
      return [
        [tag.beneficiary, 'beneficiary'],
        [tag.partner, 'partner'],
      ];
    case 'mood':
    case 'score':
    case 'time':
    case 'week':
    case 'scene':
    case 'end':
      return [];
    default: {
      const never: never = tag;
      return never;
    }
  }
}

/** Checks a parsed tag against the scenario: ids exist, with the right role, principles assessed. */
export function checkTag(tag: Tag, scenario: Scenario): string | null {
  for (const [id, role] of idsOf(tag)) {
    const member = scenario.cast.find((m) => m.id === id);
    if (!member) return `unknown id "${id}" in "${tag.kind}" (not in the cast)`;
    if (role !== 'any' && member.role !== role) {
      return `"${tag.kind}" needs a ${role}, but "${id}" is a ${member.role}`;
    }
  }
  if (tag.kind === 'score' && !scenario.principles.includes(tag.principle)) {
    return `principle "${tag.principle}" is not assessed by this scenario (add it to "principles")`;
  }
  return null;
}

/** Parses and checks in one step. */
export function readTag(raw: string, scenario: Scenario): TagResult {
  const parsed = parseTag(raw);
  if (!parsed.ok) return parsed;
  const problem = checkTag(parsed.tag, scenario);
  return problem ? fail(problem) : parsed;
}
