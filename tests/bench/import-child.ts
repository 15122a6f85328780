/**
 * `node out/main/bench-import.js WORKER KEEP FILE...`: one import in a fresh process, as the
 * app's own process would run it, so its peak memory is the import's and not what earlier
 * bench areas left behind. Prints one JSON line: the run's figures and the process's peak
 * resident size (the kernel's high-water mark, worker threads included).
 */
import { readFileSync } from 'node:fs'
import { importOnce } from './import-run'
import { peakRss } from './stats'

/** VmHWM from /proc (Linux); elsewhere, the highest RSS sampled while the import ran. */
function peakRssMb(sampledMb: number): number {
  try {
    const kb = Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1])
    if (kb > 0) return (kb * 1024) / 1e6
  } catch {
    // not Linux
  }
  return sampledMb
}

const [workerPath, keep, ...files] = process.argv.slice(2)
const { value: run, peakMb } = await peakRss(() => importOnce(files, workerPath!, keep === 'keep'))
console.log(JSON.stringify({ ...run, peakMb: peakRssMb(peakMb) }))
