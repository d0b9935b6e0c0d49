/**
 * The names chatmask's two entry points go by in every table, apart from
 * ours.ts (which loads the built package, and throws when dist/ is missing) so
 * that code which only names them (scoring, rendering, their tests) needs no build.
 */
export const OURS_ALL = 'chatmask'
export const OURS_PCI = 'chatmask/pci'
