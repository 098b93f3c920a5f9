/**
 * The literal starts (literalStarts.ts) of the embedded vocabulary's cues, by `flags/source`,
 * worked out by the build (bin/build.mjs puts them here as data), so that start-up does not
 * read every cue's regex. Null in tests and development, where they are read at run time.
 */
export const knownStarts: ReadonlyMap<string, readonly string[] | null> | null = null;
