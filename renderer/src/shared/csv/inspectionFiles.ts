import { notificationsCsv } from '@contract/exports/notification-exports';
import {
  inspectionsCsv,
  reg44VisitsCsv,
  reg45AnalysisCsv,
  reg45RecordsCsv,
} from '@contract/exports/record-exports';
import { invoke } from '@shared/api/client';
import type { CsvFile, CsvGroup } from './csvFile';

export const REG44_FILE: CsvFile = {
  noun: 'Reg 44 visits',
  holds:
    'Every Reg 44 recommendation with its visit, the home’s response and any action; a visit with none, one row.',
  load: async (homeId) => {
    const pack = await invoke('reports.inspectionPack', { homeId });
    return reg44VisitsCsv(pack.reg44.visits, pack.actions);
  },
};

export const INSPECTIONS_FILE: CsvFile = {
  noun: 'Ofsted inspections',
  holds: 'Every requirement and recommendation with its inspection’s date, type and judgements.',
  load: async (homeId) => {
    const pack = await invoke('reports.inspectionPack', { homeId });
    return inspectionsCsv(pack.ofsted.inspections, pack.actions);
  },
};

export const REG45_FILE: CsvFile = {
  noun: 'Reg 45 reviews',
  holds: 'Every Reg 45 review recorded: its period, when it was completed and where the report went.',
  load: async (homeId) => reg45RecordsCsv(await invoke('reg45.records', { homeId })),
};

export const NOTIFICATIONS_FILE: CsvFile = {
  noun: 'notifications log',
  holds:
    'Every Regulation 40, 48 and 49 notice with each person told and when, in the home’s time; a notice nobody has been told of yet, one row.',
  load: async (homeId) => notificationsCsv((await invoke('notifications.list', { homeId })).entries),
};

/** Reg 44 visits, Ofsted inspections, Reg 45 records and notifications, as the inspection pack and Reg 45 draft print them. */
export const INSPECTION_FILES: CsvGroup = {
  title: 'Inspection records',
  files: [
    REG44_FILE,
    INSPECTIONS_FILE,
    REG45_FILE,
    {
      noun: 'Reg 45 analysis',
      holds: 'Your analysis and Quality Standard comments in each Reg 45 draft, with its sign-off.',
      load: async (homeId) => reg45AnalysisCsv(await invoke('reg45Draft.list', { homeId })),
    },
    NOTIFICATIONS_FILE,
  ],
};
