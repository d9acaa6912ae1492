import type { IndicatorComparison } from '../lib/compareReviews';
import { ChangeTag } from './ChangeTag';
import { CompareSide } from './CompareSide';

/** One indicator, both reviews side by side. */
export function IndicatorComparisonItem({
  item,
  quarters,
}: {
  item: IndicatorComparison;
  quarters: [string, string];
}) {
  return (
    <li className={`compare-item compare-item--${item.change}`}>
      <div className="compare-item__head">
        <h4 className="compare-item__statement">{item.statement}</h4>
        <ChangeTag change={item.change} />
      </div>
      <div className="compare-item__sides">
        <CompareSide quarter={quarters[0]} side={item.before} noteLabel="Evidence note" />
        <CompareSide quarter={quarters[1]} side={item.after} noteLabel="Evidence note" />
      </div>
    </li>
  );
}
