import type { Grade } from '../../contract/framework';
import type { Handlers } from '../../contract/operations';
import { addDays, todayIso } from '../../contract/rules/dates';
import { addQuarters, quarterOf } from '../../contract/rules/quarters';
import { SCCIF_AREAS } from '../../contract/rules/sccif';
import { signOffDate } from '../../db/demo/demo-home';
import { openStore } from '../../db/store';
import { homeName, longNote, RIGHT_TO_LEFT, WORD_300, type SituationName } from './texts';

/**
 * Builds the data of one situation the reflow test visits, through the app's own handlers (so the
 * data is what the app would hold), in one transaction. Runs in Node: e2e/reflow/situations.ts bundles
 * it, because the store imports its migrations as .sql text.
 */

/** What the test needs to know to fill the routes' parameters. */
export interface SituationFacts {
  /** Review ids: the completed ones (newest last) and the draft of the current quarter, if any. */
  completed: number[];
  draft: number | null;
  /** Quarters with figures, oldest first. */
  figureQuarters: string[];
  /** The home the app opens on, and the quarters of its completed reviews (oldest first), for the reports. */
  homeId: number;
  completedQuarters: string[];
}

interface Texts {
  note: string;
  short: string;
  name: string;
}

const ORDINARY: Texts = {
  note: 'Walk-round log and team minutes show the manager on every shift pattern this quarter.',
  short: 'Team minutes',
  name: 'Sam Taylor',
};

function figures(index: number) {
  return {
    staffAtStart: 12,
    staffAtEnd: 12 + (index % 3) - 1,
    staffJoined: index % 3,
    staffLeft: 1,
    shiftsTotal: 540,
    shiftsAgency: 20 + (index % 7) * 5,
    childrenAtStart: 4,
  };
}

/** One review with every indicator rated, every domain judged and the summary written. */
function writeReview(handlers: Handlers, homeId: number, quarter: string, texts: Texts, complete: boolean) {
  const review = handlers['reviews.start']({ homeId, quarter });
  const reviewId = review.id;
  const framework = handlers['framework.get']({ version: review.frameworkVersion });
  const sources = framework.evidenceSources.map((s) => s.key);
  const grade = (i: number): Grade => (i % 5 === 0 ? 2 : 3);
  review.indicators.forEach((indicator, i) =>
    handlers['reviews.saveIndicator']({
      reviewId,
      indicatorKey: indicator.key,
      rating: grade(i),
      note: i === 0 ? texts.note : ORDINARY.note,
      sources: i === 0 ? sources : sources.slice(0, 2),
      otherSource: i === 0 ? texts.short.slice(0, 500) : '',
      discuss: i === 0,
    }),
  );
  review.domains.forEach((domain, i) =>
    handlers['reviews.saveDomain']({
      reviewId,
      domainKey: domain.key,
      judgement: 3,
      rationale: i === 0 ? texts.note : 'Steady.',
    }),
  );
  handlers['reviews.saveSummary']({ reviewId, strengths: texts.note, improvements: texts.short, overall: 3 });
  // From framework version 2 the three SCCIF judgements are part of every review. Protection goes
  // against the suggestion, so its reason (the long text) is shown too.
  if (review.sccif) {
    for (const area of SCCIF_AREAS) {
      const changed = area === 'protection';
      handlers['reviews.saveJudgement']({
        reviewId,
        area,
        judgement: changed ? 2 : 3,
        reason: changed ? texts.note : 'In line with the domains that inform it.',
      });
    }
  }
  if (complete) {
    handlers['reviews.complete']({
      reviewId,
      signedByName: texts.name,
      signedByRole: 'Registered manager',
      signedOn: signOffDate(quarter, 0, new Date()),
    });
  }
  return reviewId;
}

/** One notifications log entry from yesterday, with the notice to Ofsted, in the situation's words. */
function writeNotice(handlers: Handlers, homeId: number, texts: Texts) {
  const yesterday = addDays(todayIso(), -1);
  const { savedId } = handlers['notifications.save']({
    homeId,
    kind: 'reg40',
    eventType: 'police',
    what: texts.note.slice(0, 20_000),
    eventOn: yesterday,
    eventTime: '10:00',
  });
  handlers['notifications.saveRecipient']({
    notificationId: savedId,
    recipient: 'ofsted',
    who: texts.name.slice(0, 200),
    notifiedOn: yesterday,
    notifiedTime: '11:30',
  });
}

/** A home with `quarters` completed reviews up to last quarter, and this quarter's draft if asked. */
function writeHome(
  handlers: Handlers,
  name: string,
  quarters: number,
  texts: Texts,
  options: { draft?: boolean; figures?: boolean; urn?: string } = {},
) {
  const urn = options.urn ?? 'SC123456';
  const home = handlers['homes.create']({ name, urn, registeredManager: texts.name, places: 4 });
  if (texts !== ORDINARY) {
    // Before the reviews start, so they carry it.
    const statement = texts.short.slice(0, 500);
    handlers['customIndicators.add']({ homeId: home.id, domainKey: 'leadership', statement });
  }
  const current = quarterOf(new Date());
  const facts: SituationFacts = {
    completed: [],
    draft: null,
    figureQuarters: [],
    homeId: home.id,
    completedQuarters: [],
  };
  for (let back = quarters; back >= 1; back--) {
    const quarter = addQuarters(current, -back);
    facts.completed.push(writeReview(handlers, home.id, quarter, texts, true));
    facts.completedQuarters.push(quarter);
    if (options.figures) {
      handlers['metrics.save']({ homeId: home.id, quarter, values: figures(back) });
      facts.figureQuarters.push(quarter);
    }
  }
  if (options.draft) facts.draft = writeReview(handlers, home.id, current, texts, false);
  if (options.figures) writeNotice(handlers, home.id, texts);
  return { home, facts };
}

function manyHomes(handlers: Handlers, count: number): SituationFacts {
  let first: ReturnType<typeof writeHome> | null = null;
  for (let i = 0; i < count; i++) {
    const written = writeHome(handlers, homeName(i), 1 + (i % 3), ORDINARY, {
      urn: `SC${200000 + i}`,
    });
    first ??= written;
  }
  handlers['homes.select']({ id: first!.home.id });
  return first!.facts;
}

function longTextTexts(kind: 'note' | 'word' | 'rtl'): Texts {
  if (kind === 'note') return { note: longNote(100_000), short: ORDINARY.short, name: ORDINARY.name };
  if (kind === 'word')
    return { note: `Evidence: ${WORD_300} and more.`, short: WORD_300, name: WORD_300.slice(0, 120) };
  return { note: RIGHT_TO_LEFT.note, short: RIGHT_TO_LEFT.short, name: RIGHT_TO_LEFT.name };
}

const builders: Record<SituationName, (handlers: Handlers) => SituationFacts> = {
  'one home and one review': (h) => writeHome(h, 'Oak Lodge', 1, ORDINARY).facts,
  'the sample home': (h) => {
    h['demo.create']({});
    const home = h['homes.list']({})[0]!;
    const reviews = h['reviews.list']({ homeId: home.id });
    const quarters = reviews.map((r) => r.quarter).sort();
    return {
      completed: reviews.map((r) => r.id).reverse(),
      draft: null,
      figureQuarters: quarters,
      homeId: home.id,
      completedQuarters: quarters,
    };
  },
  '10 homes with long names': (h) => manyHomes(h, 10),
  '50 homes with long names': (h) => manyHomes(h, 50),
  '40 quarters of history': (h) =>
    writeHome(h, 'Oak Lodge', 40, ORDINARY, { draft: true, figures: true }).facts,
  'a 100,000-character evidence note': (h) =>
    writeHome(h, 'Oak Lodge', 2, longTextTexts('note'), { draft: true, figures: true }).facts,
  'a 300-character word': (h) =>
    writeHome(h, WORD_300.slice(0, 120), 2, longTextTexts('word'), { draft: true, figures: true }).facts,
  'right-to-left text': (h) =>
    writeHome(h, RIGHT_TO_LEFT.name, 2, longTextTexts('rtl'), { draft: true, figures: true }).facts,
};

/** Creates `file` holding the situation's data and returns what the routes need. */
export function buildSituation(name: SituationName, file: string): SituationFacts {
  const store = openStore({ file, appVersion: 'e2e' });
  try {
    return store.db.transaction(() => builders[name](store.handlers))();
  } finally {
    store.close();
  }
}
