/**
 * LIKE and NOT LIKE ("contains") without a regular expression and without the quadratic
 * worst case of a naive search: Knuth-Morris-Pratt, O(text + pattern) per row, with the
 * pattern's failure table built once per query. STARTSWITH and ENDSWITH compare one
 * slice and are linear already.
 */
export function containsMatcher(pattern: string): (text: string) => boolean {
  if (pattern === '') return () => true;
  const failure = new Int32Array(pattern.length);
  for (let i = 1, k = 0; i < pattern.length; i++) {
    while (k > 0 && pattern.charCodeAt(i) !== pattern.charCodeAt(k)) k = failure[k - 1];
    if (pattern.charCodeAt(i) === pattern.charCodeAt(k)) k++;
    failure[i] = k;
  }
  return (text) => {
    if (text.length < pattern.length) return false;
    for (let i = 0, k = 0; i < text.length; i++) {
      while (k > 0 && text.charCodeAt(i) !== pattern.charCodeAt(k)) k = failure[k - 1];
      if (text.charCodeAt(i) === pattern.charCodeAt(k)) k++;
      if (k === pattern.length) return true;
    }
    return false;
  };
}
