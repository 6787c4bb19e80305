package minotaur.explore;

import minotaur.explore.memory.Footprint;

/**
 * Watches one run's threads as the scheduler drives them ({@link Run#observe}): each named fault
 * point a thread reaches, and each step it is chosen to execute, with what that step touches.
 * Appending a history op is not a step here: it touches only the explorer's own bookkeeping.
 * Both calls come from the thread holding the baton, so they are totally ordered.
 */
interface StepObserver {
  /** Thread {@code t} reached the fault point {@code name}; its steps from here on follow it. */
  void point(int t, String name);

  /** Thread {@code t} is about to execute a step touching {@code footprint}. */
  void step(int t, Footprint footprint);
}
