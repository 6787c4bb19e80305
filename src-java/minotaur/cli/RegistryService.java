package minotaur.cli;

import minotaur.family.Family;
import minotaur.family.FamilyRegistry;

/** {@link Families} as the {@link FamilyRegistry} service (META-INF/services), for the test API. */
public final class RegistryService implements FamilyRegistry {
  @Override
  public Family named(String name) {
    return Families.named(name);
  }
}
