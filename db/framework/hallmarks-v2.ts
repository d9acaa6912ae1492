import type { Framework } from '../../contract/framework';
import { hallmarksV1 } from './hallmarks-v1';
import { reviseDomain, type DomainRevision } from './revise';
import { revisionsV2to4 } from './revisions-v2-1-4';
import { revisionsV2to8 } from './revisions-v2-5-8';

const revisions: Record<string, DomainRevision> = { ...revisionsV2to4, ...revisionsV2to8 };

const NEW_SOURCES = [
  { key: 'childrens-files', label: "Children's files and placement plans" },
  { key: 'daily-records', label: 'Daily records' },
  { key: 'direct-observation', label: 'Direct observation' },
  { key: 'staff-files', label: 'Staff files and safer-recruitment checks' },
  { key: 'risk-assessments', label: 'Health and safety and location risk assessments' },
  { key: 'safeguarding-records', label: 'Safeguarding and LADO records' },
  { key: 'medication-records', label: 'Medication records' },
];

/**
 * Version 2: the three SCCIF judgements with the limiting rules applied to them (not to single indicators),
 * regulation 5, corrected wording, new indicators inspectors look at every time, and evidence shortlists.
 * Reviews made against version 1 keep version 1.
 */
export const hallmarksV2: Framework = {
  ...hallmarksV1,
  version: 2,
  publishedOn: '2026-11-28',
  domains: hallmarksV1.domains.map((d) => reviseDomain(d, revisions[d.key]!)),
  evidenceSources: [
    ...hallmarksV1.evidenceSources.map((s) =>
      s.key === 'missing-log' ? { ...s, label: 'Missing-from-care log' } : s,
    ),
    ...NEW_SOURCES,
  ],
  gradeMeanings: {
    4: 'Care and help are consistently strong, children make progress well beyond their starting points and say so in their own words, and others could learn from how things are done here.',
    3: "Good is the benchmark: care and help have a clear, positive impact on children's lives and progress. When something slips, it is spotted and put right quickly.",
    2: 'Children are not harmed or left at serious risk, but care does not yet have the positive impact of good: practice, or the evidence for it, is patchy or has not bedded in.',
    1: 'Serious or widespread failings mean children are not safe, or their welfare is not being looked after.',
  },
  gradeShortMeanings: {
    4: 'Strong, lasting impact others could learn from',
    3: 'The benchmark: a clear, positive impact on children',
    2: 'Not yet good, but children are not at serious risk',
    1: 'Children are not safe, or their welfare is not promoted',
  },
  qualityStandardTitles: {
    5: "Engaging with the wider system to ensure children's needs are met",
    ...hallmarksV1.qualityStandardTitles,
  },
  sccif: {
    protection: {
      domains: ['safety'],
      safety: [
        { key: 'safe.risks', label: 'Risks to each child' },
        { key: 'safe.missing-from-care', label: 'Missing from care' },
        { key: 'safe.allegations', label: 'Allegations, concerns and notifications' },
      ],
      indicators: [
        { key: 'rel.behaviour-progress', label: 'Behaviour and restraint' },
        { key: 'rel.consequences', label: 'Consequences, searches and police involvement' },
        { key: 'rel.peers', label: 'Bullying and harm between children' },
        { key: 'work.recruit', label: 'Safer recruitment' },
      ],
    },
    leadership: {
      domains: ['leadership', 'staffing', 'workforce'],
      indicators: [
        { key: 'safe.reg44', label: 'Acting on Regulation 44 visits' },
        { key: 'safe.reg45', label: 'Regulation 45 reviews' },
        { key: 'safe.trends', label: 'Monitoring quarterly results' },
      ],
    },
  },
};
