// Two-way trust: partners' commitments to the counsellor. The engine records them; the story scores
// how the counsellor responds.
import { describe, expect, it } from 'vitest';
import { applyTag } from '../../src/engine/rules.ts';
import { createState, pledgeCount, trustOf } from '../../src/engine/state.ts';
import type { EngineState } from '../../src/engine/state.ts';
import { scenario, tag } from './helpers.ts';

const s = scenario();
const play = (tags: string[], from: EngineState = createState(s, 1)): EngineState =>
  tags.reduce((state, raw) => applyTag(s, state, tag(raw)).state, from);
const counts = (state: EngineState, partner: string): [number, number, number] => [
  pledgeCount(state, partner, 'open'),
  pledgeCount(state, partner, 'kept'),
  pledgeCount(state, partner, 'broken'),
];

describe('partners’ pledges', () => {
  it('a pledge is recorded open, due that many weeks later', () => {
    const state = play(['week', 'pledge: cfp 2 Une réponse sur la place avant vendredi']);
    expect(state.pledges).toEqual([
      {
        partner: 'cfp',
        text: 'Une réponse sur la place avant vendredi',
        made: 2,
        due: 4,
        status: 'open',
        closed: null,
      },
    ]);
    expect(counts(state, 'cfp')).toEqual([1, 0, 0]);
  });

  it('kept: closed in the week it was kept, with no score and no change of trust', () => {
    const state = play(['pledge: cfp 2 Un créneau', 'week', 'pledge_kept: cfp']);
    expect(state.pledges[0]).toMatchObject({ status: 'kept', closed: 2 });
    expect(counts(state, 'cfp')).toEqual([0, 1, 0]);
    expect(state.evidence).toEqual([]);
    expect(trustOf(state, 'cfp')).toBe(40);
  });

  it('broken by the story: closed that week, and nothing scored (the story scores the response)', () => {
    const state = play(['pledge: rpe 1 Une place', 'pledge_broken: rpe']);
    expect(state.pledges[0]).toMatchObject({ status: 'broken', closed: 1 });
    expect(counts(state, 'rpe')).toEqual([0, 0, 1]);
    expect(state.evidence).toEqual([]);
    expect(trustOf(state, 'rpe')).toBe(50);
  });

  it('still open when its due week ends: broken automatically, closed in the due week', () => {
    // Made in week 1 for 2 weeks: due in week 3, still open while week 3 runs.
    const running = play(['pledge: cfp 2 Le bilan de stage', 'week', 'week']);
    expect(running.pledges[0]).toMatchObject({ status: 'open', due: 3 });
    const lapsed = play(['week'], running);
    expect(lapsed.pledges[0]).toMatchObject({ status: 'broken', closed: 3 });
    expect(lapsed.evidence).toEqual([]);
    // Kept within its due week, it does not lapse.
    expect(play(['pledge_kept: cfp', 'week'], running).pledges[0]).toMatchObject({ status: 'kept', closed: 3 });
  });

  it('kept or broken closes that partner’s oldest open pledge only', () => {
    const state = play([
      'pledge: cfp 3 A',
      'pledge: rpe 1 B',
      'pledge: cfp 1 C',
      'pledge_kept: cfp',
      'pledge_broken: cfp',
    ]);
    expect(state.pledges.map((p) => [p.text, p.status])).toEqual([
      ['A', 'kept'],
      ['B', 'open'],
      ['C', 'broken'],
    ]);
    expect(counts(state, 'cfp')).toEqual([0, 1, 1]);
    expect(counts(state, 'rpe')).toEqual([1, 0, 0]);
  });

  it('kept or broken with no open pledge changes nothing', () => {
    const start = createState(s, 1);
    expect(play(['pledge_kept: cfp', 'pledge_broken: rpe'], start)).toBe(start);
  });

  it('the partner’s pledges are apart from the counsellor’s own promises', () => {
    const state = play([
      'commit: cfp 1 Envoyer le dossier',
      'pledge: cfp 1 Répondre',
      'pledge_kept: cfp',
      'week',
      'week',
    ]);
    expect(state.promises[0]).toMatchObject({ status: 'missed' });
    expect(state.pledges[0]).toMatchObject({ status: 'kept' });
  });
});
