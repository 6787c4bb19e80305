/**
 * Sequential specifications with Knossos's step semantics ({@link minotaur.model.Model}), the
 * models Knossos ships plus a key-value store, and the registry {@link minotaur.model.Models}.
 *
 * <p>Layer (DESIGN.md, pinned by {@code minotaur.build.LayeringTest}): 2. May import {@code
 * history} only.
 */
package minotaur.model;
