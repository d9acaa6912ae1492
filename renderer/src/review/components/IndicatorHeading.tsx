/** The indicator's number and statement, marked when the home added it for itself. */
export function IndicatorHeading({
  number,
  statement,
  custom,
}: {
  number: string;
  statement: string;
  custom: boolean;
}) {
  return (
    <h3 className="indicator__statement">
      <span className="indicator__number">{number}</span> {statement}
      {custom && (
        <>
          {' '}
          <span className="tag tag--home">Your home&apos;s indicator</span>
        </>
      )}
    </h3>
  );
}
