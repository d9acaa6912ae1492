import { screenPaths } from '@shared/paths/screenPaths';
import { SubNav } from '@shared/ui/SubNav';

export const VOICE_PAGES = [
  { path: screenPaths.voice, label: 'Results' },
  { path: screenPaths.voiceFeedback, label: 'Others’ views' },
  { path: screenPaths.voiceYouSaid, label: 'You said, we did' },
  { path: screenPaths.voiceQuestions, label: 'Questions' },
  { path: screenPaths.voicePaper, label: 'Paper surveys' },
];

/** Moves between the pages about children's and others' views. */
export function VoiceNav() {
  return <SubNav label="Views" pages={VOICE_PAGES} />;
}
