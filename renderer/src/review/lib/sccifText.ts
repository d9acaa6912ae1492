import { SCCIF_TITLES } from '@contract/rules/sccif-titles';

/** The three judgements as inspectors name them, in SCCIF order. */
export const SCCIF_HEADINGS = SCCIF_TITLES;

/** Shown for reviews made with framework version 1, which recorded one overall judgement instead. */
export const NOT_RECORDED_V1 = 'Not recorded (made before version 2)';
