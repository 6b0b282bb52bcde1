import { z } from 'zod'

// Zod 4 checks whether it may compile parsers with `new Function("")`. The
// site's Content-Security-Policy forbids eval, so that probe is blocked and
// reported as a violation on every page. Jitless mode skips the probe.
z.config({ jitless: true })

export { z }
