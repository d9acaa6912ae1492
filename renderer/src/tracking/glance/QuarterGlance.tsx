import type { ComponentType, ReactNode } from 'react';
import { Link } from 'wouter';
import type { DashboardData } from '@contract/dashboard';
import { formatIsoDate, formatIsoMonth } from '@contract/rules/dates';
import { quarterLabel } from '@contract/rules/quarters';

/** One step of the quarter: its name links to where it is kept; the words say where it stands. */
function Step({ title, href, children }: { title: string; href: string; children: ReactNode }) {
  return (
    <div className="glance-step">
      <dt>
        <Link href={href}>{title}</Link>
      </dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Where the home is in its quarter: the review, the team meeting, the survey, Reg 44 and Reg 45. */
export function QuarterGlance({
  data,
  ReviewStep,
}: {
  data: DashboardData;
  /** The reviews feature's own words and buttons for the quarter's review (it owns starting one). */
  ReviewStep: ComponentType<{ data: DashboardData }>;
}) {
  const { position } = data;
  const { reg44, reg45 } = position;
  return (
    <section className="card glance-card" aria-labelledby="quarter-title">
      <h2 className="heading-m" id="quarter-title">
        This quarter: {quarterLabel(position.quarter)}
      </h2>
      <dl className="glance-steps">
        <Step
          title="Quarterly review"
          href={position.review.reviewId ? `/reviews/${position.review.reviewId}` : '/reviews'}
        >
          <ReviewStep data={data} />
        </Step>
        <Step
          title="Team meeting"
          href={position.review.reviewId ? `/team/meeting/${position.review.reviewId}` : '/team/meeting'}
        >
          {position.meetingHeldOn
            ? `Held on ${formatIsoDate(position.meetingHeldOn)}`
            : `Not recorded yet for ${quarterLabel(position.review.quarter)}`}
        </Step>
        <Step title="Children’s survey" href="/voice">
          {position.surveysThisQuarter === 0
            ? 'None filled in yet this quarter'
            : `${position.surveysThisQuarter} filled in this quarter`}
        </Step>
        <Step title="Reg 44 visit" href="/inspections/reg44">
          {reg44.visitedThisMonth
            ? `Visited on ${formatIsoDate(reg44.lastVisitOn!)}`
            : `None yet for ${formatIsoMonth(reg44.month)}${reg44.lastVisitOn ? ` (last: ${formatIsoDate(reg44.lastVisitOn)})` : ''}`}
        </Step>
        <Step title="Reg 45 review" href="/inspections/reg45">
          {reg45.nextDueBy ? `Next due by ${formatIsoDate(reg45.nextDueBy)}` : 'None recorded yet'}
          {(reg45.ofstedState === 'waiting' || reg45.ofstedState === 'due-soon') &&
            `; report to Ofsted due by ${formatIsoDate(reg45.ofstedDeadline!)}`}
          {reg45.ofstedState === 'late' &&
            `; report to Ofsted was due by ${formatIsoDate(reg45.ofstedDeadline!)}`}
        </Step>
      </dl>
    </section>
  );
}
