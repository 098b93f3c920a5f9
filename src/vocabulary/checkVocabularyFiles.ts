import type { z } from 'zod';
import type { Problem } from '../problem.js';
import { zodProblems } from '../zodProblems.js';
import credentialsData from '../../rubrics/vocabulary/credentials.yaml';
import datesData from '../../rubrics/vocabulary/dates.yaml';
import degreesData from '../../rubrics/vocabulary/degrees.yaml';
import engagementData from '../../rubrics/vocabulary/engagement.yaml';
import rolesData from '../../rubrics/vocabulary/roles.yaml';
import termsData from '../../rubrics/vocabulary/terms.yaml';
import { credentialsFileSchema, datesFileSchema, degreesFileSchema, engagementFileSchema, rolesFileSchema, termsFileSchema } from './schema.js';

const files = {
  'credentials.yaml': { data: credentialsData, schema: credentialsFileSchema },
  'dates.yaml': { data: datesData, schema: datesFileSchema },
  'degrees.yaml': { data: degreesData, schema: degreesFileSchema },
  'engagement.yaml': { data: engagementData, schema: engagementFileSchema },
  'roles.yaml': { data: rolesData, schema: rolesFileSchema },
  'terms.yaml': { data: termsData, schema: termsFileSchema },
};

/**
 * The embedded vocabularies against their schemas. They are fixed at build time, so this runs
 * in the test suite rather than at every start-up (where it cost a third of the start time);
 * in a module of its own so that reading the vocabulary does not load zod.
 */
export function checkVocabularyFiles(): Problem[] {
  return Object.entries(files).flatMap(([name, { data, schema }]) => {
    const result = (schema as z.ZodType).safeParse(data);
    return result.success ? [] : zodProblems(result.error.issues, { source: `rubrics/vocabulary/${name}` });
  });
}
