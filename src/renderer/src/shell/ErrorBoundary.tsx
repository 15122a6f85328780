/**
 * One area failing must not blank the whole app: the error is shown in place of
 * that area, with a way to try again, and the navigation keeps working.
 */
import { Component, type ReactNode } from 'react'
import { Button, Callout, Flex } from '@radix-ui/themes'
import i18next from 'i18next'

interface State {
  error: Error | null
}

export class ErrorBoundary extends Component<{ children: ReactNode; resetKey: string }, State> {
  override state: State = { error: null }

  static getDerivedStateFromError(error: Error): State {
    return { error }
  }

  override componentDidUpdate(previous: { resetKey: string }) {
    if (previous.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null })
  }

  override render() {
    if (!this.state.error) return this.props.children
    return (
      <Callout.Root color="red" role="alert">
        <Flex direction="column" gap="2" align="start">
          <Callout.Text>{i18next.t('app.error', { message: this.state.error.message })}</Callout.Text>
          <Button size="1" variant="soft" onClick={() => this.setState({ error: null })}>
            {i18next.t('app.retry')}
          </Button>
        </Flex>
      </Callout.Root>
    )
  }
}
