import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempFolder } from '../../db/test-support/temp-folder';
import { headerFooter, parseFurniture } from './page-furniture';
import { parseReportArgs } from './report-args';
import { writeFileAtomically } from './write-atomically';

describe('running header and footer', () => {
  it('escapes what people typed and carries the home, URN, period, page X of Y and the print date', () => {
    const { headerTemplate, footerTemplate } = headerFooter(
      {
        home: '<script>alert(1)</script> & Co',
        urn: 'SC123456',
        title: 'Inspection pack',
        period: 'Oct to Dec 2026',
      },
      new Date('2026-11-28T00:30:00Z'),
    );
    expect(headerTemplate).not.toContain('<script>');
    expect(headerTemplate).toContain('&#60;script&#62;alert(1)&#60;/script&#62; &#38; Co · URN SC123456');
    expect(headerTemplate).toContain('Inspection pack · Oct to Dec 2026');
    expect(footerTemplate).toContain(
      'Page <span class="pageNumber"></span> of <span class="totalPages"></span>',
    );
    expect(footerTemplate).toContain('Printed 28 November 2026');
  });

  it('refuses furniture of the wrong shape', () => {
    expect(() => parseFurniture('{"home": 1}')).toThrow(/which home/);
    expect(parseFurniture('{"home":"H","urn":null,"title":"T","period":"P"}').urn).toBeNull();
  });
});

describe('npm run report arguments', () => {
  it('says what to type when something is missing or wrong', () => {
    expect(parseReportArgs(['--help'])).toEqual({ help: true });
    expect(() => parseReportArgs(['--db', 'x'])).toThrow('Give --home, --report, --period, --out');
    const base = ['--db', 'x', '--home', '1', '--period', '2026-Q4', '--out', 'a.pdf'];
    expect(() => parseReportArgs([...base, '--report', 'minutes'])).toThrow(/--report must be one of/);
    expect(() =>
      parseReportArgs([...base.slice(0, 5), '2026-Q9', '--out', 'a.pdf', '--report', 'staff-room']),
    ).toThrow(/--period must be a quarter/);
    expect(parseReportArgs([...base, '--report', 'staff-room'])).toMatchObject({
      homeId: 1,
      report: 'staff-room',
    });
  });
});

const makeTempFolder = useTempFolder();

describe('writing a report file', () => {
  it('leaves no file, and no partial file, when the PDF could not be made', async () => {
    const folder = makeTempFolder();
    const out = path.join(folder, 'report.pdf');
    await expect(
      writeFileAtomically(out, () => Promise.reject(new Error('Chromium stopped'))),
    ).rejects.toThrow('Chromium stopped');
    expect(readdirSync(folder)).toEqual([]);
    await writeFileAtomically(out, () => Promise.resolve(Buffer.from('%PDF-1.7')));
    expect(readFileSync(out, 'utf8')).toBe('%PDF-1.7');
    expect(readdirSync(folder)).toEqual(['report.pdf']);
    expect(existsSync(out)).toBe(true);
  });

  it.skipIf(process.platform === 'win32')(
    'is readable by this account only, also when it replaces a file others could read',
    async () => {
      const out = path.join(makeTempFolder(), 'report.pdf');
      writeFileSync(out, 'old', { mode: 0o644 });
      await writeFileAtomically(out, () => Promise.resolve(Buffer.from('%PDF-1.7')));
      expect(statSync(out).mode & 0o777).toBe(0o600);
    },
  );
});
