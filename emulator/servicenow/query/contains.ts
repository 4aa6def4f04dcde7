/**
 * LIKE and NOT LIKE ("contains") without a regular expression and without the quadratic
 * worst case of a naive search: Knuth-Morris-Pratt, O(text + pattern) per row, with the
 * pattern's failure table built once per query. STARTSWITH and ENDSWITH compare one
 * slice and are linear already.
 */
export function containsMatcher(pattern: string): (text: string) => boolean {
  if (pattern === '') return () => true;
  const n = pattern.length;
  const units = new Uint16Array(n);
  for (let i = 0; i < n; i++) units[i] = pattern.charCodeAt(i);
  const failure = new Int32Array(n);
  for (let i = 1, k = 0; i < n; i++) {
    while (k > 0 && units[i] !== units[k]) k = failure[k - 1];
    if (units[i] === units[k]) k++;
    failure[i] = k;
  }
  return (text) => {
    if (text.length < n) return false;
    for (let i = 0, k = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      while (k > 0 && unit !== units[k]) k = failure[k - 1];
      if (unit === units[k] && ++k === n) return true;
    }
    return false;
  };
}
