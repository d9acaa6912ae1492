import { z } from 'zod';
import { homeFields, type Home } from '../home';
import {
  deleteHomeInput,
  exportHomeInput,
  importHomeInput,
  importPreviewInput,
  type DeleteOutcome,
  type HomeCopies,
  type ExportedHome,
  type ImportOutcome,
  type ImportPreview,
} from '../home-file';
import { id } from '../review';
import type { AppInfo } from './app';
import { none, read, write } from './op';

/** Homes: the list, each home's details, and moving a home between computers. */
export const homesOperations = {
  'homes.list': read<Home[]>()(none),
  'homes.get': read<Home>()(z.strictObject({ id })),
  'homes.create': write<Home>()(homeFields),
  'homes.update': write<Home>()(z.strictObject({ id, ...homeFields.shape })),
  'homes.select': write<AppInfo>()(z.strictObject({ id })),
  'homes.export': read<ExportedHome>()(exportHomeInput),
  'homes.importPreview': read<ImportPreview>()(importPreviewInput),
  'homes.import': write<ImportOutcome>()(importHomeInput),
  'homes.delete': write<DeleteOutcome>()(deleteHomeInput),
  /** Which backups and other copies hold a home, before it is deleted. */
  'homes.copies': read<HomeCopies>()(z.strictObject({ id })),
} as const;
