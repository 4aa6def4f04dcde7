/**
 * Lines the ServiceNow SDK prints for a problem. It exits 0 on some of them (`ERROR: Could not
 * find package.json`, a parser error on a record, `No HTML files ... skipping UI build`), so
 * its output is read, not only its exit code; DEBUG lines list the built files, whose names are no problem.
 */
const PROBLEM = /\b(error|warn(ing)?|fail(ed|ure)?|could not|skipping|invalid|unable)\b/i;
const LISTING = /^\S+\.(xml|csv|json|js)$/;

/** The problem lines of one `now-sdk` run, each named after the command; the exit status counts too. */
export function sdkProblems(command: string, output: string, status: number | null): string[] {
  const lines = output.split('\n').map((line) => line.trim());
  const problems = lines.filter((line) => PROBLEM.test(line) && !LISTING.test(line)).map((line) => `now-sdk ${command}: ${line}`);
  if (status !== 0) problems.push(`now-sdk ${command} exited with ${status ?? 'a signal'}`);
  return problems;
}
