/** The framework's own words: these are the home's judgements, not a forecast of Ofsted's. */
export function Disclaimer({ text }: { text: string }) {
  return (
    <p className="inset-text">
      <strong>Your own judgement. </strong>
      {text}
    </p>
  );
}
