/**
 * Litmus tests (store buffering, message passing, ...) as explorer scenarios, the explorer's own
 * oracles.
 *
 * <p>Layer (DESIGN.md, pinned by {@code minotaur.build.LayeringTest}): 4, inside {@code explore}.
 * May import {@code explore} and below.
 */
package minotaur.explore.litmus;
