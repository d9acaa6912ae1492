import type { IndicatorWording } from './demo-notes';

/**
 * Evidence notes for domains 1 and 2 of the sample home. Under each rating the notes are in story order:
 * the first is used the first time the indicator gets that rating, the next the time after, and so on.
 * Children appear only as initials (J, K, M, T, later R) or "one young person".
 */
export const notes1to2: Record<string, IndicatorWording> = {
  'lead.visible': {
    sources: ['reg44-reports', 'rotas', 'childrens-feedback', 'staff-survey'],
    notes: {
      3: [
        'The manager is in the house most days and covers at least one evening and one weekend shift a month. All four children know her and drop into the office for a chat.',
        'The walk-round log shows the manager in the house on most days, including two weekend visits this quarter. The Reg 44 visitor noted that the children talked easily about her.',
        'Jo kept up her evening and weekend visits while working her notice. She introduced each child to the incoming manager over tea before she left.',
        'I now work two late shifts a week and one weekend in four, and the walk-round log backs this up. The children come to find me with worries rather than waiting for staff to pass them on.',
        'Visible across the week, including evenings and weekends. Night staff see me at handover at least weekly, and the Reg 44 visitor found that the children knew me well.',
      ],
      2: [
        'I started in post this quarter and spent too much of it in the office getting to grips with records and recruitment. Two of the children told the Reg 44 visitor they had not really met me yet. I have booked myself onto two late shifts a week from now on.',
      ],
      4: [
        'Children and staff describe me as around and easy to find: I work a late shift and a weekend shift every fortnight and eat with the children. The Reg 44 visitor wrote that all four children talked about the manager without being asked.',
        'Still on a late and a weekend shift every fortnight, and night staff see me at every handover on those days. One young person asked me to come to their review meeting, which says a lot.',
      ],
    },
  },
  'lead.purpose': {
    sources: ['staff-meetings', 'staff-survey', 'supervision-records'],
    notes: {
      3: [
        "At the team meeting staff described the home's purpose in their own words, and what they said matched the statement of purpose. Newer staff linked it to what they do at bedtime and on the school run.",
        "The statement of purpose was revisited at the team day, and staff talked about what 'a home, not a unit' means in practice. Answers were consistent and centred on the children.",
        'Staff understand what the home is for. The team talked about keeping that steady through the change of manager and agreed what must not change for the children.',
        'The refreshed statement of purpose was written with the team, and staff explain it confidently. Agency workers get a one-page version at the start of every shift.',
        "Asked at random on walk-rounds, every member of staff could say what the home is for and how it shows in their work. The children's version of the statement of purpose is on the kitchen wall.",
        'Purpose well understood and lived out. New starters this quarter could explain it by the end of their induction, and the Reg 44 visitor heard the same.',
      ],
      2: [
        "Newer and agency staff were unsure what the home is trying to achieve, and some described it as 'keeping things calm'. I have started reviewing the statement of purpose with the whole team.",
        'Better than last quarter, but the new starters still talk about rules more than about what the home is for. The review of the statement of purpose with the team finishes next quarter.',
      ],
    },
  },
  'lead.shared-improvement': {
    sources: ['staff-meetings', 'staff-survey', 'reg45-reviews'],
    notes: {
      3: [
        'Staff suggested the new handover sheet and now run it themselves. Team meeting minutes show actions with names against them, and most are done by the next meeting.',
        'Staff led the changes to the bedtime routine after a reflective session. They challenge each other respectfully at handover, though this is stronger on days than on nights.',
        'The team chose its own priorities for the year at the team day. Two actions slipped because of staffing gaps, and the team agreed new dates.',
        'Team meetings are back to monthly, with actions owned by staff rather than by me. Senior staff now lead a short "what went well" slot each week.',
        'Staff proposed and now run the new key-work planning board. Actions from team meetings are tracked, and staff follow them up with each other.',
        "Staff put forward three of this quarter's improvements, including changes to the evening routine, and reviewed them together after six weeks.",
      ],
      2: [
        'With the change of manager and so many agency shifts, two team meetings were cancelled. Changes this quarter came from me rather than from the team, which I want to turn round.',
      ],
      4: [
        'The team plans and reviews its own improvements, and every member of staff owns an action on the development plan. Staff hold each other to account openly and kindly, and the staff survey says they feel listened to.',
      ],
    },
  },
  'lead.knows-children': {
    sources: ['supervision-records', 'key-work', 'reg44-reports', 'placing-authority-feedback'],
    notes: {
      3: [
        "The manager meets each keyworker monthly to go over progress against the placement plan. She knew the detail of each child's week when the Reg 44 visitor asked.",
        "Monthly progress reviews with keyworkers are up to date. What we learned from K's school meetings changed how staff handle the morning routine.",
        "Progress reviews held for every child. The handover notes for the incoming manager set out each child's progress and what works for them.",
        'I have read every file and met each child and their social worker. I am still learning what works for each of them, but the handover notes have helped.',
        "I now hold monthly progress reviews with each keyworker. What we learned about M's sensory needs has changed how staff plan outings.",
        "Each child's progress is tracked monthly, and the team hears about it at team meetings and at the night-staff handover.",
      ],
      4: [
        "I know each child's progress in detail and it steers the team's work: J's college targets now shape evening key-work, for example. Social workers say our updates are the most useful they get.",
        "Each child's progress is reviewed monthly and discussed at every team meeting, including what it means for practice. One placing authority asked to use our progress summary as a model.",
      ],
    },
  },
  'lead.challenge': {
    sources: ['placing-authority-feedback', 'reg44-reports', 'key-work'],
    notes: {
      3: [
        "The manager challenged the placing authority when K's school transport was withdrawn, and it was back within a week. Escalations are logged with their outcomes.",
        "Escalated the delay in one young person's therapy referral to the team manager, and an appointment followed. The escalation log is up to date.",
        "Challenged a late review of T's care plan and got a date set. Escalations are followed through to an outcome.",
        "I escalated K's missing tuition to the virtual school head, and a tutor was in place within a fortnight. I now chase overdue actions in children's plans every month.",
        "Challenged the placing authority over R's transition plan before arrival, which led to extra introductory visits. All escalations are logged with outcomes.",
        "Pressed for a long-term plan for J's accommodation after 18, and a pathway planning meeting has now been held. Escalations are tracked to a close.",
        'Two escalations this quarter, one over a delayed health assessment and one over transport for family time. Both were resolved within the agreed timescales.',
      ],
      2: [
        "Two children's plans have actions overdue from the local authority, and I did not chase them while settling in. Both are now on my list with dates.",
      ],
    },
  },
  'lead.learning': {
    sources: ['incident-restraint-logs', 'complaints-log', 'staff-meetings'],
    notes: {
      2: [
        'Incidents are reviewed, but we do not always write down what changed as a result, so the learning is hard to show. Complaint outcomes are not yet shared with the whole team.',
      ],
      3: [
        "We added a 'what we changed' column to the incident review log, and staff are using it. One complaint led to a change in how pocket money is handed out.",
        'Incident reviews now record what changed. The team read a short research summary on calmer bedtimes after trauma and tried two of its ideas.',
        'Learning from incidents is still recorded, although fewer reviews were held during the handover between managers. Complaint outcomes are shared at team meetings.',
        'Reviews after incidents are back on track, with the learning recorded. A complaint about agency staff not knowing the house routines led to a one-page profile for each child.',
        'Learning from incidents and complaints is recorded and shared at team meetings. A research briefing on restorative approaches changed how we respond after incidents.',
        "Learning is logged and reviewed each month. The Reg 44 visitor's comment on bedroom searches led to a clearer procedure the children helped word.",
        'Changes after incidents, complaints and research are logged and checked at the next review to see if they worked. The team reflects on one piece of learning at every meeting.',
      ],
    },
  },
  'staff.turnover': {
    sources: ['quarterly-figures', 'staff-survey'],
    notes: {
      3: [
        'No permanent leavers this quarter. Stability is high: nine of the ten staff in post a year ago are still here.',
        'One permanent leaver this quarter, who moved abroad, and a new starter in post. Ten of the eleven staff in post a year ago are still here.',
        'No care staff left this quarter, although the manager leaves at the end of it. Themes from exit interviews over the year are positive.',
        'No permanent leavers this quarter, and rolling turnover has started to fall again. The newest starter is settling in well.',
        'No leavers this quarter. Turnover over the last twelve months is back below 20%, and nine of the eleven staff in post a year ago are still here.',
        'No leavers this quarter or in the last twelve months: everyone in post a year ago is still here.',
      ],
      2: [
        'Two permanent staff left soon after the change of manager, one for a job nearer home and one for a retail job. Rolling twelve-month turnover has risen to about 28%.',
        'No more leavers this quarter, but rolling turnover is still about 29%. Exit interviews point to the unsettled period around the change of manager.',
      ],
    },
  },
  'staff.own-cover': {
    sources: ['rotas', 'quarterly-figures'],
    notes: {
      3: [
        'Agency workers covered about 6% of shifts this quarter, all from two workers who know the children well. Bank staff cover most gaps.',
        'Agency use stayed low at 5% of shifts, all familiar workers. Sickness is mostly covered from our own team and bank staff.',
        'About 8% of shifts were covered by agency staff, all familiar. The same two agency workers are booked for the weeks around the change of manager.',
        'Agency use is down to 7% of shifts, and every agency worker had worked here at least five times before. New permanent staff now cover most gaps.',
        'Agency use at 4% of shifts, all familiar workers. Cover comes almost entirely from our own team and bank staff.',
      ],
      2: [
        "About 22% of shifts were covered by agency workers, and a third of those were people the children had never met. The children commented on 'new faces' at tea time.",
        'Agency cover fell slightly to 19% of shifts but still includes unfamiliar workers at weekends. We now ask the agency for the same workers and give each one a profile of every child.',
        'Agency cover is down to 12% of shifts as the new starters finished induction, and most agency workers are now familiar. Weekend nights still rely on agency.',
      ],
    },
  },
  'staff.keyworker': {
    sources: ['rotas', 'key-work', 'childrens-feedback'],
    notes: {
      3: [
        'Each child has had the same keyworker for at least six months, with a co-keyworker who knows them well.',
        'All keyworker pairings are unchanged. Keyworkers told the children about the change of manager themselves.',
        "Three of the four children kept the same keyworker despite the leavers. One young person's co-keyworker left and was replaced by a member of staff they already know.",
        'The new keyworker arrangements have settled, and R was matched with a keyworker before arriving. Each child has a stable core team.',
        'Keyworkers stable this quarter. The children know who their keyworker is and go to them first.',
        'Every child has kept the same keyworker for at least six months, apart from R, who has kept the same one since arriving.',
      ],
      4: [
        "Every child has had the same keyworker for over a year, and the core team around each child has not changed. One young person called their keyworker 'the person I'd ring first'.",
      ],
      2: [
        "Two children had to change keyworker after staff left, and K told the Reg 44 visitor they were 'fed up of starting again'. The new keyworkers are shadowing established staff.",
      ],
    },
  },
  'staff.vacancies': {
    sources: ['quarterly-figures', 'rotas'],
    notes: {
      3: [
        'One vacancy filled within six weeks. The manager has been in post for over three years.',
        'No vacancies at the end of the quarter, and the manager post is stable.',
        'Three new permanent staff were appointed and started this quarter, filling every vacancy. My registration as manager is now complete.',
        'No vacancies at the end of the quarter, and the deputy post is filled.',
        'One vacancy after a promotion, with an offer already made. The manager and deputy posts are stable.',
        'Fully staffed at the end of the quarter. Vacancies this year were filled in an average of seven weeks.',
      ],
      2: [
        'The manager gave notice this quarter and leaves at the end of it. Priya Shah has been appointed with a two-week handover, but one care post has been vacant for ten weeks.',
        'Two care vacancies after the leavers, and my registration as manager is still going through. Interviews are booked for three posts.',
      ],
    },
  },
  'staff.routines': {
    sources: ['rotas', 'childrens-feedback', 'key-work'],
    notes: {
      3: [
        'The rota keeps the same adults around bedtime and the school run on most days. Family time is always escorted by staff the children know.',
        'The rota is planned so each child has a familiar face at bedtime, and keyworkers do the school run where they can.',
        'Routines stayed steady through the notice period, with familiar staff on school runs and at bedtimes.',
        'Familiar staff are back on the school runs and at bedtimes now the new starters have settled. Only weekend nights sometimes involve agency workers.',
        "The rota is built around the children's routines first. Bedtimes and family-time escorts are always with staff the children know.",
        "Key routines are covered by consistent adults, and the children's feedback about bedtimes and school runs is positive.",
      ],
      2: [
        'With agency cover so high, bedtimes and school runs were sometimes done by staff the children did not know. M was anxious on two mornings when an unfamiliar worker did the school run.',
        'Still some unfamiliar staff at weekend bedtimes. The rota now puts a permanent member of staff on every school run and family-time escort.',
      ],
    },
  },
};
