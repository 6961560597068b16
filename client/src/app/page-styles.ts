// Mantine's full stylesheet, for every page that loads on demand (see `lazyPage`): one file,
// cached after the first such page. The shell's own subset is in shell-styles.ts.
import '@mantine/core/styles.css';
