// The cmi5 launch parameters an LMS puts on the AU's URL (cmi5 § 8.1): the LRS `endpoint`, the
// one-time `fetch` URL of the session's token, the learner as an xAPI `actor`, the `registration`
// and the AU's `activityId`. Read and checked here, before anything is sent anywhere.
import { z } from 'zod';
import type { LaunchParameters } from '@xapi/cmi5';

export const CMI5_PARAMS = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'] as const;

const httpUrl = z.url({ protocol: /^https?$/ });

/** cmi5 § 8.1.3: the actor is an Agent identified by an account. */
const actor = z.object({
  objectType: z.literal('Agent').default('Agent'),
  name: z.string().optional(),
  account: z.object({ homePage: z.url(), name: z.string().min(1) }),
});

const schema = z.object({
  endpoint: httpUrl,
  fetch: httpUrl,
  actor,
  registration: z.uuid(),
  activityId: z.url(),
});

export type Cmi5Params =
  | { readonly status: 'absent' }
  | { readonly status: 'invalid'; readonly problems: readonly string[] }
  | { readonly status: 'ok'; readonly params: LaunchParameters };

/** The launch parameters of a URL's query: none at all, some missing or malformed, or all five. */
export function readCmi5Params(search: string): Cmi5Params {
  const query = new URLSearchParams(search);
  if (CMI5_PARAMS.every((name) => !query.has(name))) return { status: 'absent' };
  let parsedActor: unknown = undefined;
  try {
    parsedActor = JSON.parse(query.get('actor') ?? '');
  } catch {
    // Left undefined: reported below as the actor's problem.
  }
  const result = schema.safeParse({
    endpoint: query.get('endpoint') ?? undefined,
    fetch: query.get('fetch') ?? undefined,
    actor: parsedActor,
    registration: query.get('registration') ?? undefined,
    activityId: query.get('activityId') ?? undefined,
  });
  if (!result.success) {
    const problems = [...new Set(result.error.issues.map((issue) => String(issue.path[0] ?? '')))];
    return { status: 'invalid', problems };
  }
  const { actor: agent, ...rest } = result.data;
  const { name, ...identified } = agent;
  return { status: 'ok', params: { ...rest, actor: name === undefined ? identified : { ...identified, name } } };
}
