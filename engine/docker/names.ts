// Random container names in the style of moby's namesgenerator
// (`vigorous_wilson`). The word lists are a subset of moby's.

import type { Random } from '../core/random'

const LEFT = [
  'admiring', 'adoring', 'affectionate', 'agitated', 'amazing', 'angry', 'awesome', 'beautiful', 'blissful', 'bold',
  'boring', 'brave', 'busy', 'charming', 'clever', 'compassionate', 'competent', 'condescending', 'confident', 'cool',
  'cranky', 'crazy', 'dazzling', 'determined', 'distracted', 'dreamy', 'eager', 'ecstatic', 'elastic', 'elated',
  'elegant', 'eloquent', 'epic', 'exciting', 'fervent', 'festive', 'flamboyant', 'focused', 'friendly', 'frosty',
  'funny', 'gallant', 'gifted', 'goofy', 'gracious', 'great', 'happy', 'hardcore', 'heuristic', 'hopeful',
  'hungry', 'infallible', 'inspiring', 'intelligent', 'interesting', 'jolly', 'jovial', 'keen', 'kind', 'laughing',
  'loving', 'lucid', 'magical', 'modest', 'musing', 'mystifying', 'naughty', 'nervous', 'nice', 'nifty',
  'nostalgic', 'objective', 'optimistic', 'peaceful', 'pedantic', 'pensive', 'practical', 'priceless', 'quirky', 'quizzical',
  'recursing', 'relaxed', 'reverent', 'romantic', 'sad', 'serene', 'sharp', 'silly', 'sleepy', 'stoic',
  'strange', 'stupefied', 'suspicious', 'sweet', 'tender', 'thirsty', 'trusting', 'unruffled', 'upbeat', 'vibrant',
  'vigilant', 'vigorous', 'wizardly', 'wonderful', 'xenodochial', 'youthful', 'zealous', 'zen',
]

const RIGHT = [
  'agnesi', 'albattani', 'allen', 'archimedes', 'ardinghelli', 'babbage', 'bardeen', 'bartik', 'bassi', 'bell',
  'benz', 'bhabha', 'bohr', 'booth', 'borg', 'bose', 'brahmagupta', 'brattain', 'brown', 'carson',
  'cerf', 'chandrasekhar', 'clarke', 'colden', 'cori', 'curie', 'darwin', 'davinci', 'dijkstra', 'einstein',
  'elion', 'engelbart', 'euclid', 'euler', 'fermat', 'fermi', 'feynman', 'franklin', 'galileo', 'gauss',
  'golick', 'goodall', 'haibt', 'hamilton', 'hawking', 'heisenberg', 'hopper', 'hypatia', 'jackson', 'jang',
  'jennings', 'johnson', 'kalam', 'keller', 'kepler', 'knuth', 'lalande', 'lamarr', 'leakey', 'lovelace',
  'lumiere', 'mayer', 'mccarthy', 'mcclintock', 'meitner', 'mendel', 'montalcini', 'morse', 'napier', 'newton',
  'nobel', 'noether', 'pascal', 'pasteur', 'payne', 'perlman', 'pike', 'poincare', 'ptolemy', 'raman',
  'ritchie', 'robinson', 'rubin', 'shannon', 'shockley', 'sinoussi', 'stonebraker', 'swanson', 'tesla', 'thompson',
  'torvalds', 'turing', 'volta', 'wiles', 'williams', 'wilson', 'wozniak', 'wright', 'yalow', 'zhukovsky',
]

export function randomName(random: Random, taken: (name: string) => boolean): string {
  for (let attempt = 0; ; attempt++) {
    const name = `${random.pick(LEFT)}_${random.pick(RIGHT)}${attempt > 10 ? random.int(0, 9) : ''}`
    // moby never generates this one: "Steve Wozniak is not boring".
    if (name === 'boring_wozniak') continue
    if (!taken(name)) return name
  }
}
