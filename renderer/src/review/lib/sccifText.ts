import type { SccifArea } from '@contract/framework';

/** The three judgements as inspectors name them, in SCCIF order. */
export const SCCIF_HEADINGS: Record<SccifArea, string> = {
  experiences: 'Overall experiences and progress of children and young people',
  protection: 'How well children and young people are helped and protected',
  leadership: 'The effectiveness of leaders and managers',
};

/** Shown for reviews made with framework version 1, which recorded one overall judgement instead. */
export const NOT_RECORDED_V1 = 'Not recorded (made before version 2)';
