/** The registered person's own analysis, as they wrote it in Hallmarks; if not yet written, says where. */
export function Reg45OwnAnalysis({ analysis }: { analysis: string }) {
  return (
    <section className="report-section" aria-labelledby="r45-analysis">
      <h2 className="report-h2" id="r45-analysis">
        The registered person’s analysis
      </h2>
      {analysis.trim() ? (
        <div className="report-text">{analysis}</div>
      ) : (
        <p>
          Not written yet. The registered person writes it in Hallmarks (Reports, then &quot;Write your
          analysis and sign off&quot;), and it prints here.
        </p>
      )}
    </section>
  );
}

/** Lines to sign by hand; the name printed when the home records it. */
export function SignatureLines({ role, name }: { role: string; name?: string | null }) {
  return (
    <dl className="report-signoff">
      <dt>{role}</dt>
      <dd className="report-text">{name ? `Name: ${name}` : 'Name'}</dd>
      <dd>Signature</dd>
      <dd>Date</dd>
    </dl>
  );
}
