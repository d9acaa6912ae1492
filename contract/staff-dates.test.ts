import { describe, expect, it } from 'vitest';
import { describeInvalidInput } from './invalid-input';
import { recordAppraisalInput, saveQualificationInput } from './duties';

const fieldsOf = (schema: typeof saveQualificationInput | typeof recordAppraisalInput, input: unknown) => {
  const parsed = schema.safeParse(input);
  return parsed.success ? null : describeInvalidInput(parsed.error).fields;
};

const deadline = { homeId: 1, staffId: 2, level: 3, startedOn: '2025-01-06', achievedOn: null };

describe('compliance dates name people from the staff list', () => {
  it('asks for someone from the staff list when the pick is missing or not an id', () => {
    expect(fieldsOf(saveQualificationInput, deadline)).toBeNull();
    const { staffId: _, ...noOne } = deadline;
    for (const input of [noOne, { ...deadline, staffId: 'Sam' }, { ...deadline, staffId: 0 }])
      expect(fieldsOf(saveQualificationInput, input)).toEqual({
        staffId: 'Choose someone from the staff list',
      });
    // A typed name is no longer taken: people are picked from the list.
    expect(saveQualificationInput.safeParse({ ...deadline, person: 'Sam' }).success).toBe(false);
  });

  it('allows no one only as null, for a deadline kept from before the staff list', () => {
    expect(saveQualificationInput.safeParse({ ...deadline, id: 4, staffId: null }).success).toBe(true);
  });

  it('checks the appraisal date and the person, each against its own field', () => {
    expect(fieldsOf(recordAppraisalInput, { homeId: 1, staffId: 2, appraisedOn: '2026-03-01' })).toBeNull();
    expect(fieldsOf(recordAppraisalInput, { homeId: 1, staffId: 2.5, appraisedOn: '2026-02-30' })).toEqual({
      staffId: 'Choose someone from the staff list',
      appraisedOn: 'Enter the date of their latest appraisal as a real date, for example 14/09/2026',
    });
  });
});
