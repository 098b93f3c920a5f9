import { wellFormed } from './wellFormed.js';

/** GitHub's escaping (actions/toolkit, core/src/command.ts): % and line breaks in the message; also : and , in property values. */
const escapeData = (text: string) => wellFormed(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One workflow command line: `::error file=a.ndjson,line=3,title=…::message`. */
export function githubCommand(command: 'error' | 'warning' | 'notice', properties: Record<string, string | number | null>, message: string): string {
  const props = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== null)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}\n`;
}
