package minotaur.explore.memory;

/** The fences of {@link minotaur.mem.Memory}, named as the VarHandle methods are. */
enum Fence {
  FULL("fullFence"), STORE_STORE("storeStoreFence"), LOAD_LOAD("loadLoadFence"),
  ACQUIRE("acquireFence"), RELEASE("releaseFence");

  final String method;

  Fence(String method) {
    this.method = method;
  }
}
