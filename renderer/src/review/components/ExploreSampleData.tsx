import '../review.css';
import { useLocation } from 'wouter';
import { messageOf } from '@shared/api/ApiError';
import { requestHeadingFocus } from '@shared/hooks/headingFocus';
import { useCreateSampleHome } from '../api/useCreateSampleHome';
import { handler } from '@shared/lib/background';

/** First run's second way in: a made-up home with two years of completed reviews to look around. */
export function ExploreSampleData() {
  const create = useCreateSampleHome();
  const [, navigate] = useLocation();

  async function explore() {
    if (create.isPending) return;
    // The dashboard replaces first run as soon as the sample home exists: point the address at it first
    // and focus its heading when it appears.
    navigate('/', { replace: true });
    requestHeadingFocus();
    try {
      await create.mutateAsync();
    } catch {
      requestHeadingFocus(false);
    }
  }

  return (
    <section className="section sample-data" aria-labelledby="sample-data-title">
      <h2 className="heading-l" id="sample-data-title">
        Or look around first
      </h2>
      <p>
        Explore Hallmarks with a made-up home that has two years of completed quarterly reviews. Nothing in it
        is real. Afterwards you can add your own home from Settings and switch between the two.
      </p>
      <button
        type="button"
        className="button button--secondary"
        aria-disabled={create.isPending || undefined}
        onClick={handler(explore)}
      >
        Explore with sample data
      </button>
      {create.isError && (
        <p className="error-message" role="alert">
          {messageOf(create.error)}
        </p>
      )}
    </section>
  );
}
