/**
 * Tells when the requests `counts` picks (by URL) that a page has started so far have all come
 * back, with those their handlers start in turn: given the contact center's requests, when the
 * customer card has its first data. A request counts until its answer's body has arrived, and
 * the page counts as settled one task after the last one did, so a handler that reads an answer
 * and sends the next request (the card's interaction, then its card from a service older than
 * `include=card`) keeps it unsettled. Event
 * streams are not fetches and do not count.
 *
 * Installed before the page's scripts read anything; `whenSettled(work, capMs)` runs `work`
 * once, when the reads settle or after `capMs` whatever happens (a slow service must not hold
 * the rest of the page).
 */
export function readsSettle(target = window, counts = () => true) {
  const send = target.fetch.bind(target);
  let inFlight = 0;
  let waiting = [];
  const settleLater = () =>
    target.setTimeout(() => {
      if (inFlight > 0) return;
      const ready = waiting;
      waiting = [];
      for (const run of ready) run();
    }, 0);
  const finished = () => {
    inFlight -= 1;
    if (inFlight === 0) settleLater();
  };
  target.fetch = (input, init) => {
    if (!counts(new URL(typeof input === 'string' || input instanceof URL ? input : input.url, target.location.href))) return send(input, init);
    inFlight += 1;
    return send(input, init).then(
      (response) => {
        // A copy of the body, read to its end: the caller reads its own.
        response
          .clone()
          .arrayBuffer()
          .then(finished, finished);
        return response;
      },
      (error) => {
        finished();
        throw error;
      },
    );
  };
  return {
    whenSettled(work, capMs) {
      let done = false;
      const runOnce = () => {
        if (done) return;
        done = true;
        work();
      };
      waiting.push(runOnce);
      target.setTimeout(runOnce, capMs);
      if (inFlight === 0) settleLater();
    },
  };
}
