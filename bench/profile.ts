/**
 * Work to profile: `parseInterview` (the production build) on 1 MB of the
 * benchmark prose, a few times after a warm-up.
 *
 * Run: `npm run bench:profile`, which runs this under `node --cpu-prof` and
 * then summarises the profile with `bench/profile-summary.ts`.
 *
 * @module
 */

import {prose} from './prose.js'
import {loadBuild, time} from './util.js'

const {parseInterview} = await loadBuild()
const text = prose(1e6)
time(() => parseInterview(text))
let total = 0
const rounds = 5
for (let round = 0; round < rounds; round++) total += time(() => parseInterview(text))
console.log('profiled ' + rounds + ' parses of ' + text.length + ' characters, ' + (total / rounds).toFixed(0) + ' ms each')
