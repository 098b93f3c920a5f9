import agilePm from '../../rubrics/agile-pm.yaml';
import devopsPm from '../../rubrics/devops-pm.yaml';
import infraTpm from '../../rubrics/infra-tpm.yaml';
import remotePm from '../../rubrics/remote-pm.yaml';
import scrumMaster from '../../rubrics/scrum-master.yaml';
import tpmLadder from '../../rubrics/tpm-ladder.yaml';
import tpm from '../../rubrics/tpm.yaml';

/** The embedded library: the YAML files under rubrics/, parsed at build time and bundled as data. */
const rubrics: Readonly<Record<string, unknown>> = {
  tpm,
  'infra-tpm': infraTpm,
  'tpm-ladder': tpmLadder,
  'agile-pm': agilePm,
  'scrum-master': scrumMaster,
  'devops-pm': devopsPm,
  'remote-pm': remotePm,
};

/**
 * Each level of an embedded ladder is an embedded rubric too (tpm-senior is the senior level
 * of tpm-ladder): level rubric id -> ladder id. Read from the bundled data, which the test
 * suite validates.
 */
export const embeddedLevelLadders: ReadonlyMap<string, string> = new Map(
  Object.entries(rubrics).flatMap(([ladderId, data]) => {
    const levels = (data as { levels?: { id: string; rubric?: string }[] }).levels ?? [];
    return levels.map((l) => [l.rubric ?? `${ladderId}-${l.id}`, ladderId] as const);
  }),
);

/** Every embedded id, each ladder followed by its levels. */
export const embeddedRubricIds: readonly string[] = Object.keys(rubrics).flatMap((id) => [
  id,
  ...[...embeddedLevelLadders].filter(([, ladder]) => ladder === id).map(([level]) => level),
]);

export function embeddedRubricData(id: string): unknown {
  return Object.hasOwn(rubrics, id) ? rubrics[id] : undefined;
}
