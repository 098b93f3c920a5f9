import { type Result, fail, ok } from '../../problem.js';
import { relaxJson } from './relaxJson.js';

/**
 * JSON.parse with a location on failure. Node 20's messages give a position for some errors
 * and none for others, so on failure a small scanner finds the first bad character itself.
 * The scanner runs only on the error path; valid input costs one JSON.parse.
 */
export function parseJson(text: string, source: string, lineOffset = 0, columnOffset = 0): Result<unknown> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return ok(JSON.parse(body));
  } catch {
    const relaxed = readRelaxed(body, source, lineOffset);
    if (relaxed) return relaxed;
    const { offset, message } = findSyntaxError(body);
    const { line, column } = lineAndColumn(body, offset);
    return fail([
      {
        code: 'json-syntax',
        message: `invalid JSON: ${message}`,
        source,
        line: line + lineOffset,
        // A value cut out of a longer line (an element of a one-line array) keeps the line's columns.
        column: line === 1 ? column + columnOffset : column,
        hint: 'a missing comma, quote or bracket near there is the usual cause',
      },
    ]);
  }
}

/** JSONC comments, trailing commas, raw line breaks in strings: read, with a warning where the first one is. */
function readRelaxed(body: string, source: string, lineOffset: number): Result<unknown> | undefined {
  const relaxed = relaxJson(body);
  if (!relaxed.fixes.length) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(relaxed.text);
  } catch {
    return undefined;
  }
  const { line, column } = lineAndColumn(body, relaxed.firstOffset);
  return ok(value, [
    {
      code: 'json-relaxed',
      message: `not strict JSON (${relaxed.fixes.join(', ')}); read as if written in JSON`,
      source,
      line: line + lineOffset,
      column,
      hint: 'strict JSON readers will refuse this file',
    },
  ]);
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

class SyntaxProblem {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

/**
 * The first syntax error in text that JSON.parse refused. Iterative, with its own stack of open
 * brackets: 100,000 unclosed brackets cost 100,000 steps, not the call stack.
 */
export function findSyntaxError(text: string): { offset: number; message: string } {
  let i = 0;
  const open: ('{' | '[')[] = [];
  const fail = (message: string, at = i): never => {
    throw new SyntaxProblem(at, message);
  };
  const describe = () => (i >= text.length ? 'the end of the input' : `"${text[i]}"`);
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail(`unexpected ${describe()}, expected a value`);
  };
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      const c = text.charCodeAt(i);
      if (c < 0x20) fail('a control character (such as a line break) inside a string');
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail('a bad \\u escape in a string');
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? '')) fail('a bad escape in a string');
      }
      i++;
    }
    if (i >= text.length) fail('a string that is never closed');
    i++;
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) fail(`unexpected ${describe()}, expected a value`);
    i += m![0].length;
  };
  const propertyName = () => {
    space();
    if (text[i] !== '"') fail(`unexpected ${describe()}, expected a property name in double quotes`);
    string();
    space();
    if (text[i] !== ':') fail(`unexpected ${describe()}, expected ":"`);
    i++;
  };
  /** One value; an object or array that opens is pushed on `open`, to be read on by the loop. */
  const valueStart = () => {
    space();
    const c = text[i];
    if (c === '{' || c === '[') {
      i++;
      space();
      if (text[i] === (c === '{' ? '}' : ']')) return void i++;
      open.push(c);
      if (c === '{') propertyName();
      return;
    }
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    if (c === undefined) fail('the input ends where a value was expected');
    number();
  };
  try {
    valueStart();
    while (open.length) {
      const depth = open.length;
      valueStart();
      // A value that opened a container is read first; one that ended is followed by "," or a close.
      if (open.length > depth) continue;
      for (;;) {
        const top = open[open.length - 1];
        if (top === undefined) break;
        const close = top === '{' ? '}' : ']';
        space();
        if (text[i] === ',') {
          i++;
          if (top === '{') propertyName();
          break;
        }
        if (text[i] === close) {
          i++;
          open.pop();
          continue;
        }
        fail(`unexpected ${describe()}, expected "," or "${close}"`);
      }
    }
    space();
    if (i < text.length) fail(`unexpected ${describe()} after the end of the document`);
    return { offset: 0, message: 'unknown syntax error' };
  } catch (error) {
    if (error instanceof SyntaxProblem) return { offset: error.offset, message: error.message };
    throw error;
  }
}
