import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { log } from '../db/log/logger';
import {
  DEFAULT_SIZE,
  loadWindowState,
  parseWindowState,
  placeWindow,
  saveWindowState,
  WINDOW_STATE_FILE,
} from './window-state';

const laptop = { workArea: { x: 0, y: 0, width: 1366, height: 728 } };
const monitorOnRight = { workArea: { x: 1366, y: 0, width: 1920, height: 1040 } };

describe('placeWindow', () => {
  it('centres a default-sized window on the primary screen the first time', () => {
    expect(placeWindow(null, [laptop], laptop)).toEqual({
      bounds: { x: 83, y: 0, width: DEFAULT_SIZE.width, height: 728 },
      maximized: false,
    });
  });

  it('keeps a saved position that is fully on a screen', () => {
    const saved = { bounds: { x: 1500, y: 100, width: 1000, height: 700 }, maximized: true };
    expect(placeWindow(saved, [laptop, monitorOnRight], laptop)).toEqual(saved);
  });

  it('moves the window back to the primary screen when its monitor has gone', () => {
    const saved = { bounds: { x: 1500, y: 100, width: 1000, height: 700 }, maximized: false };
    const placed = placeWindow(saved, [laptop], laptop);
    expect(placed.bounds.x).toBeGreaterThanOrEqual(0);
    expect(placed.bounds.x + placed.bounds.width).toBeLessThanOrEqual(1366);
    expect(placed.bounds.y + placed.bounds.height).toBeLessThanOrEqual(728);
  });

  it('pulls a window hanging off the edge fully onto the screen it is mostly on', () => {
    const saved = { bounds: { x: 1000, y: -50, width: 800, height: 600 }, maximized: false };
    expect(placeWindow(saved, [laptop, monitorOnRight], laptop).bounds).toEqual({
      x: 1366,
      y: 0,
      width: 800,
      height: 600,
    });
  });

  it('shrinks a window larger than its screen', () => {
    const saved = { bounds: { x: 0, y: 0, width: 2500, height: 1400 }, maximized: false };
    expect(placeWindow(saved, [laptop], laptop).bounds).toEqual({ x: 0, y: 0, width: 1366, height: 728 });
  });

  it('treats a window with only a sliver showing as lost', () => {
    const saved = { bounds: { x: 1340, y: 700, width: 800, height: 600 }, maximized: false };
    expect(placeWindow(saved, [laptop], laptop).bounds.x).toBe(83);
  });

  it('handles screens with negative coordinates (a monitor to the left)', () => {
    const left = { workArea: { x: -1920, y: 0, width: 1920, height: 1080 } };
    const saved = { bounds: { x: -1800, y: 50, width: 1000, height: 700 }, maximized: false };
    expect(placeWindow(saved, [laptop, left], laptop)).toEqual(saved);
  });
});

describe('parseWindowState', () => {
  it('reads what was saved', () => {
    const state = { bounds: { x: 10, y: 20, width: 900, height: 700 }, maximized: true };
    expect(parseWindowState(JSON.stringify(state))).toEqual(state);
  });

  it.each([
    '',
    'not json',
    'null',
    '{}',
    '{"bounds":{"x":0,"y":0,"width":"900","height":700}}',
    '{"bounds":{"x":0,"y":0,"width":0,"height":700}}',
    '{"bounds":{"x":0.5,"y":0,"width":900,"height":700}}',
  ])('ignores %j', (text) => expect(parseWindowState(text)).toBeNull());
});

describe('loading and saving', () => {
  let dir: string | undefined;
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('round-trips through the user data folder', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'hallmarks-window-'));
    expect(loadWindowState(dir)).toBeNull();
    const state = { bounds: { x: 1, y: 2, width: 800, height: 600 }, maximized: false };
    saveWindowState(dir, state);
    expect(JSON.parse(readFileSync(path.join(dir, WINDOW_STATE_FILE), 'utf8'))).toEqual(state);
    expect(loadWindowState(dir)).toEqual(state);
  });

  it('ignores a damaged file', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'hallmarks-window-'));
    writeFileSync(path.join(dir, WINDOW_STATE_FILE), '{"bounds":');
    expect(loadWindowState(dir)).toBeNull();
  });

  it('does not throw when the folder cannot be written', () => {
    const warn = vi.spyOn(log, 'warn');
    dir = mkdtempSync(path.join(tmpdir(), 'hallmarks-window-'));
    const blocker = path.join(dir, 'file');
    writeFileSync(blocker, '');
    expect(() =>
      saveWindowState(path.join(blocker, 'sub'), { bounds: laptop.workArea, maximized: false }),
    ).not.toThrow();
    expect(warn).toHaveBeenCalledWith('window_state_not_saved', {}, expect.any(Error));
    warn.mockRestore();
  });
});
