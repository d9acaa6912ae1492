import { Link } from 'wouter';
import type { DashboardData, TrackedJudgement } from '@contract/dashboard';
import { quarterLabel } from '@contract/rules/quarters';
import { GradeBadge } from '../components/GradeBadge';
import { MovementText } from '../components/MovementText';
import { gradeWords } from '../lib/grades';
import { SCCIF_ROWS } from '../lib/sccifRows';
import { screenPaths } from '@shared/paths/screenPaths';

/** A judgement's grade and, from the second review, which way it moved and from what. */
function JudgementRow({
  title,
  track,
  compare,
}: {
  title: string;
  track: TrackedJudgement;
  compare: boolean;
}) {
  return (
    <div className="glance-judgement">
      <dt>{title}</dt>
      <dd>
        <GradeBadge grade={track.latest} />
        {compare && track.movement && (
          <MovementText movement={track.movement}>
            {track.movement === 'sustained'
              ? 'Sustained'
              : `${track.movement === 'improved' ? 'Improved' : 'Declined'} from ${gradeWords(track.previous)}`}
          </MovementText>
        )}
      </dd>
    </div>
  );
}

/**
 * The three SCCIF judgements (the first is the overall) with their movement since the review before; a
 * review made before version 2 recorded one overall judgement, so that is what shows for it.
 */
export function JudgementsGlance({ data }: { data: DashboardData }) {
  const latest = data.history.at(-1);
  const previous = data.history.at(-2);
  return (
    <section className="card glance-card glance-card--wide" aria-labelledby="judgements-title">
      <div className="glance-card__top">
        <h2 className="heading-m" id="judgements-title">
          Judgements
        </h2>
        {latest && (
          <p className="glance-card__intro">
            {quarterLabel(latest.quarter)}
            {previous && `, compared with ${quarterLabel(previous.quarter)}`}.{' '}
            <Link href={`/reviews/${latest.reviewId}`}>
              Open the review<span className="visually-hidden"> for {quarterLabel(latest.quarter)}</span>
            </Link>
            {' · '}
            <Link href={screenPaths.trends}>Trends</Link>
          </p>
        )}
      </div>
      {!latest ? (
        <p>
          No completed reviews yet. Once you complete your first quarterly review, its judgements show here;
          from the second, whether each has improved, been sustained or declined.
        </p>
      ) : (
        <dl className="glance-judgements">
          {latest.sccif === null ? (
            <JudgementRow title="Overall judgement" track={data.overall} compare={!!previous} />
          ) : (
            SCCIF_ROWS.map((row) => (
              <JudgementRow
                key={row.area}
                title={row.title}
                track={data.sccif[row.area]}
                compare={previous?.sccif != null}
              />
            ))
          )}
        </dl>
      )}
    </section>
  );
}
