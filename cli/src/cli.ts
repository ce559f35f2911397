#!/usr/bin/env node
import {main} from './main'
import {runWorkerIfWorker} from './pool'
import {tuneJitForLinting} from './jit'

// The same bundle runs the lint worker threads (see pool.ts).
if (!runWorkerIfWorker()) startCli()

function startCli(): void {
  // Before anything gets hot; the worker threads inherit the flags (see jit.ts).
  tuneJitForLinting()
  // A closed pipe (`pitchlint … | head`) is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw error
  })

  main(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    isTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    readStdin,
  }).then(
    (code) => {
      process.exitCode = code
    },
    (error: unknown) => {
      process.stderr.write(`pitchlint: ${String(error)}\n`)
      process.exitCode = 2
    },
  )
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}
