import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { ParsedInputOf } from '../../contract/operations';
import { ServiceError } from '../../contract/result';
import type { IndicatorSaveReceipt, SaveReceipt } from '../../contract/review';
import type { Framework } from '../../contract/framework';

/** The app's clock, passed in as @at (the test clock in e2e), never SQLite's own. */
const NOW = '@at';
const IS_DRAFT = "EXISTS (SELECT 1 FROM reviews WHERE id = @reviewId AND status = 'draft')";

/**
 * The autosave writes. Each is guarded in its own SQL (`status = 'draft'`), so a save against a completed
 * review changes nothing, and only on that failure does a read find out why. Saving an indicator also
 * records it as the place the manager is working: one request, one transaction.
 */
export function createReviewWrites(
  db: Database,
  frameworkByVersion: (version: number) => Framework,
  now: () => Date,
) {
  const at = () => now().toISOString();
  const sql = {
    // The review's side of an indicator save: its time and the manager's place, only while a draft.
    touchForIndicator: db.prepare<
      { reviewId: number; indicatorKey: string; at: string },
      { savedAt: string; frameworkVersion: number }
    >(
      `UPDATE reviews SET updated_at = ${NOW}, position_indicator = @indicatorKey,
         position_domain = (SELECT domain_key FROM review_indicators
                             WHERE review_id = @reviewId AND indicator_key = @indicatorKey)
       WHERE id = @reviewId AND status = 'draft'
       RETURNING updated_at AS savedAt, framework_version AS frameworkVersion`,
    ),
    indicator: db.prepare(
      `UPDATE review_indicators SET rating = @rating, note = @note, sources = @sources,
         other_source = @otherSource, discuss = @discuss,
         records_reason = coalesce(@recordsReason, records_reason),
         checked_same_on = CASE WHEN @checkedSame IS NULL THEN checked_same_on
                                WHEN @checkedSame = 1 THEN coalesce(checked_same_on, @today) END,
         updated_at = ${NOW}
       WHERE review_id = @reviewId AND indicator_key = @indicatorKey AND ${IS_DRAFT}
       RETURNING domain_key`,
    ),
    // Read after the write: the trigger that clears a stale confirmation runs after RETURNING is taken.
    checkedSameOn: db.prepare<[number, string], { checked_same_on: string | null }>(
      'SELECT checked_same_on FROM review_indicators WHERE review_id = ? AND indicator_key = ?',
    ),
    domain: db.prepare(
      `UPDATE review_domains SET judgement = @judgement, rationale = @rationale
       WHERE review_id = @reviewId AND domain_key = @domainKey AND ${IS_DRAFT}
       RETURNING domain_key`,
    ),
    touch: db.prepare<{ reviewId: number; at: string }, { savedAt: string }>(
      `UPDATE reviews SET updated_at = ${NOW} WHERE id = @reviewId AND status = 'draft'
       RETURNING updated_at AS savedAt`,
    ),
    summary: db.prepare<
      Omit<ParsedInputOf<'reviews.saveSummary'>, 'staffRoomSummary'> & {
        staffRoomSummary: string | null;
        at: string;
      },
      { savedAt: string }
    >(
      `UPDATE reviews SET strengths = @strengths, improvements = @improvements, overall = @overall,
         staff_room_summary = COALESCE(@staffRoomSummary, staff_room_summary), updated_at = ${NOW}
       WHERE id = @reviewId AND status = 'draft' RETURNING updated_at AS savedAt`,
    ),
    position: db.prepare<[string, string | null, number], { savedAt: string }>(
      'UPDATE reviews SET position_domain = ?, position_indicator = ? WHERE id = ? RETURNING updated_at AS savedAt',
    ),
    status: db.prepare<[number], { status: string }>('SELECT status FROM reviews WHERE id = ?'),
  };

  /** Why a guarded write changed nothing: no such review, a completed one, or no such part of it. */
  function refusal(reviewId: number, part: string): ServiceError {
    const review = sql.status.get(reviewId);
    if (!review) return new ServiceError('not_found', 'That review could not be found.');
    if (review.status !== 'draft') {
      return new ServiceError(
        'conflict',
        'This review is completed, so it cannot be changed. Reopen it to make changes.',
      );
    }
    return new ServiceError('not_found', `That ${part} is not part of this review.`);
  }

  function checkSources(sources: string[], frameworkVersion: number) {
    const known = new Set(frameworkByVersion(frameworkVersion).evidenceSources.map((s) => s.key));
    const unknown = sources.find((s) => !known.has(s));
    if (unknown !== undefined) {
      throw new ServiceError(
        'invalid_input',
        `"${unknown.slice(0, 40)}" is not a source of evidence the app knows.`,
      );
    }
  }

  return {
    /** `today` is the home's date, recorded when "Same as last quarter, checked today" is confirmed. */
    saveIndicator: db.transaction(
      (input: ParsedInputOf<'reviews.saveIndicator'>, today: string): IndicatorSaveReceipt => {
        const stamp = at();
        const review = sql.touchForIndicator.get({
          reviewId: input.reviewId,
          indicatorKey: input.indicatorKey,
          at: stamp,
        });
        if (!review) throw refusal(input.reviewId, 'indicator');
        checkSources(input.sources, review.frameworkVersion);
        const saved = sql.indicator.get({
          ...input,
          sources: JSON.stringify([...new Set(input.sources)]),
          discuss: input.discuss ? 1 : 0,
          recordsReason: input.recordsReason ?? null,
          checkedSame: input.checkedSame === undefined ? null : input.checkedSame ? 1 : 0,
          today,
          at: stamp,
        });
        if (!saved) throw refusal(input.reviewId, 'indicator');
        const checked = sql.checkedSameOn.get(input.reviewId, input.indicatorKey);
        return { savedAt: review.savedAt, checkedSameOn: checked?.checked_same_on ?? null };
      },
    ),

    saveDomain: db.transaction((input: ParsedInputOf<'reviews.saveDomain'>): SaveReceipt => {
      if (!sql.domain.get(input)) throw refusal(input.reviewId, 'domain');
      return { savedAt: sql.touch.get({ reviewId: input.reviewId, at: at() })!.savedAt };
    }),

    saveSummary(input: ParsedInputOf<'reviews.saveSummary'>): SaveReceipt {
      const saved = sql.summary.get({ ...input, staffRoomSummary: input.staffRoomSummary ?? null, at: at() });
      if (!saved) throw refusal(input.reviewId, 'review');
      return saved;
    },

    /** Marks a draft as changed now (a write elsewhere, such as an SCCIF judgement). */
    touch(reviewId: number): SaveReceipt {
      const saved = sql.touch.get({ reviewId, at: at() });
      if (!saved) throw refusal(reviewId, 'review');
      return saved;
    },

    /** Where the manager is working; kept for completed reviews too (reading one resumes there). */
    setPosition(input: ParsedInputOf<'reviews.setPosition'>): SaveReceipt {
      const saved = sql.position.get(input.domainKey, input.indicatorKey, input.reviewId);
      if (!saved) throw refusal(input.reviewId, 'review');
      return saved;
    },
  };
}
