import type { Framework } from '@contract/framework';
import { actionsCsv, figuresCsv, ratingsCsv } from '@contract/report-exports';
import { invoke } from '@shared/api/client';
import type { CsvGroup } from './csvFile';

async function ratingsFile(homeId: number): Promise<string> {
  const summaries = await invoke('reviews.list', { homeId });
  const reviews = await Promise.all(
    [...summaries].sort((a, b) => a.quarter.localeCompare(b.quarter)).map((r) => invoke('reviews.get', { id: r.id })),
  );
  const frameworks = new Map<number, Framework>();
  for (const version of new Set(reviews.map((r) => r.frameworkVersion))) {
    frameworks.set(version, await invoke('framework.get', { version }));
  }
  return ratingsCsv(reviews, frameworks);
}

/** The quarterly reviews' ratings, the action plan and the quarterly figures. */
export const REVIEW_FILES: CsvGroup = {
  title: 'Reviews, actions and figures',
  files: [
    {
      noun: 'ratings',
      holds: 'Every indicator’s rating and evidence note in every review.',
      load: ratingsFile,
    },
    {
      noun: 'actions',
      holds: 'Every action: owner, due date, status and where it came from.',
      load: async (homeId) => actionsCsv(await invoke('actions.list', { homeId })),
    },
    {
      noun: 'figures',
      holds: 'Every quarter’s figures, one row a quarter.',
      load: async (homeId) => figuresCsv((await invoke('dashboard.get', { homeId })).metrics),
    },
  ],
};
