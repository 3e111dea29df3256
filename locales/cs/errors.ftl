# Chyby úložiště, exportů, iCalendaru, čtených a zapisovaných souborů,
# klávesových map, nastavení a řídicího soketu (src/catalog/errors.rs).
# Cesty, názvy záznamů a texty chyb systému ($error) zůstávají, jak jsou.

## Druh záznamu, jak ho chyby jmenují ($kind ve zprávách níže).
error-kind-facilities = { kind-facilities }
error-kind-ngos = { kind-ngos }
error-kind-people = { kind-people }
error-kind-assignments = { kind-assignments }
error-kind-meetings = { kind-meetings }
error-kind-agreements = { kind-agreements }
error-kind-requests = { kind-requests }
error-kind-actions = { kind-actions }

## Úložiště.
error-store-locked = databázi { $path } používá jiný proces spojky; nejprve ho ukončete, nebo zvolte jinou databázi pomocí --db
error-store-decode = nelze přečíst { $what } v { $path }: { $error }
error-store-not-found = { $kind } č. { $id } neexistuje (nebyl záznam smazán?)
error-store-conflict = záznam { $kind } č. { $id } mezitím změnil někdo jiný (vaše verze { $yours }, uložená { $stored }); otevřete ho znovu a upravte znovu
error-store-referenced = { $count ->
    [one] na { $kind } č. { $id } odkazuje { $n } jiný záznam; místo smazání záznam archivujte
    [few] na { $kind } č. { $id } odkazují { $n } jiné záznamy; místo smazání záznam archivujte
   *[other] na { $kind } č. { $id } odkazuje { $n } jiných záznamů; místo smazání záznam archivujte
}
error-store-dangling = záznam odkazuje na neexistující záznam: { $kind } č. { $id }
error-store-not-new = záznam { $kind } č. { $id } už je uložený; hromadné vložení přidává jen nové záznamy
error-store-too-large = { $what } je příliš velký na uložení: { $part } má { $size } bajtů, povoleno je nejvýše { $limit }; zkraťte ho
error-store-bad-backup = zálohu nelze obnovit (řádek { $line }): { $reason }; nic se nezměnilo
error-store-changed-since = nevráceno, nic se nezměnilo: mezitím to změnil někdo jiný: { $records }
error-store-already-reverted = nevráceno, nic se nezměnilo: tato změna už byla vrácena ({ $who }, { $when }, operace č. { $op })
error-store-fields-changed-since = nevráceno, nic se nezměnilo: pozdější změna upravila { $fields } v záznamu { $record }
error-store-not-revertible = toto nelze vrátit: smazalo to osobní údaje, nebylo to dokončeno, nebo se to zapsalo dřív, než historie uchovávala hodnoty
error-store-not-revertible-op = operaci č. { $op } nelze vrátit: smazala osobní údaje, nebyla dokončena, nebo se zapsala dřív, než historie uchovávala hodnoty
error-store-no-such-op = operace č. { $op } neexistuje
error-store-io = { $path }: { $error }
error-store-sled = databáze { $path }: { $error }
error-store-sled-corrupt = databáze { $path } je poškozená: sled v ní našel data, která nelze přečíst. Spusťte `spojka --db { $path } check`, co se z ní dá ještě přečíst, a pak vraťte zálohu příkazem `spojka --db { $path } restore SOUBOR --force` (automatické zálohy jsou uložené vedle databáze)

## Co se zapisovalo, když zápis selhal ($doing).
error-doing = { $doing }: { $error }
error-doing-format = zápis { $format } – { $kinds ->
    [facilities] zařízení
    [ngos] NNO
    [people] osoby
    [assignments] působení
    [meetings] schůzky
    [agreements] dohody o spolupráci
    [actions] úkoly
    [requests] žádosti o spolupráci
   *[other] { $kinds }
}
error-doing-coverage-csv = zápis mapy pokrytí do CSV
error-doing-coverage = zápis mapy pokrytí
error-doing-ics = zápis souboru iCalendar
error-doing-terminal = výpis do terminálu
error-doing-seed-report = výpis zprávy o načtení věznic
error-doing-demo-report = výpis zprávy o ukázkových datech
error-doing-import-report = výpis zprávy o importu
error-doing-settings = výpis nastavení
error-doing-backup-report = výpis zprávy o záloze
error-doing-check-report = výpis zprávy o kontrole
error-doing-restore-report = výpis zprávy o obnovení
error-doing-compact-report = výpis zprávy o zhutnění
error-doing-output = výpis výstupu
error-doing-start-up = výpis úvodní zprávy
error-doing-backups-directory = vytvoření složky se zálohami
error-doing-remove-leftover = odstranění zbylé složky
error-doing-remove-replaced = odstranění nahrazené databáze
error-doing-watchdog = spuštění hlídače

## Exporty.
error-export-wrong-kind = { $found } č. { $id } nelze exportovat jako { $expected }: export obsahuje jen jeden druh záznamů
error-export-unknown-format = neznámý formát exportu { $format } (možnosti jsou "csv", "xlsx", "json" a "ics")
error-export-ics-only-meetings = export do iCalendaru je jen pro schůzky, ne pro { $kind }; použijte --kind meetings, nebo pro { $kind } formát csv či json
error-export-ics-needs-addresses = export do iCalendaru potřebuje e-mailové adresy osob; zapisuje ho write_ics
error-export-too-many-rows = { $count } záznamů ({ $kind }) se nevejde na jeden list XLSX, který má nejvýš { $limit } řádků; použijte csv nebo json
error-export-xlsx-to-terminal = soubor XLSX nepatří do terminálu: zadejte --out SOUBOR, nebo výstup přesměrujte (… > soubor.xlsx)
error-export-to = { $path }: { $error }

## iCalendar.
error-ical-syntax = řádek { $line }: { $message }; nic nebylo importováno
error-ical-read = { $error }; nic nebylo importováno
error-ical-write = { $count ->
    [one] import se zastavil po uložení { $saved } z { $total } schůzky: { $error }. Spusťte ho znovu, ať doběhne: už uložené schůzky se aktualizují, nezdvojí se
   *[other] import se zastavil po uložení { $saved } z { $total } schůzek: { $error }. Spusťte ho znovu, ať doběhne: už uložené schůzky se aktualizují, nezdvojí se
}
error-import = { $path }: { $error }

## Čtené soubory.
error-infile-io = nelze přečíst { $path }: { $error }
error-infile-not-regular = nelze přečíst { $path }: je to { $what }, ne obyčejný soubor; spojka čte jen obyčejné soubory
error-infile-too-large = nelze přečíst { $path }: je větší než { $size }
error-infile-not-text = nelze přečíst { $path }: není to text v UTF-8
error-special-directory = složka
error-special-fifo = FIFO (pojmenovaná roura)
error-special-device = zařízení
error-special-socket = soket
error-special-other = zvláštní soubor
error-size-mib = { $size } MiB
error-size-bytes = { $count ->
    [one] { $size } bajt
    [few] { $size } bajty
   *[other] { $size } bajtů
}

## Zapisované soubory.
error-outfile-inside-database = { $path }: toto je ve složce databáze { $db }; zápis tam by databázi poškodil, proto se nic nezapsalo. Zvolte soubor mimo tuto složku
error-outfile-no-file-name = { $path }: toto je složka, ne soubor; doplňte název souboru
error-outfile-not-a-file = { $path }: toto není obyčejný soubor (je to složka, zařízení, roura nebo odkaz na ně), proto zůstává, jak je; zvolte název souboru, nebo vynechte --out a výstup půjde na standardní výstup
error-outfile-folder = { $path }: složku { $folder } nelze použít: { $error }; zvolte existující složku
error-outfile-io = { $path }: { $step }: { $error }
error-step-create = ve složce nelze vytvořit nový soubor (zkontrolujte, že do složky lze zapisovat a disk není plný)
error-step-write = soubor nelze zapsat (zkontrolujte, že disk není plný)
error-step-sync = soubor nelze zapsat na disk (zkontrolujte, že disk není plný)
error-step-rename = soubor nelze dát na místo (není to složka?); zvolte jiný název souboru
error-step-sync-folder = soubor je zapsaný, ale jeho složku se nepodařilo uložit na disk (zkontrolujte disk)

## Klávesové mapy.
error-keymap-io = nelze přečíst soubor klávesové mapy „{ $path }“: { $error }
error-keymap-unknown-builtin = neznámá klávesová mapa „{ $name }“: vestavěné mapy jsou { $available }; nebo zadejte cestu k souboru .toml
error-keymap-at = { $file }:{ $line }: { $problem }
error-keymap-at-key-mode = { $file }:{ $line }: klávesa { $key } v [{ $mode }]: { $problem }
error-keymap-at-key = { $file }:{ $line }: klávesa { $key }: { $problem }
error-keymap-at-mode = { $file }:{ $line }: [{ $mode }]: { $problem }
error-toml-syntax = chyba syntaxe TOML: { $message }
error-keymap-unknown-mode = neznámý oddíl [{ $section }]: oddíly jsou [normal], [detail], [filter], [form], [picker], [confirm], [help] a [history]
error-keymap-unknown-top-level-key = neznámý klíč nejvyšší úrovně „{ $key }“: povolené jsou jen `base` a oddíly režimů
error-keymap-section-not-table = { "[" }{ $section }] musí být tabulka položek "klávesa" = "akce"
error-keymap-bad-base = chybná základní mapa „{ $base }“: napište base = "default" nebo base = "vim"
error-keymap-misplaced-base = `base` musí stát před prvním [oddílem], aby platilo pro celý soubor
error-keymap-unknown-action = neznámá akce „{ $action }“
error-keymap-bad-key = chybná klávesa: { $error }
error-keymap-not-a-string = očekáván název akce v uvozovkách (nebo "none"), nalezeno { $found }
error-keymap-duplicate-key = stejná klávesa jako „{ $other }“ na řádku { $line }: každou klávesu přiřaďte jen jednou
error-keymap-shadows-sequence = zakrývá sekvenci „{ $sequence }“ přiřazenou v { $file }:{ $line }: klávesa, kterou začíná sekvence, nemůže mít vlastní akci; jednu z nich zrušte pomocí "none"
error-keymap-shadowed-by = je zakrytá klávesou „{ $prefix }“ přiřazenou v { $file }:{ $line }: klávesa, kterou začíná sekvence, nemůže mít vlastní akci; jednu z nich zrušte pomocí "none"
error-key-empty = prázdná klávesa: napište znak, např. "j", nebo název, např. "enter"
error-key-missing-key = za modifikátorem „{ $modifier }-“ chybí klávesa
error-key-unknown-modifier = neznámý modifikátor „{ $modifier }-“: použijte C- (ctrl), A- (alt) nebo S- (shift)
error-key-duplicate-modifier = modifikátor „{ $modifier }-“ je uveden dvakrát
error-key-unknown-name = neznámý název klávesy „{ $name }“: použijte jeden znak nebo jeden z názvů enter, esc, tab, backtab, backspace, delete, up, down, left, right, home, end, pageup, pagedown, insert, space, f1..f12 (malými písmeny)
error-key-bad-function-key = funkční klávesa „{ $name }“ neexistuje: použijte f1..f12
error-key-control-char = řídicí znak { $char } nelze přiřadit: použijte jeho název, např. "tab" nebo "enter"
error-key-shift-on-symbol = „S-{ $char }“ nelze napsat: napište přímo znak se shiftem (např. "!")
error-key-bad-separator = klávesy v sekvenci se oddělují právě jednou mezerou

## Nastavení (config.toml).
error-config-read = nelze přečíst { $path }: { $error }
error-config-invalid = { $file }, řádek { $line }: { $problem }
error-config-unknown-key = neznámý klíč „{ $key }“: nastavení jsou lang, v [meetings] travel_gap_minutes a length_minutes a v [requests] waiting_days
error-config-unknown-language = lang musí být "cs" nebo "en", nalezeno { $found }
error-config-not-a-section = „{ $key }“ musí být oddíl [{ $key }]
error-config-not-a-number = { $key } musí být celý počet { $unit ->
    [days] dní
   *[other] minut
}, nalezeno { $found }
error-config-out-of-range = { $key } musí být mezi 0 a { $max } { $unit ->
    [days] dny
   *[other] minutami
}, nalezeno { $found }

## Proces, který drží databázi.
error-control-no-holder = na { $socket } neodpovídá žádná spojka
error-control-wrong-version = tuto databázi drží spojka { $version } (pid { $pid }): použijte tuto verzi, nebo ji ukončete
error-control-died = spojka, která drží databázi (pid { $pid }), přestala uprostřed příkazu odpovídat; ověřte pomocí `spojka export`, zda se příkaz provedl, a pokud ne, spusťte ho znovu

## Co je v souboru kalendáře špatně (uvnitř error-ical-syntax).
ical-not-a-calendar = čekal se začátek kalendáře BEGIN:VCALENDAR, je tu BEGIN:{ $name }
ical-too-deep = BEGIN:{ $name } vnořuje části hlouběji než { $max } úrovní; soubory kalendářů potřebují tři nebo čtyři
ical-end-without-begin = END:{ $name } bez předchozího BEGIN:{ $name }
ical-end-mismatch = END:{ $name } neuzavírá BEGIN:{ $open } z řádku { $line }
ical-no-calendar-start = na začátku souboru se čekalo BEGIN:VCALENDAR
ical-after-end = vlastnost za koncem kalendáře (END:VCALENDAR)
ical-never-closed = BEGIN:{ $name } nikde neuzavírá END:{ $name }
ical-no-calendar = soubor neobsahuje žádný kalendář (chybí BEGIN:VCALENDAR)
ical-orphan-continuation = pokračovací řádek (začíná mezerou) bez řádku před ním
ical-line-no-colon = řádek nemá před hodnotou dvojtečku
ical-no-colon = { $name } nemá před hodnotou dvojtečku
ical-not-a-property = čekalo se NÁZEV:hodnota nebo NÁZEV;PARAMETR=hodnota:hodnota, je tu { $name }
ical-unreadable = { $name } nelze přečíst: { $why }
ical-not-a-duration = DURATION { $name } není doba trvání
ical-no-start = tato událost (VEVENT) nemá začátek (DTSTART)
ical-duration-too-long = DURATION končí po roce { $name }
ical-not-a-date = { $name } { $value } není datum (20260310) ani datum a čas (20260310T100000)
ical-unknown-zone = neznámé časové pásmo { $name }

## Import tabulky.
sheet-error = { $file }: { $error }; nic nebylo importováno
sheet-error-empty = soubor je prázdný
sheet-error-not-what-it-says = soubor není { $expected ->
        [xlsx] sešit XLSX
       *[csv] text CSV
    }: je to { $found ->
        [zip] archiv ZIP (sešit XLSX? pak ho pojmenujte .xlsx nebo použijte --format xlsx)
        [ole] starý binární soubor Office (XLS); uložte ho jako .xlsx nebo CSV
        [text] text (CSV? pak ho pojmenujte .csv nebo použijte --format csv)
       *[binary] binární data, ani tabulka, ani text
    }
sheet-error-xlsx = sešit XLSX nejde přečíst: { $error }
sheet-error-unpacked = archiv XLSX se rozbalí na víc než { $limit } MiB ({ $part }); spojka ho nečte
sheet-error-no-such-sheet = sešit nemá list „{ $name }“; má: { $sheets }
sheet-error-no-sheet = sešit nemá žádný list
sheet-error-no-header = list „{ $sheet }“ nemá řádek záhlaví: žádný z prvních deseti řádků nepojmenovává sloupec, který spojka zná (pojmenujte sloupce, nebo určete, který je který, pomocí --map)
sheet-error-encoding = řádek { $row } není text v kódování { $encoding }; zadejte kódování pomocí --encoding
sheet-error-csv = řádek { $row }: { $error }
sheet-error-too-many-rows = list má víc než { $limit } řádků; rozdělte ho
sheet-error-too-many-columns = řádek { $row } má víc než { $limit } sloupců
error-import-needs-kind = zadejte pomocí --kind, co jsou řádky tabulky (ngos, people, facilities, assignments, agreements, meetings, actions nebo requests)
error-import-unknown-format = { $path }: zadejte formát pomocí --format (csv, xlsx nebo ics); z názvu se nepozná
error-import-map-field = --map: „{ $field }“ není pole { $kind ->
        [facilities] zařízení
        [ngos] NNO
        [people] osoby
        [assignments] působení
        [meetings] schůzky
        [agreements] dohody
        [requests] žádosti o spolupráci
       *[other] záznamu
    }; pole jsou: { $fields }
error-import-map-header = --map: soubor nemá sloupec se záhlavím „{ $header }“
error-import-changed = záznamy se během přípravy importu stále měnily; nic nebylo importováno, zkuste to znovu
