import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { log } from '../db/log/logger';

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Bounds;
  maximized: boolean;
}

export interface DisplayArea {
  workArea: Bounds;
}

export const WINDOW_STATE_FILE = 'window-state.json';
export const DEFAULT_SIZE = { width: 1200, height: 820 };
export const MIN_SIZE = { width: 640, height: 480 };
/** How much of the window must be on a screen to count as visible: enough to grab the title bar. */
const MIN_VISIBLE = { width: 120, height: 60 };

const isInt = (value: unknown): value is number => Number.isInteger(value);

/** Returns the saved state, or null for anything missing, unreadable or malformed. */
export function parseWindowState(text: string): WindowState | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  const { bounds, maximized } = (data ?? {}) as Partial<WindowState>;
  if (!bounds || ![bounds.x, bounds.y, bounds.width, bounds.height].every(isInt)) return null;
  if (bounds.width <= 0 || bounds.height <= 0) return null;
  return {
    bounds: { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height },
    maximized: maximized === true,
  };
}

function overlap(a: Bounds, b: Bounds): Bounds {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const width = Math.min(a.x + a.width, b.x + b.width) - x;
  const height = Math.min(a.y + a.height, b.y + b.height) - y;
  return { x, y, width: Math.max(0, width), height: Math.max(0, height) };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}

function centred(area: Bounds): Bounds {
  const width = Math.min(DEFAULT_SIZE.width, area.width);
  const height = Math.min(DEFAULT_SIZE.height, area.height);
  return {
    x: area.x + Math.round((area.width - width) / 2),
    y: area.y + Math.round((area.height - height) / 2),
    width,
    height,
  };
}

/**
 * Puts the window where it was last time if that is still on a screen (a laptop undocked from its
 * monitor must not open its window out of sight), shrunk to fit; otherwise centred on the primary screen.
 */
export function placeWindow(
  saved: WindowState | null,
  displays: readonly DisplayArea[],
  primary: DisplayArea,
): WindowState {
  if (!saved) return { bounds: centred(primary.workArea), maximized: false };
  const best = displays
    .map((display) => ({ area: display.workArea, seen: overlap(saved.bounds, display.workArea) }))
    .sort((a, b) => b.seen.width * b.seen.height - a.seen.width * a.seen.height)[0];
  if (!best || best.seen.width < MIN_VISIBLE.width || best.seen.height < MIN_VISIBLE.height) {
    return { bounds: centred(primary.workArea), maximized: saved.maximized };
  }
  const { area } = best;
  const width = Math.min(saved.bounds.width, area.width);
  const height = Math.min(saved.bounds.height, area.height);
  return {
    bounds: {
      x: clamp(saved.bounds.x, area.x, area.x + area.width - width),
      y: clamp(saved.bounds.y, area.y, area.y + area.height - height),
      width,
      height,
    },
    maximized: saved.maximized,
  };
}

export function loadWindowState(userData: string): WindowState | null {
  try {
    return parseWindowState(readFileSync(path.join(userData, WINDOW_STATE_FILE), 'utf8'));
  } catch {
    return null;
  }
}

/** Written to a temporary name and renamed, so a crash mid-write never leaves half a file. */
export function saveWindowState(userData: string, state: WindowState): void {
  const file = path.join(userData, WINDOW_STATE_FILE);
  try {
    mkdirSync(userData, { recursive: true });
    writeFileSync(`${file}.tmp`, JSON.stringify(state));
    renameSync(`${file}.tmp`, file);
  } catch (error) {
    // Losing the window position is not worth interrupting anyone for.
    log.warn('window_state_not_saved', {}, error);
  }
}
