import { Link, useLocation } from 'wouter';

const PAGES = [
  { path: '/team', label: 'Staff' },
  { path: '/team/meeting', label: 'Team meetings' },
];

/** Moves between the staff list and team meetings. */
export function TeamNav() {
  const [location] = useLocation();
  return (
    <nav className="sub-nav" aria-label="Team">
      <ul className="sub-nav__list">
        {PAGES.map((p) => {
          const current = p.path === '/team' ? location === '/team' : location.startsWith(p.path);
          return (
            <li key={p.path}>
              <Link href={p.path} className="sub-nav__link" aria-current={current ? 'page' : undefined}>
                {p.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
