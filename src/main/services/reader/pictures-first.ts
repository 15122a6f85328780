/**
 * The picture of the page being opened goes before the document's bytes. The reader asks for
 * both at the click (features/reader/ReaderPage.tsx); when the page has no kept picture, the
 * main side draws one there and then (opening-picture.ts), and a 10 MB download served beside
 * that drawing shared the two cores with it: the picture came ≈ 100 ms later. pdf.js starts
 * only once the picture is on screen anyway (features/reader/stage-first.ts), so the hosts
 * hold a library file back while a picture is being answered, never longer than the reader's
 * stage waits for one. An answer from a kept picture takes a few milliseconds: a file is
 * held that long.
 */
import { PICTURE_WAIT_MS } from '@shared/page-preview'
import type { Dispatch } from '../../dispatch'

export interface PicturesFirst {
  /** a picture is being answered until `answer` settles */
  track<T>(answer: Promise<T>): Promise<T>
  /** settles once no picture is being answered, or after `maxWaitMs` */
  before(): Promise<void>
}

/** `dispatch` with every reader:getPreview tracked from the moment it is called (the desktop's IPC) */
export const trackingPictures =
  (dispatch: Dispatch, first: PicturesFirst): Dispatch =>
  (channel, input, caller) => {
    const answer = dispatch(channel, input, caller)
    return channel === 'reader:getPreview' ? first.track(answer) : answer
  }

export function createPicturesFirst(maxWaitMs = PICTURE_WAIT_MS): PicturesFirst {
  const answering = new Set<Promise<unknown>>()
  return {
    track(answer) {
      answering.add(answer)
      const done = () => answering.delete(answer)
      answer.then(done, done)
      return answer
    },
    async before() {
      if (!answering.size) return
      let timer: ReturnType<typeof setTimeout> | undefined
      const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, maxWaitMs)))
      await Promise.race([Promise.allSettled([...answering]), late])
      clearTimeout(timer)
    },
  }
}
