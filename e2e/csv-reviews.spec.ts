import { openDataFile } from './data-file';
import { ratingLabel } from '../contract/rules/judgements';
import type { Grade } from '../contract/framework';
import { currentFramework } from '../db/framework';
import { downloadCsv, openSampleSpreadsheets } from './csv-download';
import { expect, test } from './fixtures';

test('the judgements, review summaries and indicators files hold what the database holds', async ({
  page,
  app,
}) => {
  await openSampleSpreadsheets(page, app);

  const db = openDataFile(app.dbFile, { readonly: true });
  const words = (grade: number | null) => (grade === null ? '' : ratingLabel(grade as Grade));

  const judgements = await downloadCsv(page, 'judgements');
  const domains = db
    .prepare(
      `SELECT r.quarter, d.judgement, d.rationale FROM review_domains d JOIN reviews r ON r.id = d.review_id
        WHERE r.home_id = 1 ORDER BY r.quarter, d.domain_key`,
    )
    .all() as { quarter: string; judgement: number | null; rationale: string }[];
  const sccif = db
    .prepare(
      `SELECT r.quarter, j.area, j.judgement FROM review_judgements j JOIN reviews r ON r.id = j.review_id
        WHERE r.home_id = 1`,
    )
    .all() as { quarter: string; area: string; judgement: number | null }[];
  const reviews = db
    .prepare(
      'SELECT quarter, status, overall, strengths, improvements, signed_by_name FROM reviews WHERE home_id = 1 ORDER BY quarter',
    )
    .all() as {
    quarter: string;
    status: string;
    overall: number | null;
    strengths: string;
    improvements: string;
    signed_by_name: string | null;
  }[];
  const kindRows = (kind: string) => judgements.rows.filter((r) => judgements.cell(r, 'Kind') === kind);
  expect(kindRows('Domain')).toHaveLength(domains.length);
  expect(kindRows('SCCIF judgement')).toHaveLength(sccif.length);
  expect(
    kindRows('Overall').map((r) => [judgements.cell(r, 'Quarter'), judgements.cell(r, 'Grade in words')]),
  ).toEqual(reviews.map((r) => [r.quarter, words(r.overall)]));
  const inCsv = (rows: string[][]) =>
    rows
      .map(
        (r) =>
          `${judgements.cell(r, 'Quarter')}|${judgements.cell(r, 'Grade')}|${judgements.cell(r, 'Reason')}`,
      )
      .sort();
  expect(inCsv(kindRows('Domain'))).toEqual(
    domains.map((d) => `${d.quarter}|${d.judgement ?? ''}|${d.rationale}`).sort(),
  );

  const summaries = await downloadCsv(page, 'review summaries');
  expect(
    summaries.rows.map((r) => ({
      quarter: summaries.cell(r, 'Quarter'),
      status: summaries.cell(r, 'Review status'),
      overall: summaries.cell(r, 'Overall judgement'),
      strengths: summaries.cell(r, 'Strengths'),
      improvements: summaries.cell(r, 'Areas to improve'),
      signedBy: summaries.cell(r, 'Signed off by'),
    })),
  ).toEqual(
    reviews.map((r) => ({
      quarter: r.quarter,
      status: r.status === 'completed' ? 'Completed' : 'In progress',
      overall: words(r.overall),
      strengths: r.strengths,
      improvements: r.improvements,
      signedBy: r.signed_by_name ?? '',
    })),
  );

  // The indicators are the framework new reviews use (version 3), numbered as its rating sheets are; the
  // sample's latest review, made against version 2, holds every one of them but version 3's additions.
  const indicators = await downloadCsv(page, 'indicators');
  const current = currentFramework.domains.flatMap((d) => d.indicators.map((i) => i.key));
  expect(indicators.rows.map((r) => indicators.cell(r, 'Framework version'))).toEqual(
    current.map(() => String(currentFramework.version)),
  );
  expect(indicators.rows.map((r) => indicators.cell(r, 'Indicator key'))).toEqual(current);
  const latestKeys = db
    .prepare(
      `SELECT indicator_key AS key FROM review_indicators WHERE custom_statement IS NULL AND review_id =
         (SELECT id FROM reviews WHERE home_id = 1 ORDER BY quarter DESC LIMIT 1) ORDER BY position`,
    )
    .all() as { key: string }[];
  expect(current).toEqual(expect.arrayContaining(latestKeys.map((k) => k.key)));
  db.close();
});
