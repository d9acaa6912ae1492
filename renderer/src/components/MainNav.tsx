import { Link, useLocation } from 'wouter';
import { useHome } from '@shared/currentHomeContext';

const places = [
  { path: '/', label: 'Dashboard' },
  { path: '/reviews', label: 'Reviews' },
  { path: '/figures', label: 'Figures' },
  { path: '/actions', label: 'Actions' },
  { path: '/voice', label: 'Views' },
  { path: '/inspections', label: 'Inspections' },
  { path: '/team', label: 'Team' },
  { path: '/reports', label: 'Reports' },
  { path: '/settings', label: 'Settings' },
];

function isActive(path: string, location: string) {
  return path === '/' ? location === '/' : location === path || location.startsWith(`${path}/`);
}

export function MainNav() {
  const [location] = useLocation();
  const { homes } = useHome();
  // The view across homes appears once there is more than one home to see.
  const shown = homes.length > 1 ? [...places, { path: '/provider', label: 'All homes' }] : places;
  return (
    <nav className="main-nav" aria-label="Main">
      <ul className="main-nav__list width-container">
        {shown.map(({ path, label }) => {
          const active = isActive(path, location);
          return (
            <li key={path} className="main-nav__item">
              <Link
                href={path}
                className={active ? 'main-nav__link main-nav__link--active' : 'main-nav__link'}
                aria-current={active ? 'page' : undefined}
              >
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
