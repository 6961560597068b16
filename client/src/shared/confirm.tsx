import { createContext, lazy, Suspense, use, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';

export type ConfirmOptions = {
  title: string;
  /** What will happen, in a sentence or a short list. */
  message: ReactNode;
  confirmLabel: string;
  /** Defaults to "Vazgeç" / "Cancel". */
  cancelLabel?: string;
  /** A destructive action: a red button, and focus starts on cancel rather than on it. */
  danger?: boolean;
  /**
   * The action itself, run with the dialog still open and its button busy. It resolves to an error
   * message, shown in the dialog for another try, or to null when done and the dialog closes. A
   * request that fails (throws) shows the network error the same way.
   */
  action?: () => Promise<string | null>;
};

/** Resolves to true once confirmed (and the action, if any, done), false when cancelled. */
export type Confirm = (options: ConfirmOptions) => Promise<boolean>;

export type ConfirmRequest = { id: number; options: ConfirmOptions; opened: boolean };

// The dialog (Mantine's Modal, its focus trap and transitions) is code only pages need: it loads
// on first use, or earlier when a page that may ask mounts (useConfirm), not with the landing page.
const loadDialog = () => import('./confirm-dialog');
const ConfirmDialog = lazy(() => loadDialog().then((module) => ({ default: module.ConfirmDialog })));

const ConfirmContext = createContext<Confirm | null>(null);

/** Holds the app's one confirmation dialog; `useConfirm` opens it. Mounted once, by AppProviders. */
export function ConfirmProvider({ children }: { children: ReactNode }) {
  const [request, setRequest] = useState<ConfirmRequest | null>(null);
  const resolveOpen = useRef<((confirmed: boolean) => void) | null>(null);
  // Mantine gives focus back only to what was focused when an already mounted Modal opened; this
  // one mounts open (it loads on demand), so the provider remembers the opener itself.
  const opener = useRef<HTMLElement | null>(null);

  const confirm = useCallback<Confirm>(
    (options) =>
      new Promise<boolean>((resolve) => {
        // A second question replaces the first, which counts as cancelled.
        resolveOpen.current?.(false);
        resolveOpen.current = resolve;
        opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
        setRequest((previous) => ({ id: (previous?.id ?? 0) + 1, options, opened: true }));
      }),
    [],
  );

  const close = useCallback((confirmed: boolean) => {
    resolveOpen.current?.(confirmed);
    resolveOpen.current = null;
    // Kept, closed, so the dialog can play its closing transition.
    setRequest((current) => (current ? { ...current, opened: false } : current));
    const element = opener.current;
    opener.current = null;
    // After the dialog's focus trap lets go; an opener the action removed (a cancelled booking's
    // button) cannot take it back.
    setTimeout(() => {
      if (element?.isConnected) element.focus({ preventScroll: true });
    }, 0);
  }, []);

  return (
    <ConfirmContext value={confirm}>
      {children}
      {request ? (
        <Suspense fallback={null}>
          <ConfirmDialog key={request.id} request={request} onClose={close} />
        </Suspense>
      ) : null}
    </ConfirmContext>
  );
}

/** `const confirm = useConfirm(); if (await confirm({ … })) …` */
export function useConfirm(): Confirm {
  const confirm = use(ConfirmContext);
  if (!confirm) throw new Error('useConfirm needs a ConfirmProvider above it (AppProviders mounts one)');
  useEffect(() => {
    void loadDialog();
  }, []);
  return confirm;
}
