// Session and template files the OS hands to Vantage: found among command-line arguments as each
// platform passes them, made absolute against the folder the command ran in; then queued in
// order, each waiting once, read only when taken, by its kind's rules, and handed over by name
// and kind alone, never with its folder. How each kind is told and read: fileOpensKinds.test.ts.
import { mkdir, truncate, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { MainProblemError } from '../../../../shared/ipc/problems'
import { createWaitingFiles, filesToOpenInArgv } from '../../../../electron/main/fileOpens'
import type * as FileOpensModule from '../../../../electron/main/fileOpens'
import { readSessionFile } from '../../../../electron/main/services/sessionFiles'
import { readTemplateFile } from '../../../../electron/main/services/templateFiles'
import { MAX_SESSION_FILE_BYTES } from '../../../../shared/ipc/contract'
import { useTempFolder } from './services/fsHelpers'

describe('filesToOpenInArgv', () => {
  it('finds the file Linux passes after Chromium’s flags', () => {
    const argv = ['/opt/Vantage/vantage', '--no-sandbox', '/home/ada/Spring offsite.vantage']
    expect(filesToOpenInArgv(argv, '/home/ada')).toEqual(['/home/ada/Spring offsite.vantage'])
  })

  it('skips the app path and the dot of a development run', () => {
    expect(filesToOpenInArgv(['electron', '.', 'a.vantage'], '/home/ada/vantage')).toEqual([
      '/home/ada/vantage/a.vantage',
    ])
  })

  it('never takes the program itself for a file, whatever it is called', () => {
    expect(filesToOpenInArgv(['/tmp/odd.vantage'], '/tmp')).toEqual([])
  })

  it('ignores macOS’s process serial number', () => {
    const argv = ['/Applications/Vantage.app/Contents/MacOS/Vantage', '-psn_0_123']
    expect(filesToOpenInArgv(argv, '/')).toEqual([])
  })

  it('resolves relative paths against the folder the command ran in', () => {
    const argv = ['vantage', 'offsite.vantage', '../shared/Q3 review.vantage', './x/y.vantage']
    expect(filesToOpenInArgv(argv, '/home/ada/work')).toEqual([
      '/home/ada/work/offsite.vantage',
      '/home/ada/shared/Q3 review.vantage',
      '/home/ada/work/x/y.vantage',
    ])
  })

  it('accepts the extension in any case, keeping the name as given', () => {
    expect(filesToOpenInArgv(['vantage', '/data/OFFSITE.VANTAGE', '/data/b.Vantage'], '/')).toEqual(
      ['/data/OFFSITE.VANTAGE', '/data/b.Vantage'],
    )
  })

  it('takes a file URL as its path, as an AppImage’s desktop entry passes it', () => {
    expect(
      filesToOpenInArgv(
        ['vantage', 'file:///home/ada/Spring%20offsite.vantage', 'file://server/share/x.vantage'],
        '/tmp',
      ),
    ).toEqual(['/home/ada/Spring offsite.vantage'])
  })

  it('finds template files beside session files, in the order given', () => {
    const argv = [
      'vantage',
      'Four lenses.vantage-template',
      '/data/Q3.vantage',
      'B.VANTAGE-TEMPLATE',
    ]
    expect(filesToOpenInArgv(argv, '/home/ada')).toEqual([
      '/home/ada/Four lenses.vantage-template',
      '/data/Q3.vantage',
      '/home/ada/B.VANTAGE-TEMPLATE',
    ])
  })

  it('ignores every argument that is neither a session nor a template file', () => {
    const argv = [
      'vantage',
      '--inspect=9229',
      '--flag.vantage',
      'notes.txt',
      'offsite.vantage.bak',
      'offsite.vantage.txt',
      'lenses.vantage-template.bak',
      'lenses.vantage-templates',
      'lenses.template',
      'vantage',
      '/home/ada/vantage',
    ]
    expect(filesToOpenInArgv(argv, '/home/ada')).toEqual([])
  })

  describe('with Windows paths', () => {
    let windows: typeof FileOpensModule
    beforeAll(async () => {
      vi.resetModules()
      // fileOpens as it runs on Windows: the same code over Node's Windows path rules.
      vi.doMock('node:path', () => ({ ...path.win32, default: path.win32 }))
      windows = await import('../../../../electron/main/fileOpens')
      vi.doUnmock('node:path')
      // Files in this worker share one module graph: the Windows-bound fileOpens must not stay
      // in it, or a file imported after this one gets Windows paths on a POSIX disk.
      vi.resetModules()
    })

    it('finds the file a packaged app is started with', () => {
      const argv = [
        'C:\\Program Files\\Vantage\\Vantage.exe',
        'D:\\Workshops\\Spring offsite.vantage',
      ]
      expect(windows.filesToOpenInArgv(argv, 'C:\\Users\\ada')).toEqual([
        'D:\\Workshops\\Spring offsite.vantage',
      ])
    })

    it('resolves a relative path against the working directory of a second launch', () => {
      const argv = ['C:\\Vantage\\Vantage.exe', '--allow-file-access-from-files', 'Spring.vantage']
      expect(windows.filesToOpenInArgv(argv, 'C:\\Users\\ada\\Desktop')).toEqual([
        'C:\\Users\\ada\\Desktop\\Spring.vantage',
      ])
    })

    it('hands the file over by its name, without its folder', async () => {
      const waiting = windows.createWaitingFiles({
        read: async () => '{}',
        announce: () => {},
        remember: () => {},
      })
      waiting.add(['D:\\Workshops\\Spring offsite.vantage'])
      expect(await waiting.take()).toEqual({
        kind: 'file',
        fileKind: 'session',
        fileName: 'Spring offsite.vantage',
        contents: '{}',
      })
    })
  })
})

function queue(contents: Record<string, string> = {}) {
  const read = vi.fn(async (filePath: string) => {
    const text = contents[filePath]
    if (text === undefined)
      throw new MainProblemError({ code: 'fileGone' }, 'The file no longer exists.')
    return text
  })
  const announce = vi.fn()
  const remember = vi.fn()
  return { waiting: createWaitingFiles({ read, announce, remember }), read, announce, remember }
}

const A = '/home/ada/a.vantage'
const B = '/home/ada/b.vantage'
const C = '/srv/share/c.vantage'

describe('createWaitingFiles', () => {
  it('answers none when nothing waits', async () => {
    const { waiting, read } = queue()
    expect(await waiting.take()).toEqual({ kind: 'none' })
    expect(read).not.toHaveBeenCalled()
  })

  it('hands files over in the order they came, then none', async () => {
    const { waiting } = queue({ [A]: 'a', [B]: 'b', [C]: 'c' })
    waiting.add([A, B])
    waiting.add([C])
    const names = []
    for (let i = 0; i < 4; i += 1) {
      const next = await waiting.take()
      names.push(next.kind === 'file' ? next.fileName : next.kind)
    }
    expect(names).toEqual(['a.vantage', 'b.vantage', 'c.vantage', 'none'])
  })

  it('lets a file asked for again before it is taken wait once', async () => {
    const { waiting } = queue({ [A]: 'a', [B]: 'b' })
    waiting.add([A])
    waiting.add([B, A])
    expect(await waiting.take()).toMatchObject({ fileName: 'a.vantage' })
    expect(await waiting.take()).toMatchObject({ fileName: 'b.vantage' })
    expect(await waiting.take()).toEqual({ kind: 'none' })
  })

  it('lets a file named twice in one batch wait once', async () => {
    const { waiting, announce } = queue({ [A]: 'a' })
    waiting.add([A, A])
    expect(announce).toHaveBeenCalledTimes(1)
    expect(await waiting.take()).toMatchObject({ fileName: 'a.vantage' })
    expect(await waiting.take()).toEqual({ kind: 'none' })
  })

  it('waits again for a file asked for after it was taken', async () => {
    const { waiting } = queue({ [A]: 'a' })
    waiting.add([A])
    await waiting.take()
    waiting.add([A])
    expect(await waiting.take()).toMatchObject({ kind: 'file', fileName: 'a.vantage' })
  })

  it('announces once per batch with something new, and never for files already waiting', () => {
    const { waiting, announce } = queue()
    waiting.add([])
    expect(announce).not.toHaveBeenCalled()
    waiting.add([A, B])
    expect(announce).toHaveBeenCalledTimes(1)
    waiting.add([B])
    waiting.add([A, B])
    expect(announce).toHaveBeenCalledTimes(1)
    waiting.add([A, C])
    expect(announce).toHaveBeenCalledTimes(2)
  })

  it('reads a file when it is taken, not when it is queued', async () => {
    const { waiting, read } = queue({ [A]: 'a' })
    waiting.add([A])
    expect(read).not.toHaveBeenCalled()
    await waiting.take()
    expect(read.mock.calls).toEqual([[A, 'session']])
  })

  it('hands over the base name and the text, and remembers the file as recent', async () => {
    const { waiting, remember } = queue({ [C]: '{"format":"vantage-session"}' })
    waiting.add([C])
    expect(await waiting.take()).toEqual({
      kind: 'file',
      fileKind: 'session',
      fileName: 'c.vantage',
      contents: '{"format":"vantage-session"}',
    })
    expect(remember.mock.calls).toEqual([[C]])
  })

  it('says why a file could not be read, by name only, remembering nothing', async () => {
    const { waiting, remember } = queue({ [B]: 'b' })
    waiting.add([A, B])
    const unreadable = await waiting.take()
    expect(unreadable).toEqual({
      kind: 'unreadable',
      fileKind: 'session',
      fileName: 'a.vantage',
      problem: { code: 'fileGone' },
    })
    expect(JSON.stringify(unreadable)).not.toContain('/home/ada')
    expect(remember).not.toHaveBeenCalled()
    // The next file is not held up by the one that failed.
    expect(await waiting.take()).toMatchObject({ kind: 'file', fileName: 'b.vantage' })
    expect(remember.mock.calls).toEqual([[B]])
  })

  it('turns whatever read throws into a problem, unexpected when it names none', async () => {
    const waiting = createWaitingFiles({
      read: () => Promise.reject('disk gone'),
      announce: () => {},
      remember: () => {},
    })
    waiting.add([A])
    expect(await waiting.take()).toEqual({
      kind: 'unreadable',
      fileKind: 'session',
      fileName: 'a.vantage',
      problem: { code: 'unexpected' },
    })
  })
})

describe('with real files and the real reader', () => {
  const folder = useTempFolder('file-opens')

  function realQueue() {
    const remember = vi.fn()
    const waiting = createWaitingFiles({
      read: (filePath: string, fileKind: 'session' | 'template') =>
        fileKind === 'template' ? readTemplateFile(filePath) : readSessionFile(filePath),
      announce: () => {},
      remember,
    })
    return { waiting, remember }
  }

  it('opens a file named on the command line, relative to the folder it ran in', async () => {
    await writeFile(path.join(folder(), 'Spring offsite.vantage'), '{"format":"vantage-session"}')
    const { waiting, remember } = realQueue()
    waiting.add(filesToOpenInArgv(['vantage', '--no-sandbox', 'Spring offsite.vantage'], folder()))
    expect(await waiting.take()).toEqual({
      kind: 'file',
      fileKind: 'session',
      fileName: 'Spring offsite.vantage',
      contents: '{"format":"vantage-session"}',
    })
    expect(remember.mock.calls).toEqual([[path.join(folder(), 'Spring offsite.vantage')]])
  })

  it.each([
    ['a file that is gone', 'gone.vantage', async () => {}, { code: 'fileGone' }],
    [
      'a file over the size limit',
      'huge.vantage',
      async (filePath: string) => {
        await writeFile(filePath, '')
        await truncate(filePath, MAX_SESSION_FILE_BYTES + 1) // sparse: costs no disk space
      },
      { code: 'fileTooLarge', document: 'session', sizeMb: 51, limitMb: 50 },
    ],
    [
      'a folder',
      'Folder.vantage',
      async (filePath: string) => {
        await mkdir(filePath)
      },
      { code: 'notAFile' },
    ],
  ])(
    'names %s as unreadable with its problem, and not its folder',
    async (_, name, make, problem) => {
      const filePath = path.join(folder(), name)
      await make(filePath)
      const { waiting, remember } = realQueue()
      waiting.add([filePath])
      const taken = await waiting.take()
      expect(taken).toEqual({ kind: 'unreadable', fileKind: 'session', fileName: name, problem })
      expect(JSON.stringify(taken)).not.toContain(folder())
      expect(remember).not.toHaveBeenCalled()
    },
  )
})
