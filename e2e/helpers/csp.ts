import type { Page } from '@playwright/test'
import fs from 'node:fs'
import path from 'node:path'

export interface CspViolation {
  directive: string
  blockedURI: string
  sample: string
}

declare global {
  interface Window {
    __cspViolations?: CspViolation[]
  }
}

/**
 * Records every CSP violation of the page: `securitypolicyviolation` events,
 * console messages and DevTools issues, which also give the script URL and
 * position of the violation. Call before the first goto.
 */
export async function recordCspViolations(page: Page): Promise<() => Promise<string[]>> {
  const consoleReports: string[] = []
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) consoleReports.push(message.text())
  })

  const issues: string[] = []
  const devtools = await page.context().newCDPSession(page)
  devtools.on('Audits.issueAdded', ({ issue }) => {
    const details = issue.details.contentSecurityPolicyIssueDetails
    if (issue.code !== 'ContentSecurityPolicyIssue' || !details) return
    const location = details.sourceCodeLocation
    const source = location ? ` at ${location.url}:${location.lineNumber}:${location.columnNumber}` : ''
    issues.push(`${details.violatedDirective} ${details.contentSecurityPolicyViolationType}${source}`)
  })
  await devtools.send('Audits.enable')

  await page.addInitScript(() => {
    window.__cspViolations = []
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push({ directive: event.violatedDirective, blockedURI: event.blockedURI, sample: event.sample })
    })
  })

  return async () => {
    const events = await page.evaluate(() => window.__cspViolations ?? [])
    const reports = events.map((event) => `${event.directive} blocked ${event.blockedURI} ${event.sample}`)
    return [...reports, ...consoleReports, ...issues]
  }
}

/** Lists the URL of every HTML route in the export, e.g. `/lezioni/health-check/slide/`. */
export function exportedRoutes(root = path.resolve('out')): string[] {
  const routes: string[] = []

  for (const entry of fs.readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || entry.name !== 'index.html') continue
    const relative = path.relative(root, entry.parentPath).split(path.sep).join('/')
    // Next also exports the 404 page as /404/ and /_not-found/.
    if (relative === '404' || relative === '_not-found') continue
    routes.push(relative === '' ? '/' : `/${relative}/`)
  }

  return routes.sort()
}
