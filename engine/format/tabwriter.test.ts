import { describe, expect, it } from 'vitest'

import { alignTabs, formatTable } from './tabwriter'

const PS_HEADER = ['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES']

describe('formatTable', () => {
  it('pads an empty ps header to min width', () => {
    expect(formatTable([PS_HEADER])).toBe(
      'CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n',
    )
  })

  it('aligns a ps row with an empty PORTS cell', () => {
    const table = formatTable([
      PS_HEADER,
      ['a9026ba15864', 'nginx', '"/docker-entrypoint.…"', '1 second ago', 'Up Less than a second (health: starting)', '', 'nginx'],
    ])

    expect(table).toBe(
      'CONTAINER ID   IMAGE     COMMAND                  CREATED        STATUS                                     PORTS     NAMES\n' +
        'a9026ba15864   nginx     "/docker-entrypoint.…"   1 second ago   Up Less than a second (health: starting)             nginx\n',
    )
  })

  it('sizes each column by its longest cell', () => {
    const table = formatTable([
      PS_HEADER,
      ['46bbfa61fb3b', 'busybox', '"sh -c \'exit 3\'"', 'Less than a second ago', 'Exited (3) Less than a second ago', '', 'done3'],
      ['0a2e6ca8227c', 'busybox', '"true"', 'Less than a second ago', 'Created', '', 'created'],
      ['a9026ba15864', 'nginx', '"/docker-entrypoint.…"', '8 minutes ago', 'Up 27 seconds (health: starting)', '', 'nginx'],
    ])

    expect(table.split('\n')).toEqual([
      'CONTAINER ID   IMAGE     COMMAND                  CREATED                  STATUS                              PORTS     NAMES',
      '46bbfa61fb3b   busybox   "sh -c \'exit 3\'"         Less than a second ago   Exited (3) Less than a second ago             done3',
      '0a2e6ca8227c   busybox   "true"                   Less than a second ago   Created                                       created',
      'a9026ba15864   nginx     "/docker-entrypoint.…"   8 minutes ago            Up 27 seconds (health: starting)              nginx',
      '',
    ])
  })

  it('matches docker images output', () => {
    const table = formatTable([
      ['REPOSITORY', 'TAG', 'IMAGE ID', 'CREATED', 'SIZE'],
      ['nginx-nohc', 'latest', '5073ea730df8', '4 minutes ago', '139MB'],
      ['busybox', 'latest', 'b0f72e5aa3f1', '12 minutes ago', '1.98MB'],
    ])

    expect(table).toBe(
      'REPOSITORY   TAG       IMAGE ID       CREATED          SIZE\n' +
        'nginx-nohc   latest    5073ea730df8   4 minutes ago    139MB\n' +
        'busybox      latest    b0f72e5aa3f1   12 minutes ago   1.98MB\n',
    )
  })

  it('matches docker stats output', () => {
    const table = formatTable([
      ['CONTAINER ID', 'NAME', 'CPU %', 'MEM USAGE / LIMIT', 'MEM %', 'NET I/O', 'BLOCK I/O', 'PIDS'],
      ['fb31bb9322c7', 'limited', '0.00%', '580KiB / 64MiB', '0.89%', '0B / 0B', '0B / 0B', '1'],
      ['a9026ba15864', 'nginx', '0.00%', '8.715MiB / 23.54GiB', '0.04%', '0B / 0B', '0B / 0B', '3'],
    ])

    expect(table).toBe(
      'CONTAINER ID   NAME      CPU %     MEM USAGE / LIMIT     MEM %     NET I/O   BLOCK I/O   PIDS\n' +
        'fb31bb9322c7   limited   0.00%     580KiB / 64MiB        0.89%     0B / 0B   0B / 0B     1\n' +
        'a9026ba15864   nginx     0.00%     8.715MiB / 23.54GiB   0.04%     0B / 0B   0B / 0B     3\n',
    )
  })

  it('keeps padding before an empty last cell', () => {
    const table = formatTable([
      ['IMAGE', 'CREATED', 'CREATED BY', 'SIZE', 'COMMENT'],
      ['989381376053', '1 second ago', '/bin/sh -c #(nop)  CMD ["id"]', '0B', ''],
      ['394888943e1b', '1 second ago', '/bin/sh -c groupadd -g 1000 appuser && usera…', '8.92kB', ''],
      ['23aec7e4368e', '15 seconds ago', '', '117MB', 'Imported from -'],
    ])

    expect(table.split('\n')).toEqual([
      'IMAGE          CREATED          CREATED BY                                      SIZE      COMMENT',
      '989381376053   1 second ago     /bin/sh -c #(nop)  CMD ["id"]                   0B        ',
      '394888943e1b   1 second ago     /bin/sh -c groupadd -g 1000 appuser && usera…   8.92kB    ',
      '23aec7e4368e   15 seconds ago                                                   117MB     Imported from -',
      '',
    ])
  })

  it('returns an empty string for no rows', () => {
    expect(formatTable([])).toBe('')
  })
})

describe('alignTabs', () => {
  it('splits columns at lines with fewer cells', () => {
    const text = 'a\tbb\tc\n' + 'dddd\te\n' + 'no tabs\n' + 'x\ty\n'

    expect(alignTabs(text)).toBe(
      'a         bb        c\n' + 'dddd      e\n' + 'no tabs\n' + 'x         y\n',
    )
  })

  it('leaves text without a final newline unterminated', () => {
    expect(alignTabs('ID\tNAME')).toBe('ID        NAME')
  })
})
