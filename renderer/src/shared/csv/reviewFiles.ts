import type { Framework } from '@contract/framework';
import { actionsCsv, figuresCsv, ratingsCsv } from '@contract/exports/report-exports';
import type { ReviewDetail } from '@contract/review';
import { indicatorsCsv, judgementsCsv, reviewSummariesCsv } from '@contract/exports/review-exports';
import { invoke } from '@shared/api/client';
import type { CsvGroup } from './csvFile';

/** Every review of the home, oldest first, with the frameworks they were made against. */
async function everyReview(
  homeId: number,
): Promise<{ reviews: ReviewDetail[]; frameworks: Map<number, Framework> }> {
  const summaries = await invoke('reviews.list', { homeId });
  const reviews = await Promise.all(
    [...summaries]
      .sort((a, b) => a.quarter.localeCompare(b.quarter))
      .map((r) => invoke('reviews.get', { id: r.id })),
  );
  const frameworks = new Map<number, Framework>();
  for (const version of new Set(reviews.map((r) => r.frameworkVersion))) {
    frameworks.set(version, await invoke('framework.get', { version }));
  }
  return { reviews, frameworks };
}

async function indicatorsFile(): Promise<string> {
  const { frameworkVersion } = await invoke('app.info', {});
  return indicatorsCsv(await invoke('framework.get', { version: frameworkVersion }));
}

/** The quarterly reviews (what the quarterly review report prints), the action plan and the figures. */
export const REVIEW_FILES: CsvGroup = {
  title: 'Reviews, actions and figures',
  files: [
    {
      noun: 'ratings',
      holds: 'Every indicator’s rating and evidence note in every review.',
      load: async (homeId) => {
        const { reviews, frameworks } = await everyReview(homeId);
        return ratingsCsv(reviews, frameworks);
      },
    },
    {
      noun: 'judgements',
      holds: 'The three SCCIF judgements, each domain’s and the overall, in every review, with the movement.',
      load: async (homeId) => {
        const { reviews, frameworks } = await everyReview(homeId);
        return judgementsCsv(reviews, frameworks);
      },
    },
    {
      noun: 'review summaries',
      holds: 'Each review’s sign-off, strengths, areas to improve and staff-room summary, one row a review.',
      load: async (homeId) => reviewSummariesCsv((await everyReview(homeId)).reviews),
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
    {
      noun: 'indicators',
      holds: 'The framework’s indicators as the rating sheets number them, with their Quality Standards.',
      load: indicatorsFile,
    },
  ],
};
