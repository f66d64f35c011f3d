// A local HTTPS server that answers for the real Kela and Suomi.fi hosts. Chromium is told to
// resolve those hosts to it (--host-resolver-rules), so pages load at their real URLs and the
// manifest's real match patterns and host permissions apply. The certificate is self-signed and
// made with openssl on first use; no key is committed.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:https'
import { join } from 'node:path'
import { closeServer, listenOnLoopback } from './loopback.ts'

export interface FixtureResponse {
  status?: number
  body: string
  contentType?: string
  headers?: Record<string, string>
}

export interface ServedRequest {
  url: string
  headers: Record<string, string | string[] | undefined>
}

const CERT_DIR = join(process.cwd(), '.cache', 'e2e-cert')

function certificate(): { key: Buffer; cert: Buffer } {
  const key = join(CERT_DIR, 'key.pem')
  const cert = join(CERT_DIR, 'cert.pem')
  if (!existsSync(key) || !existsSync(cert)) {
    mkdirSync(CERT_DIR, { recursive: true })
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '30', '-keyout', key, '-out', cert,
      '-subj', '/CN=kela.fi',
      '-addext', 'subjectAltName=DNS:*.kela.fi,DNS:kela.fi,DNS:*.suomi.fi,DNS:suomi.fi,DNS:*.example.com,DNS:localhost,IP:127.0.0.1',
    ], { stdio: 'ignore' })
  }
  return { key: readFileSync(key), cert: readFileSync(cert) }
}

export class FixtureServer {
  readonly requests: ServedRequest[] = []
  private readonly routes = new Map<string, FixtureResponse>()
  private server: Server | undefined

  /** Serve `response` at this exact URL (scheme, host and path; the query is ignored). */
  route(url: string, response: FixtureResponse): void {
    this.routes.set(routeKey(url), response)
  }

  async start(): Promise<number> {
    const server = createServer(certificate(), (req, res) => {
      const url = `https://${req.headers.host ?? ''}${req.url ?? '/'}`
      this.requests.push({ url, headers: { ...req.headers } })
      const found = this.routes.get(routeKey(url))
      if (!found) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('no fixture')
        return
      }
      res.writeHead(found.status ?? 200, {
        'content-type': found.contentType ?? 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        ...found.headers,
      })
      res.end(found.body)
    })
    this.server = server
    return listenOnLoopback(server)
  }

  async stop(): Promise<void> {
    await closeServer(this.server)
  }
}

function routeKey(url: string): string {
  const parsed = new URL(url)
  return `${parsed.host}${parsed.pathname}`
}
