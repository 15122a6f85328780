/**
 * Share with participants, for one workshop: off until the facilitator turns it on, choosing
 * the network (the machine's addresses others can reach first; loopback only reaches this
 * machine) and the handouts phones may download. While it runs: the code, the QR code of the
 * address with the code, the address, and Stop. The main side serves the page; nothing here
 * talks to the participants' phones.
 */
import { useState } from 'react'
import { Button, Callout, Card, Checkbox, Flex, Heading, Select, Text, TextField } from '@radix-ui/themes'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { ShareInterface, ShareSession } from '@shared/participant-share'
import type { Workshop } from '@shared/workshop'
import { call } from '../../api/api'
import { ErrorText } from '../../ui/ErrorText'
import { useShare } from './use-share'

const svgUrl = (svg: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`

function Running({ session, onStop, stopping }: { session: ShareSession; onStop(): void; stopping: boolean }) {
  const { t } = useTranslation()
  return (
    <Flex gap="4" wrap="wrap" align="start">
      <img src={svgUrl(session.qrSvg)} alt={t('share.qrAlt', { url: session.url })} className="share-qr" />
      <Flex direction="column" gap="2" style={{ minWidth: 220, flex: 1 }}>
        <Text size="2" color="gray">
          {t('share.codeLabel')}
        </Text>
        <Text className="share-code" data-testid="share-code">
          {session.code}
        </Text>
        <Text size="2">{t('share.openAddress')}</Text>
        <Text className="share-url">
          <bdi dir="ltr" data-testid="share-url">
            {session.baseUrl}
          </bdi>
        </Text>
        <Text size="2" color="gray">
          {t('share.handoutCount', { count: session.handoutIds.length })}
        </Text>
        <Button color="red" onClick={onStop} disabled={stopping} style={{ alignSelf: 'flex-start' }}>
          {t('share.stop')}
        </Button>
      </Flex>
    </Flex>
  )
}

function InterfaceLabel({ i }: { i: ShareInterface }) {
  const { t } = useTranslation()
  return <>{t(i.internal ? 'share.interfaceLoopback' : 'share.interface', { name: i.name, address: i.address })}</>
}

function Handouts({ chosen, onChange }: { chosen: string[]; onChange(ids: string[]): void }) {
  const { t } = useTranslation()
  const [filter, setFilter] = useState('')
  const library = useQuery({ queryKey: ['library'], queryFn: () => call('library:list') })
  const pdfs = (library.data ?? []).filter((r) => r.file)
  const shown = pdfs.filter((r) => chosen.includes(r.id) || r.title.toLowerCase().includes(filter.toLowerCase()))
  return (
    <fieldset className="share-handouts">
      <legend>{t('share.handouts')}</legend>
      <TextField.Root
        size="1"
        value={filter}
        onChange={(e) => setFilter(e.currentTarget.value)}
        aria-label={t('share.filterHandouts')}
        placeholder={t('share.filterHandouts')}
        mb="2"
      />
      <div className="share-handout-list">
        {shown.map((r) => (
          <Text as="label" size="2" key={r.id} className="share-handout">
            <Checkbox
              checked={chosen.includes(r.id)}
              onCheckedChange={(on) => onChange(on ? [...chosen, r.id] : chosen.filter((id) => id !== r.id))}
            />{' '}
            <bdi>{r.title}</bdi>
          </Text>
        ))}
      </div>
    </fieldset>
  )
}

export function SharePanel({ w }: { w: Workshop }) {
  const { t } = useTranslation()
  const { status, start, stop } = useShare()
  const interfaces = status.data?.interfaces ?? []
  const session = status.data?.session ?? null
  const [address, setAddress] = useState<string>('')
  const [handouts, setHandouts] = useState<string[]>([])
  const chosenAddress = address || interfaces[0]?.address || ''
  const here = session?.workshopId === w.id ? session : null
  const turnOn = () => start.mutate({ workshopId: w.id, interfaceAddress: chosenAddress, handoutIds: handouts })
  return (
    <Card asChild>
      <section aria-labelledby="share-heading" className="share-panel">
        <Heading as="h2" size="4" id="share-heading" mb="2">
          {t('share.title')}
        </Heading>
        {here ? (
          <Running session={here} onStop={() => stop.mutate()} stopping={stop.isPending} />
        ) : (
          <Flex direction="column" gap="3">
            <Text size="2">{t('share.explain')}</Text>
            {session && (
              <Callout.Root color="amber" size="1">
                <Callout.Text>{t('share.otherRunning', { title: session.workshopTitle })}</Callout.Text>
              </Callout.Root>
            )}
            <Flex direction="column" gap="1">
              <Text as="label" size="2" weight="bold" id="share-network-label">
                {t('share.network')}
              </Text>
              <Select.Root value={chosenAddress} onValueChange={setAddress}>
                <Select.Trigger aria-labelledby="share-network-label" data-testid="share-network" />
                <Select.Content>
                  {interfaces.map((i) => (
                    <Select.Item key={i.address} value={i.address}>
                      <InterfaceLabel i={i} />
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select.Root>
              {interfaces.find((i) => i.address === chosenAddress)?.internal && (
                <Text size="1" color="gray">
                  {t('share.loopbackNote')}
                </Text>
              )}
            </Flex>
            <Handouts chosen={handouts} onChange={setHandouts} />
            <Button onClick={turnOn} disabled={!chosenAddress || start.isPending} style={{ alignSelf: 'flex-start' }}>
              {t('share.start')}
            </Button>
          </Flex>
        )}
        <ErrorText error={start.error ?? stop.error} />
      </section>
    </Card>
  )
}
