/**
 * The ported primitives, one sub-package per family, and {@link minotaur.prim.Variants} (variant
 * names on the command line).
 *
 * <p>Layer (DESIGN.md, pinned by {@code minotaur.build.LayeringTest}): 5. May import the engines,
 * {@code family} and everything below; never {@code cli}.
 */
package minotaur.prim;
