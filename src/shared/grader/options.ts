import { pyStrip } from './python-text';

/** Options in order as [letter, text] pairs (keeps Python dict order for any key). */
export type OptionEntries = ReadonlyArray<readonly [string, string]>;

/**
 * The options exactly as the reference grader sees them. It does not receive the options
 * themselves but `option_str` ("A. text" lines joined by "\n") and parses it back: each
 * line is stripped and split once on ". "; a line without ". " is skipped and a later
 * duplicate letter replaces the text of an earlier one in place. So option texts lose
 * trailing whitespace (leading whitespace survives: the line is stripped, not the text), and an option text with a newline in it is cut at the newline
 * (its continuation lines may even add spurious options).
 */
export function optionString(options: Record<string, string>): string {
  return Object.entries(options)
    .map(([letter, text]) => `${letter}. ${text}`)
    .join('\n');
}

export function parseOptionString(optionStr: string): OptionEntries {
  const parsed = new Map<string, string>();
  for (const raw of optionStr.split('\n')) {
    const line = pyStrip(raw);
    const at = line.indexOf('. ');
    if (at < 0) continue;
    parsed.set(line.slice(0, at), line.slice(at + 2));
  }
  return [...parsed];
}

/** `parseOptionString(optionString(options))`: what the reference grader matches against. */
export function referenceOptions(options: Record<string, string>): OptionEntries {
  return parseOptionString(optionString(options));
}
