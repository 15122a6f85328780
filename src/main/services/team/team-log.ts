/**
 * One installation's log in the team folder: appended, never rewritten. A batch of
 * lines goes in one write followed by fsync, so a crash leaves at most a torn last
 * line; the next append starts on a fresh line so the torn one stays alone (readers skip
 * it as unreadable) and nothing after it is lost. Reading starts where the last read
 * stopped and takes only whole lines: a last line without its newline is still being
 * written (or synced) and is read next time. Every line is untrusted: a line that is
 * not JSON, not a log line, not from the log's owner, or too long is skipped and named,
 * and changes nothing else.
 */
import { open, stat } from 'node:fs/promises'
import { LogEnvelope, MAX_LINE_BYTES, recordSchemas, type LogLine, type TeamSkip } from '@shared/team'
import { syncFolder } from '../../durable-write'
import { dirname } from 'node:path'

export async function appendLines(path: string, lines: readonly LogLine[]): Promise<void> {
  if (!lines.length) return
  const size = await stat(path).then(
    (s) => s.size,
    () => -1,
  )
  const handle = await open(path, 'a+')
  try {
    let lead = ''
    if (size > 0) {
      const last = Buffer.alloc(1)
      await handle.read(last, 0, 1, size - 1)
      if (last[0] !== 0x0a) lead = '\n'
    }
    await handle.write(lead + lines.map((l) => JSON.stringify(l)).join('\n') + '\n')
    await handle.sync()
  } finally {
    await handle.close()
  }
  if (size < 0) await syncFolder(dirname(path))
}

export interface ReadResult {
  lines: LogLine[]
  skipped: TeamSkip[]
  /** where the next read starts: just after the last whole line */
  offset: number
  /** lines read so far in this log, for naming a skipped one */
  lineCount: number
}

function parseLine(text: string, owner: string): LogLine | Omit<TeamSkip, 'log' | 'line'> {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { reason: 'bad-json', detail: text.slice(0, 80) }
  }
  const envelope = LogEnvelope.safeParse(json)
  if (!envelope.success) return { reason: 'bad-line', detail: envelope.error.issues[0]?.message ?? '' }
  if (envelope.data.from !== owner) return { reason: 'not-theirs', detail: envelope.data.from }
  const record = recordSchemas[envelope.data.kind].safeParse(envelope.data.record)
  if (!record.success || record.data.id !== envelope.data.id)
    return { reason: 'bad-line', detail: `${envelope.data.kind}/${envelope.data.id}` }
  return { ...envelope.data, record: record.data } as LogLine
}

/** Whole lines after `offset`; `owner` is the installation the log's name says wrote it. */
export async function readLines(
  path: string,
  owner: string,
  from: { offset: number; lineCount: number },
  chunkBytes = 1024 * 1024,
): Promise<ReadResult> {
  const handle = await open(path, 'r')
  const out: ReadResult = { lines: [], skipped: [], offset: from.offset, lineCount: from.lineCount }
  const log = `${owner}.jsonl`
  try {
    const chunk = Buffer.alloc(chunkBytes)
    let pending: Buffer[] = []
    let pendingBytes = 0
    let tooLong = false
    let position = from.offset
    for (;;) {
      const { bytesRead } = await handle.read(chunk, 0, chunkBytes, position)
      if (!bytesRead) break
      let start = 0
      for (let i = 0; i < bytesRead; i++) {
        if (chunk[i] !== 0x0a) continue
        const piece = chunk.subarray(start, i)
        out.lineCount++
        if (tooLong || pendingBytes + piece.length > MAX_LINE_BYTES)
          out.skipped.push({
            log,
            line: out.lineCount,
            reason: 'too-long',
            detail: `${pendingBytes + piece.length} bytes`,
          })
        else {
          const text = Buffer.concat([...pending, piece]).toString('utf8')
          if (text.trim()) {
            const parsed = parseLine(text, owner)
            if ('record' in parsed) out.lines.push(parsed)
            else out.skipped.push({ log, line: out.lineCount, ...parsed })
          }
        }
        pending = []
        pendingBytes = 0
        tooLong = false
        start = i + 1
        out.offset = position + i + 1
      }
      const rest = chunk.subarray(start, bytesRead)
      if (tooLong || pendingBytes + rest.length > MAX_LINE_BYTES) {
        tooLong = true
        pendingBytes += rest.length
        pending = []
      } else {
        pending.push(Buffer.from(rest))
        pendingBytes += rest.length
      }
      position += bytesRead
    }
  } finally {
    await handle.close()
  }
  return out
}
