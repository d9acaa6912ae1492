import { z } from 'zod';
import { id, quarter } from '../review';
import {
  retireQuestionInput,
  saveAnswerInput,
  saveFeedbackInput,
  deleteFeedbackInput,
  savePaperSurveyInput,
  saveQuestionInput,
  saveVoiceSettingsInput,
  saveYouSaidInput,
  startSessionInput,
  type Feedback,
  type StartedSession,
  type Triangulation,
  type VoiceComment,
  type VoiceQuestion,
  type VoiceResults,
  type VoiceSettings,
  type YouSaid,
} from '../voice';
import { read, write, type Saved } from './op';

/** Children's voice: questions, surveys (some run in locked survey mode), results and "You said, we did". */
export const voiceOperations = {
  'voice.questions': read<VoiceQuestion[]>()(z.strictObject({ homeId: id })),
  'voice.saveQuestion': write<Saved<VoiceQuestion[]>>()(saveQuestionInput),
  'voice.retireQuestion': write<VoiceQuestion[]>()(retireQuestionInput),
  'voice.startSession': write<StartedSession>()(startSessionInput, ['voice']),
  'voice.saveAnswer': write<{ saved: true }>()(saveAnswerInput, ['voice']),
  'voice.savePaperSurvey': write<{ savedId: number }>()(savePaperSurveyInput),
  'voice.results': read<VoiceResults>()(z.strictObject({ homeId: id })),
  'voice.comments': read<VoiceComment[]>()(z.strictObject({ homeId: id })),
  'voice.saveSettings': write<VoiceSettings>()(saveVoiceSettingsInput),
  'voice.feedback': read<Feedback[]>()(z.strictObject({ homeId: id })),
  'voice.saveFeedback': write<Saved<Feedback[]>>()(saveFeedbackInput),
  'voice.deleteFeedback': write<Feedback[]>()(deleteFeedbackInput),
  // Survey mode ends with "You said, we did".
  'voice.youSaid': read<YouSaid[]>()(z.strictObject({ homeId: id }), ['voice']),
  'voice.saveYouSaid': write<Saved<YouSaid[]>>()(saveYouSaidInput),
  'voice.triangulation': read<Triangulation>()(z.strictObject({ homeId: id, quarter: quarter.optional() })),
} as const;
