// After a transaction that queued mail commits, services call notifyOutbox() so delivery starts
// at once instead of at the next sweep. The job runner plugs its trigger in at start-up.
let trigger: () => void = () => {};

export function setOutboxTrigger(fn: () => void): void {
  trigger = fn;
}

export function notifyOutbox(): void {
  trigger();
}
