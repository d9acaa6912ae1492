import type { InputOf, OperationName, ResultOf } from '../../contract/operations';
import { NAME_MAX, TEXT_MAX } from '../../contract/home-date';
import { QUESTION_MAX } from '../../contract/voice';

type Call = <K extends OperationName>(name: K, input: InputOf<K>, fields: string[]) => Promise<ResultOf<K>>;

/** Payloads through the staff list, the team's rating round and meeting, into one review in draft. */
export async function writeTeamPayloads(
  call: Call,
  next: (max: number) => string,
  homeId: number,
  draftId: number,
  daysAgo: (days: number) => string,
) {
  for (let n = 0; n < 4; n++)
    await call(
      'staff.save',
      {
        homeId,
        name: next(NAME_MAX),
        role: next(NAME_MAX),
        startedOn: daysAgo(400),
        status: 'active',
        leftOn: null,
      },
      ['name', 'role'],
    );
  const review = await call('reviews.get', { id: draftId }, []);
  await call('teamRound.open', { reviewId: draftId, domainKeys: [review.domains[0]!.key] }, []);
  await call('meeting.saveAgenda', { reviewId: draftId, order: [], added: [next(500), next(500)] }, [
    'added',
  ]);
  for (const itemId of ['added:0', 'added:1'])
    await call('meeting.itemNote', { reviewId: draftId, itemId, note: next(TEXT_MAX) }, ['note']);
  for (const indicator of review.indicators.slice(0, 3))
    await call(
      'meeting.agree',
      { reviewId: draftId, indicatorKey: indicator.key, rating: 3, reasoning: next(TEXT_MAX) },
      ['reasoning'],
    );
  await call(
    'meeting.record',
    { reviewId: draftId, heldOn: daysAgo(1), attendees: next(TEXT_MAX), notes: next(TEXT_MAX) },
    ['attendees', 'notes'],
  );
}

/** Payloads through children's surveys (on screen and from paper), everyone's views and "You said, we did". */
export async function writeVoicePayloads(
  call: Call,
  next: (max: number) => string,
  homeId: number,
  daysAgo: (days: number) => string,
) {
  for (let n = 0; n < 3; n++)
    await call(
      'voice.saveQuestion',
      { homeId, set: 'young', wording: next(QUESTION_MAX), scale: 'faces3', domainKey: null },
      ['wording'],
    );
  const questions = await call('voice.questions', { homeId }, []);
  const inUse = (set: string) => questions.filter((q) => q.set === set && q.retiredOn === null);
  const answers = (set: string) =>
    inUse(set).map((q) => ({ questionVersionId: q.current.id, choice: null, comment: next(TEXT_MAX) }));
  // Three surveys on screen and three from paper, so the results (shown from three) appear too.
  for (let n = 0; n < 3; n++) {
    const session = await call('voice.startSession', { homeId, set: 'young' }, []);
    for (const q of session.questions)
      await call(
        'voice.saveAnswer',
        {
          sessionId: session.sessionId,
          questionVersionId: q.versionId,
          choice: q.scale === 'open' ? null : 1,
          comment: next(TEXT_MAX),
        },
        ['comment'],
      );
    await call(
      'voice.savePaperSurvey',
      { homeId, set: 'young', takenOn: daysAgo(3), how: 'alone', answers: answers('young') },
      ['answers'],
    );
  }
  for (const group of ['parents', 'placing', 'staff'] as const)
    await call(
      'voice.saveFeedback',
      {
        homeId,
        group,
        role: next(200),
        receivedOn: daysAgo(5),
        how: 'email',
        said: next(TEXT_MAX),
        domains: [],
        indicators: [],
        answers: answers(group),
      },
      ['role', 'said', 'answers'],
    );
  for (let n = 0; n < 3; n++)
    await call(
      'voice.saveYouSaid',
      {
        homeId,
        suggestion: next(TEXT_MAX),
        suggestedOn: daysAgo(20),
        weDid: next(TEXT_MAX),
        doneOn: daysAgo(2),
      },
      ['suggestion', 'weDid'],
    );
}
