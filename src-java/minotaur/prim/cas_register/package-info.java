/**
 * Family {@code cas-register}: a compare-and-set register, the end-to-end example: port, workload
 * and descriptor {@link minotaur.prim.cas_register.CasRegisterFamily}.
 *
 * <p>Layer (DESIGN.md, pinned by {@code minotaur.build.LayeringTest}): 5. May import the engines,
 * {@code family} and below; no other family, never {@code cli}.
 */
package minotaur.prim.cas_register;
