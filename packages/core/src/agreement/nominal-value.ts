/** A category as coded by one annotator for one unit; null or undefined means the unit was not coded. */
export type NominalValue = string | number | boolean;
export type MaybeValue = NominalValue | null | undefined;

export const isCoded = (value: MaybeValue): value is NominalValue => value !== null && value !== undefined;
