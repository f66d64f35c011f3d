// An HTTPS CONNECT proxy that tunnels Kela and Suomi.fi hosts to the local fixture server and
// refuses every other host. Firefox has no --host-resolver-rules; pointing its proxy settings
// here gives it the same "real URL, local page" setup Chromium has. Refused hosts are recorded,
// so a test can prove that nothing tried to reach the outside.
import { createServer, type Server } from 'node:http'
import { connect } from 'node:net'
import { closeServer, listenOnLoopback } from './loopback.ts'

const ALLOWED = /(^|\.)(kela|suomi)\.fi$/

export class TunnelProxy {
  readonly refused: string[] = []
  private server: Server | undefined

  async start(upstreamPort: number): Promise<number> {
    const server = createServer((req, res) => {
      // Plain-HTTP requests through the proxy: nothing we serve, so record and refuse.
      this.refused.push(`http ${req.url ?? ''}`)
      res.writeHead(403).end()
    })
    server.on('connect', (req, socket) => {
      const host = (req.url ?? '').replace(/:\d+$/, '')
      if (!ALLOWED.test(host)) {
        this.refused.push(host)
        socket.end('HTTP/1.1 403 Forbidden\r\n\r\n')
        return
      }
      const upstream = connect(upstreamPort, '127.0.0.1', () => {
        socket.write('HTTP/1.1 200 Connection Established\r\n\r\n')
        upstream.pipe(socket)
        socket.pipe(upstream)
      })
      upstream.on('error', () => socket.destroy())
      socket.on('error', () => upstream.destroy())
    })
    this.server = server
    return listenOnLoopback(server)
  }

  async stop(): Promise<void> {
    await closeServer(this.server)
  }
}
