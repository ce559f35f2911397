// A path the run was given, or needs, cannot be used: a missing operand, a pattern that
// matches no Markdown, an ignore file or report that cannot be read or written. Exit 2,
// like a usage error, but `--help` would not help, so none is suggested.

export class InputError extends Error {}
