// scenario.json: its schema and a loader that names every problem in words an author understands.
import { z } from 'zod';
import { EVENT_KINDS, PRINCIPLES, SECTORS } from '../engine/ids.ts';
import type { Scenario } from '../engine/world.ts';

const text = z.strictObject({ fr: z.string().min(1), en: z.string().min(1) });
const id = z.string().regex(/^[a-z0-9_]+$/, 'an id is lower-case letters, digits and _');

const member = z.discriminatedUnion('role', [
  z.strictObject({ id, role: z.literal('beneficiary'), name: text, about: text }),
  z.strictObject({ id, role: z.literal('colleague'), name: text, about: text }),
  z.strictObject({
    id,
    role: z.literal('partner'),
    sector: z.enum(SECTORS),
    trust: z.number().int().min(0).max(100),
    name: text,
    about: text,
  }),
]);

const weekWindow = z.tuple([z.number().int().min(1), z.number().int().min(1)]);

const event = z.strictObject({
  id,
  kind: z.enum(EVENT_KINDS),
  partner: id.optional(),
  beneficiary: id.optional(),
  weeks: weekWindow,
  chance: z.number().int().min(1).max(100),
  text,
});

export const scenarioSchema = z.strictObject({
  id,
  version: z.number().int().min(1),
  order: z.number().int().min(1).optional(),
  title: text,
  summary: text,
  minutes: z.number().int().min(1).max(240),
  weeks: z.number().int().min(1).max(52),
  timePerWeek: z.number().int().min(1).max(20),
  principles: z.array(z.enum(PRINCIPLES)).min(1),
  cast: z.array(member).min(1),
  events: z.array(event).optional(),
});

export class ManifestError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'ManifestError';
  }
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? issue.path.join('.') : '(root)';
  if (issue.code === 'unrecognized_keys')
    return `${where}: unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.code === 'invalid_value')
    return `${where}: "${String(issue.input)}" is not one of ${issue.values.map(String).join(', ')}`;
  if (issue.code === 'invalid_type' && issue.input === undefined)
    return `${where}: missing (expected ${issue.expected})`;
  if (issue.code === 'invalid_union' && issue.path.at(-1) !== undefined) {
    return `${where}: ${issue.message}`;
  }
  return `${where}: ${issue.message}`;
}

/** Validates a parsed scenario.json; throws ManifestError listing every problem. */
export function parseScenario(raw: unknown): Scenario {
  const parsed = scenarioSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) throw new ManifestError(parsed.error.issues.map(describeIssue));
  const scenario = parsed.data;
  const problems: string[] = [];
  const seen = new Set<string>();
  scenario.cast.forEach((m, i) => {
    if (seen.has(m.id)) problems.push(`cast.${i}.id: duplicate id "${m.id}"`);
    seen.add(m.id);
  });
  if (new Set(scenario.principles).size !== scenario.principles.length) {
    problems.push('principles: a principle is listed twice');
  }
  const roleOf = new Map(scenario.cast.map((m) => [m.id, m.role]));
  const eventIds = new Set<string>();
  (scenario.events ?? []).forEach((e, i) => {
    if (eventIds.has(e.id)) problems.push(`events.${i}.id: duplicate id "${e.id}"`);
    eventIds.add(e.id);
    if (e.weeks[0] > e.weeks[1]) problems.push(`events.${i}.weeks: the window ends before it starts`);
    if (e.weeks[1] > scenario.weeks)
      problems.push(`events.${i}.weeks: week ${e.weeks[1]} is after the scenario's last week`);
    if (e.kind === 'situation_change') {
      if (e.beneficiary === undefined || roleOf.get(e.beneficiary) !== 'beneficiary') {
        problems.push(`events.${i}.beneficiary: a situation_change names a beneficiary of the cast`);
      }
    } else if (e.partner === undefined || roleOf.get(e.partner) !== 'partner') {
      problems.push(`events.${i}.partner: a ${e.kind} names a partner of the cast`);
    }
  });
  if (problems.length > 0) throw new ManifestError(problems);
  return scenario;
}
