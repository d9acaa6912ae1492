import type { DomainRevision } from './revise';

/**
 * Version 3 additions (issue 22 §4): what an inspection looks at that versions 1 and 2 did not ask about.
 * Every version 2 indicator keeps its key and wording; these are added at the end of their domains.
 */
export const revisionsV3: Record<string, Omit<DomainRevision, 'evidenceShortlist'>> = {
  leadership: {
    add: [
      {
        // SCCIF (section 5.1) lists, as evidence inspectors require, how well the home meets the needs of
        // children who live far from their home area. Meeting them depends on services in both areas: reg 5.
        key: 'lead.far-from-home',
        statement:
          'Children who live far from their home area get the help they need: their school, health care and time with family and friends are arranged, and the home works with the services in both areas to make it happen.',
        evidencePrompts: [
          'Which children live far from their home area, and why was this home the right one for each of them?',
          'Has each of them got a school place, a doctor, a dentist and any specialist help they need here?',
          'How is time with family and friends at home kept up, and who pays for and arranges the travel?',
          'When a service in either area has been slow to help, what did the home do about it?',
        ],
        regulations: [5],
      },
    ],
  },
  voice: {
    add: [
      {
        // Quality Standard 6 (quality and purpose of care): care that is personal to each child.
        key: 'voice.identity',
        statement:
          "Each child's identity is understood and respected: their culture, faith, ethnicity, language, any disability, their sexuality and their gender identity. Children are treated fairly, and any discrimination or bullying about who they are is challenged.",
        evidencePrompts: [
          'What does each child say about who they are, and how does their daily life at the home reflect it (food, faith, language, hair and skin care, celebrations)?',
          'What help has any disabled child or child whose first language is not English had, to take a full part in the home?',
          'How do staff talk with children about sexuality and gender identity, and do children feel safe to be themselves here?',
          'Were there any remarks or incidents about who a child is this quarter, and what was done?',
        ],
        regulations: [6],
      },
    ],
  },
  relationships: {
    add: [
      {
        // Regulation 14, the care planning standard.
        key: 'rel.care-planning',
        statement:
          "Each child's placement plan and their other plans are put into practice and kept under review; the home takes part in their looked-after children's reviews with their independent reviewing officer, and assesses the impact of each admission on the child and the children already living here.",
        evidencePrompts: [
          "Is each child's placement plan up to date, and does the daily record show it being followed?",
          "When was each child's last looked-after child review, did the home contribute, and were the independent reviewing officer's decisions acted on?",
          'For each child who moved in this quarter, was an impact risk assessment made before they arrived, and what did it find?',
        ],
        regulations: [14],
      },
    ],
  },
  safety: {
    add: [
      {
        // Regulation 20 (restraint and deprivation of liberty) and regulation 24 (use of surveillance).
        key: 'safe.liberty',
        statement:
          "Any restriction on a child's liberty is necessary, in proportion and kept under review: a child is deprived of their liberty only where a court has authorised it, and any surveillance has a clear reason to do with keeping children safe, is reviewed, and the children know about it.",
        evidencePrompts: [
          "Is any child's liberty restricted, and is there a current court order authorising it? When is it next reviewed?",
          'Do staff know what each order allows and what it does not?',
          'Is any surveillance used in the home (cameras, door alarms, checks on phones), why, and do the children know about it?',
        ],
        regulations: [20, 24],
      },
    ],
  },
};
