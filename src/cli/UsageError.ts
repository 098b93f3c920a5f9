import type { Problem } from '../problem.js';

/**
 * Raised inside the CLI shell for input it cannot use; main() turns it into messages and exit
 * code 2. The core never throws it: it returns problems.
 */
export class UsageError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[] | Problem) {
    const list = Array.isArray(problems) ? problems : [problems];
    super(list[0]?.message ?? 'usage error');
    this.problems = list;
  }
}
