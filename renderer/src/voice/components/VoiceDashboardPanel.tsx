import { Link } from 'wouter';
import { quarterLabel } from '@contract/rules/quarters';
import { useHome } from '@shared/currentHomeContext';
import { screenPaths } from '@shared/paths/screenPaths';
import { useTriangulation, useVoiceList } from '../api/voiceApi';
import { triangulationSummary } from '@contract/rules/triangulation-words';
import { WORRY_FOR_MANAGER } from '@contract/rules/voice-safety';
import { betweenWords } from '../lib/labels';
import { useHallmarks } from '../lib/useHallmarks';
import { YouSaidList } from './YouSaidList';

/** On the dashboard: hallmarks where young people see things differently, and "You said, we did". */
export function VoiceDashboardPanel() {
  const { home } = useHome();
  const triangulation = useTriangulation(home.id).data;
  const youSaid = useVoiceList('voice.youSaid', home.id).data;
  // Safety first: the newest quarter with surveys, if a young person raised a worry in it (even while its
  // answers are hidden below the threshold: the worry never says who or how many).
  const worried = useVoiceList('voice.results', home.id).data?.quarters[0];
  const { title } = useHallmarks();
  const flagged = triangulation?.rows.filter((r) => r.flagged) ?? [];
  return (
    <section className="card voice-dashboard" aria-labelledby="voice-dashboard-heading">
      <h2 className="heading-m" id="voice-dashboard-heading">
        Children’s views
      </h2>
      {worried && worried.worries.length > 0 && (
        <p className="warning-text">
          <strong>
            {quarterLabel(worried.quarter)}: {worried.worries.map((w) => WORRY_FOR_MANAGER[w].said).join(' ')}
          </strong>{' '}
          <Link href={screenPaths.voice}>What to do next</Link>
        </p>
      )}
      {triangulation?.quarter && flagged.length > 0 && (
        <>
          <p>
            In {quarterLabel(triangulation.quarter)} views differ by more than {triangulation.margin} grade
            {triangulation.margin === 1 ? '' : 's'} on:
          </p>
          <ul>
            {flagged.map((r) => (
              <li key={r.domainKey}>
                {title(r.domainKey)}: {r.between ? betweenWords(r.between) : 'views'} (differ by {r.gap})
              </li>
            ))}
          </ul>
        </>
      )}
      {triangulation && flagged.length === 0 && <p>{triangulationSummary(triangulation)}</p>}
      <h3 className="heading-s">You said, we did</h3>
      {youSaid && <YouSaidList entries={youSaid} limit={3} />}
      <p>
        <Link href={screenPaths.voice}>See children’s and others’ views</Link>
      </p>
    </section>
  );
}
