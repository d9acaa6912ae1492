import type { FrameworkDomain } from '../../contract/framework';

/** Hallmarks v1, domains 5 to 8. Content only; see hallmarks-v1.ts for the framework around it. */
export const domains5to8: FrameworkDomain[] = [
  {
    key: 'education',
    number: 5,
    title: 'Education and learning',
    summary:
      "The outstanding homes in Ofsted's study put education first: staff worked closely with schools and expected children to attend, take part and make progress. The regulations also expect each child to make measurable progress towards what they are capable of.",
    grades: {
      4: "Children's attendance and progress are well above where they started, and learning is part of everyday life in the home.",
      3: 'Attendance is high, personal education plans are up to date, and staff work well with schools.',
      2: 'There are gaps in attendance, or delays in finding children a school or college place.',
      1: 'Children are out of education and nothing effective is being done about it.',
    },
    indicators: [
      {
        key: 'edu.place',
        statement: 'Every child has a suitable school, college or other education place, and goes to it.',
        evidencePrompts: [
          "What is each child's attendance this quarter, and who is below 90%?",
          'Is any child without a place or on reduced hours, and for how long?',
          'What is being done for each child whose attendance is slipping?',
        ],
      },
      {
        key: 'edu.schools',
        statement: 'Staff stay in close touch with schools and go to personal education plan (PEP) meetings.',
        evidencePrompts: [
          'Which PEP meetings were held this term, and did someone from the home go to each one?',
          "How often do staff speak to each child's school?",
          "Do the staff who help with homework know each child's PEP targets?",
        ],
      },
      {
        key: 'edu.escalate',
        statement:
          'Exclusions, unmet special educational needs or gaps in provision are raised quickly with the right people.',
        evidencePrompts: [
          'Were there suspensions or exclusions this quarter, and what did the home do about each one?',
          'Has any concern been taken to the virtual school or the placing authority, and what happened?',
          'Is any child waiting for an assessment or a review of their education, health and care (EHC) plan?',
        ],
      },
      {
        key: 'edu.home-learning',
        statement: 'Homework, reading and learning outside school are encouraged and supported in the home.',
        evidencePrompts: [
          'Where and when do children do homework, and who helps them?',
          'What books, games or outings support learning outside school?',
          'Do staff feel able to help with what children are studying, and where do they get help if not?',
        ],
      },
      {
        key: 'edu.post16',
        statement: 'Young people over 16 are in education, training or work.',
        evidencePrompts: [
          'What is each young person over 16 doing, and is it what they want?',
          'For anyone not in education, training or work, what is the plan and by when?',
          'Who is helping them with applications, interviews and getting there?',
        ],
      },
    ],
    qualityStandards: [8],
    sccifAreas: ['experiences'],
  },
  {
    key: 'workforce',
    number: 6,
    title: 'Recruiting, inducting and developing staff',
    summary:
      'The outstanding homes chose staff for their values, enthusiasm and ability to connect with children rather than for paper qualifications alone, then backed them with a strong induction and training. Involving staff in improving the home, and holding them to account, helped teams stay together.',
    grades: {
      4: 'The home grows its own future leaders and rarely loses good staff.',
      3: 'Every member of staff gets a consistent induction, regular supervision and the training they need.',
      2: 'Supervision or training is overdue for some staff.',
      1: 'Recruitment is unsafe, or staff are working with children without the training they need.',
    },
    indicators: [
      {
        key: 'work.recruit',
        statement:
          "Recruitment tests candidates' values, how they get on with children and whether they share the home's vision, alongside full safer-recruitment checks.",
        evidencePrompts: [
          'How do interviews test values and how candidates relate to children?',
          'Is every safer-recruitment check complete and recorded in each recent file?',
          'Did children have a part in any recent interview?',
        ],
      },
      {
        key: 'work.induction',
        statement: 'New staff complete a structured induction before they work unsupervised.',
        evidencePrompts: [
          'Did everyone who started this quarter finish their induction before working without supervision?',
          "What does induction cover about each child, the home's purpose and safeguarding?",
          'What did new starters say about their induction?',
        ],
      },
      {
        key: 'work.supervision',
        statement: 'Staff get reflective supervision as often as planned.',
        evidencePrompts: [
          'What share of the supervision sessions due this quarter actually took place?',
          'Do supervision notes show staff reflecting on their work with children, not just tasks?',
          'Who is overdue, and when is their next session booked?',
        ],
      },
      {
        key: 'work.training',
        statement:
          'Mandatory training is in date, and care staff and the manager hold, or are on track to gain in the time allowed, the qualifications the regulations require.',
        evidencePrompts: [
          'What does the training matrix show as out of date or due this quarter?',
          'Which care staff hold, or are enrolled on, the Level 3 qualification, and is anyone near their deadline?',
          'If the manager does not yet hold the Level 5 qualification, is it on track?',
        ],
      },
      {
        key: 'work.develop',
        statement: 'Staff are helped to grow into senior roles, and their well-being is looked after.',
        evidencePrompts: [
          'Who has stepped up to a senior or lead role this year, and how were they prepared?',
          'How is staff well-being checked after difficult shifts or incidents?',
          'What do sickness figures and the staff survey suggest about how staff are coping?',
        ],
      },
    ],
    qualityStandards: [13],
    sccifAreas: ['leadership'],
  },
  {
    key: 'relationships',
    number: 7,
    title: 'Relationships, attachment and family links',
    summary:
      'The outstanding homes were built on trusting relationships between children and the staff who stayed with them. They also helped children keep in touch with family and friends, and dealt with conflict in ways that kept relationships intact.',
    grades: {
      4: 'Children have lasting bonds with staff and speak warmly about them, and incidents are very rare.',
      3: "Relationships are secure, and children's behaviour is improving over time.",
      2: 'Relationships are fragile, or the team does not reflect well enough on incidents.',
      1: 'The home feels hostile or chaotic to the children living there.',
    },
    indicators: [
      {
        key: 'rel.trusted-adult',
        statement: 'Every child can name at least one adult in the home they trust.',
        evidencePrompts: [
          'Who would each child say they go to when something is wrong?',
          'Is there any child who does not seem to have that person, and what is the plan?',
          'What do surveys and key-work notes say about how children feel about staff?',
        ],
      },
      {
        key: 'rel.behaviour',
        statement:
          'Staff respond to behaviour in ways that repair and build relationships; restraint is rare, proportionate and always talked through with the child afterwards.',
        evidencePrompts: [
          'How many restraints were there this quarter, involving how many children, and how does that compare with before?',
          'Was every restraint talked through with the child afterwards, and what did they say?',
          'What patterns have you noticed in incidents, and what changed as a result?',
        ],
      },
      {
        key: 'rel.family',
        statement: "Family time and friendships are actively supported, as far as each child's plan allows.",
        evidencePrompts: [
          'What share of planned family time went ahead this quarter, and why did any not happen?',
          'How are children helped to see their friends and keep them?',
          'What do parents and families say about how the home works with them?',
        ],
      },
      {
        key: 'rel.moves',
        statement: 'Moves into and out of the home are planned, and children are prepared for them.',
        evidencePrompts: [
          'For each recent arrival, how was the fit with the statement of purpose and with the children already here considered?',
          'How were children prepared for anyone moving in or out?',
          'Did each child who left have a planned ending that they understood?',
        ],
      },
      {
        key: 'rel.stable-placements',
        statement: "Children's time in the home does not end suddenly or without a plan.",
        evidencePrompts: [
          'How many endings this quarter were unplanned, and what led to them?',
          'Where a placement was at risk, what was done to hold it together?',
          'What has the team learned from any unplanned ending?',
        ],
      },
    ],
    qualityStandards: [11, 14, 12],
    sccifAreas: ['experiences', 'protection'],
  },
  {
    key: 'safety',
    number: 8,
    title: 'Consistency, safety and quality assurance',
    summary:
      "Ofsted found that many homes' quality rose and fell from one inspection to the next, while the best held steady through strong leadership, a stable staff team and honest checking of their own work. If any of the three safeguarding indicators here is judged inadequate, the overall grade is inadequate.",
    grades: {
      4: "The home's view of itself matches what children, the Reg 44 visitor and others say, and improvements last.",
      3: 'Monitoring is thorough, and problems are acted on promptly.',
      2: 'Actions are overdue, or the home does not look closely enough at incidents and trends.',
      1: 'Children are not kept safe, or the home does not really monitor its own quality.',
    },
    indicators: [
      {
        key: 'safe.risks',
        statement:
          'Risks to each child, including going missing, exploitation, self-harm and harm online, are assessed, and risk plans are up to date.',
        evidencePrompts: [
          "Has every child's risk assessment been reviewed since anything changed for them?",
          "Do staff on every shift know each child's current risks and what to do about them?",
          'Which risks have grown this quarter, and how have the plans changed?',
        ],
        safeguarding: true,
      },
      {
        key: 'safe.missing',
        statement:
          'When a child goes missing, staff respond promptly, a return-home interview follows, and patterns are looked into.',
        evidencePrompts: [
          'How many missing episodes were there this quarter, involving how many children?',
          'Was a return-home interview held within the timescale after each one?',
          'What patterns of times, places or people have you found, and what has been done about them?',
        ],
        safeguarding: true,
      },
      {
        key: 'safe.allegations',
        statement:
          'Allegations against staff, and notifications under Regulation 40, are handled correctly and on time.',
        evidencePrompts: [
          'Were all notifiable events reported to Ofsted and the other people who must be told, without delay?',
          'Was each allegation referred to the local authority designated officer (LADO) and followed through?',
          'Is there anything from this quarter that should have been notified and was not?',
        ],
        safeguarding: true,
      },
      {
        key: 'safe.reg44',
        statement: 'Recommendations from Regulation 44 visits are answered within the agreed timescales.',
        evidencePrompts: [
          'Was there a Reg 44 visit in every month of this quarter?',
          'Which recommendations are still open, and are any past their due date?',
          'What has changed in the home because of a Reg 44 recommendation?',
        ],
      },
      {
        key: 'safe.reg45',
        statement: 'Regulation 45 reviews are done on time, and the actions from them are completed.',
        evidencePrompts: [
          'When was the last Reg 45 review, and is the next one due no more than six months after it?',
          'Did the report reach Ofsted within 28 days of the review being completed?',
          'How many actions from the last review are done, and what is holding up the rest?',
        ],
      },
      {
        key: 'safe.trends',
        statement:
          "The home's quarterly results are steady or improving, and any dip is understood and explained.",
        evidencePrompts: [
          'Which domains improved, stayed the same or declined since last quarter?',
          'For any decline, what caused it and what is being done?',
          'Does this self-assessment match what the Reg 44 visitor, placing authorities and children are saying?',
        ],
      },
    ],
    qualityStandards: [12, 13],
    sccifAreas: ['protection', 'leadership'],
    limiting: 'safeguarding',
  },
];
