// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '@shared/api/ApiError';
import { CsvButton } from './CsvButton';
import type { CsvFile } from './csvFile';

afterEach(() => {
  document.body.innerHTML = '';
  sessionStorage.clear();
  vi.restoreAllMocks();
});

/** What the button handed to the browser to save: the file's name and text. */
function watchSaves() {
  const saved: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, blob: blobs.get(this.href)! });
  });
  return saved;
}

const file = (load: CsvFile['load']): CsvFile => ({
  noun: 'notifications log',
  holds: 'Every notice with each person told.',
  load,
});

describe('a screen’s Download CSV button', () => {
  it('warns once a session that the file is not encrypted, then saves the home’s file', async () => {
    const saved = watchSaves();
    const load = vi.fn(async (homeId: number) => `\uFEFFHome\r\n${homeId}\r\n`);
    render(<CsvButton file={file(load)} homeId={7} homeName="Oak Lodge" />);
    const button = screen.getByRole('button', { name: 'Download notifications log (CSV)' });
    expect(button.getAttribute('aria-describedby')).toBeTruthy();

    fireEvent.click(button);
    expect(load).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Download the spreadsheet' }));
    expect(
      await screen.findByText('The notifications log file has been saved to your downloads.'),
    ).toBeTruthy();
    expect(load).toHaveBeenCalledWith(7);
    expect(saved.map((s) => s.name)).toEqual(['Oak Lodge - notifications log.csv']);
    expect(await saved[0]!.blob.text()).toBe('\uFEFFHome\r\n7\r\n');
  });

  it('says why when the file could not be made, as an alert', async () => {
    watchSaves();
    sessionStorage.setItem('hallmarks.unencryptedFilesWarned', 'yes');
    render(
      <CsvButton
        file={file(() =>
          Promise.reject(new ApiError({ code: 'storage', message: 'The home could not be read.' })),
        )}
        homeId={7}
        homeName="Oak Lodge"
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Download notifications log (CSV)' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The notifications log file could not be made: The home could not be read.',
    );
  });
});
