import { ServiceError } from '../../contract/result';

/**
 * The one refusal for a home file that fails while it is read or inserted: it says what is wrong and
 * where (a table and row, in the file's own terms), never a database's or a parser's words.
 */
export const damagedFile = (what: string, where: string) =>
  new ServiceError(
    'invalid_input',
    `This home file is damaged or was edited (${what}, ${where}). Nothing has been imported.`,
  );

/** "row 3 of voice_settings": rows counted from 1, as a person reading the file would count them. */
export const rowOf = (table: string, index: number) => `row ${index + 1} of ${table}`;
