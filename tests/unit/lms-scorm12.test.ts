import { Scorm12API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import type { LmsNotice } from '../../src/lms/adapter.ts';
import { findScorm12Api, Scorm12Adapter, scormTimespan, SUSPEND_DATA_MAX } from '../../src/lms/scorm12.ts';
import type { ApiHost } from '../../src/lms/scorm12.ts';
import { EMPTY_LEARNER } from '../../src/state/learner.ts';
import { PlaySession } from '../../src/state/play-session.ts';
import { memoryStorage } from '../../src/state/storage.ts';
import { miniEntry } from './state-fixture.ts';

const api = (): Scorm12API => new Scorm12API({ logLevel: 5, autocommit: false });

function chain(depth: number, top: Partial<ApiHost>): ApiHost {
  let win: ApiHost = { parent: null, opener: null, ...top };
  for (let i = 0; i < depth; i += 1) win = { parent: win, opener: null };
  return win;
}

describe('the search for the SCORM 1.2 API', () => {
  it('finds it in a parent window, or in the opener’s parents', () => {
    const lms = api();
    expect(findScorm12Api(chain(3, { API: lms }))).toBe(lms);
    const popup: ApiHost = { parent: null, opener: chain(2, { API: lms }) };
    expect(findScorm12Api(popup)).toBe(lms);
  });

  it('stops after seven windows up, and steps over windows it may not read', () => {
    expect(findScorm12Api(chain(8, { API: api() }))).toBeNull();
    const lms = api();
    const foreign = {
      get API(): unknown {
        throw new Error('cross-origin');
      },
      parent: { API: lms, parent: null, opener: null },
      opener: null,
    } satisfies ApiHost;
    expect(findScorm12Api({ parent: foreign, opener: null })).toBe(lms);
    expect(findScorm12Api({ API: { LMSInitialize: 1 }, parent: null, opener: null })).toBeNull();
  });
});

describe('scormTimespan', () => {
  it('writes HHHH:MM:SS.SS', () => {
    expect(scormTimespan(0)).toBe('0000:00:00.00');
    expect(scormTimespan(3_723_456)).toBe('0001:02:03.46');
    expect(scormTimespan(1e12)).toBe('9999:59:59.99');
  });
});

async function playToEnd(session: PlaySession): Promise<void> {
  for (let i = 0; i < 500; i += 1) {
    const state = session.store.getState();
    if (state.awaiting === 'end') return;
    if (state.awaiting === 'choices') session.choose(state.choices[0]?.index ?? 0);
    else session.continue();
    await Promise.resolve();
  }
  throw new Error('the mini story did not end');
}

async function follow(
  lms: Scorm12API,
  saveCode: (session: PlaySession) => string,
): Promise<{ session: PlaySession; notices: LmsNotice[]; adapter: Scorm12Adapter }> {
  const notices: LmsNotice[] = [];
  const adapter = new Scorm12Adapter({
    host: { API: lms, parent: null, opener: null },
    clock: () => 0,
    notify: (n) => notices.push(n),
  });
  expect(await adapter.connect()).toEqual({ status: 'connected', resume: null });
  const session = await PlaySession.start(miniEntry(), 'fr', EMPTY_LEARNER, 7, {
    storage: memoryStorage(),
    now: () => new Date('2026-01-01T00:00:00Z'),
  });
  adapter.follow({
    module: 'mini',
    store: session.store,
    saveCode: () => saveCode(session),
    report: () => session.report(),
  });
  return { session, notices, adapter };
}

describe('the SCORM 1.2 adapter', () => {
  it('reports `completed` when the LMS has no mastery score', async () => {
    const lms = api();
    const { session, notices } = await follow(lms, (s) => JSON.stringify(s.record.choices));
    await playToEnd(session);
    expect(lms.cmi.core.lesson_status).toBe('completed');
    expect(notices).toEqual(['sent']);
  });

  it('stops updating suspend_data when the save outgrows 4,096 characters, clears it and says so', async () => {
    const lms = api();
    const written: string[] = [];
    const set = lms.LMSSetValue.bind(lms);
    lms.LMSSetValue = (element: string, value: unknown) => {
      if (element === 'cmi.suspend_data') written.push(String(value));
      return set(element, value);
    };
    // The save grows past the limit after the first choice.
    const { session, notices } = await follow(lms, (s) =>
      s.record.choices.length === 0 ? 'short' : 'x'.repeat(SUSPEND_DATA_MAX + 1),
    );
    await playToEnd(session);
    expect(written).toEqual(['short', '']);
    expect(notices).toEqual(['save-too-long', 'sent']);
    expect(['passed', 'failed', 'completed']).toContain(lms.cmi.core.lesson_status);
  });

  it('tells the learner once when the LMS refuses values, and still ends the attempt', async () => {
    const lms = api();
    const set = lms.LMSSetValue.bind(lms);
    lms.LMSSetValue = (element: string, value: unknown) =>
      element.startsWith('cmi.interactions') ? 'false' : set(element, value);
    const { session, notices } = await follow(lms, () => 'code');
    await playToEnd(session);
    expect(notices).toEqual(['send-failed']);
    expect(lms.isTerminated()).toBe(true);
  });

  it('leaves the attempt suspended when the page goes away mid-game', async () => {
    const lms = api();
    const { adapter } = await follow(lms, () => 'code');
    adapter.leave();
    const cmi = JSON.parse(JSON.stringify(lms.cmi)) as { core: { exit: string; session_time: string } };
    expect(cmi.core.exit).toBe('suspend');
    expect(lms.isTerminated()).toBe(true);
  });
});
