import type { Problem } from '../problem.js';
import { checkLadder } from './checkLadder.js';
import { checkRubric, type RubricSource } from './checkRubric.js';
import { isLadderData } from './ladderSchema.js';
import { parseYaml } from './parseYaml.js';

/**
 * A rubric file's text -> a checked rubric source: YAML syntax first, then the schema. The
 * CLI loads this module only when a rubric file is named, which keeps the YAML parser off the
 * start-up path of everything else.
 */
export function readRubricFile(text: string, source: string): { rubric?: RubricSource; problems: Problem[] } {
  const parsed = parseYaml(text, source);
  if (parsed.problems.length) return { problems: parsed.problems };
  // A ladder is told apart by its levels: key.
  if (isLadderData(parsed.value)) return checkLadder(parsed.value, source, parsed.locate);
  return checkRubric(parsed.value, source, parsed.locate);
}
