import { describe, expect, it } from 'vitest';
import type { PlaythroughRecord } from '../../../src/narrative/runner.ts';
import { encodeHandin } from '../../../src/trainer/handin-code.ts';
import { MAX_REPORT_BYTES } from '../../../src/trainer/report-file.ts';
import { recordKey, storyLibrary, verifyHandinCode, verifyReportBytes } from '../../../src/trainer/verify-report.ts';
import { miniEntry } from '../state-fixture.ts';
import { jsonBytes, miniReportFile, miniVersion } from './report-fixture.ts';

const MINI = miniEntry();

const learner = { firstName: '<img src=x onerror=alert(1)>', sessionCode: 'BTS-A', selfRating: {}, reflection: '' };

const reportFile = (choices: number[], seed = 5): Promise<Record<string, unknown>> =>
  miniReportFile(choices, seed, learner);

describe('verifying a report file', () => {
  it('verifies an untouched file, with the figures of the replay', async () => {
    const library = storyLibrary([await miniVersion()]);
    const verdict = verifyReportBytes(jsonBytes(await reportFile([0, 0])), library);
    expect(verdict.status).toBe('verified');
    if (verdict.status !== 'verified') return;
    expect(verdict.replay.report.principles.find((p) => p.id === 'ethique')?.points).toBe(2);
    expect(verdict.replay.decisions.map((d) => d.index)).toEqual([0, 0]);
    expect(verdict.replay.decisions[0]?.offered).toHaveLength(2);
    // A name is data, never markup: it comes back exactly as typed.
    expect(verdict.learner.firstName).toBe('<img src=x onerror=alert(1)>');
  });

  it('flags edited figures, claimed against replayed', async () => {
    const library = storyLibrary([await miniVersion()]);
    const file = await reportFile([1, 0]);
    const report = file['report'] as { principles: { id: string; points: number; percent: number }[] };
    const ethique = report.principles.find((p) => p.id === 'ethique');
    if (!ethique) throw new Error('no ethique in the mini report');
    const real = ethique.points;
    ethique.points = 2;
    ethique.percent = 100;
    const verdict = verifyReportBytes(jsonBytes(file), library);
    expect(verdict.status).toBe('altered');
    if (verdict.status !== 'altered') return;
    expect(verdict.differences).toContainEqual({ path: 'principles.ethique.points', claimed: 2, actual: real });
    expect(verdict.replay.report.principles.find((p) => p.id === 'ethique')?.points).toBe(real);
  });

  it('says "other version" for a module version neither current nor archived, and keeps the claim', async () => {
    const library = storyLibrary([await miniVersion()]);
    const file = await reportFile([0, 0]);
    (file['record'] as { storyHash: string }).storyHash = 'ffffffffffffffff';
    const verdict = verifyReportBytes(jsonBytes(file), library);
    expect(verdict.status).toBe('other-version');
    if (verdict.status === 'other-version') expect(verdict.claimed).toEqual(file['report']);
  });

  it('reads the first format of the report file (it is then another version of the module)', async () => {
    const library = storyLibrary([await miniVersion()]);
    const file = await reportFile([0, 0]);
    const first = {
      report: { ...(file['report'] as object), format: 'passerelles-report', formatVersion: 1 },
      record: { ...(file['record'] as object), storyHash: '0123456789abcdef' },
      selfRating: { ethique: 'acquis' },
      reflection: '',
      firstName: 'Zoé',
    };
    const verdict = verifyReportBytes(jsonBytes(first), library);
    expect(verdict).toMatchObject({ status: 'other-version', learner: { firstName: 'Zoé', sessionCode: '' } });
  });

  it('names every way a file can be unreadable', async () => {
    const library = storyLibrary([await miniVersion()]);
    const good = await reportFile([0, 0]);
    const reasonOf = (input: Uint8Array): string => {
      const v = verifyReportBytes(input, library);
      return v.status === 'unreadable' ? v.reason : v.status;
    };
    expect(reasonOf(new Uint8Array())).toBe('empty');
    expect(reasonOf(new Uint8Array(MAX_REPORT_BYTES + 1))).toBe('too-large');
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...Array.from(JSON.stringify(good)).flatMap((c) => [c.charCodeAt(0), 0]),
    ]);
    expect(reasonOf(utf16)).toBe('encoding');
    expect(reasonOf(new TextEncoder().encode('{"format": "passerelles-report",'))).toBe('not-json');
    expect(reasonOf(jsonBytes({ name: 'another game', score: 12 }))).toBe('not-a-report');
    const long = { ...good, record: { ...(good['record'] as object), choices: new Array(5001).fill(0) } };
    expect(reasonOf(jsonBytes(long))).toBe('too-many-choices');
    const outOfRange = { ...good, record: { ...(good['record'] as object), choices: [0, 7] } };
    expect(reasonOf(jsonBytes(outOfRange))).toBe('does-not-replay');
    const tooMany = { ...good, record: { ...(good['record'] as object), choices: [0, 0, 0] } };
    expect(reasonOf(jsonBytes(tooMany))).toBe('does-not-replay');
    const otherModule = { ...good, record: { ...(good['record'] as object), scenario: 'ailleurs' } };
    expect(reasonOf(jsonBytes(otherModule))).toBe('unknown-module');
    // A UTF-8 byte-order mark is fine.
    expect(reasonOf(new Uint8Array([0xef, 0xbb, 0xbf, ...jsonBytes(good)]))).toBe('verified');
  });
});

describe('verifying a hand-in code', () => {
  const record: PlaythroughRecord = {
    scenario: 'mini',
    storyHash: MINI.storyHash,
    seed: 3,
    locale: 'en',
    choices: [0, 1],
  };

  it('verifies a code by replaying it, and gives the learner it names', async () => {
    const library = storyLibrary([await miniVersion()]);
    const code = encodeHandin({ record, firstName: 'Ana', sessionCode: 'S1', selfRating: { reseau: 'acquis' } });
    const verdict = verifyHandinCode(code, library);
    expect(verdict).toMatchObject({ status: 'verified', origin: 'code', learner: { firstName: 'Ana' } });
    if (verdict.status === 'verified') expect(verdict.replay.report.locale).toBe('en');
  });

  it('refuses a code with one character wrong', async () => {
    const library = storyLibrary([await miniVersion()]);
    const code = encodeHandin({ record, firstName: 'Ana', sessionCode: 'S1', selfRating: {} });
    const last = code.at(-1) === '0' ? '1' : '0';
    expect(verifyHandinCode(code.slice(0, -1) + last, library)).toMatchObject({
      status: 'unreadable',
      reason: 'bad-checksum',
    });
  });

  it('keys a record by everything that makes it', () => {
    expect(recordKey(record)).toBe(recordKey({ ...record, choices: [0, 1] }));
    expect(recordKey(record)).not.toBe(recordKey({ ...record, choices: [1, 0] }));
    expect(recordKey(record)).not.toBe(recordKey({ ...record, seed: 4 }));
  });
});
