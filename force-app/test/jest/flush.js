/**
 * Waiting in the components' jest tests, shared so that every test waits the same way.
 *
 * The mocks (fetch, Lightning Data Service stubs) settle through promises: one turn of the
 * event loop runs every microtask they queued, re-renders included. Chains that hop through
 * more than one turn are awaited with `waitFor`, which retries the assertion turn by turn
 * instead of sleeping for a guessed time.
 */

/** One turn of the event loop: every queued promise callback and re-render has run. */
// eslint-disable-next-line @lwc/lwc/no-async-operation
export const flushPromises = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Runs `assertion` until it stops throwing, one event-loop turn apart, and returns its
 * result. Bounded by turns, not by time, so a slow machine waits as many turns as a fast one;
 * the last failure is rethrown with its own message.
 */
export async function waitFor(assertion, turns = 50) {
    try {
        return await assertion();
    } catch (error) {
        if (turns <= 1) throw error;
    }
    await flushPromises();
    return waitFor(assertion, turns - 1);
}
