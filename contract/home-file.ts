import { z } from 'zod';
import { id } from './review';

/** What the first line of every export says it is; anything else is not a Hallmarks home file. */
export const HOME_FILE_FORMAT = 'hallmarks-home';
/** The layout of the export file itself (not the database schema, which travels beside it). */
export const HOME_FILE_FORMAT_VERSION = 1;

/** A home's data as one file: the home's own row and every row that hangs off it, table by table. */
export interface HomeFile {
  format: typeof HOME_FILE_FORMAT;
  formatVersion: number;
  /** The database schema version (user_version) of the copy of Hallmarks that exported it. */
  schemaVersion: number;
  appVersion: string;
  exportedAt: string;
  homeName: string;
  tables: Record<string, { columns: string[]; rows: unknown[][] }>;
  /** "sha256:" and the hex digest of the JSON of everything above. */
  checksum: string;
}

export interface ExportedHome {
  /** A suggested file name, for example "Rowan House 2026-11-28.hallmarks-home.json". */
  fileName: string;
  text: string;
  /** Sealed with the passphrase (see db/home-file/home-file-envelope.ts), or plain by explicit choice. */
  encrypted: boolean;
}

export interface ImportPreview {
  homeName: string;
  exportedAt: string;
  /** What would be added, table by table, in plain words ("review indicators: 384"). */
  adds: { what: string; count: number }[];
  /** A home already here with the same name or URN: importing would replace it, never duplicate it. */
  existing: { id: number; name: string } | null;
}

export interface ImportOutcome {
  homeId: number;
  homeName: string;
  replaced: boolean;
}

/**
 * Every copy of a home's data outside the data file: backups (in the backup folder and in folders used
 * before), copies a restore kept so it can be undone, and damaged data files set aside at start.
 */
export interface HomeCopies {
  backups: number;
  /** Backups in backup folders used before the current one: never pruned. */
  earlierFolders: number;
  /** Copies of the data file a restore kept beside it: never pruned. */
  restoreCopies: number;
  /** Damaged data files set aside at start: never pruned. */
  setAsides: number;
  /** Copies that could not be read (damaged): they may hold the home and cannot be changed. */
  unreadable: string[];
  /** The backup folders they are in. */
  folders: string[];
  /**
   * The last day a backup in the backup folder may still hold it, if Hallmarks takes a backup each
   * month (one a month is kept for 12 months); null when none does.
   */
  lastAgesOutOn: string | null;
  /** Days from today to lastAgesOutOn; null with it. */
  daysLeft: number | null;
}

export interface DeleteOutcome {
  deletedName: string;
  /** Where the backups are: those taken before the deletion still hold the home until they age out. */
  backupsFolder: string;
  /** Copies that still hold it after the deletion (every kind in `copies`). */
  backupsHoldingIt: number;
  copies: HomeCopies;
  /** Copies the home was removed from, when the manager asked for that too. */
  removedFrom: number;
}

/** Below dispatch's MAX_REQUEST_CHARS (2,000,000), leaving room for the rest of the request. */
export const MAX_FILE_CHARS = 1_990_000;

export const FILE_TOO_LARGE =
  'That file is too large to import in the app. Ask whoever looks after your computers to import it with npm run import. Nothing has been imported.';

/**
 * Whether a file's text fits in one request, checked before it is sent. The request limit counts the
 * text as it travels, in JSON, where every quote and line break takes two characters: a file just under
 * MAX_FILE_CHARS can still be over the limit, and would otherwise get the transport's own words.
 */
export const fitsInRequest = (text: string) => JSON.stringify(text).length <= MAX_FILE_CHARS;

/** A file this many bytes or more cannot fit, whatever it holds: refused before it is read at all. */
export const MAX_FILE_BYTES = MAX_FILE_CHARS * 4;

const fileText = z
  .string({ error: 'Choose a Hallmarks home file to import' })
  .min(1, { error: 'Choose a Hallmarks home file to import' })
  .max(MAX_FILE_CHARS, { error: FILE_TOO_LARGE });

export const PASSPHRASE_MIN_LENGTH = 10;
/** The passphrase typed to open an encrypted home file: checked against the file, never stored. */
const typedPassphrase = z
  .string({ error: 'Type the passphrase the file was exported with' })
  .max(1000, { error: 'Type the passphrase the file was exported with' })
  .optional();

/**
 * A home file leaves the computer encrypted with a passphrase; a plain file only when the person chose
 * it explicitly, after a warning (`unencrypted: true`).
 */
export const exportHomeInput = z
  .strictObject({
    id,
    passphrase: z
      .string({ error: `Type a passphrase of at least ${PASSPHRASE_MIN_LENGTH} characters` })
      .min(PASSPHRASE_MIN_LENGTH, {
        error: `Type a passphrase of at least ${PASSPHRASE_MIN_LENGTH} characters`,
      })
      .max(1000, { error: 'Type a passphrase of at most 1,000 characters' })
      .optional(),
    unencrypted: z.literal(true, { error: 'Choose an encrypted or an unencrypted file' }).optional(),
  })
  .refine((input) => (input.passphrase === undefined) !== (input.unencrypted === undefined), {
    error: `Type a passphrase of at least ${PASSPHRASE_MIN_LENGTH} characters, or choose an unencrypted file`,
    path: ['passphrase'],
  });

export const importPreviewInput = z.strictObject({ text: fileText, passphrase: typedPassphrase });
export const importHomeInput = z.strictObject({
  text: fileText,
  passphrase: typedPassphrase,
  /** The home the preview found with the same name or URN, to replace; null to add a new home. */
  replaceHomeId: id.nullable(),
});
export const deleteHomeInput = z.strictObject({
  id,
  confirmName: z.string({ error: "Type the home's name" }).max(1000, { error: "Type the home's name" }),
  /** "Remove this home from backups too": every copy that holds it is changed to hold it no longer. */
  removeFromCopies: z.boolean().optional(),
});
