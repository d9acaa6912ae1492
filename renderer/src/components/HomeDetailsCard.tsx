import { Link } from 'wouter';
import type { Home } from '@contract/home';

export function HomeDetailsCard({ home }: { home: Home }) {
  return (
    <section className="card" aria-labelledby="home-details-title">
      <h2 className="heading-m" id="home-details-title">
        Home details
      </h2>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>Ofsted URN</dt>
          <dd>{home.urn ?? 'Not recorded'}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Registered manager</dt>
          <dd>{home.registeredManager ?? 'Vacant'}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Number of places</dt>
          <dd>{home.places}</dd>
        </div>
      </dl>
      <p className="card__footer">
        <Link href="/settings">
          Change home details<span className="visually-hidden"> in Settings</span>
        </Link>
      </p>
    </section>
  );
}
