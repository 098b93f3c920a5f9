/**
 * The key of a keyed interview answer (years in some roles, on some domains): the role families
 * and domains themselves, sorted, so that a saved answers file says what it measured without
 * its rubric ("project-management+program-management@cloud+networking").
 */
export function factKey(roles: readonly string[], domains?: readonly string[]): string {
  return [...roles].sort().join('+') + (domains?.length ? `@${[...domains].sort().join('+')}` : '');
}

export function readFactKey(key: string): { roles: string[]; domains: string[] | null } {
  if (key === 'any') return { roles: [], domains: null };
  const [roles = '', domains] = key.split('@');
  return { roles: roles.split('+').filter(Boolean), domains: domains ? domains.split('+') : null };
}
