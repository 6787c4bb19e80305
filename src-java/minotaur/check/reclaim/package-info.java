/**
 * Reclamation checkers: use-after-free (T5), timer firings (T4), list shape (T1), rcutorture.
 *
 * <p>Layer (DESIGN.md, pinned by {@code minotaur.build.LayeringTest}): 3, inside {@code check}. May
 * import {@code check}, {@code model}, {@code history}.
 */
package minotaur.check.reclaim;
