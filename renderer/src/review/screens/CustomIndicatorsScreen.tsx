import '../review.css';
import { Link } from 'wouter';
import { PageHeading } from '@shared/ui/PageHeading';
import { useHome } from '@shared/currentHomeContext';
import { usePageTitle } from '@shared/hooks/usePageTitle';
import { useCustomIndicators } from '../api/useCustomIndicators';
import { useCurrentFramework } from '@shared/api/useFramework';
import { CustomIndicatorForm } from '../components/CustomIndicatorForm';
import { CustomIndicatorList } from '../components/CustomIndicatorList';
import { LoadingOrError } from '@shared/ui/LoadingOrError';
import { reviewPaths } from '../lib/reviewPaths';

export function CustomIndicatorsScreen() {
  usePageTitle("Your home's own indicators");
  const { home } = useHome();
  const framework = useCurrentFramework();
  const indicators = useCustomIndicators(home.id);
  const domains = framework.data?.domains;
  return (
    <>
      <Link href={reviewPaths.list} className="back-link">
        Reviews
      </Link>
      <PageHeading caption={home.name}>Your home&apos;s own indicators</PageHeading>
      <div className="narrow">
        <p className="body-l">
          Add indicators that matter to this home, such as something from your statement of purpose or an area
          Ofsted asked you to improve. Each one is rated with the built-in indicators of its domain.
        </p>
        <p>
          A new indicator joins any review still in draft and every review you start after adding it.
          Completed reviews never change, so it will not appear in reviews of earlier quarters that are
          already signed off.
        </p>
      </div>
      <section className="section" aria-labelledby="add-custom-title">
        <h2 className="heading-l" id="add-custom-title">
          Add an indicator
        </h2>
        {domains ? (
          <CustomIndicatorForm homeId={home.id} domains={domains} />
        ) : (
          <LoadingOrError error={framework.error} onRetry={() => framework.refetch()} />
        )}
      </section>
      <section className="section" aria-labelledby="custom-list-title">
        <h2 className="heading-l" id="custom-list-title">
          Indicators you have added
        </h2>
        {domains && indicators.data ? (
          <CustomIndicatorList domains={domains} indicators={indicators.data} />
        ) : (
          <LoadingOrError error={indicators.error} onRetry={() => indicators.refetch()} />
        )}
      </section>
    </>
  );
}
