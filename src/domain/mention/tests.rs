use super::*;

/// The words of `text` that `find` marks, as written.
fn hits(text: &str, needles: &Needles) -> Vec<String> {
    find(text, needles)
        .iter()
        .map(|s| text[s.start..s.end].to_string())
        .collect()
}

fn surname(name: &str) -> Needles {
    Needles::new(name, "", "", "")
}

#[test]
fn a_surname_in_ek_is_found_in_every_case_its_vowel_dropped() {
    let n = surname("Kvapilíček");
    for form in [
        "Kvapilíček",
        "Kvapilíčka",
        "Kvapilíčkovi",
        "Kvapilíčku",
        "Kvapilíčkem",
        "Kvapilíčkové",
        "Kvapilíčkův",
        "Kvapilíčková",
        "kvapilicek",
        "KVAPILÍČKA",
    ] {
        assert_eq!(
            hits(&format!("Mluvil s {form} včera."), &n),
            [form],
            "{form}"
        );
    }
    assert_eq!(
        hits("Porada s Kvapilíčkem, pak zavolat Kvapilíčkovi.", &n),
        ["Kvapilíčkem", "Kvapilíčkovi"]
    );
}

#[test]
fn surnames_in_ec_and_el_drop_their_vowel_or_keep_it() {
    let n = surname("Němec");
    assert_eq!(
        hits("Němec, Němce, Němcovi, Němcem, Němci", &n),
        ["Němec", "Němce", "Němcovi", "Němcem", "Němci"]
    );
    let n = surname("Havel");
    assert_eq!(
        hits("Havel, Havla, Havlovi, Havlem, Havelovi", &n),
        ["Havel", "Havla", "Havlovi", "Havlem", "Havelovi"]
    );
}

#[test]
fn a_hard_consonant_surname_declines_as_a_noun() {
    let n = surname("Dvořák");
    assert_eq!(
        hits("Dvořák; Dvořáka; Dvořákovi; Dvořákem; dvorakovi", &n),
        ["Dvořák", "Dvořáka", "Dvořákovi", "Dvořákem", "dvorakovi"]
    );
    let n = surname("Kovář");
    assert_eq!(hits("Kováře a Kovářovi", &n), ["Kováře", "Kovářovi"]);
}

#[test]
fn a_masculine_surname_in_a_declines_with_its_k_to_c() {
    let n = surname("Procházka");
    assert_eq!(
        hits(
            "Procházka, Procházky, Procházkovi, Procházku, Procházkou, o Procházce",
            &n
        ),
        [
            "Procházka",
            "Procházky",
            "Procházkovi",
            "Procházku",
            "Procházkou",
            "Procházce"
        ]
    );
    let n = surname("Svoboda");
    assert_eq!(
        hits("Svobody, Svobodovi, Svobodou, Svobodě", &n),
        ["Svobody", "Svobodovi", "Svobodou", "Svobodě"]
    );
}

#[test]
fn feminine_and_adjective_surnames_decline_as_adjectives() {
    let n = surname("Nováková");
    assert_eq!(
        hits("Nováková, Novákové, Novákovou", &n),
        ["Nováková", "Novákové", "Novákovou"]
    );
    let n = surname("Veselý");
    assert_eq!(
        hits("Veselý, Veselého, Veselému, Veselým", &n),
        ["Veselý", "Veselého", "Veselému", "Veselým"]
    );
    let n = surname("Krejčí");
    assert_eq!(
        hits("Krejčí, Krejčího, Krejčímu", &n),
        ["Krejčí", "Krejčího", "Krejčímu"]
    );
    let n = surname("Černá");
    assert_eq!(
        hits("Černá, Černé, Černou", &n),
        ["Černá", "Černé", "Černou"]
    );
}

#[test]
fn a_word_that_only_shares_a_prefix_is_not_a_hit() {
    assert!(hits("Novákovice a Nováčková", &surname("Novák")).is_empty());
    assert!(hits("Kvapilíčkárna", &surname("Kvapilíček")).is_empty());
    assert!(hits("Dvořákova síň; Dvořáčková", &surname("Dvořáková")).len() == 1);
    assert!(hits("Havlíček", &surname("Havel")).is_empty());
    // Nováková is Novák's wife or daughter: the same family name, found.
    assert_eq!(hits("paní Nováková", &surname("Novák")), ["Nováková"]);
}

#[test]
fn the_known_trade_off_surnames_that_are_words_match_those_words() {
    // "Černá" is also "black": its forms are hits, shown in context so the
    // user can skip them.
    assert_eq!(hits("černé auto", &surname("Černá")), ["černé"]);
}

#[test]
fn an_indeclinable_or_short_surname_matches_itself_only() {
    assert_eq!(hits("Janů, Jana, Janovi", &surname("Janů")), ["Janů"]);
    assert_eq!(hits("Ek, Eka, Eke", &surname("Ek")), ["Ek"]);
}

#[test]
fn the_given_name_beside_the_surname_goes_with_it() {
    let n = Needles::new("Kvapilíček", "Jan", "", "");
    assert_eq!(
        hits(
            "Přišel Jan Kvapilíček. S Janem Kvapilíčkem, Kvapilíčkovi Janovi.",
            &n
        ),
        ["Jan Kvapilíček", "Janem Kvapilíčkem", "Kvapilíčkovi Janovi"]
    );
    // A given name alone is not a hit.
    assert!(hits("Jan přišel", &n).is_empty());
}

#[test]
fn email_matches_exactly_ignoring_case() {
    let n = Needles::new("Kvapilíček", "", "jan.k@example.cz", "");
    assert_eq!(
        hits("piš na Jan.K@Example.cz. Ne jan.k@example.com", &n),
        ["Jan.K@Example.cz"]
    );
    let n = Needles::new("", "", "a@b.cz", "");
    assert_eq!(hits("a@b.cz, xa@b.cz, <a@b.cz>", &n), ["a@b.cz", "a@b.cz"]);
}

#[test]
fn a_phone_matches_its_digits_whatever_the_spaces() {
    let n = Needles::new("", "", "", "+420 777 123 456");
    assert_eq!(
        hits("volej +420777123456 nebo +420 777 123 456.", &n),
        ["+420777123456", "+420 777 123 456"]
    );
    let n = Needles::new("", "", "", "777123456");
    assert_eq!(
        hits("tel. 777 123 456, fax 7771234567", &n),
        ["777 123 456"]
    );
    assert!(hits("1777123456", &n).is_empty());
}

#[test]
fn replacing_spans_keeps_the_rest_of_the_text() {
    let n = Needles::new("Kvapilíček", "Jan", "jan@k.cz", "777 123 456");
    let text = "Jan Kvapilíček (jan@k.cz, 777123456) slíbil; s Kvapilíčkem dohodnuto.";
    let spans = find(text, &n);
    assert_eq!(
        replace(text, &spans, "vymazaná osoba"),
        "vymazaná osoba (vymazaná osoba, vymazaná osoba) slíbil; s vymazaná osoba dohodnuto."
    );
    assert_eq!(replace("nic", &[], "x"), "nic");
}

#[test]
fn context_shows_the_words_around_a_hit_on_one_line() {
    let n = surname("Kvapilíček");
    let text = "jedna dva tři\nčtyři s Kvapilíčkem pět šest sedm osm";
    let spans = find(text, &n);
    assert_eq!(
        context(text, &spans[0], 3),
        (
            "… tři čtyři s ".to_string(),
            "Kvapilíčkem".to_string(),
            " pět šest sedm …".to_string()
        )
    );
}

#[test]
fn nothing_to_look_for_finds_nothing() {
    let n = Needles::new("", "", "", "");
    assert!(n.is_empty());
    assert!(find("Kvapilíček 777 a@b.cz", &n).is_empty());
}

#[test]
fn a_surname_beside_another_persons_given_name_is_someone_else() {
    let n = Needles::new("Černá", "Barbora", "", "").besides(["Marie", "Barbora", "Petr"]);
    assert_eq!(
        hits(
            "Marie Černá, Barbora Černá, Černá Marie, paní Černá, Petrem Černým",
            &n
        ),
        ["Barbora Černá", "Černá"]
    );
}

#[test]
fn a_reference_in_history_text_is_found_by_its_id() {
    let text = "Václav Pospíšil, DiS. (#86), Barbora Černá (#102), Petr (#1020)";
    let spans = find_reference(text, 102);
    assert_eq!(
        spans
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect::<Vec<_>>(),
        ["Barbora Černá"]
    );
    let spans = find_reference(text, 86);
    assert_eq!(&text[spans[0].start..spans[0].end], "Václav Pospíšil, DiS.");
    assert!(find_reference(text, 10).is_empty());
}
