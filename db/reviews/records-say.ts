import type { Database } from 'better-sqlite3-multiple-ciphers';
import { todayIso } from '../../contract/rules/dates';
import type { Framework } from '../../contract/framework';
import { addQuarters, quarterDates, quarterLabel } from '../../contract/rules/quarters';
import {
  recordFacts,
  type RecordFact,
  type RequirementRecord,
  type SurveyQuestionRecord,
} from '../../contract/rules/records-say';
import { ServiceError } from '../../contract/result';
import { createMetricsRepository } from '../insights/metrics';
import { prepareReg44Records } from './reg44-records';
import { createVoiceResults } from '../voice/results';
import { createSurveysRepository } from '../voice/surveys-repository';

interface RequirementRow {
  id: number;
  text: string;
  regulation: string;
  comply_by: string;
}

/** The first regulation number in an Ofsted requirement's reference ("Reg 33(4)" is 33), if any. */
function regulationNumber(reference: string): number | null {
  const match = /\d+/.exec(reference);
  return match ? Number(match[0]) : null;
}

/**
 * Gathers what the home's own records say about a review's indicators ("Your records say…"), as of the
 * home's date today: Reg 44 recommendations, Reg 45 reports, the quarter's figures, the young people's
 * answers, overdue actions linked to an indicator and Ofsted requirements past their date.
 */
export function createRecordsSay(
  db: Database,
  frameworkByVersion: (version: number) => Framework,
  now: () => Date,
) {
  const review = db.prepare<[number], { home_id: number; quarter: string; framework_version: number }>(
    'SELECT home_id, quarter, framework_version FROM reviews WHERE id = ?',
  );
  const indicatorKeys = db.prepare<[number], { indicator_key: string }>(
    'SELECT indicator_key FROM review_indicators WHERE review_id = ? ORDER BY position',
  );
  const reg44 = prepareReg44Records(db);
  const reg45 = db.prepare<[number], { completedOn: string; sentToOfstedOn: string | null }>(
    `SELECT completed_on AS completedOn, sent_to_ofsted_on AS sentToOfstedOn
       FROM reg45_records WHERE home_id = ? ORDER BY completed_on`,
  );
  const overdueActions = db.prepare<[number, string], { indicatorKey: string; title: string; dueOn: string }>(
    `SELECT link_key AS indicatorKey, title, due_on AS dueOn FROM actions
      WHERE home_id = ? AND link_kind = 'indicator' AND status IN ('open', 'in_progress') AND due_on < ?
      ORDER BY due_on, id`,
  );
  // A requirement is met when it has a done action and none still open; past its date otherwise.
  const requirements = db.prepare<[number, string], RequirementRow>(
    `SELECT i.id, i.text, i.regulation, i.comply_by FROM ofsted_items i
       JOIN ofsted_inspections o ON o.id = i.inspection_id
      WHERE o.home_id = ? AND i.kind = 'requirement' AND i.comply_by IS NOT NULL AND i.comply_by < ?
        AND (NOT EXISTS (SELECT 1 FROM actions a WHERE a.ofsted_item_id = i.id AND a.status = 'done')
             OR EXISTS (SELECT 1 FROM actions a
                         WHERE a.ofsted_item_id = i.id AND a.status IN ('open', 'in_progress')))
      ORDER BY i.comply_by, i.id`,
  );
  const requirementIndicators = db.prepare<[number], { link_key: string }>(
    `SELECT DISTINCT link_key FROM actions WHERE ofsted_item_id = ? AND link_kind = 'indicator'`,
  );
  const metrics = createMetricsRepository(db);
  const voice = createVoiceResults(db);
  const surveys = createSurveysRepository(db, now);

  function survey(homeId: number, quarter: string): SurveyQuestionRecord[] {
    const results = voice.byQuarter(homeId, surveys.settings(homeId)).find((q) => q.quarter === quarter);
    if (!results?.shown) return [];
    // A question is shown only once at least three young people answered it (voice-rules), so no
    // shown question has no answers.
    return results.questions
      .filter((q) => q.domainKey === 'voice' && q.shown)
      .map((q) => ({
        wording: q.wordings.at(-1) ?? '',
        answered: q.answered,
        onGradeLine: q.onGradeLine,
        counts: q.counts.map((c) => ({ label: c.label, count: c.count })),
      }));
  }

  return (reviewId: number): RecordFact[] => {
    const found = review.get(reviewId);
    if (!found) throw new ServiceError('not_found', 'That review could not be found.');
    const { home_id: homeId, quarter } = found;
    const framework = frameworkByVersion(found.framework_version);
    const asOf = todayIso(now());
    const byQuarter = new Map(metrics.list(homeId).map((m) => [m.quarter, m.values]));
    const year = [-3, -2, -1, 0].map((n) => byQuarter.get(addQuarters(quarter, n)) ?? null);
    const mapped = (reference: string) => {
      const reg = regulationNumber(reference);
      if (reg === null) return [];
      return framework.domains.flatMap((d) =>
        d.indicators.filter((i) => i.regulations?.includes(reg)).map((i) => i.key),
      );
    };
    const unmet: RequirementRecord[] = requirements.all(homeId, asOf).map((r) => ({
      text: r.text,
      regulation: r.regulation,
      complyBy: r.comply_by,
      indicatorKeys: [
        ...new Set([...requirementIndicators.all(r.id).map((a) => a.link_key), ...mapped(r.regulation)]),
      ],
    }));
    return recordFacts({
      asOf,
      quarterLabel: quarterLabel(quarter),
      indicatorKeys: indicatorKeys.all(reviewId).map((i) => i.indicator_key),
      reg44: reg44.all(homeId, quarterDates(quarter).end),
      reg45: reg45.all(homeId),
      figures: byQuarter.get(quarter) ?? null,
      year,
      survey: survey(homeId, quarter),
      overdueActions: overdueActions.all(homeId, asOf),
      requirements: unmet,
    });
  };
}
