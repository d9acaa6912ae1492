import {
  agreedRatingsCsv,
  childrensViewsCsv,
  meetingsCsv,
  othersViewsCsv,
  teamAgreementCsv,
  teamSpreadCsv,
  youSaidCsv,
} from '@contract/exports/team-views-exports';
import { invoke } from '@shared/api/client';
import type { CsvFile, CsvGroup } from './csvFile';

async function othersViewsFile(homeId: number): Promise<string> {
  const [feedback, info] = await Promise.all([invoke('voice.feedback', { homeId }), invoke('app.info', {})]);
  return othersViewsCsv(feedback, await invoke('framework.get', { version: info.frameworkVersion }));
}

export const TEAM_MEETINGS_FILE: CsvFile = {
  noun: 'team meetings',
  holds: 'Every recorded team meeting: date, quarter, who attended, how many rated in private, notes.',
  load: async (homeId) => meetingsCsv(await invoke('meeting.list', { homeId })),
};

export const CHILDRENS_VIEWS_FILE: CsvFile = {
  noun: 'children’s views',
  holds:
    'Young people’s answers per quarter and question, counted; a quarter with too few answers says so instead.',
  load: async (homeId) => childrensViewsCsv(await invoke('voice.results', { homeId })),
};

export const OTHERS_VIEWS_FILE: CsvFile = {
  noun: 'others’ views',
  holds: 'Every view recorded from parents, placing authorities, staff and others: date, who, what was said.',
  load: othersViewsFile,
};

/** Team meetings and the views of children, parents, placing authorities and staff. */
export const TEAM_AND_VIEWS_FILES: CsvGroup = {
  title: 'Team meetings and views',
  files: [
    TEAM_MEETINGS_FILE,
    {
      noun: 'agreed ratings',
      holds:
        'Every rating the team agreed, dated by its meeting: the rating before and after, and the reason.',
      load: async (homeId) => agreedRatingsCsv(await invoke('meeting.list', { homeId })),
    },
    {
      noun: 'team ratings spread',
      holds:
        'How many staff gave each grade for the indicators discussed, once rating has ended and where five or more rated.',
      load: async (homeId) => teamSpreadCsv(await invoke('meeting.list', { homeId })),
    },
    {
      noun: 'team agreement',
      holds: 'How far apart the team’s private ratings were, per hallmark and quarter.',
      load: async (homeId) => teamAgreementCsv(await invoke('meeting.agreement', { homeId })),
    },
    CHILDRENS_VIEWS_FILE,
    OTHERS_VIEWS_FILE,
    {
      noun: 'you said, we did',
      holds: 'Each suggestion from young people, what the home did and when.',
      load: async (homeId) => youSaidCsv(await invoke('voice.youSaid', { homeId })),
    },
  ],
};
