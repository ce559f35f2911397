import pkg from '../../package.json'

/** pitchlint's version: part of every cache key, shown by `--version`. */
export const VERSION: string = pkg.version
