/**
 * What a port's scenarios are written against: {@link
 * minotaur.explore.scenario.Scenario} (a name, a description, a setup), the {@link
 * minotaur.explore.scenario.World} a setup builds one run on (cells on its {@code mem}, objects on
 * its {@code os}, threads, end checks, history checks), each thread's {@link
 * minotaur.explore.scenario.Actor} and the {@link minotaur.explore.scenario.Check} assertions. The
 * engines ({@code explore}'s {@code Run} and {@code RealRun}, the graph engine through them) build
 * the World and the Actors and read back what the setup registered; that is the only reason the
 * World's constructor and readers and {@code ActorHost} are public.
 *
 * <p>Layer (DESIGN.md, pinned by {@code minotaur.build.LayeringTest}): 4, inside {@code explore},
 * below the rest of it. May import {@code check}, {@code model}, {@code mem}, {@code os} and
 * {@code history}; never {@code explore} itself or its other sub-packages.
 */
package minotaur.explore.scenario;
