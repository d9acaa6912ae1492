import type { Grade, Rating } from '../../contract/framework';

/**
 * The sample home's two years, as grades. Index 0 is the oldest of the eight quarters before "now";
 * the wording that goes with each grade lives in demo-notes.ts.
 *
 * The story: a steady Good home. The first manager leaves after the third quarter; the new one takes over
 * at the fourth. Leavers and agency cover pull staffing continuity down to Requires improvement for two
 * quarters and leadership wobbles for one, then both recover. Education climbs from Requires improvement
 * to Outstanding, children's voice becomes Outstanding late on, and safety stays Good throughout.
 */
export const STORY_LENGTH = 8;

export type Eight<T> = readonly [T, T, T, T, T, T, T, T];

export const FIRST_MANAGER = 'Jo Turner';
export const SECOND_MANAGER = 'Priya Shah';
export const MANAGER_ROLE = 'Registered manager';
/** Index of the first quarter signed off by the second manager. */
export const MANAGER_CHANGE_AT = 3;

export const signerFor = (index: number): string =>
  index < MANAGER_CHANGE_AT ? FIRST_MANAGER : SECOND_MANAGER;

/** How the second manager signs while Ofsted has not yet registered her: she may not call herself registered. */
export const PENDING_ROLE = 'Manager (registration pending)';

/**
 * The signer's role: the second manager's registration was pending through her first quarter and until
 * part-way through the next (demo-figures.ts), so that first review is signed as pending.
 */
export const signerRoleFor = (index: number): string =>
  index === MANAGER_CHANGE_AT ? PENDING_ROLE : MANAGER_ROLE;

/** Days after the end of each quarter on which its review was signed off (all within a fortnight). */
export const SIGN_OFF_DAYS: Eight<number> = [9, 6, 12, 13, 8, 5, 10, 7];

export interface DomainStory {
  /** The judgement the story means each quarter; the indicator ratings below lead to it. */
  grades: Eight<Grade>;
  /** Each indicator's rating per quarter (0 = not enough evidence yet). */
  ratings: Record<string, Eight<Rating>>;
}

export const story: Record<string, DomainStory> = {
  leadership: {
    grades: [3, 3, 3, 2, 3, 3, 3, 3],
    ratings: {
      'lead.visible': [3, 3, 3, 2, 3, 3, 4, 4],
      'lead.purpose': [3, 3, 3, 2, 2, 3, 3, 3],
      'lead.shared-improvement': [3, 3, 3, 2, 3, 3, 3, 4],
      'lead.knows-children': [3, 3, 3, 3, 3, 3, 4, 4],
      'lead.challenge': [3, 3, 3, 2, 3, 3, 3, 3],
      'lead.learning': [2, 3, 3, 3, 3, 3, 3, 3],
    },
  },
  staffing: {
    grades: [3, 3, 3, 2, 2, 3, 3, 3],
    ratings: {
      'staff.turnover': [3, 3, 3, 2, 2, 3, 3, 3],
      'staff.own-cover': [3, 3, 3, 2, 2, 2, 3, 3],
      'staff.keyworker': [3, 4, 3, 3, 2, 3, 3, 3],
      'staff.vacancies': [3, 3, 2, 2, 3, 3, 3, 3],
      'staff.routines': [3, 3, 3, 2, 2, 3, 3, 3],
    },
  },
  voice: {
    grades: [3, 3, 3, 3, 3, 3, 4, 4],
    ratings: {
      'voice.meetings': [3, 3, 3, 3, 3, 4, 4, 4],
      'voice.all-children': [3, 3, 3, 3, 3, 3, 4, 4],
      'voice.complaints': [3, 3, 3, 3, 3, 3, 3, 4],
      'voice.advocacy': [3, 3, 3, 3, 3, 3, 4, 4],
      'voice.feedback': [0, 2, 3, 3, 3, 3, 4, 4],
      'voice.home-life': [3, 3, 3, 3, 3, 4, 4, 4],
    },
  },
  aspirations: {
    grades: [3, 3, 3, 3, 3, 3, 3, 3],
    ratings: {
      'asp.goals': [3, 3, 3, 3, 3, 3, 3, 3],
      'asp.experiences': [3, 3, 3, 3, 3, 3, 4, 4],
      'asp.celebrate': [3, 3, 3, 3, 3, 4, 4, 4],
      'asp.health': [3, 2, 3, 3, 3, 3, 3, 3],
      'asp.independence': [3, 0, 3, 3, 3, 3, 3, 3],
      'asp.medicines': [3, 3, 3, 3, 3, 3, 3, 3],
      'asp.homely': [3, 3, 3, 3, 3, 3, 3, 4],
    },
  },
  education: {
    grades: [2, 2, 3, 3, 3, 3, 4, 4],
    ratings: {
      'edu.place': [2, 2, 3, 3, 3, 4, 4, 4],
      'edu.schools': [3, 3, 3, 3, 3, 3, 4, 4],
      'edu.escalate': [2, 3, 3, 3, 3, 3, 4, 4],
      'edu.home-learning': [2, 2, 3, 3, 3, 3, 4, 4],
      'edu.post16': [2, 2, 2, 3, 3, 3, 3, 4],
      'edu.participation': [2, 2, 2, 3, 3, 3, 3, 4],
      'edu.progress': [3, 3, 3, 3, 3, 3, 4, 4],
    },
  },
  workforce: {
    grades: [3, 3, 3, 3, 3, 3, 3, 3],
    ratings: {
      'work.recruit': [3, 3, 3, 3, 3, 4, 4, 4],
      'work.induction': [3, 3, 3, 2, 3, 3, 3, 3],
      'work.supervision': [3, 3, 3, 2, 2, 3, 3, 3],
      'work.training': [3, 3, 2, 3, 3, 3, 3, 3],
      'work.develop': [3, 3, 3, 3, 3, 3, 3, 4],
    },
  },
  relationships: {
    grades: [3, 3, 3, 3, 3, 3, 3, 3],
    ratings: {
      'rel.trusted-adult': [3, 3, 3, 3, 3, 3, 4, 4],
      'rel.behaviour': [3, 3, 3, 3, 2, 3, 3, 3],
      'rel.behaviour-progress': [3, 3, 3, 3, 2, 3, 3, 3],
      'rel.peers': [3, 3, 3, 3, 3, 3, 3, 3],
      'rel.consequences': [3, 3, 3, 3, 3, 3, 3, 3],
      'rel.family': [3, 3, 3, 3, 3, 3, 3, 3],
      'rel.moves': [0, 3, 3, 3, 3, 3, 3, 3],
      'rel.stable-placements': [3, 3, 3, 3, 3, 3, 3, 3],
    },
  },
  safety: {
    grades: [3, 3, 3, 3, 3, 3, 2, 3],
    ratings: {
      'safe.risks': [3, 3, 3, 3, 3, 3, 2, 3],
      'safe.missing': [3, 3, 3, 3, 3, 3, 3, 3],
      'safe.missing-from-care': [3, 3, 3, 3, 3, 3, 1, 2],
      'safe.allegations': [3, 3, 3, 3, 3, 3, 3, 3],
      'safe.reg44': [3, 3, 3, 2, 3, 3, 3, 3],
      'safe.reg45': [3, 3, 3, 3, 3, 3, 3, 3],
      'safe.trends': [3, 3, 3, 3, 3, 3, 2, 4],
    },
  },
};

/** Indicators the manager flags to talk through with the team, per quarter. */
export const DISCUSS: Eight<readonly string[]> = [
  ['edu.place', 'lead.learning'],
  ['voice.feedback', 'asp.health'],
  ['staff.vacancies', 'work.training'],
  ['staff.own-cover', 'staff.turnover', 'lead.visible', 'safe.reg44'],
  ['staff.keyworker', 'rel.behaviour', 'work.supervision'],
  ['staff.own-cover'],
  ['safe.missing-from-care', 'safe.risks'],
  [],
];

/** Index of the first quarter reviewed against framework version 2 (earlier ones keep version 1). */
export const FRAMEWORK_V2_FROM = 5;

/**
 * Where the manager changes the app's suggestion for one of the three SCCIF judgements, and why. In the
 * seventh quarter a child missing from care was not kept safe enough, so helped and protected is
 * Inadequate, and the limiting rule makes the overall Inadequate too.
 */
export const SCCIF_CHANGES: Partial<
  Record<number, Partial<Record<'protection' | 'leadership', { grade?: Grade; reason: string }>>>
> = {
  6: {
    protection: {
      grade: 1,
      reason:
        'K was missing from care twice without a return-home interview offered in time, and the exploitation concern was not shared for a week. Children were not kept safe enough, whatever the other indicators say.',
    },
    // Helped and protected below Good asks whether the home's own monitoring missed it.
    leadership: {
      reason:
        "Our own weekly audit of the missing log found the gap within a fortnight: I rewrote the missing protocol, briefed every shift and told the Reg 44 visitor. Supervision and staffing held steady, so leadership stays Good, but I will check the protocol's use every week.",
    },
  },
  7: {
    protection: {
      grade: 2,
      reason:
        'The new missing protocol and risk reviews are in place, but they have not been tested by an episode yet, so this is not yet Good.',
    },
    leadership: {
      reason:
        "Leaders found last quarter's missing-from-care gap themselves and the new protocol is audited weekly; the remaining step is to see it work in an episode.",
    },
  },
};

/** The story's rating for an indicator, or null when the story does not cover it. */
export function storyRating(domainKey: string, indicatorKey: string, index: number): Rating | null {
  return story[domainKey]?.ratings[indicatorKey]?.[index] ?? null;
}

export function storyGrade(domainKey: string, index: number): Grade | null {
  return story[domainKey]?.grades[index] ?? null;
}
