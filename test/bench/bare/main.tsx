/** The cold-start baseline: a bare Vite + React page that renders one element. */
import { createRoot } from 'react-dom/client'

createRoot(document.getElementById('root') as HTMLElement).render(<h1>Ready</h1>)
