import type { DomainRevision } from './revise';

/** Version 2 changes to domains 1 to 4 (leadership, staffing, voice, aspirations). */
export const revisionsV2to4: Record<string, DomainRevision> = {
  leadership: {
    summary:
      'In the homes Ofsted found outstanding year after year, managers were a visible presence, in frequent contact with staff and children, and led with a sense of purpose the whole team shared. This domain informs the judgement on the effectiveness of leaders and managers.',
    qualityStandards: [5, 6, 13],
    evidenceShortlist: [
      'direct-observation',
      'staff-meetings',
      'staff-survey',
      'supervision-records',
      'reg44-reports',
      'placing-authority-feedback',
    ],
    amend: {
      'lead.challenge': { regulations: [5] },
    },
  },
  staffing: {
    evidenceShortlist: ['rotas', 'quarterly-figures', 'staff-files', 'childrens-feedback', 'key-work'],
  },
  voice: {
    summary:
      'Ofsted called the weight a home gives to children\'s own experience "the defining hallmark of quality"; in the best homes, children\'s views of the home carried real weight. Children there were asked about the things that mattered to them, such as trips, visits and holidays.',
    evidenceShortlist: [
      'childrens-meetings',
      'childrens-feedback',
      'key-work',
      'complaints-log',
      'childrens-files',
      'direct-observation',
    ],
  },
  aspirations: {
    evidenceShortlist: [
      'childrens-files',
      'key-work',
      'health-records',
      'medication-records',
      'daily-records',
      'direct-observation',
    ],
    add: [
      {
        key: 'asp.medicines',
        statement:
          'Medicines are stored, given and recorded safely, and children are helped to manage their own medicines as far as they can.',
        evidencePrompts: [
          'Do the medication records for this quarter show every dose given, or a reason recorded when it was not?',
          'Has everyone who gives medicines been trained and checked as able to do it safely?',
          'Were there any medication errors, and what was learned from each one?',
        ],
        regulations: [23],
      },
      {
        key: 'asp.homely',
        statement:
          'The home is homely, well kept and personal to the children who live there, and repairs are done promptly.',
        evidencePrompts: [
          'Would each child call this their home? Have they chosen things for their own room?',
          'Is anything broken, worn or waiting for repair, and for how long?',
          'What did the last health and safety check find, and has it been put right?',
        ],
      },
    ],
  },
};
