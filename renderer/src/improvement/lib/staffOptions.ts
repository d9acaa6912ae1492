import type { StaffMember } from '@contract/team';

/** The staff who work here now, as a select's options ("Name (Role)"), after a "Choose someone" prompt. */
export function currentStaffOptions(staff: StaffMember[]): { value: string; label: string }[] {
  return [
    { value: '', label: 'Choose someone' },
    ...staff
      .filter((m) => m.status === 'active')
      .map((m) => ({ value: String(m.id), label: m.role ? `${m.name} (${m.role})` : m.name })),
  ];
}
