import type { FrameworkDomain } from '../../contract/framework';

/** Hallmarks v1, domains 1 to 4. Content only; see hallmarks-v1.ts for the framework around it. */
export const domains1to4: FrameworkDomain[] = [
  {
    key: 'leadership',
    number: 1,
    title: 'Leadership, vision and visibility',
    summary:
      "In the homes Ofsted found outstanding year after year, managers were out and about, in touch with staff and children every day, and led with a sense of purpose the whole team shared. This domain limits the overall judgement: if it is inadequate, the home's overall grade can be no better than requires improvement.",
    grades: {
      4: 'The whole team lives out a shared sense of purpose, and the manager is a steady, trusted presence that children and staff can rely on at any time of day.',
      3: 'The home has a clear direction, and the manager is in regular contact with children and staff across the week.',
      2: 'The manager is mostly in the office or seen on few shifts, or newer staff could not say what the home is trying to achieve.',
      1: "Nobody is leading the home effectively, or the manager's post is empty with no proper cover.",
    },
    indicators: [
      {
        key: 'lead.visible',
        statement:
          'The manager is seen on all shift patterns, including evenings and weekends, and every child knows who they are.',
        evidencePrompts: [
          'When did you last spend time in the home during an evening or at a weekend?',
          'Could each child tell a visitor who the manager is and what they do?',
          'What do your walk-round notes or the rota show about when you were on the floor this quarter?',
        ],
      },
      {
        key: 'lead.purpose',
        statement:
          'Staff can explain what the home is for in their own words, and what they say fits the statement of purpose.',
        evidencePrompts: [
          'If you asked a newer member of staff what the home is trying to do for children, what would they say?',
          'When did the team last talk through the statement of purpose together?',
          'Does what staff say match what the statement of purpose says?',
        ],
      },
      {
        key: 'lead.shared-improvement',
        statement:
          'Staff have a real say in planning changes, and they hold each other to account for doing what was agreed.',
        evidencePrompts: [
          'Which changes this quarter started from a staff suggestion?',
          'How do staff raise it when a colleague is not sticking to an agreed way of working?',
          'What do the staff survey and team meeting minutes say about staff being listened to?',
        ],
      },
      {
        key: 'lead.knows-children',
        statement:
          "The manager knows how each child is getting on and uses that to guide the team's practice.",
        evidencePrompts: [
          'For each child, could you say what has got better and what is still a worry?',
          "Where has something you learned about a child's progress changed how staff work with them?",
          "How does the team hear about each child's progress, including staff on nights?",
        ],
      },
      {
        key: 'lead.challenge',
        statement:
          "Leaders challenge placing authorities and other partners when a child's plan, or the support around it, falls short.",
        evidencePrompts: [
          'When did you last escalate a concern about a plan, a service or a delay?',
          'What happened as a result, and is it written down?',
          "Is any child's plan falling short right now without anyone having challenged it?",
        ],
      },
      {
        key: 'lead.learning',
        statement:
          'Research, complaints and incidents lead to changes in how the home works that others can see.',
        evidencePrompts: [
          'Name one thing the home now does differently because of a complaint, an incident or something staff learned.',
          'How are lessons from incidents shared with the whole team?',
          'Would the Reg 44 visitor see the change if they looked for it?',
        ],
      },
    ],
    qualityStandards: [6, 13],
    sccifAreas: ['leadership'],
    limiting: 'leadership',
  },
  {
    key: 'staffing',
    number: 2,
    title: 'Staffing continuity and stability',
    summary:
      'Children in the outstanding homes Ofsted studied could form lasting attachments because the same adults stayed with them over time. Frequent staff changes, or unfamiliar faces on shift, make that much harder.',
    grades: {
      4: 'Very few staff leave, cover by workers the children do not know is almost unheard of, and children keep the same keyworker for long periods.',
      3: 'Staff turnover and the use of agency workers are kept under control, and the manager can explain any changes.',
      2: 'Staff changes happen often enough that children notice them and talk about them.',
      1: "The number of staff leaving, or reliance on adults the children do not know, is harming children's relationships or their safety.",
    },
    indicators: [
      {
        key: 'staff.turnover',
        statement: 'Few permanent staff leave, and the number is steady or falling.',
        evidencePrompts: [
          "What do the home's quarterly figures show for turnover and stability, compared with earlier quarters?",
          'What reasons did leavers give, in exit interviews or otherwise?',
          'Is anyone likely to leave soon, and what are you doing about it?',
        ],
      },
      {
        key: 'staff.own-cover',
        statement:
          "Most shifts are covered by the home's own staff, and any agency or bank workers are people the children already know.",
        evidencePrompts: [
          'What share of shifts this quarter were worked by agency or bank staff?',
          'How many of those shifts were worked by people who had been in the home several times before?',
          'How are unfamiliar workers introduced to the children and to the routines?',
        ],
      },
      {
        key: 'staff.keyworker',
        statement: 'Each child keeps the same keyworker and a settled core team around them.',
        evidencePrompts: [
          'How many children changed keyworker this quarter, and why?',
          'When a change could not be avoided, how was the child told and prepared?',
          'Who do children say they go to?',
        ],
      },
      {
        key: 'staff.vacancies',
        statement: "Vacancies are filled quickly, and the manager's post is stable.",
        evidencePrompts: [
          'How many posts are vacant now, and how long have they been open?',
          'Was the home without a registered manager at any point this quarter?',
          'What is slowing recruitment down, and what have you tried?',
        ],
      },
      {
        key: 'staff.routines',
        statement:
          'Rotas are planned so that familiar adults are there at the times that matter most to children, such as bedtime, the school run and family time.',
        evidencePrompts: [
          'Looking at the rota, who was around for bedtimes and school mornings this quarter?',
          'How closely did the rota actually worked match the rota planned?',
          'Have children said anything about who is on shift at those times?',
        ],
      },
    ],
    qualityStandards: [13, 11],
    sccifAreas: ['leadership', 'experiences'],
  },
  {
    key: 'voice',
    number: 3,
    title: "Children's voice and experience",
    summary:
      "Ofsted saw the weight a home gives to children's own experience as the clearest sign of quality; in the best homes, children's opinion of the home was treated as the one that mattered most. Children there were asked about the things that mattered to them, such as trips, visits and holidays.",
    grades: {
      4: 'Children can point to many decisions, big and small, that they have changed, and they expect to be asked.',
      3: 'Children are asked for their views as a matter of routine, and what they say is acted on.',
      2: 'Children are asked only now and then, or it feels like a formality, and they are not sure it makes a difference.',
      1: 'Children are not listened to, and their complaints are ignored or go nowhere.',
    },
    indicators: [
      {
        key: 'voice.meetings',
        statement:
          "Children's meetings change real decisions, such as menus, decorating, trips, holidays and house rules, and children are told what came of their ideas ('you said, we did').",
        evidencePrompts: [
          'What did children ask for in meetings this quarter, and what came of each request?',
          'How are children told the outcome, including when the answer is no, and why?',
          'How many children came to meetings, and how are those who did not come asked for their views?',
        ],
      },
      {
        key: 'voice.all-children',
        statement:
          'Every child, including children who do not communicate in words, is helped to have their say in their reviews and plans.',
        evidencePrompts: [
          'How did each child take part in their latest review or plan?',
          'What do staff do for children who communicate without words or find meetings hard?',
          'Is there any child whose views are missing from their plan?',
        ],
      },
      {
        key: 'voice.complaints',
        statement: 'Children know how to complain and can see that complaints lead to change.',
        evidencePrompts: [
          'How many complaints came from children this quarter, and what changed because of them?',
          'Could each child tell you how to complain, including to someone outside the home?',
          'Were complaints sorted out within the timescale?',
        ],
      },
      {
        key: 'voice.advocacy',
        statement:
          'Children are offered an independent advocate and, where it suits them, an independent visitor.',
        evidencePrompts: [
          'Which children have an advocate or independent visitor, and have the others been offered one?',
          'How would a child reach an advocate without going through staff?',
          'Were any referrals delayed, and why?',
        ],
      },
      {
        key: 'voice.feedback',
        statement:
          "Children's feedback is collected in a planned way and looked at every quarter for patterns.",
        evidencePrompts: [
          "What do this quarter's surveys say about children feeling safe and being listened to?",
          'What has changed since last quarter, and why might that be?',
          "Which point from children's feedback will the team act on next?",
        ],
      },
      {
        key: 'voice.home-life',
        statement:
          'Children take an active part in the life of the home, for example by sitting on interview panels or helping to welcome new arrivals.',
        evidencePrompts: [
          'Have children helped to choose new staff this year?',
          'How were children involved when someone new moved in?',
          'What other roles do children take on in the home, if they want to?',
        ],
      },
    ],
    qualityStandards: [7, 6],
    sccifAreas: ['experiences'],
  },
  {
    key: 'aspirations',
    number: 4,
    title: 'High expectations, aspirations and well-being',
    summary:
      'Staff in the outstanding homes expected a lot of children and helped them believe they could achieve more than they had thought possible. Looking after their health and emotional well-being went hand in hand with this.',
    grades: {
      4: "Children's horizons are visibly widening, and they are achieving well beyond where they started.",
      3: 'Each child has clear goals and is making steady progress towards them.',
      2: 'Expectations of children are too low, or goals are set but not followed up.',
      1: "Children's health, emotional or developmental needs are being neglected.",
    },
    indicators: [
      {
        key: 'asp.goals',
        statement: 'Each child has ambitious personal goals that are reviewed with them regularly.',
        evidencePrompts: [
          'Does each child have goals they helped to set, and when were they last reviewed?',
          'Do the goals stretch that child, or are they things that would happen anyway?',
          'What would each child say they are working towards?',
        ],
      },
      {
        key: 'asp.experiences',
        statement: 'Children try new things and are helped to keep up their hobbies, clubs and interests.',
        evidencePrompts: [
          'What has each child tried for the first time this quarter?',
          'Which hobbies or clubs have children kept going, and what got in the way for anyone who stopped?',
          'Does the activity record include every child, or mostly the same few?',
        ],
      },
      {
        key: 'asp.celebrate',
        statement: "Children's achievements, however small, are noticed and celebrated.",
        evidencePrompts: [
          "How were children's achievements marked this quarter?",
          'Are achievements shared with family, school or social workers when the child wants that?',
          'Would each child say staff are proud of them?',
        ],
      },
      {
        key: 'asp.health',
        statement: "Children's physical, emotional and therapeutic needs are met without delay.",
        evidencePrompts: [
          'Are health, dental and eye checks in date for every child?',
          'Is any child waiting for mental health or therapeutic support, and what is happening in the meantime?',
          "How do staff support children's emotional well-being day to day?",
        ],
      },
      {
        key: 'asp.independence',
        statement: 'Older children are learning the everyday skills for independence that fit their plan.',
        evidencePrompts: [
          'What independence skills has each older child practised this quarter, such as cooking, budgeting or travelling alone?',
          'Is their progress recorded and reviewed with them?',
          'How ready do they feel for their next move?',
        ],
      },
    ],
    qualityStandards: [9, 10, 6],
    sccifAreas: ['experiences'],
  },
];
