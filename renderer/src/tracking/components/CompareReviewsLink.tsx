import { Link } from 'wouter';
import { trackingPaths } from '../lib/trackingPaths';

/** The way into comparing two reviews, wherever reviews are listed or summed up. */
export function CompareReviewsLink({ children = 'Compare two reviews' }: { children?: string }) {
  return <Link href={trackingPaths.compare}>{children}</Link>;
}
