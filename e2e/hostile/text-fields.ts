import { z } from 'zod';
import { operations } from '../../contract/operations';

/** Operations that store no text a screen shows (files, folders, confirmations, positions, figures). */
const STORES_NO_TEXT = new Set([
  'homes.export', // a passphrase that seals the file, never stored
  'homes.importPreview',
  'homes.import',
  'homes.delete',
  'backups.restore',
  'backups.setFolder',
  'reviews.setPosition',
  'settings.quarterNumbering',
  'metrics.save',
  'pin.set', // a PIN is digits, stored only as a hash
  'lock.exit', // a PIN typed to unlock, compared and never stored
  'appLock.unlock', // a PIN, password or recovery key typed to unlock the app lock, compared and never stored
  'password.set', // the manager's password, stored only as a hash
  // The enrolment code is sent to the hub once and never stored; the hub's address is kept only when it
  // parses as an https:// (or this computer's http://) URL the hub answered, and is shown as React text.
  'hub.connect',
]);
/** Fields that are keys, dates or choices, checked by shape rather than free text. */
const NOT_FREE_TEXT =
  /^(.*On|.*Key|.*Keys|key|sources|link|origin|quarter|respondBy|complyBy|deferredTo|periodStart|periodEnd|urn|order|domains|indicators|itemId)$/;

/**
 * Every "operation.field" that stores free text, read from the contract's own schemas, so an operation
 * added later (meetings, children's voice) must join the hostile sweep or the test names it.
 */
export function freeTextFields(): string[] {
  return Object.entries(operations).flatMap(([name, op]) => {
    if (STORES_NO_TEXT.has(name)) return [];
    const schema = z.toJSONSchema(op.input as z.ZodType, { io: 'input', unrepresentable: 'any' }) as {
      properties?: Record<string, unknown>;
    };
    return Object.entries(schema.properties ?? {})
      .filter(([field, shape]) => {
        const text = JSON.stringify(shape);
        return (
          text.includes('"string"') &&
          !/"(pattern|enum|format|const)"/.test(text) &&
          !NOT_FREE_TEXT.test(field)
        );
      })
      .map(([field]) => `${name}.${field}`);
  });
}
