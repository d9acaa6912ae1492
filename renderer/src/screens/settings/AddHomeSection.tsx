import { Link } from 'wouter';

export function AddHomeSection() {
  return (
    <section className="section" aria-labelledby="add-home-title">
      <h2 className="heading-l" id="add-home-title">
        Add another home
      </h2>
      <p>
        If you manage more than one home, add each one here. Each home keeps its own reviews and actions, and
        you can switch between homes at the top of any page.
      </p>
      <Link href="/settings/add-home" className="button button--secondary">
        Add another home
      </Link>
    </section>
  );
}
