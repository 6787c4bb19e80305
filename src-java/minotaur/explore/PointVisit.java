package minotaur.explore;

/**
 * One visit of a named fault point in an explored schedule: thread {@code thread} (its process id)
 * reached {@code point} for the {@code visit}-th time (from 1). A failing schedule's visits, in
 * schedule order, are what {@link Confirmation} turns into an ordering plan for real threads.
 */
public record PointVisit(int thread, String point, int visit) {}
