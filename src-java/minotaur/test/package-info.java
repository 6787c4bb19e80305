/**
 * {@code minotaur test}: one verdict per variant from every technique within one time budget —
 * exhaustive exploration under each memory model, PCT where that hits a limit, stress runs with the
 * workload's fault plan — stating its coverage and comparing itself with the variant's declared
 * expectation ({@link minotaur.test.Tester}, {@link minotaur.test.TestVerdict}); the one-liner for
 * test code ({@link minotaur.test.Minotaur}). It takes a {@link minotaur.family.Family}; it names
 * no family.
 *
 * <p>Layer (DESIGN.md, pinned by {@code minotaur.build.LayeringTest}): 4, beside {@code run} and
 * {@code explore}, above {@code family}. Never imports {@code prim} or {@code cli}.
 */
package minotaur.test;
