/**
 * What the main side says to the facilitator (a file that will not import, a record that is
 * gone, a library restored from backup) travels as an id with its values plus the English
 * text. The renderer shows it in the facilitator's language (`renderer/src/i18n/locales/
 * messages.<lang>.json`, same ids and placeholders); logs, the terminal and any language
 * without a translation get the English. This catalogue is the English and the list of ids.
 */
export const englishMessages = {
  'file-unreadable': '{{name}}: the file could not be found or read.',
  'file-empty': '{{name}}: the file is empty.',
  'file-too-large': '{{name}} is too large to import ({{size}}; the limit is {{limit}}).',
  'upload-too-large': 'The file is too large to import (the limit is {{limit}} MB).',
  'upload-disk-full':
    'The file could not be received: the disk is full. Free some space and import it again; nothing was changed.',
  'upload-failed': 'The file could not be received ({{reason}}); nothing was changed. Import it again.',
  'not-pdf': '{{name}} is not a PDF (it has no PDF header and could not be read as one).',
  'pdf-password': '{{name}} is password-protected. Remove the password (or enter it) and import it again.',
  'pdf-damaged': '{{name}} is damaged or truncated and cannot be opened as a PDF ({{detail}}).',
  'pdf-timeout':
    '{{name}} could not be processed in time ({{detail}}); it may be damaged or built to exhaust resources.',
  'pdf-memory':
    '{{name}} needs more memory than is allowed to process; it may be damaged or built to exhaust resources.',
  'pdf-crashed': '{{name}} stopped the text extractor ({{detail}}).',
  'pdf-unreadable': '{{name}} could not be read as a PDF ({{detail}}).',
  'input-refused': 'This was not accepted: {{details}}',
  'end-before-start': 'The end date cannot be before the start date.',
  'unknown-time-zone': 'The time zone is not one this machine knows.',
  'no-file-dialog': 'There is no file dialog in browser mode; upload instead.',
  'resource-not-found': 'No resource with id {{id}} is in the library.',
  'title-required': 'A resource needs a title.',
  'preview-refused': 'That page picture was not kept: it is not a WebP picture of a page of this document.',
  'undo-expired': 'That can no longer be undone: it is no longer in the trash.',
  'restore-parent-gone': '“{{label}}” cannot come back: what it belonged to is no longer here. Restore that first.',
  'restore-already-there': '“{{label}}” is already back.',
  'template-gone': 'That block template is no longer there.',
  'note-gone': 'That note is no longer in the workshop.',
  'resource-gone': 'That resource is no longer in the library.',
  'annotation-gone': 'That annotation no longer exists.',
  'event-gone': 'That event is no longer in the timeline.',
  'calendar-not-written': 'The calendar file could not be written: {{detail}}',
  'term-exists': '“{{term}}” is already in the glossary.',
  'term-gone': 'That term is no longer in the glossary.',
  'scenario-gone': 'That scenario is no longer in the library.',
  'method-gone': 'That method is no longer in the methods library.',
  'method-group-range': 'The largest group size cannot be smaller than the smallest.',
  'method-time-range': 'The longest time cannot be shorter than the shortest.',
  'role-gone': 'That role is no longer in the scenario.',
  'phase-gone': 'That phase is no longer in the scenario.',
  'inject-gone': 'That inject is no longer in its phase.',
  'inject-after-phase': '“{{phase}}”: an inject at minute {{minute}} comes after the phase ends ({{minutes}} min).',
  'injects-out-of-order': '“{{phase}}”: injects are not in time order.',
  'scenario-no-phases': 'This scenario has no phases to run.',
  'scenario-not-started': 'Start the scenario first.',
  'inject-wrong-phase': 'That inject does not belong to the running phase.',
  'adapt-too-long':
    'The adapted copy cannot be made: {{field}} would be {{length}} characters long; the limit is {{max}}. Choose a shorter local term, or shorten that text first.',
  'adapt-empty': 'The adapted copy cannot be made: {{field}} would be empty.',
  'workshop-gone': 'That workshop is no longer in the library.',
  'block-gone': 'That block is no longer in the agenda.',
  'participant-gone': 'That participant is no longer on the list.',
  'server-unreachable':
    'The app’s server is not answering. What you typed is kept here and saved when it answers again.',
  'block-ends-before-start': 'A block cannot end before it starts.',
  'day-gone': 'Day {{day}} has no blocks in the agenda.',
  'pause-not-running': 'Only the block that is running can be paused.',
  'page-beyond-end': '“{{title}}” has {{pages}} pages: page {{page}} is not in it.',
  'page-without-file': '“{{title}}” is a record without its PDF: a reading of it cannot name a page.',
  'library-restored':
    'Your library file could not be read ({{reason}}). It was kept as {{aside}} and the backup {{backup}} was restored with the {{changes}} changes found since; changes made between older backups may be missing, and are in {{aside}} if it can be read.',
  'pick-unknown': 'That file is no longer available to import: choose it again.',
  'session-ended':
    'This page is not connected to Training Companion: it was restarted or closed. Open the address it printed when it started (npm run serve) in this tab.',
  'session-key-missing':
    'This page is not connected to Training Companion yet: this browser has not been given its key. Open the address it printed when it started (npm run serve), the one ending in ?token=…, in this tab.',
  'request-refused': 'Training Companion refused this request ({{reason}}).',
  'share-address-unknown':
    'Sharing can only listen on one of this machine’s network addresses; {{address}} is not one of them now. Choose the network again.',
  'share-handout-unknown': 'A chosen handout is not a PDF in the library: {{id}}.',
  'share-not-started': 'Sharing could not start on {{address}} ({{reason}}).',
  'write-refused': 'This change was not saved: {{what}} would not fit the library ({{details}}). Nothing was changed.',
  'disk-full':
    'The disk is full: this change was not saved and nothing was changed. Free some space; reading and searching still work.',
  'write-failed': 'This change could not be saved ({{detail}}); nothing was changed.',
  'library-recovered':
    'Your library file could not be read ({{reason}}). It was kept as {{aside}}; the library was rebuilt from the backup {{backup}} and the {{changes}} changes saved since, so nothing is missing.',
  'library-too-new':
    'This library was saved by a newer version of Training Companion (library format {{version}}). It was left untouched at {{path}}: open it with that version.',
  'records-set-aside':
    'Records that did not fit your library were set aside ({{count}}); everything else is here. They are kept, with the reason, in {{path}} and listed in Settings.',
  'import-disk-full':
    '{{name}} was not imported: the disk is full. Free some space and import it again; nothing was changed.',
  'disk-full-background':
    'The disk is full. Everything saved so far is safe, but new changes cannot be saved until some space is freed. Reading and searching still work.',
  'index-not-saved':
    'The search index could not be saved ({{detail}}). Search still works; it will be saved again in a moment.',
  'backup-not-taken':
    'A backup of your library could not be taken ({{detail}}). Your library itself is safe; the backup will be tried again.',
  'library-reset':
    'Your library file could not be read ({{reason}}). It was kept as {{aside}}; no usable backup was found, so the library starts empty.',
  'not-a-snapshot': 'That is not the name of a snapshot in backups/.',
  'snapshot-gone': 'The snapshot {{name}} is no longer in backups/ (older ones are removed as new ones are taken).',
  'snapshot-unreadable': 'The snapshot {{name}} cannot be read as a library; nothing was changed.',
  'team-not-here': 'The team folder is not available in this window.',
  'team-no-dialog': 'In browser mode the team folder is given when the app starts: npm run serve -- --team FOLDER.',
  'no-folder-dialog': 'There is no folder dialog in browser mode: download the backup, or upload one to restore it.',
  'backup-not-written':
    'The backup could not be written to {{folder}} ({{detail}}). Your library was not changed; what was written of the backup was removed.',
  'backup-invalid': 'This is not a full backup of Training Companion ({{detail}}). Nothing was changed.',
  'backup-damaged': 'The backup is damaged: {{name}} {{detail}}. Nothing was changed.',
  'backup-too-new':
    'This backup was made by a newer version of Training Companion (library format {{version}}). Nothing was changed: restore it with that version.',
  'restore-not-kept': 'The library as it is now could not be kept as a snapshot ({{detail}}), so nothing was restored.',
  'move-target-not-empty': 'The folder {{path}} is not empty. Choose an empty folder, or make a new one, for the data.',
  'move-target-inside': 'The data folder cannot be moved into itself or into a folder that holds it ({{path}}).',
  'move-failed':
    'The data folder could not be copied to {{to}} ({{detail}}). Nothing was changed: the app still uses {{from}}, and the partial copy was removed.',
  'move-disk-full':
    'The data folder could not be copied to {{to}}: that disk is full. Nothing was changed: the app still uses {{from}}, and the partial copy was removed.',
  'move-fixed':
    'This data folder was chosen when the app was started ({{how}}), so it cannot be moved from here. Close the app, move the folder, and start the app with its new place.',
  'move-same': 'That folder is already the data folder.',
  'bundle-not-zip': '{{name}} is not a bundle: it cannot be read as a zip file ({{detail}}). Nothing was imported.',
  'bundle-no-manifest':
    '{{name}} has no manifest (manifest.json): it was not made with Training Companion’s Share. Nothing was imported.',
  'bundle-bad-manifest': 'The manifest of {{name}} cannot be read ({{detail}}). Nothing was imported.',
  'bundle-too-new':
    '{{name}} was made by a newer version of Training Companion (bundle format {{version}}; this version reads up to {{known}}). Update the app to import it. Nothing was imported.',
  'bundle-hash-mismatch':
    '{{name}}: {{entry}} does not match its manifest (it was changed or damaged after the bundle was made). Nothing was imported.',
  'bundle-size-mismatch':
    '{{name}}: {{entry}} is {{actual}} bytes, but its manifest says {{expected}}. Nothing was imported.',
  'bundle-bad-name':
    '{{name}} holds an entry with an unsafe name ({{entry}}): a path that climbs out with “..”, an absolute path or a drive letter. Nothing was imported.',
  'bundle-symlink': '{{name}} holds a symbolic link ({{entry}}); a bundle holds only files. Nothing was imported.',
  'bundle-duplicate': '{{name}} holds two entries named {{entry}}. Nothing was imported.',
  'bundle-too-many': '{{name}} holds {{count}} entries; the limit is {{limit}}. Nothing was imported.',
  'bundle-too-large':
    '{{name}} would unpack to more than {{limit}} ({{detail}}); it may be built to fill the disk. Nothing was imported.',
  'bundle-encrypted': '{{name}} is encrypted ({{entry}}); bundles are never encrypted. Nothing was imported.',
  'bundle-unlisted':
    '{{name}}: {{entry}} is not both in the zip and in its manifest; the bundle is incomplete or was changed. Nothing was imported.',
  'bundle-bad-records': 'The records in {{name}} cannot be read ({{detail}}). Nothing was imported.',
  'bundle-bad-pdf': '{{name}}: a PDF in it did not pass the import checks. {{detail}} Nothing was imported.',
  'bundle-preview-gone': 'That bundle is no longer ready to import: choose it again.',
  'bundle-canceled': 'The bundle was not made: it was cancelled.',
  'attach-other-entry':
    '{{name}} is already in your library as “{{title}}”, so it was not attached here. Nothing was changed.',
  'attach-has-file': '“{{title}}” already has its PDF. Nothing was changed.',
} as const

export type MessageId = keyof typeof englishMessages
export type MessageValues = Record<string, string | number>

export interface UserMessage {
  id: MessageId
  values: MessageValues
  /** the English, filled in */
  text: string
}

/** `{{name}}` placeholders, as i18next writes them, filled from values. */
export const fillTemplate = (template: string, values: MessageValues): string =>
  template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''))

export const placeholdersOf = (template: string): string[] =>
  [...template.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort()

export function userMessage(id: MessageId, values: MessageValues = {}): UserMessage {
  return { id, values, text: fillTemplate(englishMessages[id], values) }
}
