# The command line: help of commands and options, messages, errors.

## Help of the commands and their options (`spojka --help`, `spojka export --help`).
## help-<command>-about describes a command; help-<command>-arg-<option> an option.

help-about = Koordinace spolupráce českých věznic a neziskových organizací, které v nich působí, v terminálu.
help-long-about =
    spojka vede záznamy o spolupráci českých věznic a neziskových organizací (NNO), které v nich působí: zařízení, NNO, lidi, jejich působení, schůzky a dohody o spolupráci, s historií toho, kdo co změnil.

    Spuštěná bez příkazu otevře interaktivní rozhraní. Databáze je { $path }, pokud nezvolíte jinou pomocí --db CESTA. Novou databázi založíte příkazem `spojka seed`, který nahraje veřejný seznam českých věznic.
help-no-default-db = (žádná: chybí domovský adresář, proto je třeba --db)
help-arg-db = Adresář databáze; pokud neexistuje, vytvoří se přístupný jen vlastníkovi [výchozí: { $path }]
help-arg-keymap = Klávesy interaktivního rozhraní: dodávaná sada („default“ nebo „vim“) nebo cesta k vlastnímu souboru .toml
help-arg-lang = Jazyk rozhraní a zpráv: „cs“ nebo „en“. Bez něj platí `lang` v config.toml, jinak národní prostředí (LC_ALL, LC_MESSAGES, LANG)
help-seed-about = Nahraje do databáze veřejný seznam českých věznic (38 zařízení), s --youth i zařízení pro mládež. Při dalším spuštění vestavěná zařízení aktualizuje, kromě údajů, které jste upravili; ty vypíše
help-seed-arg-youth = Nahrát i zařízení pro mládež (výchovné ústavy, dětské domovy se školou), která potvrzují zdroje
help-register-about = Zapíše veřejný přehled: které NNO (členové, pozorovatelé, partneři) poskytují které služby ve kterých zařízeních na základě platných dohod, podle krajů, s kontakty, které NNO souhlasily zveřejnit, a bez osobních údajů. Jedna stránka HTML k tisku na A4, nebo CSV; s --facility jednostránkový přehled jednoho zařízení
help-register-arg-format = Formát souboru
help-register-arg-out = Zapsat do tohoto souboru (přístupného jen vlastníkovi, existující se nahradí) místo na standardní výstup
help-register-arg-facility = Jen toto zařízení: jednostránkový přehled služeb, které v něm NNO nabízejí. Jeho název, nebo část názvu, která označuje jediné zařízení (na velikosti písmen a diakritice nezáleží)
help-register-arg-on = Den, ke kterému přehled platí (RRRR-MM-DD nebo D.M.RRRR) [výchozí: dnes]
help-register-arg-sep = Oddělovač v CSV, „,“ nebo „;“ [výchozí: v češtině „;“, jinak „,“]
help-register-arg-youth = Zahrnout zařízení pro mládež (výchozí)
help-register-arg-no_youth = Vynechat zařízení pro mládež
help-coverage-arg-youth = Zahrnout zařízení pro mládež (výchozí)
help-coverage-arg-no_youth = Vynechat zařízení pro mládež
help-register-format-html = Jedna stránka HTML i se styly, připravená ke zveřejnění nebo k tisku na A4
help-register-format-csv = CSV, řádek za každé zařízení a NNO
help-export-about = Zapíše jeden druh záznamů jako CSV (pro tabulkové procesory a skripty), JSON (úplnou kopii se všemi poli, dlouhodobý formát spojky) nebo u schůzek jako iCalendar (.ics, pro kalendáře)
help-export-arg-kind = Které záznamy exportovat
help-export-arg-format = Formát souboru
help-export-arg-out = Zapsat do tohoto souboru (přístupného jen vlastníkovi, existující se nahradí) místo na standardní výstup
help-export-arg-raw = CSV pro skripty: každá buňka přesně tak, jak je uložena. Bez této volby dostanou buňky začínající = + - @ na začátek ', aby je tabulkový procesor zobrazil a nespouštěl jako vzorce (týká se to i telefonních čísel jako +420…), a soubor začne značkou pořadí bajtů (BOM), aby Excel správně zobrazil českou diakritiku. Na terminálu se bez této volby znaky, které by mohly terminál ovládat (řídicí, bidi a neviditelné znaky), zobrazí jako viditelné značky; do roury nebo do souboru jde výstup vždy bajt po bajtu. U XLSX: stálé názvy sloupců a kódy voleb místo jejich popisků
help-export-arg-sep = Oddělovač v CSV, „,“ nebo „;“ [výchozí: „;“ pro tabulkový procesor v češtině, jinak „,“]
help-export-arg-archived = Zahrnout i archivované záznamy, které se jinak vynechávají
help-import-about = Načte záznamy z tabulky (CSV nebo XLSX, s --kind) nebo schůzky z kalendářového souboru (.ics). Sloupce tabulky se poznají podle záhlaví v češtině nebo angličtině; záznamy, které už ve spojce jsou (stejné IČO, název nebo e-mail), se přeskočí, doplní nebo ponechají vedle sebe podle --duplicates; řádek, který nejde přečíst, import zastaví, pokud není zadáno --skip-bad-rows, a --dry-run jen ukáže, co by se stalo. Události kalendáře importované už dříve (se stejným UID) se aktualizují, nezdvojí. Import se zapíše celý, nebo vůbec
help-import-arg-format = Formát souboru [výchozí: podle názvu souboru: .csv, .xlsx, .ics]
help-import-arg-kind = Co jsou řádky tabulky (CSV nebo XLSX)
help-import-arg-sheet = List sešitu XLSX, který se má načíst [výchozí: první]
help-import-arg-dry_run = Ukáže, co by import udělal (sloupce, kolik záznamů by vzniklo, změnilo se nebo se přeskočilo, a každý řádek, který nejde přečíst), a nic nezapíše
help-import-arg-skip_bad_rows = Naimportuje řádky, které jdou přečíst, i když jiné nejdou; bez tohoto přepínače zastaví celý import jediný nečitelný řádek
help-import-arg-duplicates = Co udělat s řádkem, který už ve spojce je (stejné IČO, název nebo e-mail)
help-import-arg-sep = Oddělovač v CSV: „;“, „,“ nebo „tab“ [výchozí: rozpozná se]
help-import-arg-encoding = Kódování textu CSV: utf-8, utf-16, windows-1250 nebo iso-8859-2 [výchozí: rozpozná se]
help-import-arg-map = Který sloupec je které pole, kde to záhlaví neříká: „Záhlaví=pole,Jiné záhlaví=-“ (id nebo název pole; „-“ sloupec vynechá). Uloží se pro váš příští import souboru se stejným záhlavím
help-import-arg-file = Soubor k načtení („-“: standardní vstup, s --format)
help-demo-about = Naplní novou, prázdnou databázi ukázkovými daty na vyzkoušení spojky: skutečnými věznicemi a členskými NNO a vymyšlenými NNO, lidmi, dohodami a schůzkami. Databázi, která už záznamy obsahuje, odmítne
help-demo-arg-meetings = Kolik schůzek vytvořit; ostatních druhů bude úměrně (při 100000: 10000 dohod, 5000 lidí, 1000 NNO). Bez této volby malá ukázka s 600 schůzkami
help-demo-arg-seed = Semínko náhody: stejné semínko ve stejný den vytvoří stejné záznamy
help-coverage-about = Zapíše mapu pokrytí jako CSV: pro každý ze 14 krajů, kolik NNO tam poskytuje jednotlivé druhy služeb na základě platné dohody o spolupráci nebo působení (0 je mezera)
help-coverage-arg-on = Den, ke kterému mapa platí (RRRR-MM-DD nebo D.M.RRRR) [výchozí: dnes]
help-coverage-arg-out = Zapsat do tohoto souboru (přístupného jen vlastníkovi, existující se nahradí) místo na standardní výstup
help-coverage-arg-sep = Oddělovač v CSV, „,“ nebo „;“ [výchozí: v češtině „;“, jinak „,“]
help-report-about = Zapíše zprávu o dopadu za období: konané schůzky po měsících, zařízeních, NNO a krajích, platné dohody, pokrytí koordinátory a zařízeními a mapu pokrytí krajů službami s jejími mezerami. V Markdownu, nebo jako jeden soubor HTML k tisku na A4
help-report-arg-from = První den období (RRRR-MM-DD nebo D.M.RRRR) [výchozí: 1. ledna letošního roku]
help-report-arg-to = Poslední den období, včetně [výchozí: dnes]
help-report-arg-format = Formát souboru
help-report-arg-out = Zapsat do tohoto souboru (přístupného jen vlastníkovi, existující se nahradí) místo na standardní výstup
help-agenda-about = Vypíše nadcházející schůzky a s --person i otevřené úkoly té osoby: jako prostý text do ranního e-mailu nebo pro cron, nebo jako JSON pro skripty. Zrušené schůzky vynechá
help-agenda-arg-days = Na kolik dní dopředu, počítáno od teď (1 až 366)
help-agenda-arg-person = Jen schůzky, které tato osoba pořádá nebo se jich účastní, a její otevřené úkoly: její id, nebo jméno či příjmení (na velikosti písmen a diakritice nezáleží)
help-agenda-arg-json = JSON pro skripty, stejný v každém jazyce (formát popisuje README)
help-person-about = Údaje jedné osoby: vše, co o ní databáze uchovává (show), nebo výmaz jejích osobních údajů ze všech míst (erase)
help-person-show-about = Vypíše vše, co databáze o jedné osobě uchovává: její záznam, schůzky, kterých se účastní nebo které pořádá, její působení a úkoly, zařízení, kde je styčnou osobou, text, který ji jinde zmiňuje, a její historii
help-person-show-arg-person = Osoba: její číslo, nebo jméno či příjmení (na velikosti písmen a diakritice nezáleží)
help-person-show-arg-json = JSON pro skripty, stejný v každém jazyce (formát popisuje README)
help-person-erase-about = Vymaže osobní údaje jedné osoby ze všech míst jako jednu operaci, kterou nelze vrátit: její záznam a historii, její působení a úkoly, její místo ve schůzkách a zařízeních a její jméno, e-mail a telefon v textu a historii jiných záznamů. Bez --yes jen vypíše, co by změnil
help-person-erase-arg-person = Osoba, podle čísla
help-person-erase-arg-yes = Vymazat vše vypsané; bez toho se nic nezmění
help-history-about = Vypíše změny seskupené podle operací: jednu operaci (--op), všechny operace od daného dne (--since), nebo historii jednoho záznamu (--kind a --id); kdo, kdy a každé pole před změnou a po ní
help-history-arg-op = Jedna operace, podle jejího čísla
help-history-arg-since = Všechny operace od tohoto dne
help-history-arg-kind = Druh záznamu, jehož historii vypsat (s --id)
help-history-arg-id = Číslo záznamu, jehož historii vypsat (s --kind)
help-history-arg-json = JSON pro skripty, s typovanými hodnotami (formát popisuje README)
help-revert-about = Vrátí celou operaci (import, uložení) jako novou operaci. Odmítne to a nic nezmění, pokud některý změněný záznam mezitím změnil někdo jiný, nebo pokud operace smazala osobní údaje
help-revert-arg-op = Operace, kterou vrátit, podle jejího čísla (viz spojka history)
help-revert-arg-json = JSON pro skripty (formát popisuje README)
help-settings-about = Zobrazí vaše nastavení, nebo jedno změní. Ukládá se v databázi pod vaším uživatelským jménem, takže každý uživatel sdílené databáze má své vlastní
help-settings-keymap-about = Klávesy, se kterými se spojka otevře, když není zadáno --keymap: dodávaná sada („default“ nebo „vim“) nebo cesta k vlastnímu souboru .toml. Pomocí --keymap lze i tak pro jedno spuštění zvolit jinou
help-settings-keymap-arg-choice = Klávesy, se kterými se otevřít
help-settings-keymap-arg-unset = Zapomenout uložené klávesy
help-settings-lang-about = Jazyk, kterým k vám interaktivní rozhraní mluví, když není zadáno --lang a config.toml žádný neurčuje: „cs“ nebo „en“
help-settings-lang-arg-choice = Jazyk: „cs“ nebo „en“
help-settings-lang-arg-unset = Zapomenout uložený jazyk (znovu rozhodne národní prostředí)
help-backup-about = Zapíše zálohu všeho (všech záznamů, celé historie a záznamu operací, počítadel identifikátorů) do jednoho souboru s kontrolním součtem. Bez SOUBORU jde do adresáře záloh vedle databáze; „-“ je standardní výstup
help-backup-arg-file = Soubor k zápisu (přístupný jen vlastníkovi, existující se nahradí); „-“ pro standardní výstup [výchozí: nový soubor v adresáři záloh]
help-restore-about = Nahradí databázi obsahem souboru se zálohou. Databázi, která obsahuje záznamy, odmítne bez --force (s ním ji nejdřív zazálohuje) a odmítne i tehdy, když má databázi otevřenou jiná spojka
help-restore-arg-file = Soubor se zálohou k obnovení
help-restore-arg-force = Nahradit databázi, která už obsahuje záznamy
help-check-about = Přečte každý záznam, položku indexu, položku historie a operaci a řekne, co je špatně, pokud něco; návratový kód je 0, jen když je vše v pořádku
help-check-arg-quarantine = Přesunout nečitelné záznamy a položky historie do karantény (a do souboru vedle databáze) a opravit index, aby se zbytek otevřel
help-compact-about = Přepíše databázi do nové kopie, která zabírá méně místa, a dá ji na její místo. Odmítne, když má databázi otevřenou jiná spojka
help-serve-about = Zpřístupní tuto databázi přes SSH: každý, kdo je v souboru uživatelů, se přihlásí svým klíčem (`ssh -p 2222 host`) a dostane interaktivní rozhraní nebo spustí příkaz (`ssh -p 2222 host export …`), se svou rolí. Drží databázi, dokud není zastaven (SIGTERM); SIGHUP znovu načte soubor uživatelů
help-serve-arg-listen = Adresa a port, na kterých naslouchat
help-serve-arg-users = Kdo se smí připojit, s jakými klíči a rolemi [výchozí: users.toml v adresáři nastavení]

## The values of --format.

help-format-csv = Hodnoty oddělené čárkou (v češtině středníkem) se záhlavím, UTF-8
help-format-json = Vlastní JSON spojky: všechna pole všech záznamů, s verzí formátu
help-format-ics = iCalendar (RFC 5545) pro kalendáře; jen schůzky
help-format-xlsx = Sešit Excelu pro tabulkové procesory: data jako data, IČO a telefonní čísla jako text, záhlaví ukotvené a s filtrem; s --out nebo přesměrovaný, nikdy do terminálu
help-import-format-ics = iCalendar (RFC 5545): z událostí se stanou schůzky
help-import-format-csv = CSV z tabulkového procesoru: jeden záznam na řádek, v prvním řádku názvy sloupců
help-import-format-xlsx = Sešit Excelu nebo LibreOffice (.xlsx): jeden záznam na řádek, v prvním řádku názvy sloupců
help-import-duplicates-skip = Uložený záznam nechat, jak je
help-import-duplicates-update = Doplnit uložený záznam z řádku (prázdná buňka nic nemění)
help-import-duplicates-keep = Uložit řádek jako další záznam vedle uloženého
help-report-format-md = Markdown ve stylu GitHubu
help-report-format-html = Jeden soubor HTML i se styly, připravený k tisku na A4

## Values on the command line that are refused.

arg-not-a-language = „{ $value }“ není cs ani en
arg-not-a-date = toto není datum: zapište ho jako RRRR-MM-DD (nebo D.M.RRRR)
arg-not-a-separator = „{ $value }“ není oddělovač: zapište „,“ nebo „;“
arg-not-an-encoding = „{ $value }“ není kódování, které spojka čte: zapište utf-8, utf-16, windows-1250 nebo iso-8859-2
arg-no-absolute-path = z { $value } nelze udělat absolutní cestu: { $error }

## What the commands say when they are done.

seed-done = { $created ->
        [one] Vytvořeno { $created } zařízení
        [few] Vytvořena { $created } zařízení
       *[other] Vytvořeno { $created } zařízení
    }, { $skipped } { $skipped ->
        [one] přeskočeno, protože už v databázi bylo
        [few] přeskočena, protože už v databázi byla
       *[other] přeskočeno, protože už v databázi bylo
    }.
seed-updated = { $updated ->
        [one] Aktualizováno { $updated } vestavěné zařízení
        [few] Aktualizována { $updated } vestavěná zařízení
       *[other] Aktualizováno { $updated } vestavěných zařízení
    }.
seed-kept = Ponecháno, jak jste upravili, v zařízení { $name }: { $fields }.
seed-unverified = { $count ->
        [one] Vynecháno { $count } zařízení pro mládež, které zdroje nepotvrzují
        [few] Vynechána { $count } zařízení pro mládež, která zdroje nepotvrzují
       *[other] Vynecháno { $count } zařízení pro mládež, která zdroje nepotvrzují
    }.
demo-done = Ukázka v { $path } je hotová: { $facilities } zařízení, { $ngos } NNO, { $people } { $people ->
        [one] osoba
        [few] osoby
       *[other] osob
    }, { $assignments } { $assignments ->
        [one] působení
       *[other] působení
    }, { $agreements } { $agreements ->
        [one] dohoda
        [few] dohody
       *[other] dohod
    }, { $meetings } { $meetings ->
        [one] schůzka
        [few] schůzky
       *[other] schůzek
    }, { $actions } { $actions ->
        [one] úkol
        [few] úkoly
       *[other] úkolů
    } ({ $seconds } s).
import-done = Import { $file }: { $created ->
        [one] { $created } nová
        [few] { $created } nové
       *[other] { $created } nových
    }, { $updated ->
        [one] { $updated } upravená
        [few] { $updated } upravené
       *[other] { $updated } upravených
    }, { $unchanged } beze změny, { $skipped ->
        [one] { $skipped } přeskočená
        [few] { $skipped } přeskočené
       *[other] { $skipped } přeskočených
    }.
import-cut = Zkráceno { $event }: { $what }
import-skipped = Přeskočeno { $event }: { $reason }
backup-done = Záloha { $db } je v { $file }.
restore-kept = Nahrazovaná databáze je zazálohována v { $file }.
restore-done = Obnoveno { $db }: { $records } { $records ->
        [one] záznam
        [few] záznamy
       *[other] záznamů
    }, { $entries } { $entries ->
        [one] položka
        [few] položky
       *[other] položek
    } historie, { $ops } { $ops ->
        [one] operace
        [few] operace
       *[other] operací
    }.
compact-done = Databáze { $db } je zhuštěna: předtím { $before } MB, nyní { $after } MB.
check-quarantined = { $count ->
        [one] Přesunuta { $count } nečitelná hodnota
        [few] Přesunuty { $count } nečitelné hodnoty
       *[other] Přesunuto { $count } nečitelných hodnot
    } do karantény (kopie je v { $file }).
check-repaired = { $count ->
        [one] Opravena { $count } položka
        [few] Opraveny { $count } položky
       *[other] Opraveno { $count } položek
    } indexu.
check-done = Zkontrolováno { $records } { $records ->
        [one] záznam
        [few] záznamy
       *[other] záznamů
    }, { $entries } { $entries ->
        [one] položka
        [few] položky
       *[other] položek
    } historie a { $ops } { $ops ->
        [one] operace
        [few] operace
       *[other] operací
    }: { $problems ->
        [0] vše v pořádku
        [one] { $problems } problém
        [few] { $problems } problémy
       *[other] { $problems } problémů
    }.
settings-of = Nastavení uživatele { $who }:
settings-keymap = keymap (klávesy): { $keymap }
settings-keymap-not-set = keymap (klávesy): nenastaveno (základ v keymap.toml, jinak „default“)
settings-lang = lang (jazyk): { $lang }
settings-lang-not-set = lang (jazyk): nenastaveno (lang v config.toml, jinak národní prostředí)
settings-keymap-forgotten = Uložené klávesy uživatele { $who } jsou zapomenuty.
settings-keymap-saved = Uloženo: spojka se uživateli { $who } otevře s klávesami { $keymap }.
settings-lang-forgotten = Uložený jazyk uživatele { $who } je zapomenut.
settings-lang-saved = Uloženo: interaktivní rozhraní bude s uživatelem { $who } mluvit { $lang ->
        [cs] česky
       *[en] anglicky
    }.

## Column names of CSV exports for a spreadsheet in a language other than English
## (English, and --raw, keep the stable names: id, name, facility_id, …).

csv-column-id = ID
csv-column-ref-id = { $field } (ID)
csv-column-archived = Archivováno
csv-column-created = Vytvořeno
csv-column-updated = Změněno
csv-column-region-code = Kód kraje
csv-column-region = Kraj
csv-column-ngos = NNO

## What stops a command.

error-no-data-dir = nelze najít datový adresář pro výchozí databázi (je nastaveno HOME?); zvolte ho pomocí --db CESTA
error-no-database = v { $path } žádná databáze není; zkontrolujte --db, nebo ji vytvořte příkazem `spojka seed` či spuštěním spojky
error-not-a-database = { $path } není databáze spojky: je to soubor nebo adresář s jinými soubory; zvolte pomocí --db nový nebo prázdný adresář
error-read-file = nelze číst { $path }: { $error }
error-period-backwards = --to { $to } je před --from { $from }: období nesmí skončit dřív, než začne
error-terminal = terminál: { $error }
error-failed = příkaz selhal (návratový kód { $status })
error-saved-keymap =
    { $error }
    (klávesy { $keymap } jsou uložené ve vašem nastavení: zvolte jiné pomocí `spojka settings keymap NÁZEV`, nebo je zapomeňte pomocí `spojka settings keymap --unset`)
error-stuck = čtení databáze { $path } se { $seconds } s nepohnulo: může být poškozená. Zavřete všechny ostatní spojky, které ji mají otevřenou, a spusťte `spojka --db { $path } check --quarantine`, který nečitelné záznamy odloží stranou, nebo vraťte zálohu pomocí `spojka --db { $path } restore SOUBOR --force`
error-open-elsewhere = databázi { $path } používá jiná spojka (pid { $pid }) otevřená v jiném terminálu; nejdřív ji zavřete, nebo zvolte jinou databázi pomocí --db
error-not-empty = databáze { $path } už obsahuje záznamy; obnovení by je všechny nahradilo. Přidejte --force, chcete-li ji nahradit (nejdřív se zazálohuje), nebo zvolte jinou databázi pomocí --db
error-problems = kontrola našla { $count } { $count ->
        [one] problém
        [few] problémy
       *[other] problémů
    } (viz výše); `spojka check --quarantine` odloží nečitelné záznamy stranou a opraví index
error-not-a-file = { $path } není obyčejný soubor
error-daily-backup = denní záloha selhala: { $error }
error-no-interface-here = interaktivní rozhraní nelze otevřít přes proces, který drží databázi
waiting-for-holder = databázi { $path } používá `spojka { $command }` (pid { $pid }); čekám, až skončí…
error-demo-not-empty = databáze { $path } už obsahuje záznamy; ukázková data plní jen novou databázi: zvolte novou pomocí --db CESTA
error-demo-size = ukázková data této velikosti vytvořit nelze: { $why }
error-serve-no-users-file = nelze najít složku nastavení pro users.toml (je nastavena proměnná HOME?); soubor uveďte pomocí --users SOUBOR
error-serve-not-here = spojka serve běží samostatně: spusťte ji příkazem `spojka serve`, ne přes jinou spojku

## spojka agenda: nadcházející schůzky a otevřené úkoly osoby.

agenda-title-everyone = Schůzky od { $from } do { $to }
agenda-title-person = Program: { $name }, od { $from } do { $to }
agenda-today = dnes
agenda-no-meetings = Žádné schůzky.
agenda-moved = přesunuto
agenda-to-do = Úkoly
agenda-nothing-to-do = Žádné otevřené úkoly.
agenda-due = termín { $date }
agenda-overdue = po termínu
agenda-candidate = { $name } (#{ $id })
error-no-such-person = nikdo se nejmenuje „{ $name }“ a žádná osoba nemá takové id; zadejte u --person jméno, příjmení nebo id z karty Lidé
error-several-people = jménu „{ $name }“ odpovídají { $count ->
        [few] { $count } osoby
       *[other] { $count } osob
    }: { $people }; zadejte u --person id jedné z nich
error-no-such-facility = žádné zařízení se nejmenuje „{ $name }“ ani to nemá v názvu; zadejte u --facility název zařízení z karty Zařízení
error-several-facilities = názvu „{ $name }“ odpovídá více zařízení ({ $count }): { $list }; zadejte u --facility větší část názvu

## Import tabulky (spojka import --kind … SOUBOR.csv|SOUBOR.xlsx).

sheet-read-csv = { $file }: CSV, oddělovač „{ $separator }“ ({ $separator_found ->
        [yes] rozpoznán
       *[no] zadán
    }), kódování { $encoding }{ $bom ->
        [yes] {" "}se značkou pořadí bajtů (BOM)
       *[no] {""}
    } ({ $encoding_found ->
        [yes] rozpoznáno
       *[no] zadáno
    })
sheet-read-xlsx = { $file }: XLSX, list „{ $sheet }“ (z { $sheets })
sheet-separator-tab = tabulátor
sheet-target-ignore = neimportuje se
sheet-mapping-title = Sloupce (záhlaví je na řádku { $row }):
sheet-mapping-column = {"  "}{ $column } „{ $header }“ → { $field }{ $how ->
        [saved] {" "}(uložené přiřazení)
        [given] {" "}(--map)
        [unknown] {" "}(žádné pole se tak nejmenuje; použijte --map "{ $header }=pole")
        [taken] {" "}(do tohoto pole se už čte dřívější sloupec)
        [merged] {" "}(pod sloučenou buňkou záhlaví)
       *[guessed] {""}
    }
sheet-missing-required = Žádný sloupec neobsahuje { $fields }, co musí mít každý záznam; uveďte ho v záhlaví nebo pomocí --map.
sheet-plan = Zkouška nanečisto: { $create ->
        [one] { $create } nový
        [few] { $create } nové
       *[other] { $create } nových
    }, ke změně { $update }, beze změny { $unchanged }, přeskočeno jako už uložené { $skipped }, ponecháno vedle už uložených { $kept }, opakuje dřívější řádek { $in_file }, { $bad ->
        [one] { $bad } řádek nejde přečíst
        [few] { $bad } řádky nejdou přečíst
       *[other] { $bad } řádků nejde přečíst
    }.
sheet-duplicate = {"  "}řádek { $row }: už uloženo jako „{ $title }“ (stejné { $by ->
        [ico] IČO
        [email] e-mail
       *[name] jméno či název
    }): { $what ->
        [skipped] přeskočeno
        [kept] uloží se jako další záznam
       *[unchanged] není co měnit
    }
sheet-update = {"  "}řádek { $row }: změní „{ $title }“
sheet-in-file = {"  "}řádek { $row }: stejný záznam jako řádek { $first }
sheet-in-file-reason = stejný záznam jako řádek { $first }
sheet-problem = {"  "}řádek { $row }, sloupec { $column } „{ $header }“: { $reason }
sheet-problem-row = {"  "}řádek { $row }: { $reason }
sheet-reason-field = { $field }: { $problem }
sheet-reason-unknown-choice = { $field }: „{ $value }“ není žádná z možností
sheet-reason-unresolved = { $kind ->
        [facilities] žádné zařízení se nejmenuje
        [ngos] žádná NNO se nejmenuje
        [people] žádná osoba se nejmenuje
        [meetings] žádná schůzka se nejmenuje
        [agreements] žádná dohoda se nejmenuje
        [requests] žádná žádost o spolupráci se nejmenuje
       *[other] žádný záznam se nejmenuje
    } „{ $name }“
sheet-reason-ambiguous = „{ $name }“ se jmenuje více { $kind ->
        [facilities] zařízení
        [ngos] NNO
        [people] osob
        [meetings] schůzek
        [agreements] dohod
        [requests] žádostí o spolupráci
       *[other] záznamů
    } ({ $count })
sheet-reason-too-long = buňka má { $chars } znaků; načte se nejvýše { $limit }
sheet-reason-control = buňka obsahuje řídicí znak ({ $code })
sheet-reason-cell-error = v buňce je chyba tabulky { $value }
sheet-reason-not-yes-no = „{ $value }“ není ano ani ne
sheet-reason-circular = { $field }: odkazuje na řádek tohoto souboru, který nejde naimportovat dřív
sheet-reason-row-not-imported = { $field }: odkazuje na řádek { $row }, který nejde naimportovat
sheet-dry-run-done = Zkouška nanečisto: nic nebylo zapsáno.
sheet-refused = Nic nebylo zapsáno: { $bad ->
        [one] { $bad } řádek nejde přečíst
        [few] { $bad } řádky nejdou přečíst
       *[other] { $bad } řádků nejde přečíst
    }. Opravte soubor, nebo naimportujte ostatní řádky s --skip-bad-rows.
sheet-nothing-to-do = Není co zapsat.
sheet-applied = Import { $file }: { $created ->
        [one] { $created } nový
        [few] { $created } nové
       *[other] { $created } nových
    }, { $updated ->
        [one] { $updated } změněný
        [few] { $updated } změněné
       *[other] { $updated } změněných
    }.
sheet-left-out = { $bad ->
        [one] { $bad } řádek, který nejde přečíst, byl vynechán.
        [few] { $bad } řádky, které nejdou přečíst, byly vynechány.
       *[other] { $bad } řádků, které nejdou přečíst, bylo vynecháno.
    }
sheet-changed = Záznamy se během přípravy importu změnily; tady je zkouška nanečisto znovu.
sheet-mapping-saved = Přiřazení sloupců je uložené pro váš příští import souboru se stejným záhlavím.

## Obrazovka importu (`I` v seznamu): sloupce tabulky a zkouška nanečisto.

sheet-ui-file-prompt = Soubor k importu (CSV, XLSX; .ics pro schůzky):{" "}
sheet-ui-title = Import do seznamu { $list }
sheet-ui-pick-field = Sloupec načíst do pole
sheet-ui-how = { $how ->
        [saved] uloženo
        [changed] změněno
        [unknown] žádné pole se tak nejmenuje
        [taken] toto pole má už dřívější sloupec
       *[merged] pod sloučenou buňkou
    }
sheet-ui-counts = Nanečisto: nové { $create }, ke změně { $update }, už uložené { $there }, nečitelné { $bad }
sheet-ui-duplicates = Záznamy už uložené: { $policy ->
        [update] doplnit je hodnotami ze souboru
        [keep] ponechat oba, řádek přidat jako další záznam
       *[skip] řádek přeskočit
    }
sheet-ui-before = { $stale ->
        [yes] Záznamy se mezitím změnily: toto je nová zkouška nanečisto.
       *[no] { $bad ->
            [0] Nic se nezapíše, dokud import nepotvrdíte.
           *[other] Nic se nezapíše, dokud import nepotvrdíte; nečitelné řádky se vynechají.
        }
    }
sheet-ui-missing = Chybí sloupec pro { $fields }, které musí mít každý záznam: Enter na sloupci vybere jeho pole.
sheet-ui-rows = { $count ->
        [0] Všechny řádky jdou přečíst a žádný už uložený není.
       *[other] Řádky k prohlédnutí ({ $count }):
    }
sheet-ui-done = Importováno { $file } do seznamu { $list }: nové { $created }, změněné { $updated }{ $left ->
        [0] {""}
        [one] , vynechán { $left } řádek
        [few] , vynechány { $left } řádky
       *[other] , vynecháno { $left } řádků
    }.
sheet-ui-mapping-saved = Přiřazení sloupců je uložené pro příští soubor se stejným záhlavím.
sheet-ui-stale = Záznamy se od zkoušky nanečisto změnily: prohlédněte si ji znovu a pak importujte.
sheet-ui-nothing = Není co importovat: každý řádek už je uložený, nebo nejde přečíst.
sheet-ui-hint-field = vybrat pole
    .short = pole
sheet-ui-hint-duplicates = duplicity: přeskočit / doplnit / ponechat
    .short = duplicity
sheet-ui-hint-import = importovat
sheet-ui-hint-pane = sloupce / řádky
    .short = řádky
import-yes = ano, a, archivováno, archivovaný
import-no = ne, n

## Jiné názvy polí v záhlaví tabulky (oddělené čárkou).

import-aliases-name = název organizace, organizace, jméno organizace, věznice
import-aliases-ico = IČ, identifikační číslo, IČO organizace
import-aliases-email = email, mail, e-mailová adresa, elektronická pošta
import-aliases-phone = tel, tel., mobil, telefonní číslo, telefon
import-aliases-web = webové stránky, www, stránky, url
import-aliases-notes = poznámka, komentář, pozn.
import-aliases-region = kraj sídla
import-aliases-regions = kraj, působnost, kraje působnosti
import-aliases-services = služba
import-aliases-given_name = křestní jméno
import-aliases-surname = rodné příjmení
import-aliases-title_before = titul, tituly
import-aliases-town = město, obec sídla, sídlo
import-aliases-address = ulice, adresa sídla
import-aliases-contact = kontaktní osoba
import-aliases-organisation = organizace, nezisková organizace, nno
import-aliases-subject = název, název dohody
import-aliases-title = název, předmět
## spojka history a spojka revert.
history-cli-op = Operace č. { $op } · { $when } · { $who } · { $what } ({ $count ->
    [one] { $count } změna
    [few] { $count } změny
   *[other] { $count } změn
})
history-cli-old = Z doby před zaznamenáváním operací (nelze vrátit)
history-cli-none = Žádné změny nenalezeny.
history-cli-reverted = Operace č. { $op } vrácena jako operace č. { $new }: { $count ->
    [one] { $count } záznam
    [few] { $count } záznamy
   *[other] { $count } záznamů
}

## spojka person show a spojka person erase: údaje jedné osoby (GDPR).
person-title = { $name } (č. { $id })
person-section-record = Záznam
person-section-meetings = Schůzky
person-section-assignments = Působení
person-section-actions = Úkoly
person-section-liaison = Styčná osoba zařízení
person-section-mentions = Zmínky jinde
person-section-requests = Kroky žádostí o spolupráci
person-section-history = Historie
person-none = nic
person-record = { kind-noun } „{ $title }“ (č. { $id })
person-link = { $link ->
    [organiser] pořádá
    [attendee] účastní se
    [liaison] styčná osoba
    [assignment] působení
    [step_by] provedl/a krok
   *[action] úkol
}
person-occurrence = výskyt { $date }
person-place-record = { kind-noun } „{ $title }“ (č. { $id }), { $field }
person-place-history = historie: { kind-noun } „{ $title }“ (č. { $id }), záznam { $seq }, { $field } { $after ->
    [yes] po změně
   *[no] před změnou
}
person-place-operation = protokol operací, operace č. { $op }
person-history-line = { $when } · { $who } · { $change }
erase-plan-title = Výmaz osoby { $name } (č. { $id }) změní:
erase-section-records = Záznamy
erase-section-hits = Zmínky, každá nahrazena textem „{ $with }“
erase-deleted = smaže se
erase-cleared = { $link }: odkaz se zruší
erase-person-itself = záznam osoby a jeho historie: vymažou se
erase-nothing-else = Nic dalšího ji nezmiňuje.
erase-dry-run = Nic se nezměnilo. Pro výmaz všeho výše spusťte příkaz znovu s --yes: výmaz nelze vrátit.
erase-done = Vymazáno: { $name }. Změněno záznamů: { $changed }, smazáno: { $deleted }, nahrazeno zmínek: { $replaced } (operace č. { $op }). Starší automatické zálohy údaje obsahují, dokud se neodstraní (7 dní).
erase-compacted = Databáze byla zhutněna: vymazané údaje už v jejích souborech nejsou.
erased-person = vymazaná osoba
help-request-steps-about = Vypíše kroky, kterými procházejí žádosti o spolupráci (jako TOML k úpravě), nebo je nahradí ze souboru TOML: nový seznam je další verzí a každá žádost si ponechá verzi, se kterou začala
help-request-steps-show-about = Vypíše nejnovější seznam kroků (nebo --version N) jako TOML
help-request-steps-show-arg-version = Verze, kterou vypsat; bez ní nejnovější
help-request-steps-import-about = Přidá kroky ze souboru TOML jako další verzi: nové žádosti se řídí jí, rozběhnuté si ponechají svou
help-request-steps-import-arg-file = Soubor TOML (jak ho vypíše show)
