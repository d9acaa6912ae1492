import { useState } from 'react';
import type { Home } from '@contract/home';
import { messageOf } from '@shared/api/ApiError';
import { useExportHome } from '@shared/api/homeFile';
import { ImportHomeFile } from './ImportHomeFile';

/** Settings → Move a home: export this home to one file, or import a home from such a file. */
export function HomeFileSection({ home }: { home: Home }) {
  const exporter = useExportHome();
  const [done, setDone] = useState('');
  return (
    <section className="section" aria-labelledby="home-file-title">
      <h2 className="heading-l" id="home-file-title">
        Move a home to another computer
      </h2>
      <p>
        Export saves {home.name} and everything recorded for it in one file. Import that file on another
        computer running Hallmarks. The file is checked when it is imported: a damaged file, or one from a
        newer version of Hallmarks, is refused and nothing changes.
      </p>
      <p>
        <button
          type="button"
          className="button button--secondary"
          disabled={exporter.isPending}
          onClick={() =>
            exporter.mutate(home.id, { onSuccess: (e) => setDone(`Exported as ${e.fileName}.`) })
          }
        >
          Export this home
        </button>
      </p>
      <p className="status-message" role="status">
        {done}
      </p>
      {exporter.isError && (
        <p className="error-message" role="alert">
          {messageOf(exporter.error)}
        </p>
      )}
      <ImportHomeFile />
    </section>
  );
}
