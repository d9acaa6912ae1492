/**
 * What other features may use of children's voice, beside the feature's entry (index.ts): the survey data
 * and the flag a review shows beside an indicator. Lint lets any feature import this, never the rest.
 */
export * from './voiceApi';
export { ViewsAboutIndicator, VoiceFlagFor } from '../components/VoiceFlagFor';
