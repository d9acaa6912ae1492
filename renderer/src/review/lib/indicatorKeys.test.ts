import { describe, expect, it } from 'vitest';
import { indicatorKeyAction, isTyping, type KeyTarget } from './indicatorKeys';

const press = (key: string, target: KeyTarget = { tagName: 'INPUT', type: 'radio' }, mods = {}) =>
  indicatorKeyAction({ key, ctrlKey: false, altKey: false, metaKey: false, target, ...mods });

describe('indicator keys', () => {
  it('choose a grade by its number on the scale, and 0 for not enough evidence', () => {
    expect(press('4')).toEqual({ kind: 'rate', rating: 4 });
    expect(press('1')).toEqual({ kind: 'rate', rating: 1 });
    expect(press('0')).toEqual({ kind: 'rate', rating: 0 });
    expect(press('5')).toBeNull();
  });

  it('go to the note, confirm the same as last quarter and move on, in either case', () => {
    expect(press('e')).toEqual({ kind: 'note' });
    expect(press('S', { tagName: 'BUTTON' })).toEqual({ kind: 'same' });
    expect(press('n', { tagName: 'INPUT', type: 'checkbox' })).toEqual({ kind: 'next' });
    expect(press('x')).toBeNull();
  });

  it('never fire while typing in a text box, or with Ctrl, Alt or Cmd held', () => {
    expect(press('3', { tagName: 'TEXTAREA' })).toBeNull();
    expect(press('n', { tagName: 'INPUT', type: 'text' })).toBeNull();
    expect(press('n', { tagName: 'INPUT' })).toBeNull();
    expect(press('4', { tagName: 'SELECT' })).toBeNull();
    expect(press('3', { tagName: 'DIV', isContentEditable: true })).toBeNull();
    expect(press('3', { tagName: 'INPUT', type: 'radio' }, { ctrlKey: true })).toBeNull();
    expect(press('n', { tagName: 'BUTTON' }, { metaKey: true })).toBeNull();
    expect(press('e', { tagName: 'BUTTON' }, { altKey: true })).toBeNull();
    expect(isTyping(null)).toBe(false);
  });
});
