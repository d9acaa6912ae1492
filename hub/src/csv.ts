import type { Rating } from '../../contract/framework';
import { ratingLabel } from '../../contract/rules/judgements';
import { SCCIF_TITLES } from '../../contract/rules/sccif-titles';
import type { HomeOverTime } from './provider-reads';

/**
 * A field as text: quoted when it holds a comma, quote or line break, and with a leading apostrophe when it
 * starts like a formula, so a spreadsheet shows a home's name instead of running it.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const gradeWord = (g: number | null) => (g === null ? '' : ratingLabel(g as Rating));

/** One row per home per signed-off quarter. */
export function homesOverTimeCsv(homes: HomeOverTime[]): string {
  const header = [
    'Home',
    'Quarter',
    'Signed off on',
    SCCIF_TITLES.experiences,
    SCCIF_TITLES.protection,
    SCCIF_TITLES.leadership,
  ];
  const rows = homes.flatMap((h) =>
    h.quarters.map((q) => [
      h.name,
      q.quarter,
      q.signedOn ?? '',
      gradeWord(q.experiencesAndProgress ?? q.overall),
      gradeWord(q.helpedAndProtected),
      gradeWord(q.leadersAndManagers),
    ]),
  );
  return [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
