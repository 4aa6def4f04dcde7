/**
 * An init script that records, inside the page, when the Next Experience card first shows
 * `expected` as its title: `window.cardShownAt = { epoch: Date.now(), page: performance.now() }`.
 * The card renders in its shadow root, which a document observer does not see: wait for the root,
 * then observe it. A string, not a function: tsx would wrap a function's inner helpers in
 * `__name`, which the page does not have.
 */
export const watchCard = (expected: string) => `
  (() => {
    const check = (root) => {
      if (!window.cardShownAt && root.querySelector('.card-title')?.textContent === ${JSON.stringify(expected)}) {
        window.cardShownAt = { epoch: Date.now(), page: performance.now() };
      }
    };
    const findRoot = () => {
      const root = document.querySelector('x-cc-customer-card')?.shadowRoot;
      if (!root) return requestAnimationFrame(findRoot);
      check(root);
      new MutationObserver(() => check(root)).observe(root, { subtree: true, childList: true, characterData: true });
    };
    findRoot();
  })();`;
