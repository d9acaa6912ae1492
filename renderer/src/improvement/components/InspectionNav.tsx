import { Link, useLocation } from 'wouter';

export const INSPECTION_PAGES = [
  { path: '/inspections/reg44', label: 'Reg 44 visits' },
  { path: '/inspections/reg45', label: 'Reg 45 reviews' },
  { path: '/inspections/ofsted', label: 'Ofsted inspections' },
  { path: '/inspections/calendar', label: 'Dates that must not slip' },
];

/** Moves between the inspection-readiness pages. */
export function InspectionNav() {
  const [location] = useLocation();
  return (
    <nav className="sub-nav" aria-label="Inspection records">
      <ul className="sub-nav__list">
        {INSPECTION_PAGES.map((p) => (
          <li key={p.path}>
            <Link
              href={p.path}
              className="sub-nav__link"
              aria-current={
                location === p.path || (location === '/inspections' && p === INSPECTION_PAGES[0])
                  ? 'page'
                  : undefined
              }
            >
              {p.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
