// A singly linked list with O(1) append.
interface Node<T> {
  value: T;
  next: Node<T> | undefined;
}

export interface List<T> {
  append(value: T): void;
  prepend(value: T): void;
  remove(value: T): boolean;
  toArray(): T[];
  size(): number;
}

export function createList<T>(): List<T> {
  let head: Node<T> | undefined;
  let tail: Node<T> | undefined;
  let count = 0;
  return {
    append(value) {
      const node: Node<T> = { value, next: undefined };
      if (tail) tail.next = node;
      else head = node;
      tail = node;
      count++;
    },
    prepend(value) {
      head = { value, next: head };
      if (!tail) tail = head;
      count++;
    },
    remove(value) {
      let previous: Node<T> | undefined;
      for (let node = head; node; previous = node, node = node.next) {
        if (node.value !== value) continue;
        if (previous) previous.next = node.next;
        else head = node.next;
        if (tail === node) tail = previous;
        count--;
        return true;
      }
      return false;
    },
    toArray() {
      const out: T[] = [];
      for (let node = head; node; node = node.next) out.push(node.value);
      return out;
    },
    size() {
      return count;
    },
  };
}
