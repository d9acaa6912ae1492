import type { Framework, Grade, Rating, SccifArea, SccifInputs } from '../framework';
import { ratingLabel } from './judgements';
import { INADEQUATE_LIKELY, safetyCeiling } from './safety-first';
import { SCCIF_TITLES, sccifTitleInSentence } from './sccif-titles';

export { SCCIF_AREAS } from './sccif-titles';

const EXPERIENCES = sccifTitleInSentence('experiences');

export interface SccifSuggestion {
  grade: Grade | null;
  /** Why: what informed it, and any limiting rule, in the order applied. */
  reasons: string[];
  /** Strong warnings, such as a single Inadequate indicator, that do not decide the grade on their own. */
  warnings: string[];
  /** Helped and protected only: a safeguarding indicator is Inadequate, so Inadequate is likely. */
  inadequateLikely: boolean;
}

export interface SccifState {
  /** Manager-confirmed domain judgements, by domain key. */
  domainJudgements: Record<string, Grade | null>;
  /** Indicator ratings, by indicator key. */
  indicatorRatings: Record<string, Rating | null>;
  /** The judgements the manager has confirmed so far (the limiting rules use these before suggestions). */
  confirmed: Partial<Record<SccifArea, Grade | null>>;
}

export interface ExperiencesCap {
  cap: Grade;
  reasons: string[];
}

interface Input {
  label: string;
  value: Rating | null;
}

function lowerMedian(grades: Grade[]): Grade {
  const sorted = [...grades].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] as Grade;
}

function fromInputs(inputs: Input[]): SccifSuggestion {
  const open = inputs.filter((i) => i.value === null);
  const warnings = inputs
    .filter((i) => i.value === 1)
    .map(
      (i) =>
        `${i.label} is Inadequate. On its own it does not decide this judgement, but check whether it leaves children unsafe.`,
    );
  if (open.length > 0) {
    return {
      grade: null,
      reasons: [`Still to decide: ${open.map((i) => i.label).join('; ')}.`],
      warnings,
      inadequateLikely: false,
    };
  }
  const described = inputs.map((i) => `${i.label}: ${ratingLabel(i.value!)}`);
  const grades = inputs.map((i) => i.value).filter((v): v is Grade => v !== null && v > 0);
  if (grades.length === 0) {
    return {
      grade: null,
      reasons: [`Informed by ${described.join('; ')}.`, 'None has enough evidence yet.'],
      warnings,
      inadequateLikely: false,
    };
  }
  const grade = lowerMedian(grades);
  return {
    grade,
    reasons: [`Informed by ${described.join('; ')}.`, `The middle of these is ${ratingLabel(grade)}.`],
    warnings,
    inadequateLikely: false,
  };
}

/**
 * Helped and protected, suggested from safety first: no better than the lowest of the safety domain's
 * judgement and its safeguarding indicators (see `safetyCeiling`), and no better than the middle of
 * everything that informs it. The safety domain judged Inadequate decides it before the rest are rated.
 */
function protectionFromInputs(framework: Framework, from: SccifInputs, state: SccifState): SccifSuggestion {
  const title = (key: string) => framework.domains.find((d) => d.key === key)?.title ?? key;
  const domains = from.domains.map((key) => ({
    label: `${title(key)} (domain)`,
    value: state.domainJudgements[key] ?? null,
  }));
  const rated = (list: SccifInputs['indicators']) =>
    list.map(({ key, label }) => ({ label, value: state.indicatorRatings[key] ?? null }));
  const safeguarding = rated(from.safety ?? []);
  const others = rated(from.indicators);
  const inputs = [...domains, ...safeguarding, ...others];
  const ceiling = safetyCeiling(domains[0] ?? { label: '', value: null }, safeguarding, [
    ...domains.slice(1),
    ...others,
  ]);
  const warnings = ceiling.inadequateLikely ? [INADEQUATE_LIKELY] : [];
  const suggestion = fromInputs(inputs);
  if (domains.some((d) => d.value === 1)) {
    return {
      grade: 1,
      reasons: [...suggestion.reasons.slice(0, 1), ...ceiling.reasons],
      warnings,
      inadequateLikely: ceiling.inadequateLikely,
    };
  }
  if (suggestion.grade === null)
    return { ...suggestion, warnings, inadequateLikely: ceiling.inadequateLikely };
  const middle = suggestion.grade;
  const grade = Math.min(middle, ceiling.cap) as Grade;
  return {
    grade,
    reasons: [
      suggestion.reasons[0]!,
      ...(ceiling.reasons.length > 0
        ? [`${SCCIF_TITLES.protection} starts from whether children are safe.`, ...ceiling.reasons]
        : []),
      ...(middle <= ceiling.cap
        ? [`The middle of these is ${ratingLabel(middle)}.`]
        : ceiling.reasons.length === 0
          ? [
              `The middle of these is ${ratingLabel(middle)}, but the safety domain and its safeguarding indicators are ${ratingLabel(ceiling.cap)} at best, so ${sccifTitleInSentence('protection')} can be no better.`,
            ]
          : []),
    ],
    warnings,
    inadequateLikely: ceiling.inadequateLikely,
  };
}

function inputsFor(framework: Framework, from: SccifInputs, state: SccifState): Input[] {
  const title = (key: string) => framework.domains.find((d) => d.key === key)?.title ?? key;
  return [
    ...from.domains.map((key) => ({
      label: `${title(key)} (domain)`,
      value: state.domainJudgements[key] ?? null,
    })),
    ...[...(from.safety ?? []), ...from.indicators].map(({ key, label }) => ({
      label,
      value: state.indicatorRatings[key] ?? null,
    })),
  ];
}

/**
 * SCCIF's limiting rules (section 4.1), applied to the three judgements: helped and protected Inadequate
 * makes overall experiences and progress Inadequate; leaders and managers Inadequate caps it at requires
 * improvement to be good, and Inadequate overall is likely.
 */
export function experiencesCap(protection: Grade | null, leadership: Grade | null): ExperiencesCap {
  if (protection === 1) {
    return {
      cap: 1,
      reasons: [
        `${SCCIF_TITLES.protection} is Inadequate. That is a limiting judgement, so ${EXPERIENCES} is Inadequate.`,
      ],
    };
  }
  if (leadership === 1) {
    return {
      cap: 2,
      reasons: [
        `${SCCIF_TITLES.leadership} is Inadequate, so ${EXPERIENCES} can be no better than requires improvement to be good, and Inadequate is likely.`,
      ],
    };
  }
  return { cap: 4, reasons: [] };
}

/** The app's suggestion for each of the three judgements, with its reasons; the manager decides. */
export function suggestSccif(framework: Framework, state: SccifState): Record<SccifArea, SccifSuggestion> {
  if (!framework.sccif) throw new Error(`Framework version ${framework.version} has no SCCIF judgements.`);
  const protection = protectionFromInputs(framework, framework.sccif.protection, state);
  const leadership = fromInputs(inputsFor(framework, framework.sccif.leadership, state));
  const all: SccifInputs = { domains: framework.domains.map((d) => d.key), indicators: [] };
  const experiences = fromInputs(inputsFor(framework, all, state));
  const limit = experiencesCap(
    state.confirmed.protection ?? protection.grade,
    state.confirmed.leadership ?? leadership.grade,
  );
  if (limit.cap < 4) {
    // Helped and protected Inadequate decides the overall even before every domain is judged.
    if (limit.cap === 1) experiences.grade = 1;
    else if (experiences.grade !== null && experiences.grade > limit.cap) experiences.grade = limit.cap;
    experiences.reasons.push(...limit.reasons);
  }
  return { experiences, protection, leadership };
}
