# Stavový řádek a otázky: co se právě stalo, co se nepovedlo, na co je
# třeba odpovědět ano, nebo ne.

status-saved = Uloženo: { kind-noun } „{ $name }“.
status-not-saved-changed-elsewhere = Neuloženo: „{ $name }“ mezitím změnil i někdo jiný.
status-idle-soon-unsaved = Neuložené změny: za minutu se okno pro nečinnost zavře; uložte je, nebo stiskněte klávesu.
status-reloaded = Formulář teď ukazuje záznam, jak byl uložen jinde; vaše úpravy jsou pryč.
status-gone-elsewhere = Zatímco jste záznam ({ kind-noun }) upravovali, někdo jiný ho smazal; nic se neuložilo.
status-deleted = Smazáno: { kind-noun } „{ $name }“.
status-archived = Archivováno: { kind-noun } „{ $name }“.
status-restored = Obnoveno z archivu: { kind-noun } „{ $name }“.
status-imported = Import ze souboru { $path }: nových { $created }, změněných { $updated }, beze změny { $unchanged }, přeskočených { $skipped }
status-ics-is-for-meetings = Do iCalendar se exportují schůzky: přejděte na kartu Schůzky nebo do kalendáře.
status-exported = { $count ->
    [one] Exportován { $count } záznam
    [few] Exportovány { $count } záznamy
   *[other] Exportováno { $count } záznamů
} do { $path }
status-exported-cut = { $written }; { $cut }
status-cells-cut = { $count ->
    [one] { $count } buňka byla delší než { $limit } znaků a byla zkrácena (končí znakem …)
    [few] { $count } buňky byly delší než { $limit } znaků a byly zkráceny (končí znakem …)
   *[other] { $count } buněk bylo delších než { $limit } znaků a bylo zkráceno (končí znakem …)
}
status-failed = Chyba: { $what }
status-form-invalid = Neuloženo: { $count ->
    [one] { $count } pole je třeba opravit.
    [few] { $count } pole je třeba opravit.
   *[other] { $count } polí je třeba opravit.
}
status-seeded = Načteno { $created } zařízení ({ $skipped } už v databázi bylo).
status-archived-shown = Zobrazují se i archivované záznamy.
status-archived-hidden = Archivované záznamy jsou skryté.
status-sorted-ascending = Seřazeno podle sloupce { $column }, vzestupně.
status-sorted-descending = Seřazeno podle sloupce { $column }, sestupně.
status-not-started-yet = Tato schůzka začíná { $start }: jako proběhlou ji lze označit, až začne.
status-renew-is-for-agreements = Obnovují se jen dohody: vyberte dohodu.
status-nothing-selected = Není vybrán žádný záznam.
status-choose-from-list = Toto pole se vybírá ze seznamu: otevřete ho klávesou Enter.
status-nothing-to-choose = Zatím není z čeho vybírat: nejdřív takové záznamy vytvořte.
status-not-a-link = Vyberte související záznam, na který chcete přejít.
status-unbound = { $key } tu nic nedělá; nápověda je pod klávesou ?.
status-unreadable = { $count ->
    [one] Vynechán { $count } nečitelný záznam
    [few] Vynechány { $count } nečitelné záznamy
   *[other] Vynecháno { $count } nečitelných záznamů
}, první { $first }: { $reason }; spusťte `spojka check --quarantine`

question-seed = Databáze je prázdná. Načíst veřejný seznam { $count } českých věznic (s jejich kraji)? Můžete to udělat i později příkazem `spojka seed`.
question-cancel-occurrence = Zrušit „{ $title }“ dne { $day }?
question-discard = Zahodit změny v tomto formuláři?
question-same-ico = NNO „{ $name }“ už má IČO { $ico }. Přesto uložit?
question-delete = Smazat { kind-noun-acc } „{ $name }“? { $kind ->
    [people] Smaže se i její historie: tuto akci nelze vrátit.
   *[other] Smazání lze vrátit zpět.
}
question-referrer = { kind-noun } „{ $name }“
question-archive-instead = Záznam „{ $name }“ ({ kind-noun }) nelze smazat: odkazuje na něj { $referrers }{ $more ->
    [0] {""}
   *[other] ; a { $more } dalších
}. Archivovat ho místo toho (skrytý, zachovaný pro tyto záznamy)?

clash-same-person = { $name } je na obou
clash-same-facility = stejné místo: { $name }
clash-travel = { $name } má na cestu { $minutes } min
clash-question = Schůzka se kryje s: { $clashes }{ $more ->
    [0] {""}
   *[other] ; a { $more } dalšími
}. Přesto uložit?
clash-imported = { $count ->
    [one] { $count } importovaná schůzka se kryje s jinými.
    [few] { $count } importované schůzky se kryjí s jinými.
   *[other] { $count } importovaných schůzek se kryje s jinými.
}
clash-imported-over = „{ $title }“ se kryje s „{ $other }“ { $when } ({ $why })

# Zpět, znovu a vrácení změny: co se vrátilo, a značky v historii.
history-record = { kind-noun } „{ $name }“
history-undone = Vráceno zpět: { kind-noun } „{ $name }“{ $more ->
    [0] {""}
   *[other] { "" } a další záznamy: { $more }
}.
history-redone = Znovu provedeno: { kind-noun } „{ $name }“{ $more ->
    [0] {""}
   *[other] { "" } a další záznamy: { $more }
}.
history-reverted = Změna vrácena: { kind-noun } „{ $name }“{ $more ->
    [0] {""}
   *[other] { "" } a další záznamy: { $more }
}.
history-nothing-to-undo = Není co vrátit zpět: v této relaci jste nic nezměnili (zpět vrací jen změny této relace).
history-nothing-to-redo = Není co znovu provést.
history-not-revertible = nelze vrátit
history-operation = operace č. { $op }
history-not-revertible-change = Tuto změnu nelze vrátit: smazala osobní údaje, nebo se zapsala dřív, než historie uchovávala hodnoty.
history-zone = { $zone ->
    [CEST] SELČ
   *[other] SEČ
}

## Historie tak, jak by ji napsal člověk.
history-date = { $day }. { $month }. { $year }
history-when = { $date } { $time } { $zone }
history-empty = (nevyplněno)
history-field = { $field }: { $before } → { $after }
history-event-created = Vytvořeno
history-event-renewed = Vytvořeno jako obnovení dohody „{ $name }“
history-event-deleted = Smazáno
history-event-erased = Smazáno, osobní údaje vymazány
history-event-archived = Archivováno
history-event-restored = Obnoveno z archivu
history-event-status = Stav dohody změněn na: { $status }
history-event-cancelled = Zrušena schůzka { $date }
history-event-uncancelled = Schůzka { $date } se opět koná
history-event-moved = Schůzka { $date } přesunuta na { $to }
history-event-back-to-series = Schůzka { $date } opět podle série
history-event-held = Schůzka { $date } označena: proběhlo
history-event-occurrence-changed = Schůzka { $date } změněna samostatně
history-event-split = Série rozdělena od { $date }
history-event-step-done = Krok „{ $step }“ splněn { $date }
history-event-step-skipped = Krok „{ $step }“ přeskočen: { $reason }
history-event-step-reopened = Krok „{ $step }“ znovu otevřen: { $note }
history-what = { $what ->
    [save] uložení
    [delete] smazání
    [save_several] uložení více záznamů najednou
    [insert] přidání záznamů: { $count }
    [seed] načtení referenčních zařízení
    [import] import záznamů: { $count }
    [imported_calendar] import kalendáře: nových schůzek { $created }, změněných { $updated }
    [imported] import ze souboru { $file } ({ kind-noun }): nových { $created }, změněných { $updated }
    [demo] vytvoření ukázkových dat
    [restore] obnovení databáze ze zálohy
    [undo] vrácení operace č. { $target } zpět
    [redo] znovu provedení operace č. { $target }
    [revert_entry] vrácení jedné změny operace č. { $target }
    [erase] výmaz osobních údajů jedné osoby
   *[revert] vrácení operace č. { $target }
}
history-field-set = { $field }: { $after }
## Výmaz údajů jedné osoby (obrazovka výmazu a její hlášení).
erase-screen-title = Výmaz: { $name } (č. { $id })
erase-screen-warning = Výmaz nelze vrátit. Starší automatické zálohy údaje obsahují, dokud se neodstraní (7 dní).
erase-screen-records = Záznam osoby a jeho historie se vymažou; { $deleted ->
    [one] smaže se { $deleted } její záznam
    [few] smažou se { $deleted } její záznamy
   *[other] smaže se { $deleted } jejích záznamů
}; { $cleared ->
    [one] zruší se { $cleared } odkaz na ni
    [few] zruší se { $cleared } odkazy na ni
   *[other] zruší se { $cleared } odkazů na ni
}.
erase-screen-hits = Potvrzeno { $confirmed } z { $count } míst k nahrazení (mezerník potvrdí nebo přeskočí):
erase-prompt = Pro výmaz napište příjmení:{" "}
status-erased = Vymazáno: { $name }. Starší automatické zálohy údaje obsahují, dokud se neodstraní (7 dní).
status-erase-wrong-surname = To není příjmení „{ $surname }“: nic se nevymazalo.
status-erase-people-only = Výmaz osobních údajů je jen pro osoby: vyberte osobu.
