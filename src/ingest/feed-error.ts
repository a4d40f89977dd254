/** A document that is not a feed we can read, with a message for the source's operator. */
export class FeedError extends Error {}
