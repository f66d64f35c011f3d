import { render } from 'preact'
import { App } from './App.tsx'
import { popupTarget } from './target.ts'

const root = document.getElementById('app')
if (root) render(<App target={popupTarget(location.search)} />, root)
