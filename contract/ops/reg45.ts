import { z } from 'zod';
import { saveReg45RecordInput, type Reg45Record } from '../records';
import { reg45DraftInput, saveReg45DraftInput, signReg45DraftInput, type Reg45Draft } from '../reg45-draft';
import { id } from '../review';
import { recordReg45Input } from '../tracking';
import { read, write } from './op';

/** Reg 45: the review records and the drafted report. */
export const reg45Operations = {
  'reg45.record': write<string[]>()(recordReg45Input),
  'reg45.records': read<Reg45Record[]>()(z.strictObject({ homeId: id })),
  'reg45.save': write<Reg45Record[]>()(saveReg45RecordInput),
  'reg45Draft.get': read<Reg45Draft>()(reg45DraftInput),
  'reg45Draft.list': read<Reg45Draft[]>()(z.strictObject({ homeId: id })),
  'reg45Draft.save': write<Reg45Draft>()(saveReg45DraftInput),
  'reg45Draft.sign': write<Reg45Draft>()(signReg45DraftInput),
  'reg45Draft.unsign': write<Reg45Draft>()(reg45DraftInput),
} as const;
