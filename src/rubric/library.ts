import agilePm from '../../rubrics/agile-pm.yaml';
import devopsPm from '../../rubrics/devops-pm.yaml';
import infraTpm from '../../rubrics/infra-tpm.yaml';
import remotePm from '../../rubrics/remote-pm.yaml';
import scrumMaster from '../../rubrics/scrum-master.yaml';
import tpmEntry from '../../rubrics/tpm-entry.yaml';
import tpmJunior from '../../rubrics/tpm-junior.yaml';
import tpmPrincipal from '../../rubrics/tpm-principal.yaml';
import tpmSenior from '../../rubrics/tpm-senior.yaml';
import tpm from '../../rubrics/tpm.yaml';

/** The embedded library: the YAML files under rubrics/, parsed at build time and bundled as data. */
const rubrics: Readonly<Record<string, unknown>> = {
  tpm,
  'infra-tpm': infraTpm,
  'tpm-entry': tpmEntry,
  'tpm-junior': tpmJunior,
  'tpm-senior': tpmSenior,
  'tpm-principal': tpmPrincipal,
  'agile-pm': agilePm,
  'scrum-master': scrumMaster,
  'devops-pm': devopsPm,
  'remote-pm': remotePm,
};

export const embeddedRubricIds: readonly string[] = Object.keys(rubrics);

export function embeddedRubricData(id: string): unknown {
  return Object.hasOwn(rubrics, id) ? rubrics[id] : undefined;
}
