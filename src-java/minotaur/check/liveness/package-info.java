/**
 * Liveness checkers: lost wakeups at quiescence, exactly-once bottom halves, busy loops.
 *
 * <p>Layer (DESIGN.md, pinned by {@code minotaur.build.LayeringTest}): 3, inside {@code check}. May
 * import {@code check}, {@code model}, {@code history}.
 */
package minotaur.check.liveness;
