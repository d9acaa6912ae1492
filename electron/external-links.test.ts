import { describe, expect, it, vi } from 'vitest';
import { log } from '../db/log/logger';
import { externalUrlOrNull, openExternalSafely } from './external-links';

function fakeShell() {
  return { openExternal: vi.fn((_url: string) => Promise.resolve()) };
}

describe('openExternalSafely', () => {
  it.each([
    [
      'https://www.gov.uk/government/organisations/ofsted',
      'https://www.gov.uk/government/organisations/ofsted',
    ],
    ['mailto:manager@example.org', 'mailto:manager@example.org'],
    ['HTTPS://Example.ORG/a b', 'https://example.org/a%20b'],
  ])('hands %s to the system, normalised', (url, expected) => {
    const shell = fakeShell();
    expect(openExternalSafely(shell, url)).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledWith(expected);
  });

  it.each([
    'file:///etc/passwd',
    'file://server/share/report.docx',
    'javascript:alert(1)',
    'smb://attacker.example/share',
    'http://example.org/',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'ms-msdt:/id PCWDiagnostic',
    'app://hallmarks/index.html',
    'https://user:secret@example.org/',
    'https://',
    'not a url',
    '',
    '//example.org/relative',
    `https://example.org/${'a'.repeat(3000)}`,
  ])('refuses %s and does not call the system', (url) => {
    const shell = fakeShell();
    expect(openExternalSafely(shell, url)).toBe(false);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('refuses values that are not strings', () => {
    const shell = fakeShell();
    for (const value of [undefined, null, 42, { href: 'https://example.org' }]) {
      expect(openExternalSafely(shell, value)).toBe(false);
    }
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('reports a failure of the system call without throwing', async () => {
    const warn = vi.spyOn(log, 'warn');
    const shell = { openExternal: vi.fn(() => Promise.reject(new Error('no browser'))) };
    expect(openExternalSafely(shell, 'https://example.org')).toBe(true);
    await vi.waitFor(() => expect(warn).toHaveBeenCalledWith('external_link_failed', {}, expect.any(Error)));
    warn.mockRestore();
  });

  it('exposes the check on its own', () => {
    expect(externalUrlOrNull('mailto:a@example.org')).toBe('mailto:a@example.org');
    expect(externalUrlOrNull('file:///C:/Windows/System32/calc.exe')).toBeNull();
  });
});
