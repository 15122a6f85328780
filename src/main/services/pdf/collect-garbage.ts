/**
 * An extraction worker holds a whole PDF outside its heap. Once pdf.js lets go of it, V8
 * frees it in its own time, which was often after the next file (or the next opening of the
 * same file) had been read in: two files held at once, import peaks of 690-700 MB instead of
 * about 450. So before reading again the worker collects garbage itself until its array
 * buffers no longer hold the last file. One collection right after pdf.js is closed was not
 * always enough (its tasks still referred to the bytes, or the bytes awaited a background
 * sweep); a few more, between turns of the event loop, were.
 *
 * V8 offers gc() only behind a flag; set at run time, the flag gives new contexts a gc()
 * (the way jest's leak detector gets one).
 */
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { setTimeout as sleep } from 'node:timers/promises'

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

/** Collects until this thread's array buffers are smaller than `bytes`, for at most `maxMs`. */
export async function collectUntilBelow(bytes: number, maxMs = 5_000): Promise<void> {
  const deadline = Date.now() + maxMs
  gc()
  while (process.memoryUsage().arrayBuffers >= bytes && Date.now() < deadline) {
    await sleep(10)
    gc()
    gc()
  }
}
