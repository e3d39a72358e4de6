/**
 * zitat in a browser: bundle `src/index.ts` with esbuild for the browser
 * (which fails if `src/` imports a Node built-in), load it into headless
 * Chromium and parse German text in the page.
 *
 * Needs `/usr/bin/chromium` (`apt-get install -y chromium`); without it the
 * test is skipped, or fails when `CI` is set.
 */
import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {build, type BuildFailure} from 'esbuild'
import {chromium, type Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {QuoteView} from 'zitat'

const executablePath = '/usr/bin/chromium'
const present = existsSync(executablePath)
const entry = fileURLToPath(new URL('../src/index.ts', import.meta.url))
/** A made-up origin; every request to it is answered by the test itself. */
const origin = 'http://zitat.test'
/** The page: loads the bundle as a module and exposes it as `zitat`. */
const html = `<!doctype html>
<meta charset=utf-8>
<title>zitat</title>
<script type=module>
import * as zitat from '/zitat.js'
globalThis.zitat = zitat
</script>
`

const text = `Im Zoo von Kleinstadt ist ein Elefant geboren. „Das Kalb ist gesund [und wiegt 100 Kilo]“, sagte die Tierärztin Eva Stern.

Im Zoo heißt er schon „Star des Sommers“. Der Direktor meinte: „Wir sind sehr froh (lacht).“`

/**
 * Bundle `src/index.ts` for the browser.
 */
async function bundleForBrowser(): Promise<string> {
  try {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      platform: 'browser',
      format: 'esm',
      target: 'es2022',
      logLevel: 'silent'
    })
    return result.outputFiles[0].text
  } catch (error) {
    // Say which import broke the browser build (a Node built-in in `src/`?).
    const messages = (error as Partial<BuildFailure>).errors ?? []
    throw new Error(
      'Cannot bundle zitat for the browser:\n' +
        messages
          .map((message) =>
            message.location
              ? message.location.file + ':' + message.location.line + ': ' + message.text
              : message.text
          )
          .join('\n'),
      {cause: error}
    )
  }
}

describe('browser bundle', () => {
  it('should bundle for the browser without Node built-ins', async () => {
    const bundle = await bundleForBrowser()

    expect(bundle.length).toBeGreaterThan(1000)
    expect(bundle).not.toMatch(/from ["']node:/)
    expect(bundle).toMatch(/export\s*\{[^}]*parseInterview/)
  })
})

if (!present) {
  if (process.env.CI) {
    describe('zitat in a browser', () => {
      it('should have Chromium at ' + executablePath, () => {
        expect.fail(executablePath + ' is missing: install it with `apt-get install -y chromium`')
      })
    })
  } else {
    console.warn('browser.test.ts: skipping the page test, ' + executablePath + ' is missing (apt-get install -y chromium)')
  }
}

describe.skipIf(!present)('zitat in a browser', () => {
  let browser: Browser | undefined
  let bundle = ''

  beforeAll(async () => {
    bundle = await bundleForBrowser()
    browser = await chromium.launch({
      executablePath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync'
      ]
    })
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('should find quotes and their kinds in the page', async () => {
    if (!browser) throw new Error('No browser: ' + executablePath + ' is missing')
    const tab = await browser.newPage()
    const errors: string[] = []
    tab.on('pageerror', (error) => errors.push(String(error)))

    await tab.route(origin + '/**', async (route) => {
      const url = new URL(route.request().url())
      await (url.pathname === '/zitat.js'
        ? route.fulfill({contentType: 'text/javascript; charset=utf-8', body: bundle})
        : route.fulfill({contentType: 'text/html; charset=utf-8', body: html}))
    })
    await tab.goto(origin + '/')
    await tab.waitForFunction(() => 'zitat' in globalThis)

    const result = await tab.evaluate((value) => {
      const {zitat} = globalThis as unknown as {zitat: typeof import('zitat')}
      const tree = zitat.parseInterview(value)
      return {
        quotes: zitat.quotes(tree).map((quote: QuoteView) => [quote.kind, quote.text, quote.textWithoutInsertions]),
        hasDocument: 'document' in globalThis,
        hasProcess: 'process' in globalThis
      }
    }, text)

    expect(errors).toEqual([])
    expect(result.hasDocument).toBe(true)
    expect(result.hasProcess).toBe(false)
    expect(result.quotes).toEqual([
      ['direct', 'Das Kalb ist gesund [und wiegt 100 Kilo]', 'Das Kalb ist gesund'],
      ['mention', 'Star des Sommers', 'Star des Sommers'],
      ['direct', 'Wir sind sehr froh (lacht).', 'Wir sind sehr froh.']
    ])
    await tab.close()
  })
})
