import './voice-flag.css';
import { Link } from 'wouter';
import { quarterLabel } from '@contract/rules/quarters';
import { nearestGrade } from '@contract/voice-scales';
import { screenPaths } from '@shared/paths/screenPaths';
import { useTriangulation, useVoiceList } from '../api/voiceApi';

const WORDS = { 4: 'Outstanding', 3: 'Good', 2: 'Requires improvement', 1: 'Inadequate' } as const;

/**
 * Beside a hallmark's judgement in the review, at rating time: a flag for each view (the staff team's
 * private ratings, the young people's answers) that last differed from the manager's judgement by more
 * than the home's margin. Nothing when they agree or cannot be compared.
 */
export function VoiceFlagFor({
  homeId,
  domainKey,
  quarter,
}: {
  homeId: number;
  domainKey: string;
  /** The review's own quarter: its judgement is compared with that quarter's views, never a later one's. */
  quarter: string;
}) {
  const t = useTriangulation(homeId, quarter).data;
  const row = t?.rows.find((r) => r.domainKey === domainKey);
  if (!t?.quarter || !row || row.manager === null) return null;
  const manager = row.manager;
  const apart = (view: number | null): view is number => view !== null && Math.abs(manager - view) > t.margin;
  const team = apart(row.team) ? (
    <aside className="voice-flag" aria-label="Your staff team’s ratings differ">
      <p className="heading-xs">Your staff team sees this differently</p>
      <p>
        In {quarterLabel(t.quarter)} you judged this hallmark {WORDS[row.manager]}; the staff team’s private
        ratings put it at about {WORDS[nearestGrade(row.team)]} ({row.team.toFixed(1)}, from {row.teamRaters}{' '}
        staff). Talk it through before you settle the judgement.
      </p>
    </aside>
  ) : null;
  if (!apart(row.youngPeople)) return team;
  return (
    <>
      {team}
      <aside className="voice-flag" aria-label="Young people’s views differ">
        <p className="heading-xs">Young people see this differently</p>
        <p>
          In {quarterLabel(t.quarter)} you judged this hallmark {WORDS[row.manager]}; the young people’s
          answers put it at about {WORDS[nearestGrade(row.youngPeople)]} ({row.youngPeople.toFixed(1)}). Look
          at what they see that you may not. <Link href={screenPaths.voice}>See their answers</Link>
        </p>
      </aside>
    </>
  );
}

/** Beside an indicator in the review: the views others gave about it (parents, placing authorities…). */
export function ViewsAboutIndicator({ homeId, indicatorKey }: { homeId: number; indicatorKey: string }) {
  const feedback = useVoiceList('voice.feedback', homeId).data ?? [];
  const about = feedback.filter((f) => f.indicators.includes(indicatorKey));
  if (about.length === 0) return null;
  return (
    <aside className="voice-flag" aria-label="Views recorded about this indicator">
      <p className="heading-xs">
        {about.length === 1 ? 'A view recorded about this' : `${about.length} views recorded about this`}
      </p>
      <ul className="plain-list">
        {about.slice(0, 3).map((f) => (
          <li key={f.id} className="long-text">
            {f.role || 'Someone'}: {f.said || 'answered the questionnaire'}
          </li>
        ))}
      </ul>
    </aside>
  );
}
