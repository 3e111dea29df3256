# Žádosti o spolupráci: jejich kroky, otázky kroku, proč byl krok odmítnut,
# příkaz pro seznam kroků.

request-steps = Kroky
request-checklist = Požadavky
# Hotový krok: jeho název, den, kdo ho udělal.
request-step-done = ✓ { $step }: { $day }
request-step-done-by = ✓ { $step }: { $day }, { $by }
request-step-note = poznámka: { $note }
request-step-skipped = ⤼ { $step }: přeskočeno { $day } – { $reason }
request-step-reopened = ↺ znovu otevřeno { $day }: { $note }
request-step-next = ▸ { $step } (další)
request-step-next-since = ▸ { $step } (další, čeká od { $day })
request-step-later = · { $step }
request-completed = Všechny kroky jsou hotové.
# Položka kontrolního seznamu: $ticked je yes nebo no.
request-item = { $ticked ->
    [yes] [x]
   *[no] [ ]
} { $number }. { $item }
request-prompt-day = Krok hotov dne:{" "}
request-prompt-checklist = Hotové položky (čísla):{" "}
request-prompt-why-incomplete = Proč není kontrolní seznam úplný:{" "}
request-prompt-skip = Proč krok přeskočit:{" "}
request-prompt-reopen = Proč znovu otevřít poslední krok:{" "}

request-refused-all-done = Všechny kroky této žádosti už jsou hotové.
request-refused-unknown-list = Seznam kroků verze { $version }, podle kterého se žádost řídí, v databázi není.
request-refused-no-skip-reason = Krok lze přeskočit jen s důvodem: nic nebylo uloženo.
request-refused-checklist = { $count ->
    [one] Jedna položka kontrolního seznamu není hotová
    [few] { $count } položky kontrolního seznamu nejsou hotové
   *[other] { $count } položek kontrolního seznamu není hotových
}: uveďte proč, nebo je odškrtněte. Nic nebylo uloženo.
request-refused-no-such-item = Krok nemá položku kontrolního seznamu „{ $item }“.
request-refused-nothing-to-reopen = Žádný krok této žádosti ještě není hotový: není co znovu otevřít.
request-refused-no-reopen-note = Krok lze znovu otevřít jen s poznámkou proč: nic nebylo uloženo.
request-refused-before-previous = Předchozí krok je hotový { $day }: tento nemůže být dřív.
request-refused-not-a-request = Kroky mají žádosti o spolupráci: otevřete žádost.

request-list-no-steps = seznam kroků nemá žádný krok
request-list-no-key = krok { $number } nemá klíč
request-list-no-name = krok { $number } nemá název česky ani anglicky
request-list-same-key = dva kroky mají klíč „{ $key }“
request-list-bad-item = položka kontrolního seznamu kroku „{ $key }“ nemá klíč, nebo je klíč dvakrát

request-meeting-title = Úvodní schůzka: { $subject }

# spojka request-steps
request-steps-bad-file = { $path }: { $problem }
request-steps-no-version = seznam kroků verze { $version } neexistuje
request-steps-imported = Kroky žádostí o spolupráci mají teď verzi { $version } ({ $count } kroků). Nové žádosti se řídí jí; rozběhnuté žádosti si ponechají verzi, se kterou začaly.
request-steps-header = Kroky žádostí o spolupráci, verze { $version }. Upravte a přidejte jako další verzi příkazem: spojka request-steps import SOUBOR.toml
    Každý krok: key (stálý klíč), cs a en (název), produces (co krok vytváří: schůzku, dohodu nebo působení; nepovinné) a položky kontrolního seznamu (key, cs, en).

# Čísla žádostí.
request-figures = Žádosti o spolupráci
request-figures-per-region = Žádosti podle krajů
request-figures-per-facility = Žádosti podle zařízení
request-figures-started = Začaté žádosti
request-figures-completed = Dokončené žádosti (všechny kroky)
request-figures-group = { $name }: začaté { $started }, dokončené { $completed }
request-figures-median = { "  " }{ $step }: medián { $days } dní
