import type { DomainRevision } from './revise';

/** Version 2 changes to domains 5 to 8 (education, workforce, relationships, safety). */
export const revisionsV2to8: Record<string, DomainRevision> = {
  education: {
    // The 2011 report's own words: education "was also a high priority" (children's experience came first).
    summary:
      'In the homes that stayed outstanding in Ofsted\'s study, education "was also a high priority": staff worked closely with schools and expected children to attend, take part and make progress. The regulations also expect each child to make measurable progress towards what they are capable of.',
    evidenceShortlist: [
      'education-records',
      'childrens-files',
      'key-work',
      'daily-records',
      'placing-authority-feedback',
    ],
    replace: {
      'edu.post16': {
        key: 'edu.participation',
        statement:
          'Young people aged 16 and 17 are in education or training, including apprenticeships or work with training.',
        evidencePrompts: [
          'What is each 16- or 17-year-old doing, and is it what they want?',
          'For anyone not in education or training, what is the plan and by when?',
          'Who is helping them with applications, interviews and getting there?',
        ],
      },
    },
    add: [
      {
        key: 'edu.progress',
        statement:
          'Each child makes measurable progress towards their personal education plan (PEP) targets from their own starting point.',
        evidencePrompts: [
          "What were each child's PEP targets last term, and which have they met?",
          "How does each child's progress compare with where they were when they arrived?",
          'Where progress has stalled, what has the home done with the school and the virtual school?',
        ],
        regulations: [8],
      },
    ],
  },
  workforce: {
    evidenceShortlist: [
      'staff-files',
      'supervision-records',
      'training-matrix',
      'staff-survey',
      'staff-meetings',
    ],
    amend: {
      'work.recruit': { regulations: [32] },
      // Regulation 33(4): practice-related supervision, and an appraisal at least once a year.
      'work.supervision': {
        statement:
          'Staff get practice-related supervision as often as planned, and an appraisal at least once a year.',
        regulations: [33],
      },
      // Regulations 32 and 28: the Level 3 Diploma or an equivalent the registered person accepts, within
      // 2 years of starting work in a care role in any children's home; the date can be deferred.
      'work.training': {
        statement:
          "Mandatory training is in date; care staff hold the Level 3 Diploma, or a qualification the registered person considers equivalent, or gain it within 2 years of starting work in a care role in a children's home (or by a later date that has been agreed and recorded); the registered manager holds Level 5 or gains it within 3 years.",
        regulations: [28, 32],
      },
    },
  },
  relationships: {
    grades: {
      4: "Children have lasting bonds with staff and speak warmly about them, and each child's behaviour has moved on well from where they started.",
      3: "Relationships are secure, and each child's behaviour is improving from their own starting point.",
      2: 'Relationships are fragile, or the team does not reflect well enough on incidents, consequences or police involvement.',
      1: 'The home feels hostile or chaotic to the children living there, or children harm each other without effective action.',
    },
    evidenceShortlist: [
      'key-work',
      'incident-restraint-logs',
      'daily-records',
      'childrens-feedback',
      'family-feedback',
      'childrens-files',
    ],
    replace: {
      'rel.behaviour': {
        key: 'rel.behaviour-progress',
        statement:
          "Behaviour is judged against each child's starting point and the home's purpose: staff respond in ways that repair relationships, any restraint is proportionate, and every measure of control, discipline or restraint is recorded within 24 hours; within 48 hours the registered or authorised person speaks to the staff member and signs the record, and within 5 days confirms they have spoken to the child.",
        evidencePrompts: [
          'For each child, how does their behaviour now compare with when they arrived?',
          'How many measures of control, discipline or restraint were there this quarter (how many restraints, involving how many children)?',
          'For each, was it recorded within 24 hours, did the registered or authorised person speak to the staff member and sign within 48 hours, and confirm speaking to the child within 5 days?',
          'What patterns have you noticed in incidents, and what changed as a result?',
        ],
        regulations: [20, 35],
      },
    },
    add: [
      {
        key: 'rel.peers',
        statement:
          'Children get on with each other, and bullying and harm between children are prevented, noticed and dealt with.',
        evidencePrompts: [
          'How do children say they get on with each other?',
          'Was there any bullying or harm between children this quarter, and what was done for each child involved?',
          'When someone new arrived, how were their needs weighed against those of the children already here?',
        ],
        regulations: [34],
      },
      {
        key: 'rel.consequences',
        statement:
          'Consequences are proportionate and recorded, searches are justified, and the police are called only when needed, so children are not criminalised unnecessarily.',
        evidencePrompts: [
          'What consequences were used this quarter, and do the records show each was fair and explained to the child?',
          'Were any searches of children or their rooms made, and why?',
          'How many times were the police called, and could any of those incidents have been managed in the home?',
        ],
        regulations: [19, 35],
      },
    ],
  },
  safety: {
    title: 'Keeping children safe, consistency and quality assurance',
    summary:
      "Children are safe and feel safe. Ofsted found that many homes' quality rose and fell from one inspection to the next; the homes that stayed outstanding had strong leadership and a stable staff team, and checked their own work honestly.",
    grades: {
      4: "Children are safe, feel safe and say so; the home's view of itself matches what children, the Reg 44 visitor and others say, and improvements last.",
      3: 'Children are safe and feel safe. Risks are managed well, monitoring is thorough, and problems are acted on promptly.',
      2: 'Children are not at serious risk, but risk plans or responses to incidents are inconsistent, actions are overdue, or the home does not look closely enough at trends.',
      1: 'Children are not kept safe or do not feel safe, or the home does not really monitor its own quality.',
    },
    evidenceShortlist: [
      'safeguarding-records',
      'missing-log',
      'risk-assessments',
      'incident-restraint-logs',
      'reg44-reports',
      'daily-records',
    ],
    replace: {
      'safe.missing': {
        key: 'safe.missing-from-care',
        statement:
          "When a child is missing from care, staff respond promptly; the home has its own welcome-back talk with the child, checks that the local authority's return-home interview was requested and offered in time, and shares what was learned.",
        evidencePrompts: [
          'How many times were children missing from care this quarter, and how many children was that?',
          "For each episode, was the local authority's return-home interview requested and offered, did it take place within 72 hours, or did the child decline it?",
          "What did the home's own welcome-back talk with the child find, and who was it shared with?",
          'What patterns of times, places or people have you found, and what has been done about them?',
        ],
        regulations: [34],
      },
    },
    amend: {
      'safe.allegations': { regulations: [40] },
      'safe.reg44': {
        // Regulation 44(5): the independent person's report sets the timescales; nobody agrees them.
        statement:
          "Each recommendation from a Regulation 44 visit is considered and answered within the timescale the independent person's report sets.",
        regulations: [44],
      },
      'safe.reg45': { regulations: [45] },
    },
  },
};
