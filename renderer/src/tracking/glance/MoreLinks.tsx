import { Link } from 'wouter';
import { screenPaths } from '@shared/paths/screenPaths';

/** The detail that used to make the dashboard seventeen screens long, one link away. */
export function MoreLinks() {
  return (
    <nav className="card glance-more" aria-labelledby="more-title">
      <h2 className="heading-m" id="more-title">
        More about this home
      </h2>
      <ul className="link-list">
        <li>
          <Link href={screenPaths.trends}>Trends: each judgement and domain over time, with its figures</Link>
        </li>
        <li>
          <Link href={screenPaths.figures}>Quarterly figures, and each rate over time</Link>
        </li>
        <li>
          <Link href={screenPaths.teamAgreement}>Team agreement by quarter</Link>
        </li>
      </ul>
    </nav>
  );
}
