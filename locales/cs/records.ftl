# Druhy záznamů, jejich pole a možnosti výběru.

## Název karty druhu, podle anglického názvu druhu v množném čísle (`spojka export --kind`).
tab-facilities = Zařízení
tab-ngos = NNO
tab-people = Lidé
tab-assignments = Působení
tab-meetings = Schůzky
tab-agreements = Dohody
tab-actions = Úkoly
tab-requests = Žádosti

## Jeden záznam druhu (1. pád).
kind-facilities = zařízení
kind-ngos = NNO
kind-people = osoba
kind-assignments = působení
kind-meetings = schůzka
kind-agreements = dohoda o spolupráci
kind-actions = úkol
kind-requests = žádost o spolupráci

## Co jsou záznamy druhu, pro nápovědu příkazového řádku.
kind-help-facilities = věznice a další zařízení
kind-help-ngos = neziskové organizace (NNO)
kind-help-people = koordinátoři a kontakty
kind-help-assignments = působení lidí v zařízeních
kind-help-meetings = schůzky
kind-help-agreements = dohody o spolupráci
kind-help-actions = úkoly ze schůzek
kind-help-requests = žádosti NNO o spolupráci se zařízením a jejich kroky

## Popisky polí, podle stálého id pole.
field-name = Název
field-title_before = Tituly před
field-given_name = Jméno
field-surname = Příjmení
field-title_after = Tituly za
field-kind = Druh
field-region = Kraj
field-town = Obec
field-address = Adresa
field-contact = Kontakt
field-phone = Telefon
field-email = E-mail
field-notes = Poznámky
field-ico = IČO
field-membership = Členství
field-regions = Kraje
field-services = Služby
field-web = Web
field-held_sex = Pohlaví klientů
field-held_age = Věk klientů
field-security = Zabezpečení
field-capacity = Kapacita
field-public_phone = Veřejný telefon
field-public_email = Veřejný e-mail
field-public_web = Veřejný web
field-key = Referenční klíč
field-organisation = NNO
field-facility = Zařízení
field-facilities = Zařízení
field-role = Role
field-role_note = Upřesnění role
field-coordinator = Styčná osoba
field-person = Osoba
field-from = Od
field-until = Do
field-title = Název
field-start = Začátek
field-end = Konec
field-place = Místnost / odkaz
field-organiser = Pořádá
field-attendees = Účastníci
field-agenda = Program
field-minutes = Zápis
field-status = Stav
field-subject = Předmět
field-step_by = Krok provedl(a)
field-step_note = Poznámka ke kroku
field-step_skipped = Proč byl krok přeskočen
field-step_reopened = Proč byl krok znovu otevřen
field-signed_on = Podepsáno
field-valid_from = Platí od
field-valid_until = Platí do
field-notice_period = Výpovědní lhůta
field-signatories = Podepsali
field-reference = Číslo jednací
field-replaces = Obnovuje
field-archived = Archivováno
field-repeat = Opakování
field-what = Co
field-owner = Odpovídá
field-due = Termín
field-meeting = Schůzka
field-done = Stav
field-agreement = Dohoda
field-assignments = Působení

## Nápověda v prázdném poli.
hint-date = D. M. RRRR nebo RRRR-MM-DD
hint-rule = Enter: vybrat; ukončíte připsáním ;COUNT=6 nebo ;UNTIL=20271231
hint-datetime = D. M. RRRR HH:MM nebo RRRR-MM-DD HH:MM
hint-choose = Enter: vybrat
hint-choose-several = Enter: vybrat několik
hint-ico = 8 číslic
hint-long-text = Enter: nový řádek

## Možnosti výběrů, podle stálého kódu možnosti.
choice-facility_kind-prison = věznice
choice-facility_kind-remand_prison = vazební věznice
choice-facility_kind-security_detention = ústav pro výkon zabezpečovací detence
choice-facility_kind-youth_institution = výchovný ústav
choice-facility_kind-childrens_home_with_school = dětský domov se školou
choice-membership-member = člen
choice-membership-observer = pozorovatel
choice-membership-partner = partner
choice-membership-none = bez členství
choice-service-addiction = závislosti
choice-service-debt_counselling = dluhové poradenství
choice-service-social_counselling = sociální poradenství
choice-service-family_contact = kontakt s rodinou
choice-service-release_preparation = příprava na propuštění
choice-service-post_penitentiary_care = postpenitenciární péče
choice-service-case_management = případová práce
choice-service-housing = bydlení
choice-service-employment = zaměstnání
choice-service-education = vzdělávání
choice-service-restorative = restorativní programy
choice-service-probation = probační programy
choice-service-mediation = mediace
choice-service-spiritual_care = duchovní služba
choice-service-other = jiné
choice-meeting_kind-coordination = koordinace
choice-meeting_kind-programme_session = programové setkání
choice-meeting_kind-visit = návštěva
choice-meeting_kind-online_call = online hovor
choice-meeting_status-planned = plánováno
choice-meeting_status-held = proběhlo
choice-meeting_status-cancelled = zrušeno
choice-agreement_status-draft = návrh
choice-agreement_status-negotiating = v jednání
choice-agreement_status-signed = podepsaná
choice-agreement_status-expired = po platnosti
choice-agreement_status-terminated = ukončená
choice-action_status-open = otevřený
choice-action_status-done = splněný
choice-assignment_role-ngo_coordinator = koordinátor/ka NNO
choice-assignment_role-programme_lecturer = lektor/ka programu
choice-assignment_role-social_worker = sociální pracovník/ce
choice-assignment_role-chaplain = kaplan
choice-assignment_role-volunteer = dobrovolník/ce
choice-assignment_role-other = jiná
choice-held_sex-male = muži / chlapci
choice-held_sex-female = ženy / dívky
choice-age_group-adults = dospělí
choice-age_group-juveniles = mladiství (15–18 let)
choice-age_group-children = děti (do 15 let)
choice-security_level-minimum = minimální stupeň zabezpečení
choice-security_level-low = nízký stupeň zabezpečení
choice-security_level-medium = střední stupeň zabezpečení
choice-security_level-high = vysoký stupeň zabezpečení
choice-security_level-increased = oddělení se zvýšenou ostrahou

## Co je s polem špatně, ukázáno vedle něj.
problem-required = povinné
problem-not-a-date = není datum (D. M. RRRR nebo RRRR-MM-DD)
problem-not-a-datetime = není datum a čas (D. M. RRRR HH:MM)
problem-end-before-start = konec je před začátkem
problem-until-before-from = končí dřív, než začíná
problem-not-an-email = není e-mailová adresa
problem-not-a-phone = není telefonní číslo
problem-not-a-web-address = není webová adresa
problem-not-a-count = není celé číslo
problem-ico-eight-digits = IČO má 8 číslic
problem-ico-check-digit = chybná kontrolní číslice (má končit na { $expected })
problem-replaces-itself = dohoda nemůže obnovovat sama sebe
problem-not-a-rule = není pravidlo opakování: { $why }
problem-repeats-more-than-daily = opakuje se víckrát denně; schůzka se opakuje nejvýš jednou denně
problem-occurrence-repeats = jeden výskyt se sám neopakuje; opakování změníte úpravou celé série
problem-step-not-allowed = ze stavu { $from } nelze přejít do stavu { $to } (lze: { $allowed })
problem-step-none-allowed = nic, dohodu obnovte
problem-nonexistent-local-time = tento čas v Praze neexistuje (hodiny se posouvají vpřed)

## Co se se záznamem stalo, v jeho historii.
change-created = vytvořeno
change-updated = změněno
change-deleted = smazáno
change-erased = smazáno, osobní údaje vymazány

## Obvyklá opakování.
preset-once = neopakuje se
preset-weekly = každý týden
preset-fortnightly = každé dva týdny
preset-monthly_on_day = každý měsíc ve stejný den
preset-monthly_on_weekday = každý měsíc ve stejný den v týdnu (např. první úterý)
preset-quarterly_on_weekday = každé čtvrtletí ve stejný den v týdnu
preset-yearly = každý rok

## Na které schůzky série se úprava vztahuje.
scope-this_one = jen tuto
scope-this_and_following = tuto a následující
scope-whole_series = celou sérii

## Pravidlo opakování slovy: jak se opakuje, pak jak končí.
repeat-daily = { $n ->
    [1] každý den
    [few] každé { $n } dny
   *[other] každých { $n } dní
}
repeat-weekly = { $n ->
    [1] každý týden
    [few] každé { $n } týdny
   *[other] každých { $n } týdnů
}
repeat-weekly-on = { $n ->
    [1] každý týden
    [few] každé { $n } týdny
   *[other] každých { $n } týdnů
}: { $days }
repeat-monthly-day = { $n ->
    [1] každý měsíc
    [few] každé { $n } měsíce
   *[other] každých { $n } měsíců
} ve dni první schůzky
repeat-monthly-weekday = { $n ->
    [1] { $weekday ->
        [mon] každé
        [tue] každé
        [thu] každý
        [fri] každý
       *[other] každou
    } { repeat-ordinal } { repeat-weekday } v měsíci
    [few] vždy { repeat-ordinal } { repeat-weekday } v měsíci, jednou za { $n } měsíce
   *[other] vždy { repeat-ordinal } { repeat-weekday } v měsíci, jednou za { $n } měsíců
}
repeat-ordinal = { $weekday ->
    [mon] { $ordinal ->
        [first] první
        [second] druhé
        [third] třetí
        [fourth] čtvrté
       *[last] poslední
    }
    [tue] { $ordinal ->
        [first] první
        [second] druhé
        [third] třetí
        [fourth] čtvrté
       *[last] poslední
    }
    [thu] { $ordinal ->
        [first] první
        [second] druhý
        [third] třetí
        [fourth] čtvrtý
       *[last] poslední
    }
    [fri] { $ordinal ->
        [first] první
        [second] druhý
        [third] třetí
        [fourth] čtvrtý
       *[last] poslední
    }
   *[other] { $ordinal ->
        [first] první
        [second] druhou
        [third] třetí
        [fourth] čtvrtou
       *[last] poslední
    }
}
repeat-weekday = { $weekday ->
    [mon] pondělí
    [tue] úterý
    [wed] středu
    [thu] čtvrtek
    [fri] pátek
    [sat] sobotu
   *[sun] neděli
}
repeat-yearly = { $n ->
    [1] každý rok
    [few] každé { $n } roky
   *[other] každých { $n } let
} v den první schůzky
repeat-until = { $repeat }, do { $date }
repeat-count = { $repeat }, { $count }krát

# Formáty, které nabízí X v seznamu.
export-format-title = formát exportu seznamu
export-format-csv = CSV (tabulky, skripty)
export-format-xlsx = XLSX (Excel, LibreOffice)
export-format-json = JSON (všechna pole, vlastní formát spojky)
