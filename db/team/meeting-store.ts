import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Rating } from '../../contract/framework';
import type { AgreedRating } from '../../contract/team-meeting';
import type { MeetingSettings } from '../../contract/team-meeting';
import { DEFAULT_FLAG_MARGIN, DEFAULT_MIN_RATERS } from '../../contract/rules/team-rules';

interface MeetingRow {
  agenda_order: string;
  added_items: string;
  held_on: string | null;
  attendees: string;
  notes: string;
  item_notes: string;
}

/** The meeting's own rows: agenda order, added items, its record, and the ratings agreed in it. */
export function createMeetingStore(db: Database) {
  const settings = db.prepare<[number], { min_raters: number; flag_margin: number }>(
    'SELECT min_raters, flag_margin FROM meeting_settings WHERE home_id = ?',
  );
  const saveSettings = db.prepare(
    `INSERT INTO meeting_settings (home_id, min_raters, flag_margin) VALUES (?, ?, ?)
     ON CONFLICT (home_id) DO UPDATE SET min_raters = excluded.min_raters, flag_margin = excluded.flag_margin`,
  );
  const row = db.prepare<[number], MeetingRow>('SELECT * FROM team_meetings WHERE review_id = ?');
  const ensure = db.prepare('INSERT OR IGNORE INTO team_meetings (review_id) VALUES (?)');
  const saveAgenda = db.prepare(
    'UPDATE team_meetings SET agenda_order = ?, added_items = ? WHERE review_id = ?',
  );
  const saveRecord = db.prepare(
    'UPDATE team_meetings SET held_on = ?, attendees = ?, notes = ? WHERE review_id = ?',
  );
  const saveNotes = db.prepare('UPDATE team_meetings SET item_notes = ? WHERE review_id = ?');
  const agreed = db.prepare<
    [number],
    {
      indicator_key: string;
      rating: Rating;
      earlier_rating: Rating | null;
      reasoning: string;
      agreed_at: string;
    }
  >('SELECT * FROM agreed_ratings WHERE review_id = ? ORDER BY id');
  const insertAgreed = db.prepare(
    `INSERT INTO agreed_ratings (review_id, indicator_key, rating, earlier_rating, reasoning, agreed_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const currentRating = db.prepare<[number, string], { rating: Rating | null }>(
    'SELECT rating FROM review_indicators WHERE review_id = ? AND indicator_key = ?',
  );
  const setRating = db.prepare(
    'UPDATE review_indicators SET rating = ?, updated_at = ? WHERE review_id = ? AND indicator_key = ?',
  );
  const heldForHome = db.prepare<[number], { review_id: number; held_on: string | null }>(
    `SELECT r.id AS review_id, m.held_on FROM reviews r
     LEFT JOIN team_meetings m ON m.review_id = r.id WHERE r.home_id = ? ORDER BY r.id`,
  );
  const touchReview = db.prepare('UPDATE reviews SET updated_at = ? WHERE id = ?');

  return {
    get(reviewId: number) {
      const r = row.get(reviewId);
      return {
        order: JSON.parse(r?.agenda_order ?? '[]') as string[],
        added: JSON.parse(r?.added_items ?? '[]') as string[],
        heldOn: r?.held_on ?? null,
        attendees: r?.attendees ?? '',
        notes: r?.notes ?? '',
        itemNotes: JSON.parse(r?.item_notes ?? '{}') as Record<string, string>,
      };
    },
    /** One agenda item's note; an empty one is removed. */
    saveItemNote(reviewId: number, itemId: string, note: string) {
      ensure.run(reviewId);
      const notes = { ...this.get(reviewId).itemNotes };
      if (note.trim() === '') delete notes[itemId];
      else notes[itemId] = note;
      saveNotes.run(JSON.stringify(notes), reviewId);
    },
    /** Every review of the home, with the date its team meeting was held (null if none is recorded). */
    heldForHome: (homeId: number) =>
      heldForHome.all(homeId).map((r) => ({ reviewId: r.review_id, heldOn: r.held_on })),
    saveAgenda(reviewId: number, order: string[], added: string[]) {
      ensure.run(reviewId);
      saveAgenda.run(JSON.stringify(order), JSON.stringify(added), reviewId);
    },
    saveRecord(reviewId: number, heldOn: string, attendees: string, notes: string) {
      ensure.run(reviewId);
      saveRecord.run(heldOn, attendees, notes, reviewId);
    },
    /** Each agreement carries the meeting's date once the meeting is recorded, not the day it was typed. */
    agreedByIndicator(reviewId: number): Map<string, AgreedRating[]> {
      const found = new Map<string, AgreedRating[]>();
      const meetingOn = row.get(reviewId)?.held_on ?? null;
      for (const a of agreed.all(reviewId)) {
        const entry = {
          rating: a.rating,
          earlier: a.earlier_rating,
          reasoning: a.reasoning,
          agreedAt: a.agreed_at,
          meetingOn,
        };
        found.set(a.indicator_key, [...(found.get(a.indicator_key) ?? []), entry]);
      }
      return found;
    },
    /** The agreed rating becomes the review's; the one it replaces is kept with the agreement. */
    agree: db.transaction((reviewId: number, key: string, rating: Rating, reasoning: string, at: string) => {
      const earlier = currentRating.get(reviewId, key)?.rating ?? null;
      insertAgreed.run(reviewId, key, rating, earlier, reasoning, at);
      setRating.run(rating, at, reviewId, key);
      touchReview.run(at, reviewId);
    }),
    /** The home's settings; the defaults until its manager saves some. */
    settings(homeId: number): MeetingSettings {
      const saved = settings.get(homeId);
      return {
        minRaters: saved?.min_raters ?? DEFAULT_MIN_RATERS,
        flagMargin: saved?.flag_margin ?? DEFAULT_FLAG_MARGIN,
      };
    },
    saveSettings(homeId: number, minRaters: number, flagMargin: number) {
      saveSettings.run(homeId, minRaters, flagMargin);
    },
  };
}
