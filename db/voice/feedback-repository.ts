import type { Database } from 'better-sqlite3-multiple-ciphers';
import { ServiceError } from '../../contract/result';
import type { Feedback, YouSaid } from '../../contract/voice';
import type { Scale } from '../../contract/voice-scales';
import type { AnswerFields } from './surveys-repository';

interface FeedbackRow {
  id: number;
  home_id: number;
  from_group: Feedback['group'];
  from_role: string;
  received_on: string;
  how: Feedback['how'];
  said: string;
}

export interface FeedbackFields {
  group: Feedback['group'];
  role: string;
  receivedOn: string;
  how: Feedback['how'];
  said: string;
  domains: string[];
  indicators: string[];
  answers: AnswerFields[];
}

/** Views from parents, placing authorities, staff, Reg 44 visitors and others, and "You said, we did". */
export function createFeedbackRepository(db: Database, now: () => Date) {
  const rows = db.prepare<[number], FeedbackRow>(
    'SELECT * FROM voice_feedback WHERE home_id = ? ORDER BY received_on DESC, id DESC',
  );
  const row = db.prepare<[number], FeedbackRow>('SELECT * FROM voice_feedback WHERE id = ?');
  const links = db.prepare<[number], { feedback_id: number; link_kind: string; link_key: string }>(
    `SELECT l.* FROM voice_feedback_links l JOIN voice_feedback f ON f.id = l.feedback_id
     WHERE f.home_id = ? ORDER BY l.link_key`,
  );
  const answers = db.prepare<
    [number],
    {
      feedback_id: number;
      question_version_id: number;
      wording: string;
      scale: Scale;
      choice: number | null;
      comment: string;
    }
  >(
    `SELECT a.feedback_id, a.question_version_id, v.wording, v.scale, a.choice, a.comment FROM voice_feedback_answers a
     JOIN voice_feedback f ON f.id = a.feedback_id
     JOIN voice_question_versions v ON v.id = a.question_version_id
     JOIN voice_questions q ON q.id = v.question_id
     WHERE f.home_id = ? ORDER BY q.position`,
  );
  const insert = db.prepare<[number, string, string, string, string, string, string]>(
    `INSERT INTO voice_feedback (home_id, from_group, from_role, received_on, how, said, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const update = db.prepare<[string, string, string, string, string, number]>(
    'UPDATE voice_feedback SET from_group = ?, from_role = ?, received_on = ?, how = ?, said = ? WHERE id = ?',
  );
  const deleteRow = db.prepare<[number, number]>('DELETE FROM voice_feedback WHERE id = ? AND home_id = ?');
  const clearLinks = db.prepare<[number]>('DELETE FROM voice_feedback_links WHERE feedback_id = ?');
  const clearAnswers = db.prepare<[number]>('DELETE FROM voice_feedback_answers WHERE feedback_id = ?');
  const insertLink = db.prepare<[number, string, string]>(
    'INSERT OR IGNORE INTO voice_feedback_links (feedback_id, link_kind, link_key) VALUES (?, ?, ?)',
  );
  const insertAnswer = db.prepare<[number, number, number | null, string]>(
    'INSERT OR REPLACE INTO voice_feedback_answers (feedback_id, question_version_id, choice, comment) VALUES (?, ?, ?, ?)',
  );

  const youSaidRows = db.prepare<[number], YouSaidRow>(
    'SELECT * FROM voice_you_said WHERE home_id = ? ORDER BY suggested_on DESC, id DESC',
  );
  const youSaidRow = db.prepare<[number], YouSaidRow>('SELECT * FROM voice_you_said WHERE id = ?');
  const insertYouSaid = db.prepare<[number, string, string, string, string | null, string]>(
    `INSERT INTO voice_you_said (home_id, suggestion, suggested_on, we_did, done_on, created_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const updateYouSaid = db.prepare<[string, string, string, string | null, number]>(
    'UPDATE voice_you_said SET suggestion = ?, suggested_on = ?, we_did = ?, done_on = ? WHERE id = ?',
  );

  return {
    list(homeId: number): Feedback[] {
      const linkRows = links.all(homeId);
      const answerRows = answers.all(homeId);
      return rows.all(homeId).map((r) => ({
        id: r.id,
        group: r.from_group,
        role: r.from_role,
        receivedOn: r.received_on,
        how: r.how,
        said: r.said,
        domains: linkRows
          .filter((l) => l.feedback_id === r.id && l.link_kind === 'domain')
          .map((l) => l.link_key),
        indicators: linkRows
          .filter((l) => l.feedback_id === r.id && l.link_kind === 'indicator')
          .map((l) => l.link_key),
        answers: answerRows
          .filter((a) => a.feedback_id === r.id)
          .map((a) => ({
            questionVersionId: a.question_version_id,
            wording: a.wording,
            scale: a.scale,
            choice: a.choice,
            comment: a.comment,
          })),
      }));
    },
    save: db.transaction((homeId: number, id: number | undefined, f: FeedbackFields): number => {
      let feedbackId = id;
      if (feedbackId === undefined) {
        const at = now().toISOString();
        feedbackId = Number(
          insert.run(homeId, f.group, f.role, f.receivedOn, f.how, f.said, at).lastInsertRowid,
        );
      } else {
        if (row.get(feedbackId)?.home_id !== homeId) {
          throw new ServiceError('not_found', 'That feedback no longer exists.');
        }
        update.run(f.group, f.role, f.receivedOn, f.how, f.said, feedbackId);
        clearLinks.run(feedbackId);
        clearAnswers.run(feedbackId);
      }
      for (const d of f.domains) insertLink.run(feedbackId, 'domain', d);
      for (const i of f.indicators) insertLink.run(feedbackId, 'indicator', i);
      for (const a of f.answers) insertAnswer.run(feedbackId, a.questionVersionId, a.choice, a.comment);
      return feedbackId;
    }),
    /** Deletes one piece of feedback with its links and answers (they cascade). */
    remove(homeId: number, id: number) {
      if (deleteRow.run(id, homeId).changes === 0) {
        throw new ServiceError('not_found', 'That feedback no longer exists.');
      }
    },
    youSaid: (homeId: number): YouSaid[] => youSaidRows.all(homeId).map(toYouSaid),
    saveYouSaid(homeId: number, id: number | undefined, y: Omit<YouSaid, 'id'>): number {
      if (id === undefined) {
        return Number(
          insertYouSaid.run(homeId, y.suggestion, y.suggestedOn, y.weDid, y.doneOn, now().toISOString())
            .lastInsertRowid,
        );
      }
      if (youSaidRow.get(id)?.home_id !== homeId) {
        throw new ServiceError('not_found', 'That "You said, we did" entry no longer exists.');
      }
      updateYouSaid.run(y.suggestion, y.suggestedOn, y.weDid, y.doneOn, id);
      return id;
    },
  };
}

interface YouSaidRow {
  id: number;
  home_id: number;
  suggestion: string;
  suggested_on: string;
  we_did: string;
  done_on: string | null;
}
const toYouSaid = (r: YouSaidRow): YouSaid => ({
  id: r.id,
  suggestion: r.suggestion,
  suggestedOn: r.suggested_on,
  weDid: r.we_did,
  doneOn: r.done_on,
});
