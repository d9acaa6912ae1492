import { fieldProblems, readDates, type FormProblems, type TypedDateSpec } from '../lib/formProblems';

/**
 * What a form notes while it reads its typed values into what the save takes: every problem found, in
 * the order noted (the first field named takes the focus), so the save runs only when there are none.
 */
export class Reading {
  readonly problems: FormProblems = [];

  /** Problems found by the page, by field name ({ title: 'Enter…' }); empty messages are no problem. */
  found(fields: Readonly<Record<string, string | undefined>>): void {
    this.problems.push(...fieldProblems(fields));
  }

  /** Problems already in the contract's shape, such as the contract's own checks (`checkWith`). */
  add(problems: FormProblems): void {
    this.problems.push(...problems);
  }

  /**
   * A new secret typed twice (a PIN, a password, a file's passphrase) into `field` and the `again` field:
   * the contract's problems with it (`found`), then, only when the secret itself has none, whether the
   * two say the same.
   */
  typedTwice<V extends { again: string }>(
    found: FormProblems,
    values: V,
    field: keyof V & string,
    message: string,
  ) {
    this.add(found);
    if (!found.some((p) => p.field === field) && values.again !== values[field])
      this.found({ again: message });
  }

  /** Typed dates as ISO dates (null when empty and optional, or when it cannot be read: that is noted). */
  dates<K extends string>(specs: Record<K, TypedDateSpec>): Record<K, string | null> {
    const read = readDates(specs);
    if (read.ok) return read.iso as Record<K, string | null>;
    this.problems.push(...read.problems);
    return Object.fromEntries(Object.keys(specs).map((k) => [k, null])) as Record<K, string | null>;
  }
}
