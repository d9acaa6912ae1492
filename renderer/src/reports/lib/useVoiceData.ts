import { useVoiceList } from '@voice/api';

/**
 * What the home holds on everyone's views, for a printed report: the young people's survey results (figures
 * only above the threshold), feedback from others and "You said, we did". Never the young people's written
 * comments: those are for the registered manager alone, on screen.
 */
export function useVoiceData(homeId: number) {
  const results = useVoiceList('voice.results', homeId);
  const feedback = useVoiceList('voice.feedback', homeId);
  const youSaid = useVoiceList('voice.youSaid', homeId);
  const queries = [results, feedback, youSaid];
  return {
    error: queries.find((q) => q.error)?.error ?? null,
    loading: queries.some((q) => q.isPending),
    results: results.data,
    feedback: feedback.data,
    youSaid: youSaid.data,
  };
}
