export { forumToken } from "./forum-token.ts";
export { findKnownGroup, KNOWN_GROUPS, type KnownGroup } from "./known-groups.ts";
export { baseSlug, type SlugMetadata, uniqueSlug } from "./slug.ts";
export { slugify } from "./slugify.ts";
