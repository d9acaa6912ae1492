import { useState } from 'react';
import type { Framework } from '@contract/framework';
import { actionsCsv, figuresCsv, ratingsCsv } from '@contract/report-exports';
import { invoke } from '@shared/api/client';
import { messageOf } from '@shared/api/ApiError';
import { inBackground } from '@shared/lib/background';

function download(text: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

async function ratingsFile(homeId: number): Promise<string> {
  const summaries = await invoke('reviews.list', { homeId });
  const reviews = await Promise.all(
    [...summaries].sort((a, b) => a.quarter.localeCompare(b.quarter)).map((r) => invoke('reviews.get', { id: r.id })),
  );
  const frameworks = new Map<number, Framework>();
  for (const version of new Set(reviews.map((r) => r.frameworkVersion))) {
    frameworks.set(version, await invoke('framework.get', { version }));
  }
  return ratingsCsv(reviews, frameworks);
}

async function figuresFile(homeId: number): Promise<string> {
  return figuresCsv((await invoke('dashboard.get', { homeId })).metrics);
}

async function actionsFile(homeId: number): Promise<string> {
  return actionsCsv(await invoke('actions.list', { homeId }));
}

const FILES = { ratings: ratingsFile, actions: actionsFile, figures: figuresFile };

/** Spreadsheet copies of the ratings, actions and figures, in a form Excel opens cleanly. */
export function CsvDownloads({ homeId, homeName }: { homeId: number; homeName: string }) {
  const [status, setStatus] = useState<{ busy: boolean; message: string; failed?: boolean }>({ busy: false, message: '' });
  async function save(what: keyof typeof FILES) {
    setStatus({ busy: true, message: `Preparing the ${what}…` });
    try {
      const text = await FILES[what](homeId);
      download(text, `${homeName} - ${what}.csv`);
      setStatus({ busy: false, message: `The ${what} file has been saved to your downloads.` });
    } catch (error) {
      setStatus({ busy: false, failed: true, message: `The ${what} file could not be made: ${messageOf(error)}` });
    }
  }
  return (
    <section className="section" aria-labelledby="csv-title">
      <h2 className="heading-l" id="csv-title">
        Spreadsheets
      </h2>
      <p>
        Every indicator&apos;s rating in every review, every action, or every quarter&apos;s figures, as a CSV file
        that opens in Excel.
      </p>
      <div className="button-group">
        <button type="button" className="button button--secondary" disabled={status.busy} onClick={() => inBackground(save('ratings'))}>
          Download ratings (CSV)
        </button>
        <button type="button" className="button button--secondary" disabled={status.busy} onClick={() => inBackground(save('actions'))}>
          Download actions (CSV)
        </button>
        <button type="button" className="button button--secondary" disabled={status.busy} onClick={() => inBackground(save('figures'))}>
          Download figures (CSV)
        </button>
      </div>
      <p role={status.failed ? 'alert' : 'status'}>{status.message}</p>
    </section>
  );
}
