export type Listener = (...args: unknown[]) => void;

export interface Emitter {
  on(event: string, listener: Listener): () => void;
  once(event: string, listener: Listener): () => void;
  off(event: string, listener: Listener): void;
  emit(event: string, ...args: unknown[]): boolean;
  listenerCount(event: string): number;
}

interface Registration {
  listener: Listener;
  once: boolean;
  active: boolean;
}

export function createEmitter(): Emitter {
  const registrations = new Map<string, Registration[]>();

  function remove(event: string, registration: Registration): void {
    registration.active = false;
    const list = registrations.get(event);
    if (!list) return;
    const index = list.indexOf(registration);
    if (index !== -1) list.splice(index, 1);
  }

  function add(event: string, listener: Listener, once: boolean): () => void {
    const registration: Registration = { listener, once, active: true };
    const list = registrations.get(event) ?? [];
    list.push(registration);
    registrations.set(event, list);
    return () => remove(event, registration);
  }

  return {
    on(event, listener) {
      return add(event, listener, false);
    },
    once(event, listener) {
      return add(event, listener, true);
    },
    off(event, listener) {
      for (const registration of [...(registrations.get(event) ?? [])]) {
        if (registration.listener === listener) remove(event, registration);
      }
    },
    emit(event, ...args) {
      const snapshot = [...(registrations.get(event) ?? [])];
      for (const registration of snapshot) {
        if (registration.once) remove(event, registration);
        registration.listener(...args);
      }
      return snapshot.length > 0;
    },
    listenerCount(event) {
      return registrations.get(event)?.length ?? 0;
    },
  };
}
