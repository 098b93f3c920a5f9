import { Chalk } from 'chalk';
import { chalkStyle, plainStyle, type Style } from '../report/style.js';

// The level is decided without chalk (colourLevel.ts), so the lean assess path can decide it too.
export { colourLevel } from './colourLevel.js';

export function styleFor(level: 0 | 1 | 2 | 3): Style {
  return level === 0 ? plainStyle : chalkStyle(new Chalk({ level }));
}
