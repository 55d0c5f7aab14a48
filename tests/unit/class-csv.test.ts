// The class as CSV: the byte-order mark and separator per language, RFC 4180 quoting, formulas in
// first names neutralised, figures only from verified reports.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PrincipleId } from '../../src/engine/ids.ts';
import { levelOf } from '../../src/engine/principles.ts';
import type { PrincipleReport } from '../../src/engine/report.ts';
import type { SelfRating } from '../../src/state/learner.ts';
import type { ClassEntryInput, VerdictStatus } from '../../src/trainer/class-summary.ts';
import { classCsv, formatCsv, neutraliseFormula } from '../../src/trainer/csv.ts';
import type { CsvLabels } from '../../src/trainer/csv.ts';
import type { Verdict } from '../../src/trainer/verify-report.ts';

const LABELS: CsvLabels = {
  firstName: 'Prénom',
  session: 'Session',
  module: 'Module',
  status: 'Statut',
  percent: (p) => `${p} %`,
  level: (p) => `${p} niveau`,
  selfRating: (p) => `${p} auto`,
  statusName: (s) => `[${s}]`,
  levelName: (l) => l.toUpperCase(),
  moduleTitle: (m) => `Module ${m}`,
};

const principle = (id: PrincipleId, percent: number): PrincipleReport => {
  const level = levelOf(percent);
  return { id, name: id, level, levelName: level, percent, points: 0, best: 0, worst: 0, section: '', evidence: [] };
};

function learner(firstName: string, status: VerdictStatus = 'verified', sessionCode = 'BTS-A'): ClassEntryInput {
  const report = {
    scenario: { id: 'dumas', version: 1, title: 'Dumas' },
    principles: [principle('reseau', 75), principle('ethique', 20)],
    beneficiaries: [],
  };
  return {
    key: firstName,
    firstName,
    sessionCode,
    selfRating: { reseau: 'maitrise' },
    verdict:
      status === 'unreadable'
        ? { status }
        : status === 'other-version'
          ? { status, record: { scenario: 'dumas' } }
          : { status, record: { scenario: 'dumas' }, replay: { report, decisions: [] } },
  };
}

/** A minimal RFC 4180 reader, to read back what was written. */
function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] ?? '';
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === separator) {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += ch;
  }
  return rows;
}

describe('the class CSV', () => {
  it('is UTF-8 with a byte-order mark and « ; » in French, plain « , » in English', () => {
    const fr = classCsv([learner('Amina')], { locale: 'fr', labels: LABELS });
    const en = classCsv([learner('Amina')], { locale: 'en', labels: LABELS });
    expect(fr.startsWith('\uFEFFPrénom;Session;Module;Statut;reseau %;reseau niveau;reseau auto;ethique %;')).toBe(
      true,
    );
    expect(en.startsWith('Prénom,Session,Module,Statut,reseau %,')).toBe(true);
    expect([...new TextEncoder().encode(fr).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(fr.split('\r\n')[1]).toBe('Amina;BTS-A;Module dumas;[verified];75;ACQUIS;MAITRISE;20;NON_ACQUIS;');
  });

  it('gives figures from verified reports only, and still a row for every learner', () => {
    const csv = classCsv(
      [learner('A'), learner('B', 'altered'), learner('C', 'other-version'), learner('D', 'unreadable')],
      { locale: 'en', labels: LABELS, module: 'dumas' },
    );
    const rows = parseCsv(csv, ',');
    expect(rows.map((r) => r[0])).toEqual(['Prénom', 'A', 'B', 'C', 'D']);
    expect(rows[2]).toEqual(['B', 'BTS-A', 'Module dumas', '[altered]', '', '', 'MAITRISE', '', '', '']);
    // The unreadable report's module is unknown: it is listed, with no module.
    expect(rows[4]?.slice(0, 4)).toEqual(['D', 'BTS-A', '', '[unreadable]']);
  });

  it('keeps the session asked for, whatever its case', () => {
    const csv = classCsv([learner('A', 'verified', 'bts-a'), learner('B', 'verified', 'BTS-B')], {
      locale: 'en',
      labels: LABELS,
      session: 'BTS-A',
    });
    expect(parseCsv(csv, ',').map((r) => r[0])).toEqual(['Prénom', 'A']);
  });

  it('puts an apostrophe before a first name that a spreadsheet would run as a formula', () => {
    for (const name of ['=1+1', '+33 6', '-2', '@SUM(A1)', '\tcmd', '=HYPERLINK("http://x","y")']) {
      expect(neutraliseFormula(name)).toBe(`'${name}`);
    }
    for (const name of ['Amina', 'Jean-Luc', "O'Neil", '1=1', 'Zoé =']) {
      expect(neutraliseFormula(name)).toBe(name);
    }
    const csv = classCsv([learner('=HYPERLINK("http://x";"y")'), learner('@Chloé', 'verified', '+BTS')], {
      locale: 'fr',
      labels: LABELS,
    });
    const rows = parseCsv(csv.slice(1), ';');
    expect(rows[1]?.[0]).toBe('\'=HYPERLINK("http://x";"y")');
    expect(rows[2]?.slice(0, 2)).toEqual(["'@Chloé", "'+BTS"]);
  });

  it('quotes as RFC 4180 says: any text comes back field for field, and no field starts a formula', () => {
    const text = fc.string({
      unit: fc.constantFrom('a', 'é', ';', ',', '"', '\n', '\r', ' ', '=', '+', '-', '@'),
      maxLength: 12,
    });
    fc.assert(
      fc.property(
        fc.array(fc.array(text, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }),
        fc.constantFrom(';', ','),
        (rows, separator) => {
          const width = rows[0]?.length ?? 1;
          const table = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
          const csv = formatCsv(table, { separator: separator, bom: false });
          expect(parseCsv(csv, separator)).toEqual(table);
        },
      ),
    );
    fc.assert(
      fc.property(text, (name) => {
        const row = parseCsv(classCsv([learner(name)], { locale: 'fr', labels: LABELS }).slice(1), ';')[1];
        expect(row?.[0]).not.toMatch(/^[=+\-@\t\r]/);
        expect(row?.[0]?.replace(/^'(?=[=+\-@\t\r])/, '')).toBe(name);
      }),
    );
  });
});

describe('what the class dashboard reads', () => {
  it('fits the verifier’s verdicts and the learner’s self-rating', () => {
    // Checked by the compiler: a verdict and a self-rating as the trainer space stores them are entries.
    const fits = (verdict: Verdict, selfRating: SelfRating): ClassEntryInput => ({
      key: 'k',
      firstName: 'A',
      sessionCode: 'S',
      selfRating,
      verdict,
    });
    const entry = fits(
      { status: 'unreadable', origin: 'file', reason: 'not-json', detail: '', learner: null },
      { reseau: 'acquis' },
    );
    expect(classCsv([entry], { locale: 'en', labels: LABELS }).split('\r\n')[1]).toBe('A,S,,[unreadable],,,ACQUIS');
  });
});
