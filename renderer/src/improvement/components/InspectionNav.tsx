import { SubNav } from '@shared/ui/SubNav';

export const INSPECTION_PAGES = [
  { path: '/inspections/reg44', label: 'Reg 44 visits' },
  { path: '/inspections/reg45', label: 'Reg 45 reviews' },
  { path: '/inspections/ofsted', label: 'Ofsted inspections' },
  { path: '/inspections/notifications', label: 'Notifications log' },
  { path: '/inspections/calendar', label: 'Dates that must not slip' },
];

/** Moves between the inspection-readiness pages. */
export function InspectionNav() {
  return (
    <SubNav
      label="Inspection records"
      pages={INSPECTION_PAGES}
      isCurrent={(path, location) =>
        location === path || (location === '/inspections' && path === INSPECTION_PAGES[0]!.path)
      }
    />
  );
}
