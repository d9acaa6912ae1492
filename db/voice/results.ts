import type { Database } from 'better-sqlite3';
import type {
  ChildSet,
  HallmarkResult,
  QuarterResults,
  QuestionResult,
  VoiceComment,
  VoiceSettings,
} from '../../contract/voice';
import { canShowResult } from '../../contract/rules/voice-rules';
import { isLowerAnswer, TALK_PROMPTS, talkPromptOf } from '../../contract/rules/voice-safety';
import { answerScore, SCALE_CHOICES, scoreAsGrade, type Scale } from '../../contract/voice-scales';

interface AnswerRow {
  quarter: string;
  session_id: number;
  question_set: ChildSet;
  choice: number | null;
  comment: string;
  question_id: number;
  builtin_key: string | null;
  wording: string;
  version: number;
  scale: Scale;
  domain_key: string | null;
}

/** Which worries any answer in the quarter raised: a low answer to a question that prompts a talk. */
const worriesIn = (rows: AnswerRow[]) =>
  TALK_PROMPTS.filter((prompt) =>
    rows.some(
      (r) =>
        talkPromptOf(r.question_set, r.builtin_key, r.domain_key) === prompt &&
        isLowerAnswer(r.scale, r.choice),
    ),
  );

const mean = (xs: number[]) => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);

function questionResults(
  rows: AnswerRow[],
  settings: VoiceSettings,
  quarterShown: boolean,
): QuestionResult[] {
  const byQuestion = new Map<string, AnswerRow[]>();
  for (const r of rows) {
    const key = `${r.question_id}:${r.scale}`;
    byQuestion.set(key, [...(byQuestion.get(key) ?? []), r]);
  }
  return [...byQuestion.values()].map((answers) => {
    const first = answers[0]!;
    const given =
      first.scale === 'open'
        ? answers.filter((a) => a.comment.trim() !== '')
        : answers.filter((a) => a.choice !== null);
    const answered = new Set(given.map((a) => a.session_id)).size;
    const shown = quarterShown && canShowResult(answered, settings.minAnswers);
    const scores = given.map((a) => answerScore(a.scale, a.choice)).filter((s): s is number => s !== null);
    const wordings = [...new Map(answers.map((a) => [a.version, a.wording])).entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([, w]) => w);
    const m = mean(scores);
    return {
      questionId: first.question_id,
      set: first.question_set,
      wordings,
      scale: first.scale,
      domainKey: first.domain_key,
      answered,
      shown,
      counts: shown
        ? SCALE_CHOICES[first.scale].map((c) => ({
            value: c.value,
            label: c.label,
            count: given.filter((a) => a.choice === c.value).length,
          }))
        : [],
      onGradeLine: shown && m !== null ? scoreAsGrade(m) : null,
    };
  });
}

function hallmarkResults(
  rows: AnswerRow[],
  settings: VoiceSettings,
  quarterShown: boolean,
): HallmarkResult[] {
  const byDomain = new Map<string, AnswerRow[]>();
  for (const r of rows) {
    if (r.domain_key === null || r.scale === 'open') continue;
    byDomain.set(r.domain_key, [...(byDomain.get(r.domain_key) ?? []), r]);
  }
  return [...byDomain.entries()].map(([domainKey, answers]) => {
    const scored = answers
      .map((a) => ({ session: a.session_id, score: answerScore(a.scale, a.choice) }))
      .filter((a): a is { session: number; score: number } => a.score !== null);
    const answered = new Set(scored.map((a) => a.session)).size;
    const shown = quarterShown && canShowResult(answered, settings.minAnswers);
    const m = mean(scored.map((a) => a.score));
    return { domainKey, answered, shown, onGradeLine: shown && m !== null ? scoreAsGrade(m) : null };
  });
}

/**
 * Young people's answers per quarter, per question and per hallmark. Below the threshold no figure leaves
 * the store at all, so no screen or printout can show one by mistake. Comments are a separate call.
 */
export function createVoiceResults(db: Database) {
  const answerRows = db.prepare<[number], AnswerRow>(
    `SELECT s.quarter, s.id AS session_id, s.question_set, a.choice, a.comment,
            v.question_id, q.builtin_key, v.wording, v.version, v.scale, v.domain_key
     FROM voice_answers a
     JOIN voice_sessions s ON s.id = a.session_id
     JOIN voice_question_versions v ON v.id = a.question_version_id
     JOIN voice_questions q ON q.id = v.question_id
     WHERE s.home_id = ? ORDER BY q.question_set DESC, q.position, q.id`,
  );
  const sessionCounts = db.prepare<[number], { quarter: string; n: number; paper: number }>(
    `SELECT quarter, count(*) AS n, sum(from_paper) AS paper FROM voice_sessions
     WHERE home_id = ? GROUP BY quarter ORDER BY quarter DESC`,
  );
  const commentRows = db.prepare<[number], VoiceComment>(
    `SELECT s.quarter, v.wording, a.comment FROM voice_answers a
     JOIN voice_sessions s ON s.id = a.session_id
     JOIN voice_question_versions v ON v.id = a.question_version_id
     WHERE s.home_id = ? AND trim(a.comment) <> '' ORDER BY s.quarter DESC, v.question_id, a.rowid`,
  );

  return {
    byQuarter(homeId: number, settings: VoiceSettings): QuarterResults[] {
      const rows = answerRows.all(homeId);
      return sessionCounts.all(homeId).map(({ quarter, n, paper }) => {
        const inQuarter = rows.filter((r) => r.quarter === quarter);
        const shown = canShowResult(n, settings.minAnswers);
        return {
          quarter,
          sessions: n,
          fromPaper: paper,
          shown,
          // Safeguarding comes before the threshold: a worry always reaches the manager, never with who or how many.
          worries: worriesIn(inQuarter),
          questions: questionResults(inQuarter, settings, shown),
          hallmarks: hallmarkResults(inQuarter, settings, shown),
        };
      });
    },
    /** For the manager's eyes only: the results screen shows them behind a button, nothing else does. */
    comments: (homeId: number): VoiceComment[] => commentRows.all(homeId),
  };
}
