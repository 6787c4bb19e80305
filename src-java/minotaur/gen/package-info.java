/**
 * Jepsen-style generators: pure functions of (context, rng) to the next op, pending or exhausted
 * (mix, once, repeat, limit, time-limit, stagger, each-thread, phases, seeded).
 *
 * <p>Layer (DESIGN.md, pinned by {@code minotaur.build.LayeringTest}): 2. May import {@code
 * history} only.
 */
package minotaur.gen;
