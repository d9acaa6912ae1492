import { z } from 'zod';
import {
  METRIC_FIELD_KEYS,
  type ManagerStatus,
  type MetricFieldKey,
  type MetricValues,
} from './metric-fields';
import { id, plausibleDate, quarter } from './review';

const figure = z
  .number({ error: 'Enter a number' })
  .refine(Number.isFinite, { error: 'Enter a number' })
  .nullable()
  .optional();

export const saveMetricsInput = z.strictObject({
  homeId: id,
  quarter,
  values: z.strictObject(
    Object.fromEntries(METRIC_FIELD_KEYS.map((k) => [k, figure])) as Record<string, typeof figure>,
  ),
  managerStatus: z
    .enum(['registered', 'pending', 'none'], { error: 'Choose whether the home has a registered manager' })
    .nullable()
    .optional(),
  /** The manager has seen the warnings about unlikely figures and saves them anyway. */
  saveAnyway: z.boolean().optional(),
});

export const acknowledgeAlertInput = z.strictObject({
  homeId: id,
  key: z.string().min(1).max(200),
  note: z.string().max(2_000, { error: 'Shorten the note to 2,000 characters or fewer' }),
});

export const recordReg45Input = z.strictObject({
  homeId: id,
  completedOn: plausibleDate('Enter the date the Reg 45 review was completed, for example 14/09/2026'),
  /** When the report went to Ofsted; absent or null while it has not gone (a date already kept stays). */
  sentToOfstedOn: plausibleDate('Enter the date the report was sent to Ofsted, for example 28/09/2026')
    .nullable()
    .optional(),
});

export interface QuarterMetrics {
  quarter: string;
  values: MetricValues;
  managerStatus: ManagerStatus | null;
  updatedAt: string;
  /**
   * Figures counted from a log rather than typed: the Regulation 40 figure from the notifications log, from
   * the quarter of its earliest event on. Absent or empty where every figure is as typed.
   */
  logged?: MetricFieldKey[];
}
