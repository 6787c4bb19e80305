package minotaur.family;

/**
 * Finds a family by its name, for code below the registry that is given only a name (the test
 * API's {@code Minotaur.test("xen")}). The registry ({@code minotaur.cli.Families}) lives above
 * the engines, so they reach it as a {@link java.util.ServiceLoader} service: the cli provides the
 * one implementation (META-INF/services), and no engine imports cli.
 */
public interface FamilyRegistry {
  /** The family called {@code name} (or an old name of it); {@code BadInput} naming the closest otherwise. */
  Family named(String name);
}
