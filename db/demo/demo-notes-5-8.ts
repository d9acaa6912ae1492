import type { IndicatorWording } from './demo-notes';

/** Evidence notes for domains 5 to 8 of the sample home; see demo-notes-1-2.ts for how they are used. */
export const notes5to8: Record<string, IndicatorWording> = {
  'edu.place': {
    sources: ['education-records', 'quarterly-figures'],
    notes: {
      2: [
        "K has been suspended twice and attendance is 81%, so K's school place is at risk. The other children attend well.",
        'K is on a reduced timetable after a third suspension, with attendance at 78%. A managed move is being discussed with the virtual school.',
      ],
      3: [
        'K started at a new school through a managed move and has attended 93% since. Every other child is in school with attendance above 90%.',
        'Every child has a suitable place, and J has started a college course. Attendance averaged 94% this quarter, with K at 91%.',
        'All the children are in suitable places with attendance above 90%.',
      ],
      4: [
        'Every child has a place that suits them, and R was in school within a week of arriving. Attendance averaged 97%, and K did not miss a day, far above where K started.',
        "Attendance averaged 96%, and K's has been above 95% for three quarters running.",
        'All the children attend well, averaging 97%, in places that suit them. The virtual school has asked us to share our approach with other homes.',
      ],
    },
  },
  'edu.schools': {
    sources: ['education-records', 'placing-authority-feedback'],
    notes: {
      3: [
        'Keyworkers speak to each school weekly and went to every PEP meeting.',
        "PEP meetings attended for every child, and K's school is in touch with us daily about the reduced timetable.",
        "All PEPs current. Staff met K's new school before the move and agreed a daily check-in.",
        "PEP meetings attended, and we have a contact at J's college through the student support team.",
        "All PEPs reviewed this term, and staff go to parents' evenings for every child.",
        "Close contact with each school, and R's first PEP was held within the first month.",
      ],
      4: [
        'Staff and schools work as one team: each school has a named contact at the home, and all PEPs are current with targets staff know well. Schools say we respond quickly whenever they call.',
        "Strong links with the schools and the college, including joint planning for K's exam access arrangements. Every member of staff on shift knows each child's PEP targets.",
      ],
    },
  },
  'edu.escalate': {
    sources: ['education-records', 'placing-authority-feedback'],
    notes: {
      2: [
        "We raised concerns about K's suspensions but did not go to the virtual school until after the second one. M's EHCP review is overdue and we have not chased it yet.",
      ],
      3: [
        "K's reduced timetable was escalated to the virtual school head within a week, and a tutor is now in place. M's EHCP review has a date.",
        "The managed move for K was agreed after we escalated it. M's EHCP review was held and the plan updated.",
        "No exclusions this quarter. We asked for one young person's EHCP to be reassessed, and the local authority agreed.",
        'A delay in college support funding for J was escalated and resolved within two weeks.',
        "Problems are escalated promptly: we pressed for R's school place, and it was secured before the move.",
      ],
      4: [
        'Any barrier to learning is escalated the same week, and the log shows each one resolved. There have been no suspensions across the home for three quarters.',
        'Escalation is quick and effective, and the virtual school now calls us first when a place is at risk. Every EHCP review is in date.',
      ],
    },
  },
  'edu.home-learning': {
    sources: ['education-records', 'key-work', 'childrens-feedback'],
    notes: {
      2: [
        'Homework support depends on who is on shift, and the children rarely read at home. There is nowhere quiet to study.',
        'A study corner has been set up, but homework support is still patchy, especially at weekends.',
      ],
      3: [
        'Homework time after tea is now part of the routine, and J used the study corner for revision with staff support.',
        'Staff read with M three evenings a week, and K uses the library on Saturdays.',
        'Reading and homework are supported every evening, and the children chose new books for the house library.',
        'Learning at home is routine: homework club after tea, reading together and trips to museums.',
      ],
      4: [
        "Learning is part of everyday life here: the children run a weekly quiz, read every evening and take on a maths challenge with staff. M's reading age has risen by two years.",
        'Every child completes homework with support, and K now helps M with reading. School reports mention how well the children keep up at home.',
      ],
    },
  },
  'edu.post16': {
    sources: ['education-records', 'key-work'],
    notes: {
      2: [
        'T has been out of education, training or work since leaving school, and two college applications stalled. We have made a referral to a careers adviser.',
        'T went to a college taster day but is still not in education or training. A traineeship application has gone in.',
        'T has a traineeship place starting next quarter but is not yet in education, training or work.',
      ],
      3: [
        'T started the traineeship and is attending well, and J has started a college course.',
        'T kept the traineeship through the move on. J is at college with 95% attendance.',
        'J is attending college well and is on track to pass the course. Careers guidance is booked for K ahead of year 11.',
        'J is at college with good attendance and has a part-time job. Planning for life after 16 has started early for K.',
      ],
      4: [
        'J is thriving at college, with 97% attendance and a place offered on a level 3 course. K has a clear plan for after 16 and a college taster day booked.',
      ],
    },
  },
  'work.recruit': {
    sources: ['staff-meetings', 'childrens-meetings', 'reg44-reports'],
    notes: {
      3: [
        'Interviews include a values-based scenario and time with the children. All safer-recruitment checks are complete and audited.',
        'Recruitment files audited and complete, with references checked by phone.',
        "Recruitment for the care vacancy included a children's panel, and all checks were complete before the start date.",
        "Three posts advertised with values-based questions. Agency workers' checks are confirmed with the agency before their first shift.",
        "The three new starters were chosen for their values and rapport as well as experience, and the children's panel met every candidate. All checks complete.",
      ],
      4: [
        "Recruitment tests values and rapport first: candidates spend time with the children, and the children's views carry real weight. Every file is complete, and the provider uses our approach as a model.",
        "Values-based recruitment is working: all three new starters passed probation, and the children say they 'get it'. Files complete and audited.",
        'Recruitment remains strong, with full checks and the children involved at every stage. The last offer went to the candidate the children rated highest.',
      ],
    },
  },
  'work.induction': {
    sources: ['training-matrix', 'supervision-records'],
    notes: {
      3: [
        'The new starter completed the induction programme, including shadow shifts with each child, before working alone.',
        'Induction records are complete for all staff in their first year.',
        'Induction for the incoming manager was planned with the provider and includes time with each child.',
        'The three new starters completed a full induction, including two weeks of shadow shifts, before working unsupervised.',
        "Induction has been reviewed and now includes each child's one-page profile and the home's purpose.",
        "The new starter's induction was completed and signed off before any lone working.",
        'Induction is completed consistently, and new staff say it prepared them well.',
      ],
      2: [
        "Agency workers got only a short spoken induction on several shifts, and two did not know the children's risk assessments. A written agency induction checklist is now used every time.",
      ],
    },
  },
  'work.supervision': {
    sources: ['supervision-records', 'staff-survey', 'quarterly-figures'],
    notes: {
      3: [
        '94% of supervision sessions due were held, and the records show reflective discussion about each child.',
        'Supervision at 92% of sessions due, plus monthly group supervision with the therapist.',
        "Supervision was kept up at 90% through the manager's notice period.",
        'Supervision is back to 95% of sessions due, and the records show reflection, not just tasks.',
        'Supervision on track at 96%, with a well-being check-in in every session.',
        'Supervision happens as planned and is reflective, and staff rate it highly in the staff survey.',
      ],
      2: [
        'Only 68% of supervision sessions due were held during the change of manager. New and struggling staff are being seen first.',
        'Supervision is up to 80% of sessions due, but the deputy is still catching up. I review the supervision tracker every week.',
      ],
    },
  },
  'work.training': {
    sources: ['training-matrix', 'quarterly-figures'],
    notes: {
      3: [
        'Mandatory training is 95% in date, and two staff are enrolled on the level 3 diploma.',
        'The training matrix is 96% in date, and the team had training on trauma-informed care.',
        'First-aid and safeguarding refreshers have been caught up, and training is 94% in date.',
        'The new starters were enrolled on the level 3 diploma within their first month. Training is 93% in date.',
        'Training is 97% in date, and I have started the level 5 diploma in leadership.',
        'Training is 98% in date. The whole team had training on exploitation risks with the police.',
        'Mandatory training is fully in date, and all care staff hold or are working towards the level 3 diploma.',
      ],
      2: [
        'Training slipped to 82% in date because first-aid and physical intervention refreshers lapsed for three staff. Courses are booked for early next quarter.',
      ],
    },
  },
  'work.develop': {
    sources: ['supervision-records', 'staff-survey'],
    notes: {
      3: [
        'Two senior staff coach newer team members, and well-being check-ins are part of supervision.',
        'One member of staff was promoted to senior, and the staff survey shows most feel supported.',
        'A senior member of staff is acting up to support the handover between managers.',
        'Staff well-being was supported through a difficult period, and we reminded everyone about the employee support line.',
        'A senior member of staff is shadowing me to build leadership skills.',
        'The deputy post was filled from within the team, and the well-being survey results are positive.',
        "One member of staff was promoted to deputy in another of the provider's homes. Senior staff now lead team training sessions.",
      ],
      4: [
        'The home is growing its own leaders: the deputy and two seniors were developed here, and staff rarely leave for other care jobs. In the staff survey everyone said their well-being is looked after.',
      ],
    },
  },
  'rel.trusted-adult': {
    sources: ['childrens-feedback', 'key-work', 'reg44-reports'],
    notes: {
      3: [
        'Every child named a trusted adult in the survey, usually their keyworker.',
        'All the children can name at least one adult they trust, and they go to them when worried.',
        'The children named trusted adults, and two said they will miss the manager.',
        'Every child still names a trusted adult, although K said fewer familiar faces made it harder.',
        'All the children named a trusted adult, and K named the new keyworker after a few weeks.',
        'R named a trusted adult within six weeks of arriving, and the other children named at least two each.',
      ],
      4: [
        'Every child names several trusted adults and speaks warmly about them, as the Reg 44 visitor heard directly. Young people who have moved on still keep in touch with staff.',
        'Relationships with staff are strong and lasting: all four children named at least two trusted adults, and T still calls in to see the team.',
      ],
    },
  },
  'rel.behaviour': {
    sources: ['incident-restraint-logs', 'key-work', 'quarterly-figures'],
    notes: {
      3: [
        'Two restraints this quarter, both brief and debriefed with the child. Staff use restorative conversations after conflicts.',
        'One restraint, debriefed with the child within a day, and incidents are falling.',
        'No restraints this quarter, and restorative meetings were held after two arguments between children.',
        'One restraint, debriefed with the child. Incidents rose slightly with more unfamiliar staff on shift.',
        'Incidents are back down, with no restraints this quarter and a restorative approach used consistently.',
        'One restraint, which was proportionate and debriefed with the child within 24 hours.',
        'Incidents are at their lowest for two years, and the children describe the house as calm.',
      ],
      2: [
        'Incidents doubled this quarter and there were four restraints, three involving agency staff. Two debriefs with the child were late, and all staff are now booked on de-escalation refreshers.',
      ],
    },
  },
  'rel.family': {
    sources: ['family-feedback', 'key-work', 'quarterly-figures'],
    notes: {
      3: [
        '95% of planned family time went ahead, and staff support weekly phone calls with family.',
        "Family time held as planned, and J's grandparents visit every fortnight.",
        'Family time is going well; one contact cancelled by a family was rearranged within the week.',
        '98% of planned family time went ahead despite the staffing gaps.',
        "Family time held as planned, and T's family helped with the move on.",
        "R's family visited the home before the move, and family time has gone ahead as planned.",
        'Family time and friendships are supported, and the children have friends round for tea.',
        'All planned family time went ahead, and families say they feel welcome.',
      ],
    },
  },
  'rel.moves': {
    sources: ['placing-authority-feedback', 'key-work'],
    notes: {
      0: ['There were no moves in or out this quarter, so there is no recent evidence to rate this.'],
      3: [
        'No moves this quarter. Planning has started with T and the social worker for a move to supported lodgings.',
        "No moves this quarter, and T's moving-on plan is agreed, including visits to the lodgings.",
        "T's move date was agreed with T and the social worker, and matching for the next admission has started.",
        'T moved on as planned after several visits to the lodgings. We assessed how the next admission would affect the children already here.',
        'R moved in after three introductory visits and a matching assessment with the other children in mind, and has settled well.',
        "No moves this quarter, and R's settling-in review went well.",
        "No moves this quarter, and planning for J's move at 18 has started well ahead.",
      ],
    },
  },
  'rel.stable-placements': {
    sources: ['quarterly-figures', 'placing-authority-feedback'],
    notes: {
      3: [
        'No unplanned endings this quarter. A stability meeting was held when one placement looked at risk.',
        'No placement has ended without a plan in the last year.',
        'No unplanned endings, and stability meetings for K helped through the change of school.',
        'No unplanned endings despite the changes in the staff team.',
        "No unplanned endings; the only ending, T's, was planned and celebrated.",
        "No unplanned endings, and R's placement is stable.",
        'No unplanned endings for over two years.',
        'All placements are stable, with no unplanned endings.',
      ],
    },
  },
  'safe.risks': {
    sources: ['key-work', 'incident-restraint-logs', 'missing-log'],
    notes: {
      3: [
        "Risk assessments are reviewed monthly and after incidents. K's online safety plan was updated after a concern.",
        'Risk assessments are current, and exploitation screening is complete for every child.',
        'All risk assessments are up to date, and the handover notes for the new manager list the main risks for each child.',
        'Risk assessments reviewed on time, and agency staff must read them before their first shift.',
        "Risk assessments are current, including for T's move on.",
        "R's risk assessment was written before the move and reviewed after two weeks.",
        'All risk assessments are current, and self-harm plans were reviewed with CAMHS.',
        'Risk assessments are current and reviewed with the children where that is appropriate.',
      ],
    },
  },
  'safe.missing': {
    sources: ['missing-log', 'quarterly-figures'],
    notes: {
      3: [
        'Three missing episodes, all involving K, each with a return-home interview in time. The pattern was shared with the police and the social worker.',
        'One missing episode, with the return-home interview done within 72 hours.',
        'No missing episodes this quarter, and the missing protocol was checked with the police.',
        'Two brief missing episodes, both with return-home interviews in time.',
        'One missing episode, followed by a return-home interview in time.',
        'No missing episodes this quarter.',
        'No missing episodes, and the missing-from-home protocol was refreshed with the police.',
        'No missing episodes for three quarters.',
      ],
    },
  },
  'safe.allegations': {
    sources: ['quarterly-figures', 'reg44-reports'],
    notes: {
      3: [
        'No allegations this quarter, and notifications were made to Ofsted as required.',
        'One allegation against a member of staff was referred to the LADO the same day, handled correctly and closed.',
        'No allegations, and every notification was made on time.',
        'No allegations, and the change of manager was notified to Ofsted.',
        'No allegations, and notifications were made on time.',
        'No allegations, and the Reg 44 visitor audited the notifications log.',
        'One allegation was referred to the LADO within a day, with the procedure followed and recorded.',
        'No allegations, and notifications were correct and on time.',
      ],
    },
  },
  'safe.reg44': {
    sources: ['reg44-reports'],
    notes: {
      3: [
        'Reg 44 visits were held monthly, and both recommendations were answered within the timescale.',
        'Every Reg 44 recommendation was answered on time.',
        'Reg 44 visits held, and the one recommendation, on handover records, is done.',
        "Last quarter's overdue recommendations are now closed, and this quarter's were answered in time.",
        'All Reg 44 recommendations were answered within the timescale.',
        'Reg 44 recommendations were answered on time, with evidence.',
        'Every recommendation was answered within the timescale.',
      ],
      2: [
        'Two Reg 44 recommendations were answered late during the handover between managers. An action tracker now sits on the office wall.',
      ],
    },
  },
  'safe.reg45': {
    sources: ['reg45-reviews'],
    notes: {
      3: [
        'The Reg 45 review was completed on time and sent to Ofsted.',
        'Actions from the Reg 45 review are on track.',
        'The Reg 45 review was done on time, and its actions were handed over to the incoming manager.',
        'Reg 45 actions reviewed with the new manager, and two carried forward with new dates.',
        'The Reg 45 review was completed on time.',
        'Actions from the Reg 45 review are complete.',
        "The Reg 45 review was completed on time, drafted from the last two quarters' self-assessments.",
        'Actions from the Reg 45 review are on track.',
      ],
    },
  },
  'safe.trends': {
    sources: ['quarterly-figures', 'reg45-reviews', 'reg44-reports'],
    notes: {
      3: [
        'Quarterly figures reviewed, and the scores are steady.',
        'Scores are steady, and the rise in education is explained by the evidence.',
        'Figures are stable, and the risk from the change of manager is on the action plan.',
        'The dip in staffing continuity is explained by the change of manager and the leavers, and there is an action plan for it.',
        'Staffing is still below Good but improving, and leadership has recovered.',
        'Scores are back to Good or better in every domain, with education still rising.',
      ],
      4: [
        "Our view of the home matches the Reg 44 visitor's, and the improvements have held for three quarters. The dip after the change of manager was explained and put right.",
        'Quarterly scores have been stable or rising for four quarters, and every dip is explained with evidence. Placing authorities say our self-assessment matches what they see.',
      ],
    },
  },
};
