import type { Grade } from '@contract/framework';
import { SCCIF_TITLES } from '@contract/rules/sccif-titles';
import { GradeBadge } from '../../../renderer/src/tracking/components/GradeBadge';

const AREAS = [
  ['experiencesAndProgress', SCCIF_TITLES.experiences],
  ['helpedAndProtected', SCCIF_TITLES.protection],
  ['leadersAndManagers', SCCIF_TITLES.leadership],
] as const;

export type ThreeJudgements = Record<(typeof AREAS)[number][0], number | null>;

const asGrade = (g: number | null): Grade | null => (g === 1 || g === 2 || g === 3 || g === 4 ? g : null);

/** The three SCCIF judgements of one quarter, each a badge that carries its words for screen readers. */
export function JudgementCells({ judgements }: { judgements: ThreeJudgements }) {
  return (
    <ul className="hub-judgements">
      {AREAS.map(([key, label]) => (
        <li key={key}>
          <span className="visually-hidden">{label}: </span>
          <GradeBadge grade={asGrade(judgements[key])} short />
        </li>
      ))}
    </ul>
  );
}

export const JUDGEMENT_KEY = AREAS.map(([, label]) => label).join(', then ');
