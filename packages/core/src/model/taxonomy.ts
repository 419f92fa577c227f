export const ANNOTATION_KINDS = ["position", "commitment", "cross-reference"] as const;
export type AnnotationKind = (typeof ANNOTATION_KINDS)[number];

export const STANCES = ["supports", "opposes", "welcomes", "concerned", "condemns", "urges", "reaffirms", "notes"] as const;
export type Stance = (typeof STANCES)[number];

export const COMMITMENT_STRENGTHS = ["binding", "pledge", "aspiration"] as const;
export type CommitmentStrength = (typeof COMMITMENT_STRENGTHS)[number];

export const CROSS_REFERENCE_RELATIONS = ["cites", "reaffirms", "implements", "responds-to", "quotes"] as const;
export type CrossReferenceRelation = (typeof CROSS_REFERENCE_RELATIONS)[number];

export const REVIEW_STATUSES = ["proposed", "accepted", "rejected", "disputed"] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const ROLES = ["admin", "reviewer", "analyst", "viewer"] as const;
export type Role = (typeof ROLES)[number];
