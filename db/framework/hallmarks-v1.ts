import type { Framework } from '../../contract/framework';
import { domains1to4 } from './domains-1-4';
import { domains5to8 } from './domains-5-8';

/**
 * The built-in framework, version 1. Published content: once a home has assessments against it, change
 * wording only to fix mistakes; anything that changes meaning belongs in a new version.
 */
export const hallmarksV1: Framework = {
  key: 'hallmarks',
  version: 1,
  title: "Hallmarks of outstanding children's homes",
  publishedOn: '2026-11-26',
  domains: [...domains1to4, ...domains5to8],
  evidenceSources: [
    { key: 'childrens-meetings', label: "Children's meetings" },
    { key: 'childrens-feedback', label: "Children's surveys and feedback" },
    { key: 'key-work', label: 'Key-work sessions' },
    { key: 'family-feedback', label: "Parents' and families' feedback" },
    { key: 'placing-authority-feedback', label: 'Placing authority feedback' },
    { key: 'staff-meetings', label: 'Staff meetings' },
    { key: 'staff-survey', label: 'Staff survey' },
    { key: 'supervision-records', label: 'Supervision records' },
    { key: 'training-matrix', label: 'Training matrix' },
    { key: 'rotas', label: 'Rotas' },
    { key: 'reg44-reports', label: 'Regulation 44 reports' },
    { key: 'reg45-reviews', label: 'Regulation 45 reviews' },
    { key: 'incident-restraint-logs', label: 'Incident and restraint logs' },
    { key: 'missing-log', label: 'Missing-from-home log' },
    { key: 'complaints-log', label: 'Complaints log' },
    { key: 'education-records', label: 'Education records (PEPs, attendance)' },
    { key: 'health-records', label: 'Health records' },
    { key: 'quarterly-figures', label: "The home's quarterly figures" },
  ],
  ratingLabels: {
    4: 'Outstanding',
    3: 'Good',
    2: 'Requires improvement to be good',
    1: 'Inadequate',
    0: 'Not enough evidence yet',
  },
  gradeMeanings: {
    4: 'Good in every way and kept up for at least three quarters in a row. Children say so in their own words, and other homes could learn from how things are done here.',
    3: 'Every indicator is met and there is recent evidence to show it. When something slips, it is spotted and put right quickly.',
    2: 'Children are not being harmed or left at serious risk, but practice or the evidence for it is patchy, or new ways of working have not yet bedded in.',
    1: 'Serious or widespread failings mean children are not safe, or their welfare is not being looked after.',
  },
  qualityStandardTitles: {
    6: 'Quality and purpose of care',
    7: "Children's views, wishes and feelings",
    8: 'Education',
    9: 'Enjoyment and achievement',
    10: 'Health and well-being',
    11: 'Positive relationships',
    12: 'Protection of children',
    13: 'Leadership and management',
    14: 'Care planning',
  },
  sccifAreaTitles: {
    experiences: 'Overall experiences and progress of children and young people',
    protection: 'How well children and young people are helped and protected',
    leadership: 'The effectiveness of leaders and managers',
  },
  disclaimer:
    "These grades are the home's own judgements, made to help the team reflect and improve. They are not a forecast of what Ofsted would decide: inspectors reach their own professional judgement, and it is not worked out from a checklist like this one.",
};
