/**
 * The family descriptor: what a ported primitive declares to the engines' users ({@link
 * minotaur.family.Family}: variants with expected verdicts per memory model as data, workload
 * factory, explorer scenarios and their decisive bounds), so no engine names a family.
 *
 * <p>Layer (DESIGN.md, pinned by {@code minotaur.build.LayeringTest}): between the engines and
 * {@code prim}. May import {@code run}, {@code explore} and below; never {@code prim} or {@code
 * cli}.
 */
package minotaur.family;
