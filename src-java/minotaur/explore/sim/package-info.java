/**
 * The explorer's simulated {@code os} objects: {@link minotaur.explore.sim.SimOs} hands out
 * mutexes, condition variables, futexes, Win32 events, Xen event channels and EventNotifiers whose
 * every call by an explored thread is one scheduling point (a full fence) and whose blocking calls
 * are steps disabled while the thread must sleep, so a lost wakeup shows up as a deadlock. They
 * reach their run only through {@link minotaur.explore.sim.OsHost}, which the scheduler
 * implements; that keeps this package below it.
 *
 * <p>Layer (DESIGN.md, pinned by {@code minotaur.build.LayeringTest}): 4, inside {@code explore},
 * below the rest of it. May import {@code os} and {@code mem}; never {@code explore} itself or its
 * other sub-packages.
 */
package minotaur.explore.sim;
