// Types for the bench's seeded generator (generate.mjs), which tests use for varied résumés.
export function random(seed: number): () => number;
export function resume(rnd: () => number, i: number): Record<string, unknown>;
export function ndjsonLines(count: number, seed?: number): Generator<string>;
export function writeNdjson(path: string, count: number, seed?: number): Promise<void>;
