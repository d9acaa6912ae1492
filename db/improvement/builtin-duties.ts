/** Duties every children's home has, with how often the regulations (or good practice) expect them. */
export interface BuiltinDuty {
  key: string;
  title: string;
  basis: string;
  /** Null for a one-off with its own date (the manager's registration). */
  everyMonths: number | null;
}

export const BUILTIN_DUTIES: BuiltinDuty[] = [
  {
    key: 'statement-of-purpose',
    title: 'Review the statement of purpose',
    basis: 'Reg 16: keep it under review. Hallmarks reminds you at least once a year.',
    everyMonths: 12,
  },
  {
    key: 'childrens-guide',
    title: 'Review the children’s guide',
    basis: 'Keep it up to date with the statement of purpose. Hallmarks reminds you at least once a year.',
    everyMonths: 12,
  },
  {
    key: 'location-assessment',
    title: 'Review the location risk assessment',
    basis: 'Reg 46: at least once a year',
    everyMonths: 12,
  },
  {
    key: 'staff-appraisals',
    title: 'Staff appraisals',
    basis: 'Reg 33(4): an appraisal for each member of staff at least once a year',
    everyMonths: 12,
  },
  {
    key: 'manager-registration',
    title: 'The manager’s registration with Ofsted',
    basis:
      'Regs 48 and 49: a manager in post is not the same as a registered manager. Set the date you are working to.',
    everyMonths: null,
  },
];
