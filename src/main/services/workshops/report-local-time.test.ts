/**
 * Issue #18 item 3: the report prints run-mode start times in the facilitator's time zone
 * (a workshop in Nairobi started at 09:02 reads 09:02, not the UTC 06:02), and differences
 * against the plan as ±h:mm.
 */
import { describe, expect, it } from 'vitest'
import { blankBlock, blankWorkshop, type Workshop } from '@shared/workshop'
import { reportWords } from '@shared/report-words'
import { composeText } from './report-compose'

const workshop = (actualStart: string, actualEnd: string): Workshop => ({
  ...blankWorkshop('Nairobi course'),
  id: 'w1',
  createdAt: '2026-06-01T00:00:00.000Z',
  updatedAt: '2026-06-01T00:00:00.000Z',
  notes: [],
  runningBlockId: null,
  dayStart: '09:00',
  agenda: [{ ...blankBlock('b1', 1), title: 'Opening', minutes: 30, actualStart, actualEnd }],
})

const agendaRow = (text: string) => text.split('\n').find((l) => l.startsWith('| ') && l.includes('Opening'))!

describe('the report in local time', () => {
  const w = workshop('2026-06-01T06:02:00.000Z', '2026-06-01T06:40:00.000Z')
  it.each([
    ['Africa/Nairobi', '9:02 AM'],
    ['America/Bogota', '1:02 AM'],
    ['Asia/Kolkata', '11:32 AM'],
  ])('prints the actual start in %s as %s', (zone, start) => {
    const row = agendaRow(composeText(w, true, reportWords.en, zone))
    expect(row).toContain(`| ${start} |`)
    expect(row).toContain('| 9:00 AM | Opening |')
  })
  it('writes the planned time in the language’s own hour cycle (French: 24-hour)', () => {
    expect(agendaRow(composeText(w, true, reportWords.fr, 'Africa/Nairobi'))).toContain('| 09:00 | Opening |')
  })
  it('writes durations and differences as h:mm', () => {
    const late = workshop('2026-06-01T06:02:00.000Z', '2026-06-01T16:33:00.000Z')
    expect(agendaRow(composeText(late, true, reportWords.en, 'Africa/Nairobi'))).toMatch(
      /\| 0:30 \| 9:02 AM \| 10:31 \| \+10:01 \|$/,
    )
  })
  it('follows a DST change (Europe/Paris, last Sunday of March)', () => {
    const dst = workshop('2026-03-29T01:30:00.000Z', '2026-03-29T02:00:00.000Z')
    expect(agendaRow(composeText(dst, true, reportWords.fr, 'Europe/Paris'))).toContain('| 03:30 |')
  })
})
