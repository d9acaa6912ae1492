export function SiteFooter({ version }: { version: string }) {
  return (
    <footer className="footer">
      <div className="width-container">
        <p className="footer__text">
          Hallmarks {version}. Grades here are your own judgement for improving the home, not a prediction of
          Ofsted&apos;s.
        </p>
      </div>
    </footer>
  );
}
