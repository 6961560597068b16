import { useMediaQuery } from '@mantine/hooks';

/** Dialogs take the whole screen on a phone: long forms and lists stay usable there. */
export const usePhone = () => useMediaQuery('(max-width: 48em)') ?? false;
