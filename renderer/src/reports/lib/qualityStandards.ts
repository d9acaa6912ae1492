/** The Quality Standards of the Children's Homes (England) Regulations 2015, by regulation number. */
export const QUALITY_STANDARDS: Record<number, string> = {
  5: 'Engaging with the wider system to ensure children’s needs are met',
  6: 'The quality and purpose of care standard',
  7: 'The children’s views, wishes and feelings standard',
  8: 'The education standard',
  9: 'The enjoyment and achievement standard',
  10: 'The health and well-being standard',
  11: 'The positive relationships standard',
  12: 'The protection of children standard',
  13: 'The leadership and management standard',
  14: 'The care planning standard',
};
