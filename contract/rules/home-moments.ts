import { dateOfTimestamp, quarterOfIso } from './dates';

export { homeDateTime, homeMoment } from './dates';

/** The quarter the home's date of a moment falls in: 00:30 on 1 July (23:30 UTC on 30 June) is July's. */
export const quarterOfMoment = (moment: string) => quarterOfIso(dateOfTimestamp(moment));
