/**
 * The phone page: served by the laptop's join server at `/<code>/`, it reads its join code from
 * its own address and connects back to the same server, nothing else.
 */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { isJoinCode } from '@shared/join/codes'
import './i18n'
import './phone.css'
import { App } from './App'
import { connect } from './connection'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
const code = window.location.pathname.split('/')[1] ?? ''
const connection = isJoinCode(code) ? connect(code, window.location, window.localStorage) : null

createRoot(root).render(
  <StrictMode>
    <App connection={connection} />
  </StrictMode>,
)
