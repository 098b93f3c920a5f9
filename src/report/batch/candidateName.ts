import type { Assessment } from '../../engine/assessment.js';
import { clean } from '../style.js';
import { wellFormed } from './wellFormed.js';

/** The name a cohort report shows for a candidate: one clean line, or the fallback when there is none. */
export function candidateName(a: Assessment, fallback = '(no name)'): string {
  return wellFormed(clean(a.candidate?.name ?? '')) || fallback;
}
