// The class as a spreadsheet: one row per learner. French spreadsheets expect `;` between fields (the
// comma is their decimal mark) and a byte-order mark to read UTF-8; English ones expect `,`. Fields are
// quoted as RFC 4180 says, and what learners typed can never be read as a formula.
import { PRINCIPLES } from '../engine/ids.ts';
import type { Locale, PrincipleId } from '../engine/ids.ts';
import type { Level } from '../engine/principles.ts';
import { levelOfRating, moduleOf, normaliseSession } from './class-summary.ts';
import type { ClassEntryInput, VerdictStatus } from './class-summary.ts';

export interface CsvDialect {
  readonly separator: ';' | ',';
  readonly bom: boolean;
}

export function dialectOf(locale: Locale): CsvDialect {
  switch (locale) {
    case 'fr':
      return { separator: ';', bom: true };
    case 'en':
      return { separator: ',', bom: false };
  }
}

/**
 * A text a spreadsheet would run as a formula (it starts with = + - @, or a tab or carriage return
 * that some spreadsheets skip) gets a leading apostrophe, so that it is shown as typed.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function field(value: string | number, separator: string): string {
  const text = String(value);
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows to CSV text: fields quoted where needed, quotes doubled, CRLF between records. */
export function formatCsv(rows: readonly (readonly (string | number)[])[], dialect: CsvDialect): string {
  const body = rows.map((row) => row.map((v) => field(v, dialect.separator)).join(dialect.separator)).join('\r\n');
  return `${dialect.bom ? '\uFEFF' : ''}${body}\r\n`;
}

export interface CsvLabels {
  readonly firstName: string;
  readonly session: string;
  readonly module: string;
  readonly status: string;
  percent(principle: PrincipleId): string;
  level(principle: PrincipleId): string;
  selfRating(principle: PrincipleId): string;
  statusName(status: VerdictStatus): string;
  levelName(level: Level): string;
  moduleTitle(module: string): string;
}

export interface ClassCsvOptions {
  readonly locale: Locale;
  readonly labels: CsvLabels;
  /** Only this module, and the unreadable reports whose module is unknown (null: every module). */
  readonly module?: string | null;
  /** Only this session code (null or '': every session). */
  readonly session?: string | null;
}

/**
 * One row per learner: first name, session, module, status, then for each principle the replayed
 * percentage and level (verified reports only: other statuses leave them empty) and the self-rating.
 */
export function classCsv(entries: readonly ClassEntryInput[], options: ClassCsvOptions): string {
  const { labels } = options;
  const session = options.session ? normaliseSession(options.session) : null;
  const rows = entries.filter(
    (e) =>
      (options.module === undefined || options.module === null || (moduleOf(e) ?? options.module) === options.module) &&
      (session === null || normaliseSession(e.sessionCode) === session),
  );
  const used = new Set<PrincipleId>();
  for (const e of rows) {
    for (const p of e.verdict.replay?.report.principles ?? []) used.add(p.id);
    for (const p of PRINCIPLES) if (e.selfRating[p] !== undefined) used.add(p);
  }
  const principles = PRINCIPLES.filter((p) => used.has(p));

  const header = [
    labels.firstName,
    labels.session,
    labels.module,
    labels.status,
    ...principles.flatMap((p) => [labels.percent(p), labels.level(p), labels.selfRating(p)]),
  ];
  const body = rows.map((e) => {
    const module = moduleOf(e);
    const report = e.verdict.status === 'verified' ? e.verdict.replay?.report : undefined;
    return [
      neutraliseFormula(e.firstName),
      neutraliseFormula(e.sessionCode),
      module === null ? '' : labels.moduleTitle(module),
      labels.statusName(e.verdict.status),
      ...principles.flatMap((p) => {
        const measured = report?.principles.find((x) => x.id === p);
        const self = levelOfRating(e.selfRating[p]);
        return [
          measured?.percent ?? '',
          measured ? labels.levelName(measured.level) : '',
          self === null ? '' : labels.levelName(self),
        ];
      }),
    ];
  });
  return formatCsv([header, ...body], dialectOf(options.locale));
}
