// The trainer space: collect a class's reports (files, drag-and-drop, hand-in codes typed or read
// by the camera), verify each by replaying it in a worker, list every learner with one status, keep
// the class on this device, export it, import it elsewhere, delete it.
import { Camera, CameraOff, Download, FileUp, Plus, Trash2, Upload } from 'lucide';
import { t } from '../../i18n/i18n.ts';
import type { ClassEntry, HandedIn } from '../../trainer/class-store.ts';
import {
  ClassMerge,
  classFile,
  deviceClassStorage,
  storeAsTheyCome,
  verifierStamp,
} from '../../trainer/class-store.ts';
import { moduleOf } from '../../trainer/class-summary.ts';
import { codeLines } from '../../trainer/codes.ts';
import { MAX_REPORT_BYTES } from '../../trainer/report-file.ts';
import { VerificationStopped, VerifyClient } from '../../trainer/verify-client.ts';
import type { SentInput } from '../../trainer/verify-protocol.ts';
import type { AppContext, Screen } from '../app-context.ts';
import { h, icon, Scope } from '../dom.ts';
import { downloadText } from '../download.ts';
import { fileName, isoDay } from '../format.ts';
import { menuBar } from '../screens/common.ts';
import { CodeScanner } from './camera.ts';
import type { CameraProblem } from './camera.ts';
import { classTable, importSummary } from './class-list.ts';
import { loadDecisionMap, renderDashboard } from './dashboard.ts';
import './trainer.css';

/** A file as the worker gets it, unread: refused unread when it is over the size limit. */
function fileInput(file: File, addedAt: string): SentInput {
  return {
    kind: 'file',
    name: file.name,
    size: file.size,
    content: file.size > MAX_REPORT_BYTES ? null : file,
    addedAt,
  };
}

/** A report to verify again: from a class file (its text) or from the class kept on this device (its bytes). */
function storedInput(handed: HandedIn | ClassEntry): SentInput {
  const { source, addedAt } = handed;
  if (source.kind === 'code') return { kind: 'code', code: source.code, via: source.via, addedAt };
  const parts: BlobPart[] = 'json' in source ? [source.json] : source.bytes === null ? [] : [source.bytes];
  const content = new Blob(parts);
  return { kind: 'file', name: source.name, size: content.size, content, addedAt };
}

/** How often the progress bar is drawn again while reports come back. */
const PROGRESS_EVERY_MS = 100;

export async function createTrainerScreen(ctx: AppContext): Promise<Screen> {
  const scope = new Scope();
  const { storage, persistent } = await deviceClassStorage();
  const stamp = verifierStamp(ctx.scenarios);
  const client = new VerifyClient(ctx.scenarios);
  scope.add(() => {
    client.dispose();
  });
  let entries: readonly ClassEntry[] = [];
  // Imports run one after another: a second drop waits for the first to finish.
  let work: Promise<void> = Promise.resolve();

  const heading = h('h1', { tabindex: -1 }, t('trainer.heading'));

  // --- Adding reports ---------------------------------------------------------------------------
  const files = h('input', {
    type: 'file',
    id: 'trainer-files',
    class: 'file-input',
    multiple: true,
    accept: '.json,application/json',
    'aria-describedby': 'trainer-files-hint',
  });
  const dropZone = h(
    'div',
    { class: 'drop-zone' },
    icon(FileUp, 28),
    h('label', { for: 'trainer-files', class: 'drop-label' }, t('trainer.files.label')),
    files,
    h('p', { class: 'hint', id: 'trainer-files-hint' }, t('trainer.files.hint')),
  );
  scope.on(files, 'change', () => {
    const chosen = [...(files.files ?? [])];
    files.value = '';
    if (chosen.length > 0) addFiles(chosen);
  });
  scope.on(dropZone, 'dragover', (event) => {
    event.preventDefault();
    dropZone.classList.add('drop-over');
  });
  scope.on(dropZone, 'dragleave', () => {
    dropZone.classList.remove('drop-over');
  });
  scope.on(dropZone, 'drop', (event) => {
    event.preventDefault();
    dropZone.classList.remove('drop-over');
    const dropped = [...(event.dataTransfer?.files ?? [])];
    if (dropped.length > 0) addFiles(dropped);
  });

  const codes = h('textarea', {
    id: 'trainer-codes',
    rows: 4,
    spellcheck: 'false',
    autocapitalize: 'characters',
    'aria-describedby': 'trainer-codes-hint',
  });
  const addCodes = h('button', { type: 'button', class: 'btn btn-primary' }, icon(Plus), t('trainer.codes.add'));
  scope.on(addCodes, 'click', () => {
    const lines = codeLines(codes.value);
    if (lines.length === 0) {
      say(t('trainer.codes.none'));
      codes.focus();
      return;
    }
    const addedAt = ctx.now().toISOString();
    void add(
      lines.map((code) => ({ kind: 'code', code, via: 'typed', addedAt })),
      (verified) => {
        // The codes that could not be read stay in the box, to be corrected.
        const unreadable = verified.filter((e) => e.verdict.status === 'unreadable' && e.source.kind === 'code');
        codes.value = unreadable.map((e) => (e.source.kind === 'code' ? e.source.code : '')).join('\n');
      },
    );
  });
  const codesBlock = h(
    'div',
    { class: 'codes-block' },
    h('label', { for: 'trainer-codes', class: 'field-label' }, t('trainer.codes.label')),
    h('p', { class: 'hint', id: 'trainer-codes-hint' }, t('trainer.codes.hint')),
    codes,
    h('div', { class: 'button-row' }, addCodes),
  );

  // The camera: optional; where there is none, the page says so and the rest still works.
  const video = h('video', { class: 'camera-video', muted: true, playsinline: true, hidden: true });
  const cameraStatus = h('p', { class: 'camera-status', id: 'camera-status' });
  const cameraButton = h(
    'button',
    { type: 'button', class: 'btn btn-secondary', 'aria-describedby': 'camera-status' },
    icon(Camera),
    t('trainer.camera.start'),
  );
  const scanner = new CodeScanner(video, (text) => {
    const addedAt = ctx.now().toISOString();
    void add([{ kind: 'code', code: text, via: 'camera', addedAt }]);
  });
  scope.add(() => {
    scanner.stop();
  });
  const showCamera = (running: boolean): void => {
    video.hidden = !running;
    cameraButton.replaceChildren(
      icon(running ? CameraOff : Camera),
      running ? t('trainer.camera.stop') : t('trainer.camera.start'),
    );
  };
  const cameraProblem = (problem: CameraProblem): string => {
    switch (problem) {
      case 'unsupported':
        return t('trainer.camera.unsupported');
      case 'denied':
        return t('trainer.camera.denied');
      case 'no-camera':
        return t('trainer.camera.none');
      case 'busy':
        return t('trainer.camera.busy');
      case 'failed':
        return t('trainer.camera.failed');
    }
  };
  scope.on(cameraButton, 'click', () => {
    if (scanner.running) {
      scanner.stop();
      showCamera(false);
      cameraStatus.textContent = t('trainer.camera.stopped');
      return;
    }
    cameraStatus.textContent = t('trainer.camera.starting');
    void scanner.start().then((started) => {
      if (scope.closed) {
        scanner.stop();
        return;
      }
      if (started.ok) {
        showCamera(true);
        cameraStatus.textContent = t('trainer.camera.running');
      } else {
        showCamera(false);
        cameraStatus.textContent = `${cameraProblem(started.problem)} ${t('trainer.camera.otherWays')}`;
        cameraStatus.classList.add('camera-problem');
      }
      ctx.announce(cameraStatus.textContent);
    });
  });
  const cameraBlock = h(
    'div',
    { class: 'camera-block' },
    h('h3', {}, t('trainer.camera.heading')),
    h('p', { class: 'hint' }, t('trainer.camera.hint')),
    h('div', { class: 'button-row' }, cameraButton),
    cameraStatus,
    video,
  );

  const adding = h(
    'section',
    { class: 'trainer-section', 'aria-labelledby': 'trainer-add' },
    h('h2', { id: 'trainer-add' }, t('trainer.add.heading')),
    h('p', {}, t('trainer.add.intro')),
    h('div', { class: 'add-grid' }, dropZone, codesBlock),
    cameraBlock,
  );

  // --- Progress and what the last import gave -----------------------------------------------------
  const progress = h('progress', { id: 'trainer-progress', max: 1, value: 0 });
  const progressLabel = h('label', { for: 'trainer-progress', id: 'trainer-progress-label' });
  const progressBlock = h('div', { class: 'verify-progress', hidden: true }, progressLabel, progress);
  const summary = h('div', { class: 'import-summary', 'data-testid': 'import-summary' });
  const say = (message: string): void => {
    summary.replaceChildren(h('p', { class: 'notice notice-info' }, message));
    ctx.announce(message);
  };

  // --- The class ----------------------------------------------------------------------------------
  const listHost = h('div', { class: 'class-list' });
  // The class dashboard, drawn again whenever the class changes (with its own listeners each time).
  const dashboardHost = h('div', { class: 'dashboard-host' });
  let dashboardScope = new Scope();
  scope.add(() => {
    dashboardScope.close();
  });
  const classCount = h('p', { class: 'class-count' });
  const renderList = (): void => {
    classCount.textContent = t('trainer.class.count', { count: entries.length });
    listHost.replaceChildren(
      entries.length === 0
        ? h('p', { class: 'hint' }, t('trainer.class.empty'))
        : classTable(ctx, scope, entries, (key) => {
            void removeEntry(key);
          }),
    );
    exportButton.disabled = entries.length === 0;
    deleteButton.disabled = entries.length === 0;
  };
  const renderDashboardNow = (): void => {
    dashboardScope.close();
    dashboardScope = new Scope();
    dashboardHost.replaceChildren(
      entries.length === 0 ? '' : renderDashboard(ctx, entries, { scope: dashboardScope, session: ctx.url.session }),
    );
  };
  const render = (): void => {
    renderList();
    renderDashboardNow();
  };
  /** The same, letting the page breathe between the list and the dashboard (a class of 200 is a lot of both). */
  const renderInTurn = async (): Promise<void> => {
    renderList();
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (!scope.closed) renderDashboardNow();
  };

  const exportButton = h(
    'button',
    { type: 'button', class: 'btn btn-secondary' },
    icon(Download),
    t('trainer.class.export'),
  );
  scope.on(exportButton, 'click', () => {
    downloadText(
      fileName(['passerelles', t('trainer.class.fileWord'), isoDay(ctx.now())], 'json'),
      classFile(entries, ctx.now()),
    );
    ctx.announce(t('trainer.class.exported'));
  });
  const importInput = h('input', {
    type: 'file',
    id: 'trainer-class-file',
    class: 'visually-hidden',
    accept: '.json,application/json',
    tabindex: -1,
    'aria-label': t('trainer.class.import'),
  });
  const importButton = h(
    'button',
    { type: 'button', class: 'btn btn-secondary' },
    icon(Upload),
    t('trainer.class.import'),
  );
  scope.on(importButton, 'click', () => {
    importInput.click();
  });
  scope.on(importInput, 'change', () => {
    const file = importInput.files?.[0];
    importInput.value = '';
    if (file) void importClass(file);
  });
  const deleteButton = h(
    'button',
    { type: 'button', class: 'btn btn-ghost btn-danger' },
    icon(Trash2),
    t('trainer.class.delete'),
  );
  scope.on(deleteButton, 'click', () => {
    if (!window.confirm(t('trainer.class.confirmDelete', { count: entries.length }))) return;
    work = work
      .then(async () => {
        await storage.clear();
        entries = [];
        render();
        say(t('trainer.class.deleted'));
      })
      .catch((error: unknown) => {
        console.error(error);
      });
  });

  const classSection = h(
    'section',
    { class: 'trainer-section', 'aria-labelledby': 'trainer-class' },
    h('h2', { id: 'trainer-class' }, t('trainer.class.heading')),
    classCount,
    persistent
      ? h('p', { class: 'hint' }, t('trainer.class.kept'))
      : h('p', { class: 'notice notice-warning', role: 'note' }, t('trainer.class.notKept')),
    listHost,
    h('div', { class: 'button-row class-actions' }, exportButton, importButton, importInput, deleteButton),
  );

  // --- Work -----------------------------------------------------------------------------------------
  const verify = async (
    inputs: readonly SentInput[],
    inOrder: (entry: ClassEntry) => void,
  ): Promise<ClassEntry[] | null> => {
    progress.max = inputs.length;
    progress.value = 0;
    progressLabel.textContent = t('trainer.progress.label', { done: 0, total: inputs.length });
    progressBlock.hidden = false;
    ctx.announce(t('trainer.progress.started', { count: inputs.length }));
    // Drawn a few times a second, not once per report: each drawing is the page's thread's time, and
    // the workers' cores'.
    let drawn = performance.now();
    try {
      return await client.verifyAll(
        inputs,
        (done, total) => {
          const now = performance.now();
          if (done < total && now - drawn < PROGRESS_EVERY_MS) return;
          drawn = now;
          progress.value = done;
          progressLabel.textContent = t('trainer.progress.label', { done, total });
        },
        inOrder,
      );
    } catch (error) {
      if (!(error instanceof VerificationStopped)) throw error;
      say(t('trainer.progress.stopped'));
      return null;
    } finally {
      progressBlock.hidden = true;
    }
  };

  const add = (inputs: readonly SentInput[], after?: (verified: readonly ClassEntry[]) => void): Promise<void> => {
    client.start();
    work = work.then(async () => {
      // Each report joins the class, and is stored, as soon as those before it are verified; its
      // module's decision map loads meanwhile, so that the dashboard is drawn once, at the end.
      const merge = new ClassMerge(entries);
      const storing = storeAsTheyCome(storage, stamp);
      const joined = (entry: ClassEntry): void => {
        if (!merge.add(entry)) return;
        storing.add(entry);
        const module = moduleOf(entry);
        if (module !== null) void loadDecisionMap(ctx.entryOf(module));
      };
      try {
        const verified = await verify(inputs, joined);
        if (!verified || scope.closed) {
          // Stopped: the class stays as it was before this import.
          await storing.undo();
          return;
        }
        const merged = merge.result;
        entries = merged.entries;
        // The last few stored while the class is drawn; both done before the summary.
        await Promise.all([storing.finish(), renderInTurn()]);
        after?.(verified);
        say(importSummary(merged));
      } catch (error) {
        await storing.undo();
        throw error;
      }
    });
    // Whatever went wrong, what is already in the class stays, and the next import still runs.
    work = work.catch((error: unknown) => {
      console.error(error);
      say(t('trainer.progress.stopped'));
    });
    return work;
  };

  const addFiles = (list: readonly File[]): void => {
    // The workers start while the files are looked at.
    client.start();
    const addedAt = ctx.now().toISOString();
    void add(list.map((file) => fileInput(file, addedAt)));
  };

  const removeEntry = async (key: string): Promise<void> => {
    await storage.remove(key);
    entries = entries.filter((e) => e.key !== key);
    render();
    ctx.announce(t('trainer.class.removed'));
    heading.focus();
  };

  const importClass = async (file: File): Promise<void> => {
    if (file.size > MAX_REPORT_BYTES * 50) {
      say(t('trainer.class.importTooLarge'));
      return;
    }
    const handed = await client.readClassFile(new Uint8Array(await file.arrayBuffer())).catch(() => null);
    if (!handed) {
      say(t('trainer.class.importUnreadable', { name: file.name }));
      return;
    }
    // Verified again here: a class file carries what was handed in, never a verdict to trust.
    await add(handed.map(storedInput));
  };

  const root = h(
    'main',
    { class: 'screen screen-menu screen-trainer', id: 'main', 'data-verify-workers': String(client.workerCount) },
    h(
      'div',
      { class: 'panel panel-wide' },
      h(
        'div',
        { class: 'panel-bar' },
        ...menuBar(ctx, scope, t('common.backToTitle'), () => {
          ctx.go({ name: 'title' });
        }),
      ),
      heading,
      h('p', { class: 'lead' }, t('trainer.intro')),
      adding,
      progressBlock,
      summary,
      classSection,
      dashboardHost,
    ),
  );

  // The class kept on this device: its verdicts stand if this version of the game gave them.
  const stored = await storage.load();
  if (stored.stamp === stamp || stored.entries.length === 0) {
    entries = stored.entries;
    render();
  } else {
    render();
    const again = stored.entries.filter((e) => e.source.kind === 'code' || e.source.bytes !== null);
    await storage.clear();
    void add(again.map((e) => storedInput(e))).then(() => {
      say(t('trainer.class.reverified', { count: again.length }));
    });
  }

  return {
    root,
    mapSlot: null,
    focusFirst: () => {
      heading.focus();
    },
    destroy: () => {
      scope.close();
    },
  };
}
