import { Link, useLocation } from 'wouter';

/** Links between the pages of one part of the app; the current one is marked for screen readers too. */
export function SubNav({
  label,
  pages,
  isCurrent = (path, location) => location === path,
}: {
  label: string;
  pages: { path: string; label: string }[];
  isCurrent?: (path: string, location: string) => boolean;
}) {
  const [location] = useLocation();
  return (
    <nav className="sub-nav" aria-label={label}>
      <ul className="sub-nav__list">
        {pages.map((p) => (
          <li key={p.path}>
            <Link
              href={p.path}
              className="sub-nav__link"
              aria-current={isCurrent(p.path, location) ? 'page' : undefined}
            >
              {p.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
