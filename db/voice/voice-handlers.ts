import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Handlers } from '../../contract/operations';
import { ServiceError } from '../../contract/result';
import type { createHomesRepository } from '../homes/homes';
import { currentFramework } from '../framework';
import { notInFuture } from '../../contract/rules/not-in-future';
import { todayIso } from '../../contract/rules/dates';
import { talkPromptOf } from '../../contract/rules/voice-safety';
import { surveyOfSubject, type ChildSet } from '../../contract/voice';
import { outsideLock, refuseOutsideLock } from '../locked-mode/lock-store';
import { createFeedbackRepository } from './feedback-repository';
import { createQuestionsRepository } from './questions-repository';
import { createVoiceResults } from './results';
import { createSurveysRepository } from './surveys-repository';
import { createTriangulation } from './triangulation';

type VoiceOperation = Extract<keyof Handlers, `voice.${string}`>;

const domainKeys = new Set(currentFramework.domains.map((d) => d.key));
const indicatorKeys = new Set(currentFramework.domains.flatMap((d) => d.indicators.map((i) => i.key)));

function checkLinks(domains: string[], indicators: string[]) {
  if (domains.some((d) => !domainKeys.has(d))) {
    throw new ServiceError('invalid_input', 'Choose hallmarks from the list.', {
      domains: 'Choose from the list',
    });
  }
  if (indicators.some((i) => !indicatorKeys.has(i))) {
    throw new ServiceError('invalid_input', 'Choose indicators from the list.', {
      indicators: 'Choose from the list',
    });
  }
}

/** Children's voice and everyone else's views: questions, surveys, feedback, results and triangulation. */
export function createVoiceHandlers(
  db: Database,
  homes: ReturnType<typeof createHomesRepository>,
  now: () => Date = () => new Date(),
): Pick<Handlers, VoiceOperation> {
  const questions = createQuestionsRepository(db, now);
  const surveys = createSurveysRepository(db, now);
  const feedback = createFeedbackRepository(db, now);
  const results = createVoiceResults(db);
  const triangulate = createTriangulation(db);
  const today = () => todayIso(now());
  const home = (homeId: number) => homes.get(homeId).id;
  /** On the survey's locked screen: only the home and survey it was locked for. */
  const refuseOtherSurvey = (homeId: number, set?: ChildSet) =>
    refuseOutsideLock(
      db,
      'voice',
      homeId,
      (subject) => set === undefined || surveyOfSubject(subject) === set,
    );
  const checkDomain = (key: string | null) => {
    if (key !== null && !domainKeys.has(key)) {
      throw new ServiceError('invalid_input', 'Choose a hallmark from the list.', {
        domainKey: 'Choose from the list',
      });
    }
  };

  return {
    'voice.questions': ({ homeId }) => questions.list(home(homeId)),
    // Each with the built-in questions it may add first: all of it is saved, or none.
    'voice.saveQuestion': ({ homeId, id, ...fields }) =>
      db.transaction(() => {
        checkDomain(fields.domainKey);
        const savedId = questions.save(home(homeId), id, fields);
        return { savedId, value: questions.list(homeId) };
      })(),
    'voice.retireQuestion': ({ id, retired }) =>
      db.transaction(() => {
        const row = questions.question(id);
        questions.retire(id, retired, today());
        return questions.list(row.home_id);
      })(),
    'voice.startSession': ({ homeId, set }) => {
      refuseOtherSurvey(homeId, set);
      const list = questions.inUse(home(homeId), set);
      const sessionId = surveys.start(homeId, set, today(), false, 'alone');
      return {
        sessionId,
        set,
        questions: list.map((q) => ({
          versionId: q.current.id,
          wording: q.current.wording,
          scale: q.current.scale,
          talk: talkPromptOf(q.set, q.builtinKey, q.current.domainKey),
        })),
      };
    },
    'voice.saveAnswer': ({ sessionId, ...answer }) => {
      const session = surveys.sessionOf(sessionId);
      const lock = refuseOtherSurvey(session.home_id, session.question_set);
      // Locked, a young person may add only to the sitting they started on this screen: never to a paper
      // survey, a sitting from before the lock, or the young person's before them.
      if (lock && (session.from_paper === 1 || session.created_at < lock.lockedAt || session.newest === 0)) {
        throw outsideLock();
      }
      surveys.answer(sessionId, answer);
      return { saved: true };
    },
    'voice.savePaperSurvey': ({ homeId, set, takenOn, how, answers }) => {
      notInFuture(takenOn, today(), 'takenOn', 'date of a survey');
      return { savedId: surveys.savePaper(home(homeId), set, takenOn, how, answers) };
    },
    'voice.results': ({ homeId }) => {
      const settings = surveys.settings(home(homeId));
      return { settings, quarters: results.byQuarter(homeId, settings) };
    },
    'voice.comments': ({ homeId }) => results.comments(home(homeId)),
    'voice.saveSettings': ({ homeId, minAnswers, margin }) => {
      surveys.saveSettings(home(homeId), { minAnswers, margin });
      return surveys.settings(homeId);
    },
    'voice.feedback': ({ homeId }) => feedback.list(home(homeId)),
    'voice.saveFeedback': ({ homeId, id, ...fields }) => {
      home(homeId);
      notInFuture(fields.receivedOn, today(), 'receivedOn', 'date you received it');
      checkLinks(fields.domains, fields.indicators);
      const set =
        fields.group === 'parents' || fields.group === 'placing' || fields.group === 'staff'
          ? fields.group
          : null;
      for (const a of fields.answers) {
        if (set === null)
          throw new ServiceError(
            'invalid_input',
            'Only parents, placing authorities and staff have a question set.',
          );
        surveys.checkAnswer(homeId, set, a);
      }
      const savedId = feedback.save(homeId, id, fields);
      return { savedId, value: feedback.list(homeId) };
    },
    'voice.deleteFeedback': ({ homeId, id }) => {
      feedback.remove(home(homeId), id);
      return feedback.list(homeId);
    },
    'voice.youSaid': ({ homeId }) => {
      refuseOtherSurvey(homeId);
      return feedback.youSaid(home(homeId));
    },
    'voice.saveYouSaid': ({ homeId, id, ...fields }) => {
      home(homeId);
      notInFuture(fields.suggestedOn, today(), 'suggestedOn', 'date they said it');
      notInFuture(fields.doneOn, today(), 'doneOn', 'date it was done');
      if (fields.doneOn && fields.doneOn < fields.suggestedOn) {
        throw new ServiceError('invalid_input', 'The date it was done is before the suggestion.', {
          doneOn: 'Enter a date on or after the date they said it',
        });
      }
      const savedId = feedback.saveYouSaid(homeId, id, fields);
      return { savedId, value: feedback.youSaid(homeId) };
    },
    'voice.triangulation': ({ homeId, quarter }) => {
      const settings = surveys.settings(home(homeId));
      const all = results.byQuarter(homeId, settings);
      // By default the newest review's quarter, with the surveys of that same quarter (issue 24: the
      // newest survey quarter was compared with an older review, and said nothing differed). A home with
      // no review yet starts from its newest survey quarter whose results may be shown.
      const wanted = quarter ?? triangulate.latestReviewQuarter(homeId);
      const chosen =
        wanted === undefined
          ? (all.find((q) => q.shown) ?? all[0])
          : (all.find((q) => q.quarter === wanted) ?? {
              quarter: wanted,
              sessions: 0,
              fromPaper: 0,
              shown: false,
              worries: [],
              questions: [],
              hallmarks: [],
            });
      return triangulate.compare(homeId, chosen, settings);
    },
  };
}
