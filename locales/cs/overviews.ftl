# Přehledy: přehled toho, co vyžaduje pozornost, mapa pokrytí, čísla,
# státní svátky, přístup a slučování změn.

dashboard-to-lists = seznamy
# Enter v přehledu: otevře položku, sbalí nebo rozbalí oddíl.
dashboard-open-or-fold = otevřít / sbalit
    .short = otevřít

## Přehled.

dashboard-title = Co vyžaduje pozornost — { $day }
dashboard-nothing = Dnes nic nevyžaduje pozornost.
# Nadpis oddílu; $count je počet jeho řádků.
dashboard-ending-30 = Končí do 30 dnů: { $count ->
    [one] { $count } dohoda
    [few] { $count } dohody
   *[other] { $count } dohod
}
dashboard-ending-60 = Končí za 31–60 dní: { $count ->
    [one] { $count } dohoda
    [few] { $count } dohody
   *[other] { $count } dohod
}
dashboard-ending-90 = Končí za 61–90 dní: { $count ->
    [one] { $count } dohoda
    [few] { $count } dohody
   *[other] { $count } dohod
}
dashboard-no-agreement = Bez platné dohody o spolupráci: { $count } zařízení
dashboard-no-coordinator = Bez přiděleného koordinátora: { $count } zařízení
dashboard-overdue = Úkoly po termínu: { $count ->
    [one] { $count } osoba
    [few] { $count } osoby
   *[other] { $count } osob
}
# $days je počet dní, na které oddíl hledí dopředu.
dashboard-meetings = { $days ->
    [one] Zítra
    [few] Příští { $days } dny
   *[other] Příštích { $days } dní
}: { $count ->
    [one] { $count } schůzka
    [few] { $count } schůzky
   *[other] { $count } schůzek
}
# Za jak dlouho dohoda skončí (řádek ho doplní mezerami do sloupce).
dashboard-days-left = { $days ->
    [0] dnes
    [one] { $days } den
    [few] { $days } dny
   *[other] { $days } dní
}
# $left je dashboard-days-left doplněné mezerami; $until poslední den dohody.
dashboard-ends = { $left }  platí do { $until }
# Úkoly osoby po termínu; $oldest je nejstarší termín z nich.
dashboard-overdue-items = { $count ->
    [one] { $count } úkol
    [few] { $count } úkoly
   *[other] { $count } úkolů
} po termínu, nejstarší k { $oldest }

## Mapa pokrytí.

coverage-title-regions = Pokrytí: NNO poskytující jednotlivé služby, podle krajů
coverage-title-facilities = Pokrytí: NNO poskytující jednotlivé služby, podle zařízení
coverage-region = Kraj
coverage-facility = Zařízení
coverage-legend = číslo = NNO, jejichž spolupráce dnes platí · – = mezera
coverage-loading = Načítají se záznamy…
coverage-ngo-item = NNO
coverage-facility-item = Zařízení
# Řádek popisující vybrané políčko. NNO i zařízení se nesklonují.
coverage-cell = { $place } · { $service }: { $ngos ->
    [0] mezera, dnes tu nepůsobí žádná NNO
   *[other] { $ngos } NNO, { $facilities } zařízení
}
coverage-gaps = Mezery: { $gaps } z { $cells } políček
coverage-nothing-behind = { $place }: službu „{ $service }“ dnes neposkytuje žádná NNO.
coverage-written = Mapa pokrytí uložena do { $path }

## Služby jako záhlaví sloupců: slovo o nejvýš deseti znacích, zkratka
## o čtyřech a o třech znacích.

coverage-service-addiction = Závislosti
coverage-service-debt_counselling = Dluhy
coverage-service-social_counselling = Sociální
coverage-service-family_contact = Rodina
coverage-service-release_preparation = Propuštění
coverage-service-post_penitentiary_care = Postpenit.
coverage-service-case_management = Případová
coverage-service-housing = Bydlení
coverage-service-employment = Zaměstnání
coverage-service-education = Vzdělávání
coverage-service-restorative = Restorat.
coverage-service-probation = Probace
coverage-service-mediation = Mediace
coverage-service-spiritual_care = Duchovní
coverage-service-other = Jiné

coverage-service4-addiction = Záv.
coverage-service4-debt_counselling = Dluh
coverage-service4-social_counselling = Soc.
coverage-service4-family_contact = Rod.
coverage-service4-release_preparation = Prop
coverage-service4-post_penitentiary_care = Post
coverage-service4-case_management = Příp
coverage-service4-housing = Byd.
coverage-service4-employment = Zam.
coverage-service4-education = Vzd.
coverage-service4-restorative = Rest
coverage-service4-probation = Prob
coverage-service4-mediation = Med.
coverage-service4-spiritual_care = Duch
coverage-service4-other = Jiné

coverage-service3-addiction = Záv
coverage-service3-debt_counselling = Dlu
coverage-service3-social_counselling = Soc
coverage-service3-family_contact = Rod
coverage-service3-release_preparation = Prp
coverage-service3-post_penitentiary_care = Pst
coverage-service3-case_management = Pří
coverage-service3-housing = Byd
coverage-service3-employment = Zam
coverage-service3-education = Vzd
coverage-service3-restorative = Res
coverage-service3-probation = Prb
coverage-service3-mediation = Med
coverage-service3-spiritual_care = Duc
coverage-service3-other = Jin

## Čísla.

figures-title = Čísla { $period }
figures-summary = Souhrn
figures-held = Proběhlé schůzky
figures-ngos-active = NNO s proběhlými schůzkami
figures-coordinators = Přidělení koordinátoři
figures-facilities = Zařízení se spoluprací
figures-agreements-at-end = Dohody platné na konci období
figures-per-month = Proběhlé schůzky po měsících
figures-active-agreements = Platné dohody na konci každého měsíce (poslední: na konci období)
figures-per-facility = Proběhlé schůzky podle zařízení
figures-per-ngo = Proběhlé schůzky podle NNO
figures-per-region = Proběhlé schůzky podle krajů
figures-month = Měsíc
figures-meetings = Schůzky
figures-agreements = Dohody
figures-facility = Zařízení
figures-ngo = NNO
figures-region = Kraj
figures-chart = Graf
figures-none-held = V tomto období neproběhla žádná schůzka.
# Data se píší bez mezer: mezera odděluje začátek od konce.
figures-period-prompt = Období (od – do, např. 1. 1. 2026 – 30. 6. 2026):{" "}
figures-covered-note = Pokryté: působení nebo dohoda o spolupráci platné alespoň jeden den období.
# Období: jeho první a poslední den, každý zapsaný jako datum.
figures-period = { $from } – { $to }
# Datum, jak se píše do výzvy k období (bez mezer: mezera odděluje dvě data).
# Měsíc jako popisek grafu.
figures-month-label = { $month2 }/{ $year }
figures-bad-period = Tohle není období: „{ $typed }“. Zadejte dvě data, např. 1.1.2026 30.6.2026.
figures-backwards = Období končí ({ $to }) dřív, než začíná ({ $from }).
figures-report-written = Zpráva uložena do { $path }

## Exportovaná zpráva.

report-title = Spolupráce věznic a neziskových organizací: zpráva o dopadu
report-period = Období: { $period }
report-made-on = Vytvořeno { $day }
report-coverage = Pokrytí krajů službami
report-gaps = Mezery: služby, které v kraji neposkytuje žádná NNO
report-no-gaps = Žádné mezery: každá služba se poskytuje v každém kraji.
report-covered-note = Koordinátoři se počítají, když alespoň jeden den období platilo jejich působení v roli koordinátora NNO; zařízení, když platilo působení v jakékoli roli nebo podepsaná dohoda o spolupráci.
report-nothing = žádná služba
report-service = Služba
report-missing = Chybějící služby
report-made-by = Vytvořeno programem spojka z jeho záznamů.
# Jak číst mapu pokrytí; $mark je značka mezery.
report-coverage-note = Stav k { $day }: počet NNO, které v kraji poskytují danou službu na základě podepsané dohody o spolupráci nebo platného působení. { $mark } značí mezeru.

## Státní svátky a ostatní svátky, jejich úřední názvy.

holiday-new-year = Den obnovy samostatného českého státu; Nový rok
holiday-good-friday = Velký pátek
holiday-easter-monday = Velikonoční pondělí
holiday-labour-day = Svátek práce
holiday-victory-day = Den vítězství
holiday-cyril-and-methodius = Den slovanských věrozvěstů Cyrila a Metoděje
holiday-jan-hus = Den upálení mistra Jana Husa
holiday-statehood = Den české státnosti
holiday-independence = Den vzniku samostatného československého státu
holiday-freedom-and-democracy = Den boje za svobodu a demokracii a Mezinárodní den studentstva
holiday-christmas-eve = Štědrý den
holiday-christmas-day = 1. svátek vánoční
holiday-st-stephen = 2. svátek vánoční
# Svátky, na které schůzka připadá: $count všech, $days vypsané, $more
# nevypsané.
holiday-falls-on = { $count ->
    [one] na státní svátek
   *[other] na státní svátky
}: { $days }{ $more ->
    [0] {""}
    [one] ; a { $more } další
    [few] ; a { $more } další
   *[other] ; a { $more } dalších
}
# $holidays je holiday-falls-on.
holiday-question = Tato schůzka připadá { $holidays }. Přesto uložit?
holiday-question-clashes = Tato schůzka se kryje s: { $clashes }{ $more ->
    [0] {""}
   *[other] ; a { $more } dalšími
}. Navíc připadá { $holidays }. Přesto uložit?
holiday-imported = { $count ->
    [one] { $count } importovaná schůzka připadá na státní svátek.
    [few] { $count } importované schůzky připadají na státní svátky.
   *[other] { $count } importovaných schůzek připadá na státní svátky.
}
holiday-imported-on = Na státní svátek připadá „{ $title }“: { $days }

## Co vylučuje role uživatele nebo vzdálené připojení.

access-view-only = Můžete jen prohlížet: vaše role je viewer (čtenář).
access-needs-editor = Záznamy smí měnit jen editor nebo admin.
access-needs-admin = To smí jen admin.
access-run-instead = Spusťte na svém počítači: { $command }
# $needed a $role jsou názvy rolí, jak je zná nastavení (viewer, editor, admin).
access-command-needs = { $command } vyžaduje roli { $needed }; vaše role je { $role }: požádejte admina tohoto serveru
access-served-over-ssh = tuto databázi obsluhuje spojka serve na { $listen }: připojte se příkazem { $ssh }
access-needs-terminal = interaktivní rozhraní potřebuje terminál: připojte se příkazem `{ $ssh }` (přidejte -t, pokud ssh terminál nepřidělí), nebo spusťte příkaz: `{ $ssh } export --kind meetings --format csv > meetings.csv`

## Kde se změna uložená jinde potká se změnou ve formuláři.

merge-title = Změněno jinde
merge-intro = Od chvíle, kdy jste záznam otevřeli, změnil tato pole i někdo jiný. U každého ponechte hodnotu uloženou jinde (←), nebo svou (→); všechny ostatní změny, uložené jinde i vaše, zůstanou.
merge-before = Původně
merge-theirs = Jinde
merge-yours = Vaše
merge-field = Pole
merge-empty = (prázdné)

## Veřejný přehled (spojka register): kdo kde působí, jak ho spolek zveřejňuje.
register-title = Veřejný přehled: neziskové organizace ve věznicích
register-intro = Které neziskové organizace poskytují které služby ve kterých zařízeních na základě platné dohody o spolupráci, podle krajů, ke dni { $date }. Uvedeny jsou jen veřejné kontakty, které organizace souhlasily zveřejnit.
register-no-youth = Zařízení pro mládež nejsou zahrnuta.
register-nothing = Ke dni { $date } neplatí žádná dohoda o spolupráci.
register-region-caption = { $region }: NNO a jejich služby podle zařízení
register-region = Kraj
register-facility = Zařízení
register-ngo = NNO
register-membership = Členství
register-services = Služby
register-phone = Telefon
register-email = E-mail
register-web = Web
register-contacts-heading = Veřejné kontakty NNO
register-contacts-caption = Kontakty, které jednotlivé NNO souhlasily zveřejnit
register-footer = Vytvořeno aplikací spojka dne { $date }. Neobsahuje žádné osobní údaje: jen zařízení, NNO a jejich veřejné kontakty.
register-sheet-title = { $facility }: služby neziskových organizací
register-sheet-intro = Které neziskové organizace v tomto zařízení nabízejí které služby na základě platné dohody o spolupráci, ke dni { $date }, a jak je zastihnout.
register-sheet-services-heading = NNO a jejich služby
register-sheet-caption = NNO působící v zařízení { $facility } a jejich veřejné kontakty
register-sheet-none = Na základě platné dohody zde nyní nepůsobí žádná NNO.
register-sheet-about-heading = O zařízení
dashboard-requests-waiting = Žádosti o spolupráci, které příliš dlouho čekají na jednom kroku ({ $count })
# Jak dlouho čeká další krok žádosti.
dashboard-waiting = { $days ->
    [one] 1 den
    [few] { $days } dny
   *[other] { $days } dní
}
# Další krok žádosti a kdo má jednat.
dashboard-acts-liaison = { $step } · jedná styčná osoba: { $name }
dashboard-acts-no-liaison = { $step } · jedná zařízení (styčná osoba není určena)
dashboard-acts-ngo = { $step } · jedná NNO: { $name }
