import type { Database } from 'better-sqlite3-multiple-ciphers';
import { ServiceError } from '../../contract/result';
import type { QuestionSet, QuestionVersion, VoiceQuestion } from '../../contract/voice';
import type { Scale } from '../../contract/voice-scales';
import { BUILTIN_QUESTIONS } from './builtin-questions';

interface QuestionRow {
  id: number;
  home_id: number;
  question_set: QuestionSet;
  builtin_key: string | null;
  position: number;
  retired_on: string | null;
}
interface VersionRow {
  id: number;
  question_id: number;
  version: number;
  wording: string;
  scale: Scale;
  domain_key: string | null;
}

export interface QuestionFields {
  set: QuestionSet;
  wording: string;
  scale: Scale;
  domainKey: string | null;
}

const toVersion = (v: VersionRow): QuestionVersion => ({
  id: v.id,
  version: v.version,
  wording: v.wording,
  scale: v.scale,
  domainKey: v.domain_key,
});

/**
 * The home's survey questions. Wording is versioned: an edit adds a version and answers keep pointing at
 * the version they were given to, so past answers never change their words.
 */
export function createQuestionsRepository(db: Database, now: () => Date) {
  const questionRows = db.prepare<[number], QuestionRow>(
    'SELECT * FROM voice_questions WHERE home_id = ? ORDER BY question_set, position, id',
  );
  const questionRow = db.prepare<[number], QuestionRow>('SELECT * FROM voice_questions WHERE id = ?');
  const versionRows = db.prepare<[number], VersionRow>(
    `SELECT v.* FROM voice_question_versions v JOIN voice_questions q ON q.id = v.question_id
     WHERE q.home_id = ? ORDER BY v.question_id, v.version`,
  );
  const answerCounts = db.prepare<[number], { question_id: number; n: number }>(
    `SELECT v.question_id, count(*) AS n FROM voice_question_versions v
     JOIN voice_questions q ON q.id = v.question_id
     JOIN (SELECT question_version_id FROM voice_answers
           UNION ALL SELECT question_version_id FROM voice_feedback_answers) a
       ON a.question_version_id = v.id
     WHERE q.home_id = ? GROUP BY v.question_id`,
  );
  const hasQuestions = db.prepare<[number], { n: number }>(
    'SELECT count(*) AS n FROM voice_questions WHERE home_id = ?',
  );
  const insertQuestionRow = db.prepare<[number, QuestionSet, string | null, number, string]>(
    `INSERT INTO voice_questions (home_id, question_set, builtin_key, position, created_at)
     VALUES (?, ?, ?, ?, ?)`,
  );
  const insertVersionRow = db.prepare<[number, number, string, Scale, string | null, string]>(
    `INSERT INTO voice_question_versions (question_id, version, wording, scale, domain_key, created_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  // Stamped with the app's clock, never SQLite's.
  const insertQuestion = {
    run: (homeId: number, set: QuestionSet, key: string | null, position: number) =>
      insertQuestionRow.run(homeId, set, key, position, now().toISOString()),
  };
  const insertVersion = {
    run: (id: number, version: number, wording: string, scale: Scale, domainKey: string | null) =>
      insertVersionRow.run(id, version, wording, scale, domainKey, now().toISOString()),
  };
  const nextPosition = db.prepare<[number, QuestionSet], { p: number }>(
    'SELECT coalesce(max(position), 0) + 1 AS p FROM voice_questions WHERE home_id = ? AND question_set = ?',
  );
  const latestVersion = db.prepare<[number], VersionRow>(
    'SELECT * FROM voice_question_versions WHERE question_id = ? ORDER BY version DESC LIMIT 1',
  );
  const setRetired = db.prepare<[string | null, number]>(
    'UPDATE voice_questions SET retired_on = ? WHERE id = ?',
  );

  /** Gives a home the built-in sets the first time its questions are asked for. */
  const ensureBuiltins = db.transaction((homeId: number) => {
    if (hasQuestions.get(homeId)!.n > 0) return;
    BUILTIN_QUESTIONS.forEach((b, i) => {
      const id = Number(insertQuestion.run(homeId, b.set, b.key, i + 1).lastInsertRowid);
      insertVersion.run(id, 1, b.wording, b.scale, b.domainKey);
    });
  });

  function list(homeId: number): VoiceQuestion[] {
    ensureBuiltins(homeId);
    const versions = new Map<number, QuestionVersion[]>();
    for (const v of versionRows.all(homeId)) {
      versions.set(v.question_id, [...(versions.get(v.question_id) ?? []), toVersion(v)]);
    }
    const counts = new Map(answerCounts.all(homeId).map((r) => [r.question_id, r.n]));
    return questionRows.all(homeId).map((r) => {
      const all = versions.get(r.id) ?? [];
      return {
        id: r.id,
        set: r.question_set,
        builtinKey: r.builtin_key,
        position: r.position,
        retiredOn: r.retired_on,
        current: all[all.length - 1]!,
        versions: all,
        answerCount: counts.get(r.id) ?? 0,
      };
    });
  }

  function question(id: number): QuestionRow {
    const row = questionRow.get(id);
    if (!row) throw new ServiceError('not_found', 'That question no longer exists.');
    return row;
  }

  /** Adds a question, or a new version of one; the set never changes (answers were given in it). */
  const save = db.transaction((homeId: number, id: number | undefined, fields: QuestionFields): number => {
    ensureBuiltins(homeId);
    if (id === undefined) {
      const newId = Number(
        insertQuestion.run(homeId, fields.set, null, nextPosition.get(homeId, fields.set)!.p).lastInsertRowid,
      );
      insertVersion.run(newId, 1, fields.wording, fields.scale, fields.domainKey);
      return newId;
    }
    const row = question(id);
    if (row.home_id !== homeId) throw new ServiceError('not_found', 'That question no longer exists.');
    if (row.question_set !== fields.set) {
      throw new ServiceError('invalid_input', 'A question cannot move to another group of people.', {
        set: 'Add a new question for that group instead',
      });
    }
    const latest = latestVersion.get(id)!;
    const unchanged =
      latest.wording === fields.wording &&
      latest.scale === fields.scale &&
      latest.domain_key === fields.domainKey;
    if (!unchanged) insertVersion.run(id, latest.version + 1, fields.wording, fields.scale, fields.domainKey);
    return id;
  });

  return {
    list,
    question,
    save,
    retire(id: number, retired: boolean, today: string) {
      question(id);
      setRetired.run(retired ? today : null, id);
    },
    /** The questions in use now for one set, in order: what a survey asks. */
    inUse(homeId: number, set: QuestionSet) {
      return list(homeId).filter((q) => q.set === set && q.retiredOn === null);
    },
  };
}
