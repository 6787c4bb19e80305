/**
 * Exclusion checkers: overlap of recorded sections, protected counter, state at rest, blocked at
 * quiescence, fairness.
 *
 * <p>Layer (DESIGN.md, pinned by {@code minotaur.build.LayeringTest}): 3, inside {@code check}. May
 * import {@code check}, {@code model}, {@code history}.
 */
package minotaur.check.exclusion;
