import type { IndicatorWording } from './demo-notes';

/** Evidence notes for domains 3 and 4 of the sample home; see demo-notes-1-2.ts for how they are used. */
export const notes3to4: Record<string, IndicatorWording> = {
  'voice.meetings': {
    sources: ['childrens-meetings', 'childrens-feedback'],
    notes: {
      3: [
        "Children's meetings are held fortnightly; the children chose the new menu and the next day trip. The 'you said, we did' board is kept up to date.",
        'Meetings held as planned. The children decided on the garden makeover and the rules for the games console, and the minutes show what happened.',
        "Children's meetings continued; the children asked to meet the new manager before she started, and we arranged it.",
        'Meetings held, though two were shorter than usual. The children asked for a say in interviews for the new posts, which is now happening.',
        'Meetings held fortnightly. The children planned their own short holiday, choosing between three options and setting the budget with staff.',
      ],
      4: [
        "Children's meetings change real decisions: this quarter the children redesigned the lounge, set the new house rules on phones and chose the next trip. Every idea gets a 'you said, we did' answer.",
        'The children now chair their own meetings, with staff taking the minutes. They can list the changes they have made, from the menu to the way pocket money works.',
        "Children's meetings drive decisions across the home, and the children expect to be asked. The Reg 44 visitor heard each of them name something they had changed.",
      ],
    },
  },
  'voice.all-children': {
    sources: ['key-work', 'placing-authority-feedback', 'childrens-meetings'],
    notes: {
      3: [
        'M contributes to reviews using picture cards with their keyworker. All the children were helped to prepare for their reviews.',
        "Every child prepared for their review with their keyworker, and M used a communication app to share their views. Social workers received the children's views in writing.",
        "All the children contributed to their reviews this quarter. M's views were gathered through symbols and photos and shared at the meeting.",
        "Children's views were gathered before every review, although agency staff did not always know M's communication system. There is now a one-page guide to it in the office.",
        'Every child contributed to their plans, and T helped write their own moving-on plan and chose the date of the move.',
        "All the children contributed to their reviews, including R, who wrote down what mattered to them before moving in. M now uses the communication app at children's meetings too.",
      ],
      4: [
        "Every child shapes their own plans, including M, who chose the goals for their next review with the app and photos. Social workers comment on how clearly the children's views come through.",
        "The children write or record their own sections of their reviews. M shared their own views at the review meeting for the first time, with their keyworker's support.",
      ],
    },
  },
  'voice.complaints': {
    sources: ['complaints-log', 'childrens-feedback', 'reg44-reports'],
    notes: {
      3: [
        'The children know how to complain and have the leaflet in their rooms. One complaint about portion sizes was upheld and the menu changed.',
        'One complaint from one young person about the phone rules was resolved with them within the timescale, and the rule changed. The children told the Reg 44 visitor they know how to complain.',
        "No complaints from children this quarter. Asked at the children's meeting, they could explain how to make one and who they would go to.",
        'Two complaints about agency staff not knowing the house routines. Both were resolved in time and led to the one-page profiles.',
        'One complaint from K about changing keyworker. We met K with the new keyworker and agreed how handovers will happen in future.',
        'The complaints leaflet was rewritten with the children in plain words and pictures. One complaint about the internet connection was upheld and fixed.',
        'The children know how to complain and do: two small complaints this quarter, both resolved quickly, with the outcome explained in person.',
      ],
      4: [
        "The children complain confidently and can point to what changed as a result, such as the later weekend bedtime. Complaint outcomes are reviewed every quarter for patterns and shared at the children's meeting.",
      ],
    },
  },
  'voice.advocacy': {
    sources: ['key-work', 'childrens-feedback', 'placing-authority-feedback'],
    notes: {
      3: [
        'Every child has been offered an advocate, and two use one. One young person has an independent visitor who comes monthly.',
        "Advocacy is offered at every review. K's advocate came to the review meeting and helped K raise the problem at school.",
        'Advocacy information is on display and offered again; three of the children know their advocate by name. An independent visitor referral has been made for M.',
        'Advocates offered at every review, and the advocacy service visited the house to meet the children.',
        'An advocacy referral was made for T ahead of the move on. Two children now have independent visitors.',
        'R was offered an advocate before arriving and chose to have one. Every child now knows how to reach an advocate without asking staff.',
      ],
      4: [
        'Every child has an advocate they know, and the advocacy service now runs a monthly drop-in at the house. Two children have independent visitors they value.',
        'Advocates and independent visitors are in place for every child who wants one. The advocacy service told us our children are among the most confident it works with.',
      ],
    },
  },
  'voice.feedback': {
    sources: ['childrens-feedback', 'childrens-meetings', 'quarterly-figures'],
    notes: {
      0: [
        'We ask for feedback in key-work sessions, but it is not collected in a planned way or looked at for patterns, so there is not enough evidence to rate this yet. A quarterly survey starts next quarter.',
      ],
      2: [
        'The first quarterly survey is done, and all four children took part. The results have not yet been looked at for patterns or fed back to the children.',
      ],
      3: [
        "Quarterly survey done and analysed: all four children said they feel safe, and three said staff listen to them. Results were shared at the children's meeting.",
        "In this quarter's survey only two of the four children said staff listen to them, which fits with the agency cover. We discussed the results with the team.",
        "The survey shows 'staff listen to me' back to three out of four. We added two questions the children suggested.",
        'Survey results over four quarters were analysed for trends and shared with the children and staff. All four children say they feel safe.',
      ],
      4: [
        "Feedback is gathered every quarter in several ways and analysed for trends. The children helped design this quarter's survey, and every one of them said staff listen to them.",
        "Quarterly feedback is analysed alongside complaints and meeting minutes, and each quarter's results lead to at least one visible change. All four children say they feel safe and listened to.",
      ],
    },
  },
  'voice.home-life': {
    sources: ['childrens-meetings', 'key-work', 'staff-meetings'],
    notes: {
      3: [
        'The children help plan meals and chose the colours for the lounge. One young person helped welcome a new member of staff.',
        'The children chose the new sofa and planned a bake sale for a charity they picked.',
        'One young person sat on the interview panel for a care post, and the children help plan the house calendar.',
        'Two children sat on interview panels for the new posts, and their views counted in the decisions.',
        "The children made a welcome pack for the next young person to move in and planned T's leaving meal.",
      ],
      4: [
        'The children welcomed R with a pack and a tour they designed themselves. They also sit on every interview panel, and their questions are now part of the standard set.',
        'The children take part in every part of home life, from interviews to setting the activities budget. J trained as a peer mentor to help new arrivals settle.',
        'The children help run the home: interview panels, welcome packs, menu planning and the garden. Visitors notice how naturally the children show them round and explain how things work.',
      ],
    },
  },
  'asp.goals': {
    sources: ['key-work', 'placing-authority-feedback'],
    notes: {
      3: [
        'Each child has personal goals reviewed monthly in key-work. The goals are realistic, but could be more ambitious for two of the children.',
        'Goals reviewed with every child this quarter. K set a goal to join a sports club and did it.',
        'Goals up to date, and J set goals around exams and a college course.',
        'Goals reviewed for each child, although two reviews were late during the handover between managers.',
        'Goals reviewed with every child. T met the moving-on goals, including cooking four meals without help.',
        "New goals set with R within the first month. Every child's goals now include one stretch goal they chose themselves.",
        "Goals reviewed monthly, and the children track them on their own charts. K's stretch goal of getting a part-time job interview was met.",
        'Goals are ambitious and reviewed with the children each month. J is aiming for a level 3 college course next year.',
      ],
    },
  },
  'asp.experiences': {
    sources: ['key-work', 'childrens-feedback', 'childrens-meetings'],
    notes: {
      3: [
        'Every child goes to at least one club or activity: football, drama, swimming and cadets. New this quarter was indoor climbing.',
        'Hobbies kept up, and each child tried something new, including a first trip to the theatre.',
        'Activities continued; M started swimming lessons and J joined a drama group.',
        'Clubs were kept up, though some trips were cancelled when we were short of familiar staff.',
        'Activities back to normal, and the children went on the short holiday they chose themselves.',
        'R joined a local boxing club in the first fortnight, and every child tried at least one new activity.',
      ],
      4: [
        "The children's horizons are widening: K performed in a school show, M swam in a local gala and R went on a residential trip. Each child keeps up at least two interests.",
        'Every child has kept up their interests and tried new ones, including a first trip abroad for one young person. Staff share their own interests, from cooking to music, with the children.',
      ],
    },
  },
  'asp.celebrate': {
    sources: ['childrens-meetings', 'family-feedback', 'key-work'],
    notes: {
      3: [
        "Achievements are celebrated at children's meetings and with certificates. K's first full week at school was marked with a takeaway of K's choice.",
        "Achievements are noticed and shared with social workers and families. The 'proud of' board in the hallway is kept up to date.",
        "J's hard work in the exams was celebrated with a meal out of J's choosing. Small achievements are mentioned at handover so every shift knows.",
        "Achievements were still celebrated, though the 'proud of' board lapsed for a few weeks around the change of manager.",
        "The children restarted the 'proud of' board themselves. T's leaving celebration marked everything T achieved here.",
      ],
      4: [
        'Every achievement, big or small, is noticed, and the children nominate each other at their meetings. Families and social workers get a good-news message at least monthly.',
        'Achievements are celebrated in the way each child chooses. The awards evening the children planned included families and former staff.',
        'Celebrating is part of daily life here. Social workers say the good-news messages help them see how far each child has come.',
      ],
    },
  },
  'asp.health': {
    sources: ['health-records', 'key-work'],
    notes: {
      3: [
        "Health, dental and optician checks are in date for every child. Keyworkers support the children's emotional well-being with advice from the therapist.",
        "K's therapy has started after the delay, and all health checks are in date. Staff use the therapist's advice in daily routines.",
        "All health checks in date, and one young person's medication review was held on time.",
        "Health checks in date, and T's health passport was completed for the move on.",
        "R's initial health assessment was held within timescale, and every child's checks are in date.",
        'Health and emotional needs are met promptly. The therapist now runs a monthly consultation for the team.',
        "All checks are in date and every child is registered with a local dentist. Each child's emotional well-being plan is reviewed every quarter.",
      ],
      2: [
        'K has waited over four months for a therapy assessment, and we escalated it too late. Two dental checks are overdue and now booked.',
      ],
    },
  },
  'asp.independence': {
    sources: ['key-work', 'placing-authority-feedback'],
    notes: {
      3: [
        'T is working through the independence checklist, including budgeting and cooking two meals. J has started buying their own toiletries.',
        'Both older young people use independence checklists. T can now budget for a week of food and use public transport alone.',
        "T's independence work continued, and J now manages a weekly allowance.",
        'T moved on to supported lodgings with the skills agreed in the plan, and J has started the independence checklist.',
        'J cooks a meal for the house every week and manages their own travel to college.',
        'J and K are making progress on their checklists; K can now book appointments by phone.',
        "The older children are building skills that fit their plans, and J's pathway plan shows good progress.",
      ],
      0: [
        'Independence work is happening, but the checklists were not updated this quarter, so there is not enough evidence to rate it. Keyworkers will bring them up to date next month.',
      ],
    },
  },
};
