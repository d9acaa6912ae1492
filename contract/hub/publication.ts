import { z } from 'zod';
import { NAME_MAX, TEXT_MAX } from '../home-date';
import { NOTE_MAX, REASON_MAX } from '../review';

/**
 * What a home publishes to its provider's hub, shared by the app (which writes it into its outbox) and
 * the hub (which refuses anything else). Lengths are the app's own limits, so nothing the app saves is refused. Strict objects: an unknown field is refused, not ignored, so a
 * home can never smuggle more than this list to the provider.
 */
const text = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => !s.includes('\u0000'), 'Text may not contain NUL');
const date = z.iso.date();
const grade = z.number().int().min(1).max(4).nullable();
const quarter = z.string().regex(/^\d{4}-Q[1-4]$/, 'A quarter looks like 2026-Q3');

const judgement = z.strictObject({ grade, reason: text(REASON_MAX) });

export const reviewSignedOff = z.strictObject({
  kind: z.literal('review.signed_off'),
  quarter,
  signedOn: date,
  overall: grade,
  judgements: z.strictObject({
    experiencesAndProgress: judgement,
    helpedAndProtected: judgement,
    leadersAndManagers: judgement,
  }),
  domains: z.array(z.strictObject({ key: text(80), judgement: grade, reason: text(NOTE_MAX) })).max(20),
  ratings: z
    .array(
      z.strictObject({
        indicatorKey: text(80),
        domainKey: text(80),
        rating: z.number().int().min(0).max(4).nullable(),
        /** The free-text evidence note: present only when the home turned that on in its hub settings. */
        note: text(NOTE_MAX).optional(),
      }),
    )
    .max(1000),
});

export const reviewReopened = z.strictObject({ kind: z.literal('review.reopened'), quarter });

export const actionSaved = z.strictObject({
  kind: z.literal('action.saved'),
  ref: z.number().int().positive(),
  title: text(TEXT_MAX).min(1),
  owner: text(NAME_MAX),
  dueOn: date,
  status: z.enum(['open', 'in_progress', 'done', 'dropped']),
});

export const statutoryItem = z.strictObject({
  kind: z.literal('statutory.item'),
  item: z.enum(['reg44_response', 'ofsted_requirement', 'reg45_report']),
  ref: text(80).min(1),
  title: text(TEXT_MAX).min(1),
  dueOn: date,
  doneOn: date.nullable(),
});

/** Records are sent whole, per kind: the hub replaces what it held, so an edit or removal reaches it too. */
const MAX_RECORDS = 1000;
const ref = z.number().int().positive();

/** Reg 44 independent visits: when, the report's arrival and how many recommendations (never the visitor). */
export const reg44Visits = z.strictObject({
  kind: z.literal('records.reg44'),
  visits: z
    .array(
      z.strictObject({
        ref,
        visitedOn: date,
        reportReceivedOn: date.nullable(),
        recommendations: z.number().int().min(0).max(MAX_RECORDS),
      }),
    )
    .max(MAX_RECORDS),
});

/** Reg 45 reviews and when each went to Ofsted; the hub lists the unsent ones past their date as overdue. */
export const reg45Records = z.strictObject({
  kind: z.literal('records.reg45'),
  records: z
    .array(
      z.strictObject({
        ref,
        periodStart: date.nullable(),
        periodEnd: date.nullable(),
        completedOn: date,
        ofstedDueOn: date,
        sentToOfstedOn: date.nullable(),
      }),
    )
    .max(MAX_RECORDS),
});

/** Ofsted inspections: the judgements, and each requirement with its date and when it was met. */
export const inspections = z.strictObject({
  kind: z.literal('records.inspections'),
  inspections: z
    .array(
      z.strictObject({
        ref,
        inspectedOn: date,
        type: z.enum(['full', 'interim', 'monitoring', 'other']),
        experiencesAndProgress: grade,
        helpedAndProtected: grade,
        leadersAndManagers: grade,
        interimOutcome: z.enum(['improved', 'sustained', 'declined']).nullable(),
        requirements: z
          .array(
            z.strictObject({
              ref,
              regulation: text(200),
              text: text(TEXT_MAX).min(1),
              complyBy: date.nullable(),
              metOn: date.nullable(),
            }),
          )
          .max(200),
        recommendations: z.number().int().min(0).max(MAX_RECORDS),
      }),
    )
    .max(MAX_RECORDS),
});

/** Compliance dates: the recurring and one-off duties, with when each was last done and is next due. */
export const complianceDates = z.strictObject({
  kind: z.literal('records.compliance'),
  dates: z
    .array(
      z.strictObject({
        ref: text(80).min(1),
        title: text(TEXT_MAX).min(1),
        lastDoneOn: date.nullable(),
        nextDueOn: date.nullable(),
      }),
    )
    .max(MAX_RECORDS),
});

/** One quarter's figures, by the app's figure names. */
export const quarterFigures = z.strictObject({
  kind: z.literal('figures.quarter'),
  quarter,
  figures: z
    .record(
      z.string().regex(/^[a-zA-Z][a-zA-Z0-9]{0,59}$/, 'A figure is named in letters and digits'),
      z.number().min(0).max(1e9).nullable(),
    )
    .refine((f) => Object.keys(f).length <= 200, 'At most 200 figures a quarter'),
});

/** The home's choice to share its judgements and figures with a placing local authority, or not. */
export const sharingChosen = z.strictObject({
  kind: z.literal('home.sharing'),
  localAuthority: text(NAME_MAX).min(1).nullable(),
});

export const publicationBody = z.discriminatedUnion('kind', [
  reviewSignedOff,
  reviewReopened,
  actionSaved,
  statutoryItem,
  sharingChosen,
  reg44Visits,
  reg45Records,
  inspections,
  complianceDates,
  quarterFigures,
]);
export type PublicationBody = z.infer<typeof publicationBody>;

export const publication = z.strictObject({
  /** Made by the home when it writes the outbox row; the hub stores a publication once by this id. */
  id: z.uuid(),
  /** 1, 2, 3… per home, with no gaps: the hub applies a home's publications in this order. */
  seq: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  homeId: z.uuid(),
  body: publicationBody,
});
export type Publication = z.infer<typeof publication>;

export const MAX_PUBLICATIONS_PER_REQUEST = 100;
/** Bytes: a request larger than this is refused before it is parsed. */
export const MAX_PUBLISH_BYTES = 4 * 1024 * 1024;

export const publishRequest = z.strictObject({
  publications: z.array(publication).min(1).max(MAX_PUBLICATIONS_PER_REQUEST),
});
