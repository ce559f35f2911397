// Per-document settings, pulled from the client (`workspace/configuration`, scoped to
// the document, so multi-root workspaces can differ per folder) and cached until the
// client says they changed. Clients that cannot answer get the initialization options.

import type {Connection} from 'vscode-languageserver'
import {DEFAULT_SETTINGS, SETTINGS_SECTION, type RunMode, type Settings} from './protocol'

export class SettingsStore {
  private readonly cache = new Map<string, Promise<Settings>>()
  private fallback: Settings = DEFAULT_SETTINGS
  private canPull = false

  constructor(private readonly connection: Connection) {}

  configure(canPull: boolean, initial: unknown): void {
    this.canPull = canPull
    this.fallback = normalizeSettings(initial, DEFAULT_SETTINGS)
  }

  get(uri: string): Promise<Settings> {
    if (!this.canPull) return Promise.resolve(this.fallback)
    let settings = this.cache.get(uri)
    if (!settings) {
      settings = this.connection.workspace.getConfiguration({scopeUri: uri, section: SETTINGS_SECTION}).then(
        (raw: unknown) => normalizeSettings(raw, this.fallback),
        () => this.fallback,
      )
      this.cache.set(uri, settings)
    }
    return settings
  }

  forget(uri?: string): void {
    if (uri === undefined) this.cache.clear()
    else this.cache.delete(uri)
  }
}

/** Takes the well-typed fields of whatever the client sent; the rest from `base`. */
export function normalizeSettings(raw: unknown, base: Settings): Settings {
  const value = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {}
  const run: RunMode = value.run === 'onSave' || value.run === 'onType' ? value.run : base.run
  return {
    enable: typeof value.enable === 'boolean' ? value.enable : base.enable,
    run,
    configPath: typeof value.configPath === 'string' ? value.configPath.trim() : base.configPath,
  }
}
