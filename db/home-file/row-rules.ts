import type { Database } from 'better-sqlite3-multiple-ciphers';
import { z } from 'zod';
import type { HomeFile } from '../../contract/home-file';
import { EARLIEST_DATE } from '../../contract/rules/dates';
import { normaliseText } from '../../contract/normalise-input';
import { EARLIEST_QUARTER, QUARTER_PATTERN } from '../../contract/rules/quarters';
import { NOTE_MAX } from '../../contract/review';
import { itemNoteInput, saveAgendaInput } from '../../contract/team-meeting';
import { openRoundInput } from '../../contract/team-rating';
import { MONTH_PATTERN, STANDARD_COMMENT_MAX } from '../../contract/reg45-draft';
import { frameworks } from '../framework';
import { damagedFile, rowOf } from './damaged-file';
import { decode } from './home-file';
import { q } from './home-tables';

/**
 * The operations' own rules for what a stored value may be, applied to each row of a home file before
 * anything is written. The database's CHECKs cover ranges and lists of words; these cover what they do
 * not: real dates, known framework versions, the shape of JSON columns, and the longest text any
 * operation accepts, so a forged file cannot store what the app could never have saved.
 */
type Rule = z.ZodType;

/** The same calendar date the operations' homeDate accepts, with words for a file rather than a form. */
const date = z.iso
  .date({ error: 'not a real date' })
  .refine((d) => d >= EARLIEST_DATE, { error: 'a date before 2000' });
const quarter = z
  .string()
  .regex(QUARTER_PATTERN, { error: 'not a quarter' })
  .refine((value) => value >= EARLIEST_QUARTER, { error: 'a quarter before 2000' });
/** A moment the app recorded: an ISO timestamp in UTC, as SQLite's strftime and toISOString write it. */
const moment = z.iso.datetime({ error: 'not a timestamp' });
const json = (shape: Rule) =>
  z
    .string()
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.issues.push({ code: 'custom', message: 'not JSON', input: text });
        return z.NEVER;
      }
    })
    .pipe(shape);

const BY_COLUMN: Record<string, Rule> = {
  quarter,
  last_quarter: quarter,
  framework_version: z.number().refine((v) => frameworks.some((f) => f.version === v), {
    error: 'a framework version this copy of Hallmarks does not know',
  }),
  first_month: z.string().regex(MONTH_PATTERN, { error: 'not a month' }),
  last_month: z.string().regex(MONTH_PATTERN, { error: 'not a month' }),
  period_start: date,
  period_end: date,
  respond_by: date,
  comply_by: date,
  'team_meetings.agenda_order': json(saveAgendaInput.shape.order),
  'team_meetings.added_items': json(saveAgendaInput.shape.added),
  'team_meetings.item_notes': json(z.record(itemNoteInput.shape.itemId, itemNoteInput.shape.note)),
  'team_rounds.domain_keys': json(openRoundInput.shape.domainKeys),
  'review_indicators.sources': json(z.array(z.string().min(1).max(80)).max(40)),
  'reg45_drafts.standards': json(z.record(z.string().max(3), z.string().max(STANDARD_COMMENT_MAX))),
};

const longText = z
  .string()
  .max(NOTE_MAX, { error: `longer than the ${NOTE_MAX.toLocaleString('en-GB')} characters the app accepts` })
  // The operations drop control characters and half emoji before saving; a file must not bring them.
  .refine((text) => normaliseText(text) === text, { error: 'characters the app never stores' });
const BY_TYPE: Record<string, Rule> = {
  TEXT: longText,
  INTEGER: z.number().int().refine(Number.isSafeInteger, { error: 'too large a number' }),
  REAL: z.number(),
  BLOB: z.instanceof(Buffer),
};

function ruleFor(table: string, column: string, type: string): Rule[] {
  const rules = [BY_TYPE[type.toUpperCase()] ?? z.unknown()];
  const named = BY_COLUMN[`${table}.${column}`] ?? BY_COLUMN[column];
  if (named) rules.push(named);
  else if (/_on$/.test(column)) rules.push(date);
  else if (column === 'at' || /_at$/.test(column)) rules.push(moment);
  return rules;
}

const typesOf = (db: Database, table: string) =>
  new Map(
    (db.prepare(`PRAGMA table_xinfo(${q(table)})`).all() as { name: string; type: string }[]).map((c) => [
      c.name,
      c.type,
    ]),
  );

/** Refuses the file at the first value no operation could have stored, naming the column and row. */
export function checkRows(db: Database, tables: HomeFile['tables']): void {
  for (const [name, table] of Object.entries(tables)) {
    const types = typesOf(db, name);
    const rules = table.columns.map((column) => ruleFor(name, column, types.get(column) ?? ''));
    table.rows.forEach((row, index) => {
      row.forEach((raw, at) => {
        const value = decode(raw);
        if (value === null) return; // NOT NULL is the database's to refuse, inside the same transaction
        for (const rule of rules[at]!) {
          const result = rule.safeParse(value);
          if (!result.success) {
            const why = result.error.issues[0]?.message ?? 'not valid';
            throw damagedFile(`${table.columns[at]}: ${why}`, rowOf(name, index));
          }
        }
      });
    });
  }
}
