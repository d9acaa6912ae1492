import type { Database } from 'better-sqlite3-multiple-ciphers';
import { ServiceError } from '../../contract/result';
import type { ChildSet, VoiceSettings } from '../../contract/voice';
import { DEFAULT_MARGIN, MIN_ANSWERS_FLOOR } from '../../contract/rules/voice-rules';
import { quarterOfIso } from '../../contract/rules/dates';
import { SCALE_CHOICES, type Scale } from '../../contract/voice-scales';

export interface AnswerFields {
  questionVersionId: number;
  choice: number | null;
  comment: string;
}

export interface SessionRow {
  id: number;
  home_id: number;
  question_set: ChildSet;
  from_paper: 0 | 1;
  /** When it was started, by the app's clock (ISO, UTC). */
  created_at: string;
  /** 1 when no later sitting of the same survey was started on screen in the home. */
  newest: 0 | 1;
}

/** Survey sittings and their answers, and the home's voice settings. */
export function createSurveysRepository(db: Database, now: () => Date) {
  const insertSession = db.prepare<[number, ChildSet, string, string, number, string, string]>(
    `INSERT INTO voice_sessions (home_id, question_set, taken_on, quarter, from_paper, how, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const session = db.prepare<[number], SessionRow>(
    `SELECT id, home_id, question_set, from_paper, created_at,
       id = (SELECT max(id) FROM voice_sessions n WHERE n.home_id = s.home_id
             AND n.question_set = s.question_set AND n.from_paper = 0) AS newest
     FROM voice_sessions s WHERE id = ?`,
  );
  const versionOf = db.prepare<[number], { home_id: number; question_set: string; scale: Scale }>(
    `SELECT q.home_id, q.question_set, v.scale FROM voice_question_versions v
     JOIN voice_questions q ON q.id = v.question_id WHERE v.id = ?`,
  );
  const upsertAnswer = db.prepare<[number, number, number | null, string]>(
    `INSERT INTO voice_answers (session_id, question_version_id, choice, comment) VALUES (?, ?, ?, ?)
     ON CONFLICT (session_id, question_version_id) DO UPDATE SET choice = excluded.choice, comment = excluded.comment`,
  );
  const settingsRow = db.prepare<[number], { min_answers: number; margin: number }>(
    'SELECT min_answers, margin FROM voice_settings WHERE home_id = ?',
  );
  const saveSettingsRow = db.prepare<[number, number, number]>(
    `INSERT INTO voice_settings (home_id, min_answers, margin) VALUES (?, ?, ?)
     ON CONFLICT (home_id) DO UPDATE SET min_answers = excluded.min_answers, margin = excluded.margin`,
  );

  const stamp = () => now().toISOString();

  /**
   * An answer to a question of this home's survey, with one of the question's own choices (or none). An
   * answer off the scale would count as a young person answering, towards the anonymity threshold,
   * while adding to no count a screen shows.
   */
  function checkAnswer(homeId: number, set: string, a: AnswerFields) {
    const v = versionOf.get(a.questionVersionId);
    if (!v || v.home_id !== homeId || v.question_set !== set) {
      throw new ServiceError('not_found', 'That question is not part of this survey.');
    }
    if (a.choice !== null && !SCALE_CHOICES[v.scale].some((c) => c.value === a.choice)) {
      throw new ServiceError('invalid_input', 'That answer is not one of the question’s choices.', {
        choice: 'Choose one of the answers shown',
      });
    }
  }

  function sessionOf(sessionId: number): SessionRow {
    const s = session.get(sessionId);
    if (!s) throw new ServiceError('not_found', 'That survey no longer exists.');
    return s;
  }

  function answer(sessionId: number, a: AnswerFields) {
    const s = sessionOf(sessionId);
    checkAnswer(s.home_id, s.question_set, a);
    upsertAnswer.run(sessionId, a.questionVersionId, a.choice, a.comment);
  }

  return {
    start(homeId: number, set: ChildSet, takenOn: string, fromPaper: boolean, how: string): number {
      return Number(
        insertSession.run(homeId, set, takenOn, quarterOfIso(takenOn), fromPaper ? 1 : 0, how, stamp())
          .lastInsertRowid,
      );
    },
    sessionOf,
    answer,
    /** A paper survey: the sitting and every answer in one transaction. */
    savePaper: db.transaction(
      (homeId: number, set: ChildSet, takenOn: string, how: string, answers: AnswerFields[]): number => {
        const id = Number(
          insertSession.run(homeId, set, takenOn, quarterOfIso(takenOn), 1, how, stamp()).lastInsertRowid,
        );
        for (const a of answers) answer(id, a);
        return id;
      },
    ),
    settings(homeId: number): VoiceSettings {
      const row = settingsRow.get(homeId);
      return { minAnswers: row?.min_answers ?? MIN_ANSWERS_FLOOR, margin: row?.margin ?? DEFAULT_MARGIN };
    },
    saveSettings(homeId: number, s: VoiceSettings) {
      saveSettingsRow.run(homeId, s.minAnswers, s.margin);
    },
    checkAnswer,
  };
}
