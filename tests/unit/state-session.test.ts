import { describe, expect, it } from 'vitest';
import { compareReports } from '../../src/engine/verify.ts';
import { readReportFile } from '../../src/trainer/report-file.ts';
import { Runner } from '../../src/narrative/runner.ts';
import { EMPTY_LEARNER } from '../../src/state/learner.ts';
import { loadStory, PlaySession } from '../../src/state/play-session.ts';
import { checkSave, saveKey } from '../../src/state/saves.ts';
import { memoryStorage } from '../../src/state/storage.ts';
import type { ScenarioEntry } from '../../src/content/catalogue.ts';
import { NarrativeError } from '../../src/narrative/errors.ts';
import { compileInk } from '../../src/narrative/compile.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scenario } from './helpers.ts';
import { miniEntry } from './state-fixture.ts';

const clock = (): (() => Date) => {
  let t = Date.UTC(2025, 0, 6, 9, 0, 0);
  return () => new Date((t += 1000));
};

const lastText = (session: PlaySession): string => session.store.getState().transcript.at(-1)?.text ?? '';

/** A story with a fault on one branch: a tag no checked story holds, met when "Mal" is taken. */
const FAULTY =
  'Bonjour. # speaker: ana\n* [Bien] Ça va.\n  Suite. # end\n  -> END\n* [Mal] Oups.\n  Encore. # colour: red\n  -> END\n';
const FAULTY_LATER = '* [Un] Un.\n  Deux.\n  Trois. # colour: red\n  -> END\n';

function inlineEntry(ink: string): ScenarioEntry {
  const dir = mkdtempSync(join(tmpdir(), 'passerelles-session-'));
  writeFileSync(join(dir, 'fr.ink'), ink);
  const json = compileInk(join(dir, 'fr.ink'), dir).json;
  return {
    scenario: scenario(),
    storyHash: 'h',
    bounds: {},
    load: { fr: () => Promise.resolve(json), en: () => Promise.resolve(json) },
    archive: {},
    decisions: () => Promise.reject(new Error('no decision map here')),
  };
}

describe('PlaySession', () => {
  it('shows the first line and reads ahead to the choices', async () => {
    const storage = memoryStorage();
    const session = await PlaySession.start(miniEntry(), 'fr', EMPTY_LEARNER, 7, { storage, now: clock() });
    const s = session.store.getState();
    expect(s.transcript).toEqual([{ kind: 'line', text: 'Bonjour.', speaker: 'ana', mood: 'neutral', terms: [] }]);
    expect(s.awaiting).toBe('choices');
    expect(s.choices.map((c) => c.text)).toEqual(['Demander son accord', 'Envoyer le dossier']);
    expect(s.choices[1]?.place).toBe('cfp');
    expect(storage.getItem(saveKey('mini'))).not.toBeNull();
  });

  it('keeps the engine state of the line on screen, not of the line read ahead', async () => {
    const session = await PlaySession.start(miniEntry(), 'fr', EMPTY_LEARNER, 7, {
      storage: memoryStorage(),
      now: clock(),
    });
    session.choose(0);
    const s = session.store.getState();
    expect(lastText(session)).toBe('Vous demandez.');
    expect(s.engine.beneficiaries['ana']?.consent).toBe(true);
    expect(s.awaiting).toBe('continue');
    // The next line ("Confiance : 50.") was read ahead, with the score tag just above it: not shown yet.
    expect(s.transcript.map((e) => e.kind)).toEqual(['line', 'choice', 'line']);
    expect(s.engine.evidence).toEqual([]);
    expect(s.feedback.items).toEqual([]);
    session.continue();
    expect(session.store.getState().feedback.items).toEqual([{ kind: 'evidence', principle: 'ethique', points: 2 }]);
    expect(session.store.getState().engine.evidence).toHaveLength(1);
  });

  it('plays to the end and builds a report that a replay of its record verifies', async () => {
    const session = await PlaySession.start(miniEntry(), 'fr', EMPTY_LEARNER, 11, {
      storage: memoryStorage(),
      now: clock(),
    });
    session.choose(1);
    session.continue();
    session.choose(0);
    while (session.store.getState().awaiting === 'continue') session.continue();
    const s = session.store.getState();
    expect(s.awaiting).toBe('end');
    expect(s.finishedAt).not.toBeNull();
    const exported = session.exportReport();
    expect(exported.record.choices).toEqual([1, 0]);
    const compiled = await loadStory(miniEntry(), exported.record.locale);
    // A finished playthrough is replayed to its end.
    const replayed = Runner.replay(compiled, exported.record, { stepsAfter: Number.MAX_SAFE_INTEGER });
    const { buildReport } = await import('../../src/engine/report.ts');
    const actual = buildReport({
      scenario: compiled.scenario,
      state: replayed.state,
      bounds: miniEntry().bounds,
      locale: exported.report.locale,
      storyHash: compiled.storyHash,
      seed: exported.record.seed,
    });
    expect(compareReports(actual, JSON.parse(JSON.stringify(exported.report)))).toEqual([]);
    expect(exported.report.principles.find((p) => p.id === 'ethique')?.points).toBeLessThan(0);
  });

  it('resumes a save at the same line, awaiting the same thing', async () => {
    const storage = memoryStorage();
    const first = await PlaySession.start(miniEntry(), 'fr', EMPTY_LEARNER, 3, { storage, now: clock() });
    first.choose(0);
    const before = first.store.getState();
    const check = checkSave(storage.getItem(saveKey('mini')) ?? '', 'mini', miniEntry().storyHash);
    if (!check.ok) throw new Error(check.reason);
    const resumed = await PlaySession.fromRecord(miniEntry(), check.envelope, { storage, now: clock() });
    const after = resumed.store.getState();
    expect(after.transcript).toEqual(before.transcript);
    expect(after.awaiting).toBe(before.awaiting);
    expect(after.engine).toEqual(before.engine);
    resumed.continue();
    expect(lastText(resumed)).toBe('Confiance : 50.');
    expect(resumed.store.getState().awaiting).toBe('choices');
  });

  it('switches language mid-story at the same point, with the same state', async () => {
    const session = await PlaySession.start(miniEntry(), 'fr', EMPTY_LEARNER, 5, {
      storage: memoryStorage(),
      now: clock(),
    });
    session.choose(0);
    const before = session.store.getState();
    await session.setLocale('en');
    const after = session.store.getState();
    expect(after.locale).toBe('en');
    expect(after.transcript.map((e) => e.text)).toEqual(['Hello.', 'Ask consent', 'You ask.']);
    expect(after.awaiting).toBe(before.awaiting);
    expect(after.engine.evidence).toEqual(before.engine.evidence);
    session.continue();
    expect(lastText(session)).toBe('Trust: 50.');
    await session.setLocale('fr');
    expect(session.store.getState().transcript.map((e) => e.text)).toEqual([
      'Bonjour.',
      'Demander son accord',
      'Vous demandez.',
      'Confiance : 50.',
    ]);
    expect(session.store.getState().awaiting).toBe('choices');
  });

  it('puts the playthrough back as it was when the story fails on a choice, and lets the learner go on', async () => {
    const storage = memoryStorage();
    const session = await PlaySession.start(inlineEntry(FAULTY), 'fr', EMPTY_LEARNER, 2, { storage, now: clock() });
    const before = session.store.getState();
    const savedBefore = storage.getItem(saveKey('test'));
    expect(before.awaiting).toBe('choices');
    // "Oups." is shown, then reading ahead meets a tag the story should never hold.
    expect(() => {
      session.choose(1);
    }).toThrow(expect.objectContaining({ kind: 'bad-tag' }));
    expect(session.store.getState()).toBe(before);
    expect(session.record.choices).toEqual([]);
    expect(JSON.parse(storage.getItem(saveKey('test')) ?? '')).toMatchObject({ record: { choices: [] }, steps: 1 });
    expect(savedBefore).not.toBeNull();
    // The same choice fails the same way; another one goes on.
    expect(() => {
      session.choose(1);
    }).toThrow(NarrativeError);
    session.choose(0);
    expect(lastText(session)).toBe('Ça va.');
    session.continue();
    expect(lastText(session)).toBe('Suite.');
    expect(session.store.getState().awaiting).toBe('end');
    expect(session.record.choices).toEqual([0]);
  });

  it('puts the playthrough back as it was when the story fails on continue', async () => {
    const session = await PlaySession.start(inlineEntry(FAULTY_LATER), 'fr', EMPTY_LEARNER, 2, {
      storage: memoryStorage(),
      now: clock(),
    });
    session.choose(0);
    const before = session.store.getState();
    expect(before.awaiting).toBe('continue');
    expect(() => {
      session.continue();
    }).toThrow(expect.objectContaining({ kind: 'bad-tag' }));
    expect(session.store.getState()).toBe(before);
    expect(lastText(session)).toBe('Un.');
  });

  it('puts learner details and the self-rating in the export, only for assessed principles', async () => {
    const learner = {
      firstName: '<b>Zoé</b>',
      sessionCode: 'BTS-2',
      selfRating: { ethique: 'acquis', equipe: 'maitrise' } as const,
    };
    const session = await PlaySession.start(miniEntry(), 'fr', learner, 1, { storage: memoryStorage(), now: clock() });
    session.setReflection('Demander avant de transmettre.');
    const exported = session.exportReport();
    expect(exported.learner).toEqual({
      firstName: '<b>Zoé</b>',
      sessionCode: 'BTS-2',
      selfRating: { ethique: 'acquis' },
      reflection: 'Demander avant de transmettre.',
    });
    // The file is what the trainer space reads back: the versioned format, whole.
    const read = readReportFile(JSON.parse(JSON.stringify(exported)));
    expect(read.ok && read.file.learner.firstName).toBe('<b>Zoé</b>');
    expect(exported).toMatchObject({ format: 'passerelles-report', formatVersion: 2 });
  });
});
