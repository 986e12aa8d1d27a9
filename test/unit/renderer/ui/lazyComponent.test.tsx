// A component loaded on demand: reached before its code is here, it shows once the code
// arrives; reached after, it renders at once, with no blank frame in between.
import { act, cleanup, render, screen } from '@testing-library/react'
import { Suspense } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { lazyComponent } from '../../../../renderer/src/ui/lazyComponent'

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>
}

function deferredModule() {
  let arrive!: () => void
  const arrived = new Promise<{ Greeting: typeof Greeting }>((resolve) => {
    arrive = () => resolve({ Greeting })
  })
  return { load: () => arrived, arrive }
}

afterEach(cleanup)

describe('a component loaded on demand', () => {
  it('shows the fallback until its code is here, then the component with its props', async () => {
    const module = deferredModule()
    const Lazy = lazyComponent(module.load, 'Greeting')
    // Awaited, so React retries the suspended render inside the test's act scope.
    await act(async () => {
      render(
        <Suspense fallback={<p>Loading</p>}>
          <Lazy name="Ada" />
        </Suspense>,
      )
    })
    expect(screen.getByText('Loading')).toBeTruthy()
    await act(async () => module.arrive())
    expect(screen.getByText('Hello Ada')).toBeTruthy()
  })

  it('renders at once when its code was loaded beforehand', async () => {
    const module = deferredModule()
    const Lazy = lazyComponent(module.load, 'Greeting')
    module.arrive()
    await Lazy.preload()
    render(
      <Suspense fallback={<p>Loading</p>}>
        <Lazy name="Grace" />
      </Suspense>,
    )
    expect(screen.getByText('Hello Grace')).toBeTruthy()
    expect(screen.queryByText('Loading')).toBeNull()
  })

  it('asks for its code once, however often it is preloaded or drawn', async () => {
    let asked = 0
    const Lazy = lazyComponent(async () => {
      asked += 1
      return { Greeting }
    }, 'Greeting')
    await Promise.all([Lazy.preload(), Lazy.preload()])
    render(<Lazy name="Lin" />)
    expect(asked).toBe(1)
  })
})
