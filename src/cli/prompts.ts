// The prompts the interview uses, in a module of their own that the interview loads on first
// use: nothing else pays for inquirer, and only these four prompts are bundled.
export { checkbox, input, number, select } from '@inquirer/prompts';
