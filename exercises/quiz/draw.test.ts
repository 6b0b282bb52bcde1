import { describe, expect, it } from 'vitest'
import { drawQuiz, isSolved, QUIZ_LENGTH } from './draw'
import { questionsFor } from './index'
import { createRandom, shuffle } from './random'

const pool = questionsFor('health-check')

describe('createRandom', () => {
  it('repeats the same sequence for a seed', () => {
    const first = createRandom(42)
    const second = createRandom(42)

    expect([first(), first(), first()]).toEqual([second(), second(), second()])
  })

  it('stays within [0, 1)', () => {
    const random = createRandom(7)
    for (let index = 0; index < 1000; index++) {
      const value = random()
      expect(value).toBeGreaterThanOrEqual(0)
      expect(value).toBeLessThan(1)
    }
  })
})

describe('shuffle', () => {
  it('keeps every item and leaves the input alone', () => {
    const items = [1, 2, 3, 4, 5, 6]
    const shuffled = shuffle(items, createRandom(3))

    expect([...shuffled].sort()).toEqual(items)
    expect(items).toEqual([1, 2, 3, 4, 5, 6])
  })

  it('gives different orders for different seeds', () => {
    const items = Array.from({ length: 10 }, (_, index) => index)

    expect(shuffle(items, createRandom(1))).not.toEqual(shuffle(items, createRandom(2)))
  })
})

describe('drawQuiz', () => {
  it('draws QUIZ_LENGTH distinct questions', () => {
    const draw = drawQuiz('health-check', pool, 123)
    const ids = draw.questions.map(({ question }) => question.id)

    expect(ids).toHaveLength(QUIZ_LENGTH)
    expect(new Set(ids).size).toBe(QUIZ_LENGTH)
  })

  it('is deterministic for a seed', () => {
    expect(drawQuiz('health-check', pool, 99)).toEqual(drawQuiz('health-check', pool, 99))
  })

  it('gives a fresh draw for another seed', () => {
    const first = drawQuiz('health-check', pool, 1).questions.map(({ question }) => question.id)
    const second = drawQuiz('health-check', pool, 2).questions.map(({ question }) => question.id)

    expect(second).not.toEqual(first)
  })

  it('shuffles the options of choice questions', () => {
    const orders = new Set<string>()
    for (let seed = 0; seed < 20; seed++) {
      for (const drawn of drawQuiz('health-check', pool, seed).questions) {
        if (drawn.question.id === 'hc-defaults') orders.add(drawn.optionOrder.join(''))
      }
    }

    expect(orders.size).toBeGreaterThan(1)
  })

  it('lists every option once', () => {
    for (const drawn of drawQuiz('health-check', pool, 5).questions) {
      if (drawn.question.type !== 'single' && drawn.question.type !== 'multiple') continue
      expect([...drawn.optionOrder].sort()).toEqual(drawn.question.options.map((option) => option.id).sort())
    }
  })

  it('never starts an order question solved', () => {
    for (let seed = 0; seed < 200; seed++) {
      for (const drawn of drawQuiz('health-check', pool, seed).questions) {
        if (drawn.question.type === 'order') expect(isSolved(drawn.lineOrder)).toBe(false)
      }
    }
  })
})
