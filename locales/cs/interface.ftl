# Rám, pevná slova obrazovek a data.

phrase-empty-list = Zatím tu nic není. Nový záznam přidáte klávesou „nový“.
phrase-loading = Načítá se…
phrase-no-match = Filtru nic neodpovídá.
phrase-filter = Filtr:{" "}
phrase-archived-mark = [archiv]
phrase-help-title = Klávesy
phrase-history-title = Historie
phrase-no-history = Žádné zaznamenané změny.
phrase-more-below = ↓ další níže
phrase-related = Související
phrase-steps = Kroky
phrase-next-occurrence = Příště
phrase-cancelled-occurrences = Zrušeno
phrase-changed-occurrences = Změněno
phrase-moved-to = přesunuto na { $at }
phrase-own-details = vlastní údaje
phrase-quoted = „{ $text }“
phrase-nothing-related = Na tento záznam zatím nic neodkazuje.
phrase-edit-which = Které schůzky série upravit?
phrase-confirm-title = Potvrďte prosím
phrase-choose = Výběr:
phrase-search = Hledat:{" "}
phrase-too-small = Okno je příliš malé: spojka potřebuje aspoň 40x10.
phrase-saving = Ukládá se…
phrase-ready = Připraveno.

## The space bar, in a hint.
key-space = mezerník

picker-several = { $key }: vybrat několik

form-title-new = { $kind ->
    [facilities] Nové zařízení
    [ngos] Nová NNO
    [people] Nová osoba
    [assignments] Nové působení
    [meetings] Nová schůzka
    [agreements] Nová dohoda o spolupráci
    [requests] Nová žádost o spolupráci
   *[actions] Nový úkol
}
form-title-edit = Úprava: { kind-noun }
form-title-occurrence = Úprava tohoto výskytu

calendar-agenda = Program
calendar-week = Týden
calendar-month = Měsíc
calendar-no-meetings = V těchto dnech nejsou žádné schůzky.
calendar-goto = Přejít na datum:{" "}
calendar-import-from = Importovat soubor iCalendar:{" "}
calendar-move-to = Nový začátek (D. M. RRRR HH:MM):{" "}
calendar-cancelled = [zrušeno]
calendar-moved = [přesunuto]
calendar-held = [proběhlo]
# Schůzka, která se kryje s jinou (stejná osoba nebo místo; uložení na to upozornilo).
calendar-clash = [kolize]
# Týden a měsíc ji značí „!“ před časem; nadpis to vysvětluje.
calendar-clash-legend = ! kolize
# Nahoru a dolů v kalendáři, jak je popisuje nápověda.
calendar-move-up = nahoru: schůzka výš (program), o hodinu dřív (týden), o týden zpět (měsíc)
calendar-move-down = dolů: schůzka níž (program), o hodinu později (týden), o týden dál (měsíc)
calendar-today = dnes
calendar-to-do = Úkoly
calendar-due = termín
calendar-overdue = [po termínu]
calendar-more = +{ $count } další
calendar-only = jen { $name }
calendar-count = { $count ->
    [one] { $count } schůzka
    [few] { $count } schůzky
   *[other] { $count } schůzek
}

timeline-title = Dohody v čase
timeline-legend = Legenda:
timeline-none = Zatím žádné dohody.
timeline-open-ended = na dobu neurčitou
timeline-only-for = Časová osa je k dispozici pro zařízení, NNO nebo dohodu.

## Data. Dny v týdnu od pondělí (1) do neděle (7); měsíce od ledna (1).
date = { $day }. { $month }. { $year }
day-short = { $wd } { $day }. { $month }.
day-long = { $weekday } { $day }. { $month_name } { $year }
month-title = { $month_name } { $year }
weekday-1 = pondělí
weekday-2 = úterý
weekday-3 = středa
weekday-4 = čtvrtek
weekday-5 = pátek
weekday-6 = sobota
weekday-7 = neděle
weekday-short-1 = po
weekday-short-2 = út
weekday-short-3 = st
weekday-short-4 = čt
weekday-short-5 = pá
weekday-short-6 = so
weekday-short-7 = ne
month-1 = leden
month-2 = únor
month-3 = březen
month-4 = duben
month-5 = květen
month-6 = červen
month-7 = červenec
month-8 = srpen
month-9 = září
month-10 = říjen
month-11 = listopad
month-12 = prosinec
## Měsíc po dni („1. prosince“): 2. pád.
month-of-1 = ledna
month-of-2 = února
month-of-3 = března
month-of-4 = dubna
month-of-5 = května
month-of-6 = června
month-of-7 = července
month-of-8 = srpna
month-of-9 = září
month-of-10 = října
month-of-11 = listopadu
month-of-12 = prosince
month-short-1 = led
month-short-2 = úno
month-short-3 = bře
month-short-4 = dub
month-short-5 = kvě
month-short-6 = čvn
month-short-7 = čvc
month-short-8 = srp
month-short-9 = zář
month-short-10 = říj
month-short-11 = lis
month-short-12 = pro

## Druh záznamu jako podstatné jméno ve větě (1. pád), podle anglického názvu druhu.
kind-noun = { $kind ->
    [facilities] zařízení
    [ngos] NNO
    [people] osoba
    [assignments] působení
    [meetings] schůzka
    [agreements] dohoda o spolupráci
    [requests] žádost o spolupráci
   *[actions] úkol
}

## Druh záznamu jako předmět věty („Smazat schůzku“): 4. pád.
kind-noun-acc = { $kind ->
    [facilities] zařízení
    [ngos] NNO
    [people] osobu
    [assignments] působení
    [meetings] schůzku
    [agreements] dohodu o spolupráci
    [requests] žádost o spolupráci
   *[actions] úkol
}
