// The class a trainer collects, in Node: what each report handed in becomes (its key, what is kept
// to verify it again), the same record counted once, the class file, the figures named in plain
// words, and the loading of story versions through the catalogue.
import { describe, expect, it } from 'vitest';
import { classEntryOf } from '../../../src/trainer/class-entry.ts';
import type { ClassEntry, ClassStorage } from '../../../src/trainer/class-store.ts';
import {
  classFile,
  memoryClassStorage,
  mergeIntoClass,
  readClassFile,
  storeAsTheyCome,
  verifierStamp,
} from '../../../src/trainer/class-store.ts';
import { figureOf, figureValue } from '../../../src/trainer/figures.ts';
import { encodeHandin } from '../../../src/trainer/handin-code.ts';
import { MAX_REPORT_BYTES } from '../../../src/trainer/report-file.ts';
import { catalogueIndex, loadStoryVersion } from '../../../src/trainer/verify-client.ts';
import type { VerifyInput } from '../../../src/trainer/verify-protocol.ts';
import { storyLibrary, verifyReportBytes } from '../../../src/trainer/verify-report.ts';
import type { StoryLibrary } from '../../../src/trainer/verify-report.ts';
import { codeLines } from '../../../src/trainer/codes.ts';
import { miniEntry } from '../state-fixture.ts';
import { jsonBytes, miniReportFile } from './report-fixture.ts';

const MINI = miniEntry();
const AT = '2026-03-03T10:00:00.000Z';
const NAME = '<script>alert("x")</script> Zoé';

async function library(): Promise<StoryLibrary> {
  const version = await loadStoryVersion([MINI], 'mini', MINI.storyHash);
  if (!version) throw new Error('the mini fixture has no current version');
  return storyLibrary([version]);
}

const LEARNER = { firstName: NAME, sessionCode: 'BTS-A', selfRating: { ethique: 'acquis' as const }, reflection: '' };

async function reportBytes(
  choices: number[],
  seed = 9,
  edit?: (report: { principles: { id: string; points: number }[] }) => void,
): Promise<Uint8Array<ArrayBuffer>> {
  const file = await miniReportFile(choices, seed, LEARNER);
  edit?.(file['report'] as { principles: { id: string; points: number }[] });
  return jsonBytes(file);
}

const fileInput = (
  name: string,
  bytes: Uint8Array<ArrayBuffer> | null,
  size = bytes?.byteLength ?? 0,
): VerifyInput => ({
  kind: 'file',
  name,
  size,
  bytes,
  addedAt: AT,
});

const codeInput = (code: string, via: 'typed' | 'camera' = 'typed'): VerifyInput => ({
  kind: 'code',
  code,
  via,
  addedAt: AT,
});

describe('a report handed in, as the class keeps it', () => {
  it('is keyed by its record, so that the file and the code of one playthrough are one entry', async () => {
    const lib = await library();
    const fromFile = classEntryOf(fileInput('zoe.json', await reportBytes([0, 0])), lib);
    const code = encodeHandin({
      record: { scenario: 'mini', storyHash: MINI.storyHash, seed: 9, locale: 'fr', choices: [0, 0] },
      firstName: NAME,
      sessionCode: 'BTS-A',
      selfRating: { ethique: 'acquis' },
    });
    const fromCode = classEntryOf(codeInput(code, 'camera'), lib);
    expect(fromFile.verdict.status).toBe('verified');
    expect(fromCode.verdict.status).toBe('verified');
    expect(fromCode.key).toBe(fromFile.key);
    // Another playthrough (another choice) is another learner.
    const other = classEntryOf(fileInput('lea.json', await reportBytes([1, 0])), lib);
    expect(other.key).not.toBe(fromFile.key);
    // The learner's fields come from what was handed in, as data.
    expect(fromCode.firstName).toBe(NAME);
    expect(fromFile.sessionCode).toBe('BTS-A');
    expect(fromFile.selfRating).toEqual({ ethique: 'acquis' });
    expect(fromCode.source).toEqual({ kind: 'code', code, via: 'camera' });
  });

  it('keeps the file of a report (to verify it again), and nothing of a file that is no report', async () => {
    const lib = await library();
    const bytes = await reportBytes([0, 1]);
    const entry = classEntryOf(fileInput('zoe.json', bytes), lib);
    expect(entry.source).toEqual({ kind: 'file', name: 'zoe.json', bytes });
    const junk = classEntryOf(fileInput('notes.json', new TextEncoder().encode('{"hello": 1}')), lib);
    expect(junk.verdict.status).toBe('unreadable');
    expect(junk.source).toEqual({ kind: 'file', name: 'notes.json', bytes: null });
  });

  it('keeps of the replay only the figures the class reads, the same as the whole report gives', async () => {
    const lib = await library();
    const bytes = await reportBytes([0, 1]);
    const entry = classEntryOf(fileInput('zoe.json', bytes), lib);
    const whole = verifyReportBytes(bytes, lib);
    if (entry.verdict.status !== 'verified' || whole.status !== 'verified') throw new Error('not verified');
    const { report, decisions } = entry.verdict.replay;
    expect(Object.keys(report).sort()).toEqual(['beneficiaries', 'principles', 'scenario']);
    expect(report.scenario).toEqual({ id: 'mini' });
    expect(report.principles).toEqual(
      whole.replay.report.principles.map((p) => ({ id: p.id, level: p.level, percent: p.percent })),
    );
    expect(report.beneficiaries).toEqual(whole.replay.report.beneficiaries);
    expect(decisions).toEqual(whole.replay.decisions.map((d) => ({ site: d.site, offered: d.offered })));
  });

  it('flags an edited figure as altered, and the edited file is the same learner as the original', async () => {
    const lib = await library();
    const original = classEntryOf(fileInput('zoe.json', await reportBytes([1, 0])), lib);
    const edited = classEntryOf(
      fileInput(
        'zoe-edited.json',
        await reportBytes([1, 0], 9, (report) => {
          const p = report.principles.find((x) => x.id === 'ethique');
          if (p) p.points += 5;
        }),
      ),
      lib,
    );
    expect(edited.verdict.status).toBe('altered');
    expect(edited.key).toBe(original.key);
  });

  it('refuses a file over the size limit unread, and tells junk apart by name and size', () => {
    const lib = storyLibrary([]);
    const huge = classEntryOf(fileInput('huge.json', null, 50 * 1024 * 1024), lib);
    expect(huge.verdict).toMatchObject({ status: 'unreadable', reason: 'too-large' });
    expect(MAX_REPORT_BYTES).toBe(5 * 1024 * 1024);
    const empty = classEntryOf(fileInput('empty.json', new Uint8Array(0)), lib);
    expect(empty.verdict).toMatchObject({ status: 'unreadable', reason: 'empty' });
    expect(empty.key).not.toBe(huge.key);
    // The same junk file twice is one entry.
    expect(classEntryOf(fileInput('empty.json', new Uint8Array(0)), lib).key).toBe(empty.key);
  });

  it('refuses a code with one character wrong, and keeps the code to be corrected', async () => {
    const lib = await library();
    const code = encodeHandin({
      record: { scenario: 'mini', storyHash: MINI.storyHash, seed: 3, locale: 'en', choices: [1, 1] },
      firstName: 'Léa',
      sessionCode: '',
      selfRating: {},
    });
    const at = code.length - 3;
    const wrong = `${code.slice(0, at)}${code[at] === '7' ? '8' : '7'}${code.slice(at + 1)}`;
    const entry = classEntryOf(codeInput(wrong), lib);
    expect(entry.verdict).toMatchObject({ status: 'unreadable', reason: 'bad-checksum' });
    expect(entry.source).toEqual({ kind: 'code', code: wrong, via: 'typed' });
    expect(classEntryOf(codeInput(code), lib).verdict.status).toBe('verified');
  });
});

/** An entry for the class's own bookkeeping (which never looks at the verdict). */
function entry(key: string): ClassEntry {
  return {
    key,
    source: { kind: 'code', code: `PAS1-${key}`, via: 'typed' },
    addedAt: AT,
    firstName: key,
    sessionCode: '',
    selfRating: {},
    verdict: { status: 'unreadable', origin: 'code', reason: 'bad-checksum', detail: '', learner: null },
  };
}

describe('the class', () => {
  it('counts the same record once, keeps the first copy, and says how many were already there', () => {
    const first = mergeIntoClass([], [entry('a'), entry('b'), entry('a')]);
    expect(first.entries.map((e) => e.key)).toEqual(['a', 'b']);
    expect(first.added.map((e) => e.key)).toEqual(['a', 'b']);
    expect(first.duplicates.map((e) => e.key)).toEqual(['a']);
    const again = mergeIntoClass(first.entries, [{ ...entry('b'), firstName: 'copy' }, entry('c')]);
    expect(again.entries.map((e) => e.key)).toEqual(['a', 'b', 'c']);
    expect(again.entries.find((e) => e.key === 'b')?.firstName).toBe('b');
    expect(again.duplicates).toHaveLength(1);
  });

  it('goes to a class file with what was handed in (no verdict) and comes back from it', () => {
    const report = '{"format":"passerelles-report","note":"« À bientôt ! »"}';
    const kept: ClassEntry = {
      ...entry('f'),
      source: { kind: 'file', name: 'zoe.json', bytes: new TextEncoder().encode(report) },
    };
    const junk: ClassEntry = { ...entry('j'), source: { kind: 'file', name: 'x.json', bytes: null } };
    const text = classFile([entry('a'), kept, junk], new Date(AT));
    expect(text).not.toContain('verdict');
    const read = readClassFile(JSON.parse(text));
    expect(read).toEqual({
      ok: true,
      entries: [
        { addedAt: AT, source: entry('a').source },
        { addedAt: AT, source: { kind: 'file', name: 'zoe.json', json: report } },
      ],
    });
    expect(readClassFile({ format: 'passerelles-report' })).toEqual({ ok: false });
    expect(readClassFile(JSON.parse(text.replace('"typed"', '"carrier-pigeon"')))).toEqual({ ok: false });
  });

  it('is stamped with the versions the game can verify: another build verifies the class again', () => {
    const stamp = verifierStamp([MINI]);
    expect(verifierStamp([MINI])).toBe(stamp);
    expect(verifierStamp([{ ...MINI, storyHash: '0123456789abcdef' }])).not.toBe(stamp);
    expect(
      verifierStamp([{ ...MINI, archive: { '0123456789abcdef': () => Promise.reject(new Error('unused')) } }]),
    ).not.toBe(stamp);
  });

  it('is stored while an import goes on, a batch at a time, and taken back out if the import stops', async () => {
    const saved: string[][] = [];
    const memory = memoryClassStorage();
    const storage: ClassStorage = {
      ...memory,
      save: (entries, stamp) => {
        saved.push(entries.map((e) => e.key));
        return memory.save(entries, stamp);
      },
    };
    const storing = storeAsTheyCome(storage, 'stamp-1', 2);
    for (const key of ['a', 'b', 'c']) storing.add(entry(key));
    await Promise.resolve();
    // The first two are on their way before the import ends; the third waits for the end.
    expect(saved).toEqual([['a', 'b']]);
    await storing.finish();
    expect(saved).toEqual([['a', 'b'], ['c']]);
    expect(await memory.load()).toMatchObject({ stamp: 'stamp-1' });
    expect((await memory.load()).entries.map((e) => e.key).sort()).toEqual(['a', 'b', 'c']);

    await memory.save([entry('z')], 'stamp-1');
    const stopped = storeAsTheyCome(storage, 'stamp-1', 2);
    for (const key of ['d', 'e', 'f']) stopped.add(entry(key));
    await stopped.undo();
    // What the stopped import stored is gone; what was there before stays.
    expect((await memory.load()).entries.map((e) => e.key).sort()).toEqual(['a', 'b', 'c', 'z']);
  });

  it('says so when storing fails, and takes back out what it had stored', async () => {
    const memory = memoryClassStorage();
    let calls = 0;
    const storage: ClassStorage = {
      ...memory,
      save: (entries, stamp) => {
        calls += 1;
        return calls === 2 ? Promise.reject(new Error('disk full')) : memory.save(entries, stamp);
      },
    };
    const storing = storeAsTheyCome(storage, 'stamp-1', 1);
    for (const key of ['a', 'b', 'c']) storing.add(entry(key));
    await expect(storing.finish()).rejects.toThrow('disk full');
    await storing.undo();
    expect((await memory.load()).entries).toEqual([]);
  });

  it('is stored by key, replaced by key, removed and cleared', async () => {
    const storage = memoryClassStorage();
    await storage.save([entry('a'), entry('b')], 'stamp-1');
    await storage.save([{ ...entry('a'), firstName: 'Zoé' }], 'stamp-2');
    let loaded = await storage.load();
    expect(loaded.stamp).toBe('stamp-2');
    expect(loaded.entries.map((e) => e.firstName).sort()).toEqual(['Zoé', 'b']);
    await storage.remove('b');
    loaded = await storage.load();
    expect(loaded.entries.map((e) => e.key)).toEqual(['a']);
    await storage.clear();
    expect(await storage.load()).toEqual({ entries: [], stamp: null });
  });
});

describe('the catalogue as the worker sees it', () => {
  it('lists every module with its current and archived versions, and loads a version by hash', async () => {
    const archived = '00112233445566aa';
    const entryWithArchive = {
      ...MINI,
      archive: {
        [archived]: () =>
          Promise.resolve({
            format: 'passerelles-story-version' as const,
            formatVersion: 1 as const,
            storyHash: archived,
            rules: 'r',
            scenario: MINI.scenario,
            ink: { fr: 'FR', en: 'EN' },
            bounds: MINI.bounds,
          }),
      },
    };
    expect(catalogueIndex([entryWithArchive])).toEqual({
      modules: [{ id: 'mini', current: MINI.storyHash, archived: [archived] }],
    });
    const old = await loadStoryVersion([entryWithArchive], 'mini', archived);
    expect(old).toMatchObject({ storyHash: archived, json: { fr: 'FR', en: 'EN' } });
    const current = await loadStoryVersion([entryWithArchive], 'mini', MINI.storyHash);
    expect(current?.json.fr).toBe(await MINI.load.fr());
    expect(await loadStoryVersion([entryWithArchive], 'mini', 'ffffffffffffffff')).toBeNull();
    expect(await loadStoryVersion([entryWithArchive], 'dumas', MINI.storyHash)).toBeNull();
  });
});

describe('the figures of a difference, in words', () => {
  it('names the subject and the figure of each path the comparison writes', () => {
    expect(figureOf('principles.ethique.points')).toEqual({
      subject: { kind: 'principle', id: 'ethique' },
      figure: 'points',
    });
    expect(figureOf('principles.reseau.evidence.length')).toEqual({
      subject: { kind: 'principle', id: 'reseau' },
      figure: 'evidence',
    });
    expect(figureOf('beneficiaries.dumas.solved').subject).toEqual({ kind: 'beneficiary', id: 'dumas' });
    expect(figureOf('network.partners.cfp.trust')).toEqual({
      subject: { kind: 'partner', id: 'cfp' },
      figure: 'trust',
    });
    expect(figureOf('network.bonds.cfp|mission_locale')).toEqual({
      subject: { kind: 'bond', a: 'cfp', b: 'mission_locale' },
      figure: 'bond',
    });
    expect(figureOf('timeline.length').figure).toBe('timeline');
    expect(figureOf('week')).toEqual({ subject: { kind: 'game' }, figure: 'week' });
    expect(figureOf('something.new').figure).toBe('other');
  });

  it('writes values short, a missing claim as missing', () => {
    expect(figureValue(undefined, 'absent', 'oui', 'non')).toBe('absent');
    expect(figureValue(true, 'absent', 'oui', 'non')).toBe('oui');
    expect(figureValue(['emploi', 'sante'], 'absent', 'oui', 'non')).toBe('emploi, sante');
    expect(figureValue('x'.repeat(100), 'absent', 'oui', 'non')).toHaveLength(60);
  });
});

describe('the codes box', () => {
  it('takes one code per line, trimmed, blank lines left out', () => {
    expect(codeLines('  PAS1-AAAA \r\n\n PAS1-BBBB\n   \n')).toEqual(['PAS1-AAAA', 'PAS1-BBBB']);
    expect(codeLines('')).toEqual([]);
  });
});
