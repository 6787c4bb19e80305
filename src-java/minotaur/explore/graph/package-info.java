/**
 * The execution-graph engine: consistent execution graphs (events, po, rf, mo, rmw) of a scenario
 * under SC, x86-TSO, release/acquire and RC11, each explored once with TruSt (Kokologiannakis,
 * Marmanis, Gladstein, Vafeiadis, POPL 2022), re-running the Java port from the start per graph.
 * {@code Consistency} holds the models' axioms, {@code Views} happens-before per event,
 * {@code Trust} the exploration.
 *
 * <p>Layer (DESIGN.md, pinned by {@code minotaur.build.LayeringTest}): 4, inside {@code explore}.
 * Imports only the JDK: the explorer drives it through {@code explore.GraphStrategy} and
 * {@code explore.GraphMemory}.
 */
package minotaur.explore.graph;
