import { useState } from 'react';
import type { Home } from '@contract/home';
import { ExportHomeForm } from './ExportHomeForm';
import { ImportHomeFile } from './ImportHomeFile';

/** Settings → Move a home: export this home to one file, or import a home from such a file. */
export function HomeFileSection({ home }: { home: Home }) {
  const [done, setDone] = useState('');
  return (
    <section className="section" aria-labelledby="home-file-title">
      <h2 className="heading-l" id="home-file-title">
        Move a home to another computer
      </h2>
      <p>
        Export saves {home.name} and everything recorded for it in one file, encrypted with a passphrase you
        choose. Import that file on another computer running Hallmarks, with the same passphrase. The file is
        checked when it is imported: a damaged file, or one from a newer version of Hallmarks, is refused and
        nothing changes.
      </p>
      <ExportHomeForm home={home} onExported={setDone} />
      <p className="status-message" role="status">
        {done}
      </p>
      <ImportHomeFile />
    </section>
  );
}
