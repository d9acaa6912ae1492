// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_FILE_CHARS } from '@contract/home-file';
import { ImportHomeFile } from './ImportHomeFile';

const invoke = vi.hoisted(() => vi.fn());
vi.mock('@shared/api/client', () => ({ invoke }));

afterEach(() => {
  invoke.mockReset();
  document.body.innerHTML = '';
});

function choose(text: string) {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <ImportHomeFile />
    </QueryClientProvider>,
  );
  const input = screen.getByLabelText('Import a home from a file');
  fireEvent.change(input, { target: { files: [new File([text], 'home.hallmarks-home.json')] } });
}

describe('choosing a home file to import', () => {
  it('says a file is too large before sending it, even one under the limit that grows when sent', async () => {
    // Quotes travel as two characters each: 1.2 million of them are 2.4 million characters on the way.
    choose('"'.repeat(Math.floor(MAX_FILE_CHARS * 0.6)));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /too large to import in the app.*npm run import\. Nothing has been imported\./,
    );
    expect(invoke).not.toHaveBeenCalled();
  });

  it('sends a file that fits, to be checked and previewed', async () => {
    invoke.mockResolvedValue({
      homeName: 'Ash',
      exportedAt: '2026-11-28T09:00:00Z',
      adds: [],
      existing: null,
    });
    choose('{"format":"hallmarks-home"}');
    expect(await screen.findByText('Import Ash?')).toBeDefined();
    expect(invoke).toHaveBeenCalledWith('homes.importPreview', { text: '{"format":"hallmarks-home"}' });
  });
});
