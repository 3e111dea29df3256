# The status line and the questions: what just happened, what went wrong,
# what needs a yes or a no.

status-saved = Saved { kind-noun } "{ $name }".
status-not-saved-changed-elsewhere = Not saved: "{ $name }" was changed elsewhere too.
status-idle-soon-unsaved = Unsaved changes: closing in a minute for inactivity; save, or press a key.
status-reloaded = The form now shows the record as saved elsewhere; your edits are gone.
status-gone-elsewhere = This { kind-noun } was deleted elsewhere while you edited it; nothing was saved.
status-deleted = Deleted { kind-noun } "{ $name }".
status-archived = Archived { kind-noun } "{ $name }".
status-restored = Restored { kind-noun } "{ $name }".
status-imported = Imported { $created } created, { $updated } updated, { $unchanged } unchanged, { $skipped } skipped, from { $path }
status-ics-is-for-meetings = iCalendar export is for meetings: go to the Meetings tab or the calendar.
status-exported = Exported { $count ->
    [one] { $count } record
   *[other] { $count } records
} to { $path }
status-exported-cut = { $written }; { $cut }
status-cells-cut = { $count ->
    [one] { $count } cell was longer than { $limit } characters and was cut (it ends with …)
   *[other] { $count } cells were longer than { $limit } characters and were cut (they end with …)
}
status-failed = Error: { $what }
status-form-invalid = Not saved: { $count ->
    [one] { $count } field needs
   *[other] { $count } fields need
} attention.
status-seeded = Loaded { $created } facilities ({ $skipped } were already there).
status-archived-shown = Showing archived records.
status-archived-hidden = Hiding archived records.
status-sorted-ascending = Sorted by { $column }, ascending.
status-sorted-descending = Sorted by { $column }, descending.
status-not-started-yet = This meeting starts { $start }: it can be marked held once it has started.
status-renew-is-for-agreements = Only agreements are renewed: select an agreement.
status-nothing-selected = No record selected.
status-choose-from-list = This field is chosen from a list: press Enter to open it.
status-nothing-to-choose = Nothing to choose from yet: create such records first.
status-not-a-link = Select a related record to go to it.
status-unbound = { $key } does nothing here; press ? for help.
status-unreadable = { $count ->
    [one] { $count } unreadable record
   *[other] { $count } unreadable records
} left out, first { $first }: { $reason }; run `spojka check --quarantine`

question-seed = The database is empty. Load the public list of { $count } Czech prisons (with their regions)? You can do it later with `spojka seed`.
question-cancel-occurrence = Cancel "{ $title }" on { $day }?
question-discard = Discard your changes to this form?
question-same-ico = The NGO "{ $name }" already has IČO { $ico }. Save anyway?
question-delete = Delete { kind-noun } "{ $name }"? { $kind ->
    [people] Their history is erased with them: this cannot be undone.
   *[other] This can be undone.
}
question-referrer = { kind-noun } "{ $name }"
question-archive-instead = The { kind-noun } "{ $name }" cannot be deleted: it is referred to by { $referrers }{ $more ->
    [0] {""}
   *[other] ; and { $more } more
}. Archive it instead (hidden, kept for those records)?

clash-same-person = { $name } is in both
clash-same-facility = same place: { $name }
clash-travel = { $name } has { $minutes } min to travel
clash-question = This meeting clashes with: { $clashes }{ $more ->
    [0] {""}
   *[other] ; and { $more } more
}. Save anyway?
clash-imported = { $count ->
    [one] { $count } imported meeting clashes with others.
   *[other] { $count } imported meetings clash with others.
}
clash-imported-over = "{ $title }" clashes with "{ $other }" on { $when } ({ $why })

# Undo, redo and revert: what was turned back, and the marks of a history.
history-record = { kind-noun } "{ $name }"
history-undone = Undone: { kind-noun } "{ $name }"{ $more ->
    [0] {""}
   *[other] { "" } and { $more } more
}.
history-redone = Redone: { kind-noun } "{ $name }"{ $more ->
    [0] {""}
   *[other] { "" } and { $more } more
}.
history-reverted = Reverted: { kind-noun } "{ $name }"{ $more ->
    [0] {""}
   *[other] { "" } and { $more } more
}.
history-nothing-to-undo = Nothing to undo: this session has made no change (undo reaches only this session's changes).
history-nothing-to-redo = Nothing to redo.
history-not-revertible = not revertible
history-operation = operation #{ $op }
history-not-revertible-change = This change cannot be reverted: it erased personal data, or was recorded before the history kept values.
history-zone = { $zone }

## The history as a person would write it.
history-date = { $day } { $mon } { $year }
history-when = { $date } { $time } { $zone }
history-empty = (empty)
history-field = { $field }: { $before } → { $after }
history-event-created = Created
history-event-renewed = Created as the renewal of agreement "{ $name }"
history-event-deleted = Deleted
history-event-erased = Deleted, and its personal data erased
history-event-archived = Archived
history-event-restored = Restored from the archive
history-event-status = Moved the agreement to { $status }
history-event-cancelled = Cancelled the meeting of { $date }
history-event-uncancelled = The meeting of { $date } takes place again
history-event-moved = Moved the meeting of { $date } to { $to }
history-event-back-to-series = The meeting of { $date } follows the series again
history-event-held = Marked the meeting of { $date } as held
history-event-occurrence-changed = Changed the meeting of { $date } on its own
history-event-split = Split the series from { $date }
history-event-step-done = Step “{ $step }” done on { $date }
history-event-step-skipped = Step “{ $step }” skipped: { $reason }
history-event-step-reopened = Step “{ $step }” reopened: { $note }
history-what = { $what ->
    [save] saved
    [delete] deleted
    [save_several] saved several records together
    [insert] added { $count ->
        [one] { $count } record
       *[other] { $count } records
    }
    [seed] loaded the reference facilities
    [import] imported { $count ->
        [one] { $count } record
       *[other] { $count } records
    }
    [imported_calendar] imported a calendar file: { $created } new, { $updated } changed meetings
    [imported] imported { $file } ({ kind-noun }): { $created } new, { $updated } changed
    [demo] made demo data
    [restore] restored the database from a backup
    [undo] undid operation #{ $target }
    [redo] redid operation #{ $target }
    [revert_entry] reverted one change of operation #{ $target }
    [erase] erased one person's personal data
   *[revert] reverted operation #{ $target }
}
history-field-set = { $field }: { $after }
## One person's erasure (the erase screen, its notices).
erase-screen-title = Erase { $name } (#{ $id })
erase-screen-warning = Erasure cannot be undone. Older automatic backups keep the data until they rotate out (7 days).
erase-screen-records = The person's record and history are erased; { $deleted ->
    [one] { $deleted } record of theirs deleted
   *[other] { $deleted } records of theirs deleted
}; { $cleared ->
    [one] { $cleared } reference to them cleared
   *[other] { $cleared } references to them cleared
}.
erase-screen-hits = { $confirmed } of { $count } places to replace confirmed (space confirms or skips):
erase-prompt = Type the surname to erase:{" "}
status-erased = Erased: { $name }. Older automatic backups keep the data until they rotate out (7 days).
status-erase-wrong-surname = That is not the surname “{ $surname }”: nothing was erased.
status-erase-people-only = Erasing personal data is for people: choose a person.
