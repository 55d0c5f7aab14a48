// The identifiers of this game in xAPI and cmi5: URNs, which identify without a web address to own.
export const PASSERELLES_XAPI = 'urn:passerelles:xapi';

/** Context extension of a decision's statement: the week it was taken in. */
export const WEEK_EXTENSION = `${PASSERELLES_XAPI}:week`;
/** Result extension of a decision's statement: the points each principle gained or lost by it. */
export const PRINCIPLES_EXTENSION = `${PASSERELLES_XAPI}:principles`;

/** The course's id (the same for every build of the module, so that an LMS recognises an update). */
export const courseId = (module: string): string => `${PASSERELLES_XAPI}:course:${module}`;
/** The AU's id. */
export const auId = (module: string): string => `${PASSERELLES_XAPI}:au:${module}`;
