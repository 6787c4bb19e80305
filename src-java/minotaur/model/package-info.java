/**
 * Sequential specifications with Knossos's step semantics ({@link minotaur.model.Model}), the
 * models Knossos ships plus a key-value store, and the registry {@link minotaur.model.Models}.
 */
package minotaur.model;
