/**
 * The ported primitives, one sub-package per family, and {@link minotaur.prim.Variants} (variant
 * names on the command line). A sub-package is named after its family, with the hyphen a Java
 * package name cannot hold written as an underscore (JLS 6.1's rule for hyphenated names):
 * {@code cas-register} is {@code minotaur.prim.cas_register}.
 *
 * <p>Layer (DESIGN.md, pinned by {@code minotaur.build.LayeringTest}): 5. May import the engines,
 * {@code family} and everything below; never {@code cli}.
 */
package minotaur.prim;
