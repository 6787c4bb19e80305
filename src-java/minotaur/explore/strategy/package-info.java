/**
 * How the explorer picks each scheduling choice ({@link minotaur.explore.strategy.Choices}: run
 * thread t one step, or flush its oldest buffered store): exhaustive DFS with sleep sets and an
 * optional preemption bound ({@link minotaur.explore.strategy.DfsStrategy}), PCT random schedules
 * ({@link minotaur.explore.strategy.PctStrategy}), a replayed token ({@link
 * minotaur.explore.strategy.ReplayStrategy}) or the graph engine's TruSt ({@link
 * minotaur.explore.strategy.GraphStrategy}). A strategy sees its run only through {@link
 * minotaur.explore.strategy.Schedule}, which the scheduler implements; that keeps this package
 * below it.
 *
 * <p>Layer (DESIGN.md, pinned by {@code minotaur.build.LayeringTest}): 4, inside {@code explore},
 * below the rest of it. May import {@code explore.graph} and {@code explore.scenario} (the thread
 * limit); never {@code explore} itself or its other sub-packages.
 */
package minotaur.explore.strategy;
