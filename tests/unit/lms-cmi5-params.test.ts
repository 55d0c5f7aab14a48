import { describe, expect, it } from 'vitest';
import { readCmi5Params } from '../../src/lms/cmi5-params.ts';
import { launchOrigins } from '../../src/lms/connect-policy.ts';

const ACTOR = { objectType: 'Agent', account: { homePage: 'https://lms.example.org', name: 'learner-42' } };
const PARAMS = {
  endpoint: 'https://lrs.example.org/xapi/',
  fetch: 'https://lms.example.org/cmi5/fetch/abc',
  actor: JSON.stringify(ACTOR),
  registration: '6e1e2e52-11e2-4060-9bff-b78931d33653',
  activityId: 'https://lms.example.org/course/7/au/1',
};
const query = (params: Record<string, string>): string => `?${new URLSearchParams(params).toString()}`;

describe('the cmi5 launch parameters', () => {
  it('reads the five of a launch', () => {
    const read = readCmi5Params(query(PARAMS));
    expect(read).toEqual({ status: 'ok', params: { ...PARAMS, actor: ACTOR } });
    if (read.status === 'ok') {
      expect(launchOrigins(read.params)).toEqual(['https://lrs.example.org', 'https://lms.example.org']);
    }
  });

  it('tells a page opened without them from a launch that lost or forged some', () => {
    expect(readCmi5Params('')).toEqual({ status: 'absent' });
    expect(readCmi5Params('?lang=en')).toEqual({ status: 'absent' });
    const withoutFetch = new URLSearchParams(PARAMS);
    withoutFetch.delete('fetch');
    expect(readCmi5Params(`?${withoutFetch.toString()}`)).toEqual({ status: 'invalid', problems: ['fetch'] });
  });

  it('rejects a forged actor, endpoint, registration or activity', () => {
    const problems = (changes: Record<string, string>): readonly string[] => {
      const read = readCmi5Params(query({ ...PARAMS, ...changes }));
      return read.status === 'invalid' ? read.problems : [];
    };
    expect(problems({ actor: '{not json' })).toEqual(['actor']);
    expect(problems({ actor: JSON.stringify({ mbox: 'mailto:a@b.c' }) })).toEqual(['actor']);
    expect(problems({ endpoint: 'javascript:alert(1)' })).toEqual(['endpoint']);
    expect(problems({ registration: 'not-a-uuid', activityId: 'nope' })).toEqual(['registration', 'activityId']);
  });
});
