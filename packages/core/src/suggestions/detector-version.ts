/**
 * The version of what the detector finds: part of the key under which the API caches each statement's suggestions
 * (apps/api/src/features/suggestions/suggestion-set-sql.ts), so raising it computes every set afresh. Raise it with
 * any change to a rule that changes what it finds for the same text; `detector-version.test.ts` fails until then.
 */
export const DETECTOR_VERSION = 1;
