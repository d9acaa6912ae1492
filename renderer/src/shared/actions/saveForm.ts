import { useState } from 'react';
import { ApiError, messageOf } from '@shared/api/ApiError';
import { readTypedDate } from '@contract/dates';

/**
 * A record form's field problems: typed dates read here (each named with the contract's field name),
 * then the app's own messages beside the same fields when it refuses the save.
 */
export function useRecordForm(idPrefix: string) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  return {
    errors,
    /** Reads typed dates; returns ISO dates (null for an empty optional one) or null after showing problems. */
    readDates(
      dates: Record<string, { text: string; what: string; required?: boolean }>,
      extra: Record<string, string> = {},
    ) {
      const found: Record<string, string> = { ...extra };
      const out: Record<string, string | null> = {};
      for (const [field, d] of Object.entries(dates)) {
        const read = readTypedDate(d.text, d.what, d.required ?? true);
        if (read.ok) out[field] = read.iso;
        else found[field] = read.message;
      }
      if (Object.keys(found).length > 0) {
        setErrors(found);
        document.getElementById(`${idPrefix}-${Object.keys(found)[0]}`)?.focus();
        return null;
      }
      return out;
    },
    failed(failure: unknown) {
      const fields = failure instanceof ApiError ? failure.fields : {};
      setErrors(Object.keys(fields).length > 0 ? fields : { general: messageOf(failure) });
      const first = Object.keys(fields)[0];
      if (first) document.getElementById(`${idPrefix}-${first}`)?.focus();
    },
    /** Shows problems found on the page and takes the person to the first. */
    show(found: Record<string, string>) {
      setErrors(found);
      document.getElementById(`${idPrefix}-${Object.keys(found)[0]}`)?.focus();
    },
    clear: () => setErrors({}),
  };
}
