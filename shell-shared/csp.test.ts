import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './csp';

function directive(name: string): string[] | undefined {
  const found = CONTENT_SECURITY_POLICY.split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([key]) => key === name);
  return found?.slice(1);
}

describe('Content-Security-Policy', () => {
  it('never allows inline or evaluated code', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-/);
  });

  it('denies everything by default', () => {
    expect(directive('default-src')).toEqual(["'none'"]);
    expect(directive('object-src')).toEqual(["'none'"]);
    expect(directive('base-uri')).toEqual(["'none'"]);
    expect(directive('frame-ancestors')).toEqual(["'none'"]);
  });

  it('loads scripts and styles only from the app itself', () => {
    expect(directive('script-src')).toEqual(["'self'"]);
    expect(directive('style-src')).toEqual(["'self'"]);
    expect(directive('connect-src')).toEqual(["'self'"]);
  });

  it('has no wildcard or remote source anywhere', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/\*|https?:|blob:/);
  });
});
