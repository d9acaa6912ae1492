/**
 * The answer scales of the voice surveys, and how each answer converts to a score for triangulation.
 * Pure data and functions: the store, the survey screen and the results screen all read these.
 */
import type { Grade } from './framework';

/** faces3: easy read (happy, in between, sad); f4: Always..Never; a5: Strongly agree..Strongly disagree. */
export const SCALES = ['faces3', 'f4', 'a5', 'open'] as const;
export type Scale = (typeof SCALES)[number];

export interface ScaleChoice {
  /** Stored as the answer's `choice`: 0 is the most positive. */
  value: number;
  label: string;
  /** The face drawn beside the words (survey mode and the paper version). */
  face: 'very-happy' | 'happy' | 'in-between' | 'sad' | 'none';
  /** 1 = wholly positive, 0 = wholly negative; null = no view ("Don't know"), left out of scores. */
  score: number | null;
}

export const SCALE_CHOICES: Record<Scale, ScaleChoice[]> = {
  faces3: [
    { value: 0, label: 'Happy', face: 'happy', score: 1 },
    { value: 1, label: 'In between', face: 'in-between', score: 0.5 },
    { value: 2, label: 'Sad', face: 'sad', score: 0 },
  ],
  f4: [
    { value: 0, label: 'Always', face: 'very-happy', score: 1 },
    { value: 1, label: 'Most of the time', face: 'happy', score: 2 / 3 },
    { value: 2, label: 'Sometimes', face: 'in-between', score: 1 / 3 },
    { value: 3, label: 'Never', face: 'sad', score: 0 },
  ],
  a5: [
    { value: 0, label: 'Strongly agree', face: 'very-happy', score: 1 },
    { value: 1, label: 'Agree', face: 'happy', score: 2 / 3 },
    { value: 2, label: 'Disagree', face: 'in-between', score: 1 / 3 },
    { value: 3, label: 'Strongly disagree', face: 'sad', score: 0 },
    { value: 4, label: "Don't know", face: 'none', score: null },
  ],
  open: [],
};

export const SCALE_NAMES: Record<Scale, string> = {
  faces3: 'Three faces: happy, in between, sad',
  f4: 'Always, most of the time, sometimes, never',
  a5: 'Strongly agree to strongly disagree, or don’t know',
  open: 'Written answer only',
};

/** The score of one answer: null when skipped, "don't know", or not on the scale. */
export function answerScore(scale: Scale, choice: number | null): number | null {
  if (choice === null) return null;
  return SCALE_CHOICES[scale].find((c) => c.value === choice)?.score ?? null;
}

/**
 * A mean score (0..1) on the manager's grade line (1 Inadequate .. 4 Outstanding), linear:
 * all "Always" sits at Outstanding, all "Never" at Inadequate, an even spread at 2.5.
 */
export function scoreAsGrade(score: number): number {
  return Math.round((1 + 3 * Math.min(1, Math.max(0, score))) * 100) / 100;
}

/** The nearest whole grade, for a label ("about Good"). */
export const nearestGrade = (onGradeLine: number): Grade =>
  Math.min(4, Math.max(1, Math.round(onGradeLine))) as Grade;
