// The phone's camera reading QR codes (html5-qrcode) into the element with the id `readerId`. It
// starts on the person's tap (browsers ask for permission then; it is never on unasked) and stops when
// switched off or when the page goes. Each code read is handed to `onText` with a `stop` for a caller
// that leaves once it has what it wanted. Used by the shifts' check-in scan and the trips' boarding.
import { Html5Qrcode } from 'html5-qrcode';
import { useEffect, useRef, useState } from 'react';

export type CameraState = 'off' | 'starting' | 'scanning' | 'unavailable';

export function useQrCamera(readerId: string, onText: (text: string, stop: () => Promise<void>) => void) {
  const [camera, setCamera] = useState<CameraState>('off');
  const onTextRef = useRef(onText);
  useEffect(() => {
    onTextRef.current = onText;
  });
  const active = camera !== 'off';

  useEffect(() => {
    if (!active) return;
    const reader = new Html5Qrcode(readerId, { verbose: false });
    let stopped = false;
    const stop = async () => {
      if (stopped) return;
      stopped = true;
      try {
        if (reader.isScanning) await reader.stop();
        reader.clear();
      } catch {
        // Already stopped: nothing to release.
      }
    };
    reader
      .start(
        { facingMode: 'environment' },
        { fps: 8, qrbox: (width, height) => ({ width: Math.floor(Math.min(width, height) * 0.8), height: Math.floor(Math.min(width, height) * 0.8) }) },
        (text) => onTextRef.current(text, stop),
        () => undefined,
      )
      .then(() => {
        if (stopped) void reader.stop().catch(() => undefined);
        else setCamera('scanning');
      })
      .catch(() => {
        if (!stopped) setCamera('unavailable');
      });
    return () => {
      void stop();
    };
  }, [active, readerId]);

  return { camera, active, start: () => setCamera('starting'), stop: () => setCamera('off') };
}
