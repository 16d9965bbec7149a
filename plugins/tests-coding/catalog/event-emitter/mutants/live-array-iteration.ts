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
}

export function createEmitter(): Emitter {
  const registrations: Record<string, Registration[]> = {};

  function list(event: string): Registration[] {
    registrations[event] ??= [];
    return registrations[event];
  }

  function remove(event: string, registration: Registration): void {
    const listeners = list(event);
    const index = listeners.indexOf(registration);
    if (index !== -1) listeners.splice(index, 1);
  }

  return {
    on(event, listener) {
      const registration = { listener, once: false };
      list(event).push(registration);
      return () => remove(event, registration);
    },
    once(event, listener) {
      const registration = { listener, once: true };
      list(event).push(registration);
      return () => remove(event, registration);
    },
    off(event, listener) {
      registrations[event] = list(event).filter((registration) => registration.listener !== listener);
    },
    emit(event, ...args) {
      const listeners = list(event);
      if (listeners.length === 0) return false;
      for (let i = 0; i < listeners.length; i++) {
        const registration = listeners[i]!;
        if (registration.once) remove(event, registration);
        registration.listener(...args);
      }
      return true;
    },
    listenerCount(event) {
      return list(event).length;
    },
  };
}
