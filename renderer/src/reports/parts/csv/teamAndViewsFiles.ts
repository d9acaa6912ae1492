import type { CsvGroup } from './csvFile';

/** Team meetings and the views of children, parents, placing authorities and staff. */
export const TEAM_AND_VIEWS_FILES: CsvGroup = {
  title: 'Team meetings and views',
  files: [],
};
