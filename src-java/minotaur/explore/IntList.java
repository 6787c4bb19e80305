package minotaur.explore;

import java.util.Arrays;

/** A growable list of ints (a schedule's choices) without boxing. */
final class IntList {
  private int[] items = new int[32];
  private int size;

  void add(int v) {
    if (size == items.length) items = Arrays.copyOf(items, size * 2);
    items[size++] = v;
  }

  int get(int i) {
    return items[i];
  }

  int size() {
    return size;
  }

  int[] toArray() {
    return Arrays.copyOf(items, size);
  }
}
