# Kohtaamo — suomi (oletuskieli)

loading = Ladataan…
working = Hetki…
language-label = Kieli
lock-button = Lukitse
cancel-button = Peruuta
store-demo-tag = Esittelyvarasto

## Ensimmäinen käynnistys

welcome-title = Tervetuloa Kohtaamoon
welcome-lead = Kohtaamossa sosiaali- ja terveydenhuollon ammattilaiset ja asiakas tekevät yhden yhteisen suunnitelman. Asiakastiedot tallennetaan salattuina vain tälle koneelle.
create-store-title = Luo oma tietovarasto
create-store-help = Valitse tunnuslause, jolla tietovarasto avataan. Käytä vähintään 12 merkkiä, esimerkiksi useita sanoja. Tunnuslausetta ei voi palauttaa, jos se unohtuu.
passphrase-label = Tunnuslause
passphrase-confirm-label = Tunnuslause uudelleen
create-store-button = Luo tietovarasto
demo-store-title = Kokeile esittelyvarastolla
demo-store-help = Esittelyvarastossa on vain keksittyjä asiakkaita ja väliaikaisia henkilötunnuksia. Sillä voi harjoitella turvallisesti.
demo-store-button = Avaa esittelyvarasto

## Avaaminen

unlock-title-own = Avaa tietovarasto
unlock-title-demo = Avaa esittelyvarasto
demo-passphrase-hint = Esittelyvaraston tunnuslause on
unlock-button = Avaa
pin-label = PIN-koodi
pin-resume = Jatka
pin-use-passphrase = Käytä tunnuslausetta
pin-new-label = PIN-koodi pikapalautukseen (valinnainen)
pin-new-help = 4–8 numeroa. Kun sovellus lukittuu käyttämättömyyden vuoksi, voit jatkaa PIN-koodilla tunnuslauseen sijaan. Kolme väärää yritystä, ja tarvitaan tunnuslause.
switch-to-demo = Avaa esittelyvarasto
switch-to-own = Avaa oma tietovarasto
switch-to-create = Luo oma tietovarasto

## Asiakkaat

clients-title = Asiakkaat
search-label = Hae nimellä tai henkilötunnuksella
search-placeholder = Esim. Virtanen tai 010190
clients-none = Ei vielä asiakkaita. Lisää ensimmäinen asiakas.
clients-no-match = Haulla ei löytynyt asiakkaita.
add-client-button = Lisää asiakas
add-client-title = Uusi asiakas
client-name-label = Nimi
client-hetu-label = Henkilötunnus
client-hetu-help = Muoto PPKKVV-NNNT, esimerkiksi 010190-9xxx
client-language-label = Asiointikieli
client-language-fi = suomi
client-language-sv = ruotsi
client-language-en = englanti
client-language-other = muu kieli
client-birth-date-label = Syntymäaika
hetu-temporary-tag = Väliaikainen tunnus
save-client-button = Tallenna asiakas

## Virheet

error-wrong-passphrase = Tunnuslause on väärä. Tarkista se ja yritä uudelleen.
error-passphrase-too-short = Tunnuslauseessa on oltava vähintään { $min } merkkiä.
error-passphrases-differ = Tunnuslauseet eivät ole samat.
error-no-store-selected = Tietovarastoa ei ole valittu.
error-store-exists = Tälle koneelle on jo luotu tietovarasto.
error-store-missing = Tietovarastoa ei löydy.
error-locked = Tietovarasto on lukittu. Avaa se uudelleen.
error-client-not-found = Asiakasta ei löydy.
error-duplicate-hetu = Asiakas tällä henkilötunnuksella on jo olemassa.
error-store-in-use = Tietovarasto on auki toisessa ohjelmassa (esimerkiksi ylläpitotyökalussa). Sulje se siellä ja yritä uudelleen.
error-plan-locked = Tämä suunnitelman versio on hyväksytty eikä sitä voi enää muuttaa. Tee siitä uusi versio.
error-pin-format = PIN-koodissa on oltava { $min }–{ $max } numeroa.
error-wrong-pin = PIN-koodi on väärä. { $tries ->
    [one] Yksi yritys jäljellä.
   *[other] { $tries } yritystä jäljellä.
}
error-pin-tries-used-up = PIN-koodi meni väärin liian monta kertaa. Avaa tietovarasto tunnuslauseella.
error-wait-before-retry = Tunnuslause oli väärin monta kertaa peräkkäin. Odota { $seconds } sekuntia ja yritä sitten uudelleen.
error-stale-revision = Tietoa on muutettu toisaalla sen jälkeen, kun avasit sen. Muutostasi ei tallennettu: lataa tieto uudelleen ja tee muutos uudestaan.
error-invalid-client = Tarkista asiakkaan tiedot.
error-internal = Odottamaton virhe. Mitään tallennettua ei menetetty. Tekninen tieto: { $detail }
name-error-empty = Kirjoita asiakkaan nimi.
name-error-too-long = Nimi on liian pitkä (enintään { $max } merkkiä).
name-error-control-characters = Nimessä on kiellettyjä merkkejä.
hetu-error-format = Henkilötunnuksessa on 11 merkkiä: syntymäaika PPKKVV, välimerkki, kolme numeroa ja tarkistusmerkki.
hetu-error-century-sign = ”{ $sign }” ei ole vuosisadan välimerkki. Käytä merkkiä +, -, Y, X, W, V, U, A, B, C, D, E tai F.
hetu-error-date = Henkilötunnuksen syntymäaika ei ole oikea päivämäärä.
hetu-error-individual-number = Yksilönumeron on oltava välillä 002–999.
hetu-error-control-character = Tarkistusmerkki ei täsmää: pitäisi olla ”{ $expected }”, mutta on ”{ $found }”.

## Yksityisyys

curtain-button = Piilota tiedot
curtain-button-hint = Piilota kaikki asiakastiedot näytöltä heti (F8)
curtain-title = Asiakastiedot on piilotettu
curtain-help = Näytöllä ei ole nyt mitään asiakkaan tietoja. Tiedot tulevat takaisin vasta, kun nostat verhon.
curtain-lift = Näytä tiedot uudelleen
idle-locked-pin-notice = Tietovarasto lukittiin, koska sovellusta ei käytetty hetkeen. Jatka PIN-koodilla.
idle-locked-notice = Tietovarasto lukittiin, koska sovellusta ei käytetty hetkeen. Avaa se tunnuslauseella.

## Asiakkuus ja suunnitelma

saving = Tallennetaan…
saved-at = Tallennettu klo { $time }
client-view-open = Näytä asiakkaalle
client-plain-language = Selkosuomi (asiakasnäkymä ja asiakkaan paperit)
client-window-open = Avaa asiakkaan ikkunaan
client-window-nothing = Asiakkaan näkymä on suljettu.
client-window-deaf = Tämä näkymä ei päivity itsestään. Sulje ja avaa se uudelleen.
clientship-title = Yhteisasiakkuus
clientship-start-title = Aloita yhteisasiakkuus
clientship-reasons = Miksi sosiaali- ja terveydenhuolto tekevät yhteistyötä tämän asiakkaan kanssa?
clientship-other-reason = Muu syy
clientship-start = Aloita yhteisasiakkuus
clientship-contact = Keneen asiakas ottaa yhteyttä ja miten
clientship-contact-help = Näytetään asiakkaalle hänen omassa näkymässään.
clientship-contact-save = Tallenna yhteystiedot
team-title = Tiimi
team-role-of = Tehtävä: { $name }
team-remove = Poista tiimistä: { $name }
team-add-who = Lisää tiimiin
team-add-role = Tehtävä
team-add = Lisää
team-organisations = Järjestöt ja muut toimijat
team-organisations-none = Ei järjestöjä tiimissä.
team-organisation-name = Järjestön nimi
team-organisation-contact = Yhteystieto
team-organisation-add = Lisää järjestö
team-error-already-on-team = Hän on jo tiimissä.
team-error-not-on-team = Häntä ei ole enää tiimissä. Lataa asiakkaan tiedot uudelleen.
team-error-empty-name = Kirjoita järjestön nimi.
team-error-duplicate-organisation = Järjestö on jo tiimissä.
team-error-no-such-organisation = Järjestöä ei ole enää tiimissä.
team-error-owns-actions = Suunnitelmassa on vielä tälle annettuja toimenpiteitä. Anna ne ensin jollekulle toiselle.
due-title = Tulossa
due-overdue = myöhässä
due-none = Ei määräaikoja tulossa.
clientship-started = Yhteisasiakkuus alkoi { $date }.
reason-several-chronic-illnesses = Useita pitkäaikaissairauksia
reason-mental-health = Mielenterveys
reason-substance-use = Päihteet
reason-finances = Raha-asiat
reason-housing = Asuminen
reason-loneliness = Yksinäisyys
reason-many-services-used = Käyttää monia palveluita
reason-sent-between-services = Asiakasta on ohjattu paikasta toiseen
reason-daily-coping = Arjessa pärjääminen
reason-family-situation = Perhetilanne
role-responsible-worker = vastuutyöntekijä
role-hoitovastaava = hoitovastaava
role-omatyontekija = omatyöntekijä
role-member = omatiimin jäsen
segment-title = Asiakkuuden muoto
segment-question-coping = Miten pärjäät arjessa?
segment-question-need = Onko terveyteen ja hyvinvointiin liittyviä huolia tai palvelutarpeita vähän vai paljon?
coping-easy = Pärjään hyvin
coping-temporarily-difficult = Juuri nyt on vaikeaa
coping-difficult = Arki on vaikeaa
need-few = Vähän
need-many = Paljon
segment-suggested = Vastausten perusteella:
segment-choice = Yhdessä sovittu asiakkuuden muoto
segment-reason = Miksi valitsitte toisen kuin ehdotetun?
segment-reason-required = Kirjoita, miksi valitsitte toisen kuin ehdotetun muodon.
segment-answer-both = Vastaa molempiin kysymyksiin.
segment-client-view = Asiakkaan oma näkemys
segment-save = Tallenna asiakkuuden muoto
segment-omatoimi = Omatoimiasiakkuus
segment-tuki = Tukiasiakkuus
segment-yhteistyo = Yhteistyöasiakkuus
segment-huolenpito = Huolenpitoasiakkuus
segment-omatoimi-meaning = Hoidat asiasi pääosin itse. Saat apua, kun otat yhteyttä.
segment-tuki-meaning = Tarvitset nyt tukea jonkin aikaa. Apua saat tarpeen mukaan.
segment-yhteistyo-meaning = Sinulla on nimetty yhteyshenkilö, joka pitää kokonaisuuden koossa. Tapaamiset suunnitellaan yhdessä.
segment-huolenpito-meaning = Sinulla on nimetty yhteyshenkilö ja tiimi, joka pitää sinuun yhteyttä säännöllisesti. Tapaatte yhdessä usein.
contact-self-service = Otat itse yhteyttä sähköisesti tai puhelimella.
contact-on-need = Otat yhteyttä, kun tarvitset apua; sinulle vastataan nopeasti.
contact-named-person = Otat yhteyttä suoraan omaan yhteyshenkilöösi.
contact-proactive = Tiimi pitää yhteyttä sinuun.
appointments-booked-by-client = Varaat ajan itse tarvittaessa.
appointments-booked-for-the-need = Aika varataan sinulle tarpeen mukaan.
appointments-planned-series = Tapaamiset suunnitellaan etukäteen.
appointments-regular-joint = Yhteisiä tapaamisia on säännöllisesti.
plan-title = Suunnitelma
plan-none = Suunnitelmaa ei ole vielä tehty.
plan-start = Aloita suunnitelma
plan-version-title = Suunnitelma, versio { $version }
plan-status-draft = Luonnos
plan-status-agreed = Hyväksytty
plan-goal-text = Uusi tavoite asiakkaan omin sanoin
plan-undo = Kumoa edellinen muutos
plan-goal-edit = Tavoite asiakkaan omin sanoin
plan-add-goal = Lisää tavoite
plan-action-text = Mitä tehdään
plan-action-owner = Kuka tekee
plan-action-due = Mihin mennessä
plan-add-action = Lisää toimenpide
plan-move-up = Siirrä ylemmäs: { $goal }
plan-move-down = Siirrä alemmas: { $goal }
plan-goal-remove = Poista tavoite: { $goal }
plan-action-move-up = Siirrä ylemmäs: { $action }
plan-action-move-down = Siirrä alemmas: { $action }
plan-action-remove = Poista toimenpide: { $action }
plan-action-status = Tilanne
plan-drag = Vedä siirtääksesi
action-status-not-started = Ei aloitettu
action-status-in-progress = Käynnissä
action-status-done = Tehty
action-status-cancelled = Peruttu
plan-review-date = Arviointipäivä
plan-client-agreed = Asiakas hyväksyy suunnitelman
plan-present = Paikalla
plan-client-present = Asiakas
plan-history-title = Versiohistoria ({ $count } versiota)
plan-history-draft = Versio { $version }: luonnos
plan-history-agreed = Versio { $version }: hyväksytty { $date } (paikalla { $present })
plan-agree = Hyväksy ja lukitse suunnitelma
plan-review-on = Suunnitelma arvioidaan { $date }.
plan-revise = Tee uusi versio
plan-diff-title = Muutokset versioon { $version } verrattuna
plan-diff-none = Ei muutoksia.
plan-diff-goal-added = Uusi tavoite: { $text }
plan-diff-goal-removed = Poistettu tavoite: { $text }
plan-diff-goal-reworded = Tavoite muuttui: ”{ $before }” → ”{ $after }”
plan-diff-action-added = Uusi toimenpide: { $text }
plan-diff-action-removed = Poistettu toimenpide: { $text }
plan-diff-action-changed = Muuttunut toimenpide: { $text }
plan-diff-wording = Sanamuoto: ”{ $before }” → ”{ $after }”
plan-diff-owner = Tekijä: { $before } → { $after }
plan-diff-due = Määräaika: { $before } → { $after }
plan-diff-status = Tila: { $before } → { $after }
plan-diff-no-date = ei päivää
plan-diff-review = Arviointipäivä muuttui: { $before } → { $after }
plan-error-not-agreed = Vain hyväksytystä suunnitelmasta voi tehdä uuden version.
plan-error-empty-text = Kirjoita teksti ennen tallentamista.
plan-error-item = Kohtaa ei löytynyt. Lataa asiakkaan tiedot uudelleen.
plan-error-owner = Toimenpiteen tekijän on oltava asiakas tai tiimin jäsen.
plan-error-no-goals = Lisää vähintään yksi tavoite ennen hyväksymistä.
plan-error-no-review-date = Valitse arviointipäivä ennen hyväksymistä.
plan-error-review-date = Arviointipäivän on oltava hyväksymispäivän jälkeen.
plan-error-client-agreed = Merkitse, että asiakas hyväksyy suunnitelman.
plan-error-participants = Tiimissä on oltava vähintään yksi ammattilainen.
owner-client = Sinä
owner-client-pro = Asiakas
client-view-title = Sinun suunnitelmasi
client-view-goals = Tavoitteesi ja kuka tekee mitä
client-view-next = Seuraavat askeleet
client-view-by = { $date } mennessä
client-view-late = myöhässä
client-view-review = Katsomme suunnitelman yhdessä uudelleen { $date }.
client-view-no-plan = Teemme suunnitelman yhdessä.
client-view-agreed = Mitä sovimme
client-view-contact = Keneen otat yhteyttä
client-view-responsible = Yhteyshenkilösi on { $name }.
client-view-measure-title = Miten elämäsi menee nyt
client-view-measure-intro = Vastaa omin sanoin, numeroilla 0–10. Voit jättää kysymyksen vastaamatta. Vastauksesi tallentuvat suunnitelmasi tietoihin.
client-view-measure-start = Vastaa kysymyksiin
client-view-measure-saved = Kiitos! Vastauksesi on tallennettu.
client-view-close = Palaa

## Yhteisvastaanotto

appointment-title = Yhteisvastaanotto
appointment-mode = Tapa
appointment-mode-office = Vastaanotolla
appointment-mode-remote = Etänä
appointment-mode-home-visit = Kotikäynti
appointment-agenda = Mitä tänään käydään läpi
appointment-participants = Paikalla
appointment-client-present = Asiakas
appointment-start = Aloita yhteisvastaanotto
appointment-past = Aiemmat yhteisvastaanotot
appointment-running = Yhteisvastaanotto käynnissä
appointment-agreed = Mitä sovittiin
appointment-end = Päätä yhteisvastaanotto
appointment-error-unfinished-note = Muistiinpano on vielä kesken. Lisää se tai tyhjennä kenttä ennen kuin päätät vastaanoton.
note-text = Muistiinpano
note-visibility = Kenelle näkyy
note-add = Lisää muistiinpano
register-health-care = Terveydenhuolto
register-social-welfare = Sosiaalihuolto
visibility-shown-to-client = Näytetään asiakkaalle
visibility-professional-only = Vain ammattilaisille

## Kokonaisvaltainen kartoitus

assessment-title = Kokonaisvaltainen kartoitus
assessment-client-view = Asiakkaan näkemys
assessment-professional-view = Ammattilaisen näkemys
assessment-need = Tuen tarve
assessment-resources = Omat voimavarat
assessment-save = Tallenna kartoitus
domain-health = Terveys
domain-mental-wellbeing = Mieliala ja jaksaminen
domain-substance-use = Päihteet
domain-daily-functioning = Arjen toimintakyky
domain-housing = Asuminen
domain-finances = Raha-asiat
domain-work-studies = Työ, opiskelu ja päivän toiminta
domain-family = Perhe ja läheiset
domain-friends = Ystävät ja yksinäisyys
domain-safety = Turvallisuus
need-level-not-assessed = Ei vielä arvioitu
need-level-no-need = Ei tuen tarvetta
need-level-some-need = Jonkin verran tukea
need-level-significant-need = Paljon tukea
client-view-strengths = Sinun voimavarasi

## Suostumukset

consent-title = Suostumukset tietojen luovuttamiseen
consent-social-to-health = Sosiaalihuollosta terveydenhuoltoon
consent-health-to-social = Terveydenhuollosta sosiaalihuoltoon
consent-given = annettu { $date }
consent-withdrawn = peruttu { $date }
consent-withdraw = Peru suostumus
consent-direction = Suunta
consent-scope = Mitä tietoja ja mihin tarkoitukseen
consent-record = Kirjaa suostumus
crash-title = Kohtaamo pysähtyi virheeseen
crash-body = Tallennetut tiedot ovat tallessa, ja varasto on lukittu. Aloita alusta ja avaa varasto uudelleen. Jos virhe toistuu, kerro siitä tukeen.
crash-restart = Aloita alusta

# Date fields
date-placeholder = pp.kk.vvvv
date-error-format = ”{ $text }” ei ole päivämäärä. Kirjoita se muodossa pp.kk.vvvv, esimerkiksi 8.12.2030.
date-error-no-such-day = Päivää { $text } ei ole kalenterissa.

## Broken rules, said where they happen
rule-clientship-no-reason = Valitse ainakin yksi syy yhteisasiakkuudelle tai kirjoita oma.
rule-clientship-counterpart-pair = Vastinparissa on yksi terveydenhuollon ja yksi sosiaalihuollon ammattilainen tiimistä.
rule-clientship-duplicate-role = Tiimissä voi olla vain yksi { $role }.
rule-clientship-status-reason = Kirjoita syy, kun asiakkuus keskeytetään tai päätetään.
rule-clientship-closed-before-start = Asiakkuus ei voi päättyä ennen kuin se alkoi.
rule-clientship-period-closed = Tämä yhteisasiakkuuden jakso on päättynyt, eikä sitä voi enää muuttaa. Aloita tarvittaessa uusi jakso.
rule-clientship-same-status = Yhteisasiakkuudella on jo tämä tila.
team-error-pair-across-sectors = Vastinpariksi valitaan yksi terveydenhuollosta ja yksi sosiaalihuollosta.
rule-segment-reason-required = Ehdotus oli { $suggested }. Kirjoita, miksi valitsitte toisen asiakkuusmuodon.
rule-segment-no-assessor = Arviossa on oltava mukana ainakin yksi ammattilainen.
rule-segment-consequences-incomplete = Organisaation asetuksista puuttuu, mitä { $segment } tarkoittaa.
rule-assessment-duplicate-domain = Elämänalue { $domain } on kirjattu kahdesti samaan rekisteriin.
rule-appointment-too-few-participants = Yhteisvastaanotolla on vähintään kaksi ammattilaista. Lisää tiimiin työkaveri ennen kuin aloitat vastaanoton.
rule-appointment-author-not-participant = Olet kirjaaja, mutta et ole tämän vastaanoton osallistuja. Lisää itsesi tiimiin.
rule-appointment-empty-note = Kirjoita muistiinpanon teksti.
rule-appointment-ended = Vastaanotto on päättynyt, eikä sitä voi enää muuttaa.
rule-appointment-notes-changed = Jo kirjattua muistiinpanoa ei voi muuttaa. Lataa asiakkaan tiedot uudelleen.
rule-appointment-speaker-not-participant = Puhujan on oltava vastaanoton osallistuja.
rule-consent-no-scope = Kirjoita, mitä tietoja suostumus koskee ja kenelle.
rule-consent-withdrawn-before-given = Suostumusta ei voi perua ennen kuin se on annettu.
rule-consent-only-withdrawal = Kirjattua suostumusta ei voi muuttaa, vain perua. Kirjaa tarvittaessa uusi.
rule-service-use-bad-month = Kuukausi { $month } ei ole 1–12.
rule-service-use-no-service = Valitse palvelu.
rule-measure-other-instrument = Vastaus on eri mittarista tai mittarin versiosta kuin kysytty.
rule-measure-unknown-instrument = Mittaria tai sen versiota ei ole tässä tietovarastossa. Tuo mittaritiedosto ensin.
rule-measure-no-such-item = Mittarissa ei ole kysymystä ”{ $item }”.
rule-measure-item-twice = Kysymykseen ”{ $item }” on vastattu kahdesti.
rule-measure-out-of-scale = Anna arvo väliltä { $min }–{ $max }.
rule-measure-nothing-answered = Vastaa ainakin yhteen kysymykseen.
rule-measure-too-young = Mittari on { $minimum } vuotta täyttäneille.
rule-measure-point-taken = { $point ->
        [start] Alkumittaus
        [middle] Väliarvio
        [end] Loppumittaus
       *[other] Tämä mittaus
    } on jo tehty tällä yhteisasiakkuusjaksolla.
rule-measure-no-points = Mittauskohdat (alku, väli, loppu) kuuluvat elämäntilannemittariin.
rule-measure-note-too-long = Keskustelumuistiinpano on yli { $most } merkkiä pitkä.
rule-measure-no-such-viewpoint = Mittarissa ei ole näkökulmaa ”{ $viewpoint }”.
rule-measure-in-the-future = Vastauspäivä on tämän päivän jälkeen.
rule-experience-out-of-scale = Anna arvio väliltä 0–10.
rule-experience-nothing-answered = Vastaa ainakin yhteen kysymykseen tai kirjoita palaute.
rule-experience-feedback-too-long = Palaute on yli { $most } merkkiä pitkä.
rule-professional-empty-name = Kirjoita nimi.
rule-professional-too-long = Kenttä ”{ $field }” on liian pitkä (enintään { $max } merkkiä).
rule-professional-email = Suojatun sähköpostin osoite ei ole sähköpostiosoite.
rule-professional-owner-without-register = Valitse terveydenhuolto tai sosiaalihuolto: kirjaat asiakastietoja oman sektorisi rekisteriin.
rule-professional-not-found = Henkilöä ei löydy. Lataa tiedot uudelleen.
rule-case-no-clientship = Aloita ensin yhteisasiakkuus.
rule-case-already-recorded = Asiakkaalla on jo tämä tieto.
rule-case-no-profile = Tallenna ensin omat tietosi: kirjaukset tehdään sinun nimissäsi.
rule-case-other-client = Tieto kuuluu toiselle asiakkaalle, eikä sitä tallennettu.
rule-case-history = Tämä on historiatieto, eikä sitä voi muuttaa. Kirjaa uusi.
rule-case-demo-needs-temporary-hetu = Esittelyvarastoon voi lisätä vain väliaikaisen henkilötunnuksen (yksilönumero 900–999). Oikean henkilön tietoja ei tallenneta esittelyyn.
rule-case-clientship-open = Asiakkaan yhteisasiakkuus on vielä voimassa. Päätä nykyinen jakso ennen uuden aloittamista.
rule-case-no-plan = Asiakkaalla ei ole vielä suunnitelmaa.
rule-case-plan-not-agreed = Suunnitelmaa ei ole vielä sovittu. Sopikaa suunnitelma asiakkaan kanssa ennen kuin annatte sen hänelle.

## Who I am and who I work with
profile-setup-title = Kuka olet?
profile-setup-lead = Kaikki, mitä tällä koneella kirjataan, kirjataan sinun nimissäsi ja oman sektorisi rekisteriin. Kerro siksi ensin, kuka olet. Voit muuttaa tietoja myöhemmin asetuksista.
profile-choose-title = Valitse itsesi
profile-choose = Olen { $name }
profile-form-title = Omat tietosi
profile-form-title-or = Tai kirjoita omat tietosi
profile-name = Nimi
profile-role = Ammattinimike
profile-role-other = Muu nimike
profile-role-other-title = Nimike
profile-sector = Sektori
profile-organisation = Organisaatio
profile-unit = Yksikkö
profile-phone = Puhelin
profile-secure-email = Suojattu sähköposti
profile-save = Tallenna omat tiedot
title-sairaanhoitaja = sairaanhoitaja
title-terveydenhoitaja = terveydenhoitaja
title-laakari = lääkäri
title-sosiaalityontekija = sosiaalityöntekijä
title-sosiaaliohjaaja = sosiaaliohjaaja
title-mielenterveys-ja-paihdetyontekija = mielenterveys- ja päihdetyöntekijä
title-fysioterapeutti = fysioterapeutti
title-suun-terveydenhuolto = suun terveydenhuolto
sector-health-care = Terveydenhuolto
sector-social-welfare = Sosiaalihuolto
sector-third-sector = Järjestö (kolmas sektori)
sector-own-network = Asiakkaan läheinen
settings-open = Asetukset ja työkaverit
settings-title = Asetukset
settings-close = Takaisin asiakkaisiin
settings-profile = Omat tietosi
settings-profile-edit = Muokkaa omia tietoja
colleagues-title = Työkaverit
colleagues-help = Ihmiset, joiden kanssa teet työtä: heidät voi lisätä asiakkaan tiimiin. Käytöstä poistettu työkaveri näkyy yhä aiemmissa kirjauksissa.
colleagues-none = Et ole vielä lisännyt työkavereita.
colleague-retired = Poistettu käytöstä
colleague-edit = Muokkaa
colleague-edit-named = Muokkaa: { $name }
colleague-retire = Poista käytöstä
colleague-restore = Ota takaisin käyttöön
colleague-new-title = Uusi työkaveri
colleague-add = Lisää työkaveri
colleague-save = Tallenna

## Who said what
note-said-by-label = Kenen sanomaa
said-by-self = Omaa kirjaustani ({ $name })
said-by-client = Asiakas
note-said-by = { $who } kertoi, kirjasi { $writer }
note-written-by = kirjasi { $writer }
assessment-writer = Kirjaat nimellä { $name } rekisteriin: { $register }.
assessment-other-register = { $register }, kirjasi { $name }
team-you = sinä
team-contact-to-client = Yhteystiedot asiakkaalle
team-add-none = Tiimiin voi lisätä asetuksissa lisättyjä työkavereita. Lisää uusi työkaveri asetuksista.
team-pair-title = Vastinpari
team-pair-none = Vastinparia ei ole vielä sovittu.
team-pair-health = Terveydenhuollosta
team-pair-social = Sosiaalihuollosta
team-pair-set = Sovi vastinpari
team-pair-needs-both = Vastinpari sovitaan, kun tiimissä on ammattilainen sekä terveydenhuollosta että sosiaalihuollosta.
client-view-phone = Puhelin:
client-view-email = Sähköposti:

## The organisation's directory file
error-directory-invalid = Hakemistotiedostossa on { $count } virheellistä kohtaa. Mitään ei tuotu.
directory-entry-file = Tiedosto
directory-entry-person = Henkilö { $number } (avain { $key })
directory-entry-person-no-key = Henkilö { $number }
directory-entry-organisation = Järjestö { $number } (avain { $key })
directory-entry-organisation-no-key = Järjestö { $number }
directory-problem-not-json = tiedosto ei ole JSON-muotoinen (rivi { $line }, sarake { $column })
directory-problem-format = tiedosto ei ole Kohtaamon hakemisto (muoto ”{ $found }”, pitäisi olla ”kohtaamo-directory/1”)
directory-problem-missing = kenttä ”{ $field }” puuttuu
directory-problem-not-text = kentässä ”{ $field }” on väärän tyyppinen arvo
directory-problem-sector = sektori ”{ $value }” ei ole health-care, social-welfare, third-sector eikä own-network
directory-problem-key-too-long = avain on liian pitkä (enintään { $max } merkkiä)
directory-problem-duplicate-key = avain ”{ $key }” on jo toisella henkilöllä tai järjestöllä
directory-title = Organisaation hakemisto
directory-help = Tuo tietohallinnon ylläpitämä hakemistotiedosto (JSON): sen henkilöt ja järjestöt lisätään tai päivitetään. Sama avain tarkoittaa samaa henkilöä. Jos tiedostossa on yksikin virhe, mitään ei tuoda.
directory-file = Hakemistotiedosto
directory-import = Tuo hakemisto
directory-choose-file = Valitse ensin tiedosto.
directory-imported = Hakemisto tuotu: { $added } uutta henkilöä, { $updated } päivitetty, { $organisations } järjestöä.
organisations-title = Järjestöt
organisations-none = Et ole vielä lisännyt järjestöjä.

## The organisation's settings
org-settings-title = Organisaation asetukset
org-settings-help = Organisaation yhteiset asetukset tietohallinnon ylläpitämästä tiedostosta. Ennen tuontia voimassa ovat Kohtaamon oletukset.
org-settings-segments = Asiakkuusmuodot
org-settings-review-interval = suunnitelma arvioidaan { $months } kk välein
org-settings-named-contact = nimetty yhteyshenkilö
org-settings-idle-lock = Näytön lukitus
org-settings-idle-minutes = Lukittuu { $minutes } min käyttämättömänä, yhteisvastaanotolla { $appointment } min.
org-settings-custodians = Rekisterinpitäjät
org-settings-custodian-none = ei asetettu
org-settings-statement = Asiakaskokemuksen väittämä
org-settings-file = Asetustiedosto
org-settings-import = Tuo asetukset
org-settings-imported = Asetukset tuotu ja voimassa.
error-settings-invalid = Asetustiedostossa on { $count } virhettä. Mitään ei muutettu.
error-instrument-invalid = Mittaritiedostoa ei voi käyttää: { $reason }. Mitään ei tuotu.
error-instrument-version-taken = Mittarin { $id } versio { $version } on jo tietovarastossa toisin sisällöin. Anna tiedostolle uusi versionumero.
error-export-exists = Tiedosto { $name } on jo olemassa. Kohtaamo ei kirjoita sen päälle: valitse toinen nimi.
error-export-not-written = Tiedostoa { $name } ei voitu kirjoittaa (onko levy täynnä tai kansio kirjoitussuojattu?). Mitään ei tallennettu.
error-period-reversed = Jakso päättyy ennen kuin se alkaa. Tarkista päivämäärät.
error-no-custodian = FHIR-tiedostoa ei voi tehdä: organisaation asetuksissa ei ole rekisterinpitäjää rekisterille { $register }. Tuo asetustiedosto, jossa rekisterinpitäjän nimi ja tunnus ovat.
error-handout-not-saved = Tallenna paperi ensin. Sen jälkeen voit avata sen tulostettavaksi.
error-handout-not-opened = Tiedostoa { $name } ei voitu avata: koneelta ei löytynyt PDF-tiedostojen ohjelmaa. Tiedosto on tallennettu; avaa se itse tulostaaksesi.
settings-problem-not-json = tiedosto ei ole JSON-muotoinen (rivi { $line }, sarake { $column })
settings-problem-format = tiedosto ei ole Kohtaamon asetustiedosto (muoto ”{ $found }”, pitäisi olla ”kohtaamo-settings/1”)
settings-problem-missing = { $field } puuttuu
settings-problem-wrong-kind = kohdassa { $field } on väärän tyyppinen arvo
settings-problem-unknown-value = { $field }: ”{ $value }” ei ole sallittu arvo
settings-problem-out-of-range = { $field } on oltava väliltä { $min }–{ $max }
settings-problem-unknown-field = tuntematon kenttä { $field }
withheld-notice = { $register }: { $notes } muistiinpanoa ja { $entries } kartoituksen kohtaa ei näytetä, koska asiakkaan suostumusta ei ole. Ne näkyvät, kun suostumus siihen suuntaan on kirjattu kohtaan Suostumukset.
consent-help = Suostumus koskee suuntaa: sen ollessa voimassa toisen rekisterin tiedot näkyvät. Laajuus kirjataan toistaiseksi vapaana tekstinä, eikä Kohtaamo rajaa tietoja sen mukaan.

## Yhteisasiakkuuden tila ja jaksot
clientship-status-active = Tila: aktiivinen
clientship-status-paused = Tila: tauolla. Syy: { $reason }
clientship-status-closed = Jakso päättyi { $date }. Syy: { $reason }
clientship-status-change = { $date }: { $status } ({ $name })
clientship-earlier-periods = Aiemmat jaksot ({ $count })
clientship-status-reason = Syy tauolle tai päättämiselle
clientship-pause = Tauota yhteisasiakkuus
clientship-resume = Jatka yhteisasiakkuutta
clientship-close = Päätä jakso
clientship-restart-title = Aloita uusi yhteisasiakkuuden jakso
clientship-restart = Aloita uusi jakso
segment-history = Aiemmat segmentoinnit ({ $count })
segment-earlier = { $date }: { $segment } (arvioineet { $names })
assessment-history = Arvio aiempina päivinä ({ $count })
assessment-earlier = Tällainen arvio oli { $date } klo { $time } asti, jolloin { $name } muutti sitä.

## Asiakkaan raportti tietojensa käytöstä
report-open = Tietojen käyttö ja luovutukset
report-print = Tulosta
report-close = Takaisin asiakkaan tietoihin
report-title = Kuka on käyttänyt tietojasi
report-client = { $name }. Raportti laadittu { $date } klo { $time }.
report-covers = Raportti kattaa vain tämän kannettavan tietokoneen Kohtaamo-tietovaraston (tunnus { $store }). Muiden tietojärjestelmien, kuten potilastietojärjestelmän tai sosiaalihuollon asiakastietojärjestelmän, käyttötiedot saat pyytämällä rekisterinpitäjältä.
report-used-title = Tietojen käyttö
report-disclosed-title = Tietojen luovutukset (tulosteet ja siirrot)
report-none = Ei merkintöjä.
report-col-when = Milloin
report-col-who = Kuka
report-col-what = Mitä
report-col-why = Miksi
report-who-before-profiles = Ennen käyttäjäprofiileja tehty merkintä
report-action-read = Luki
report-action-create = Kirjasi
report-action-update = Muutti
report-action-listed = Nimesi näkyi asiakaslistassa
report-action-export = Luovutti
report-record-client = henkilötiedot
report-record-case = asiakkaan tiedot kokonaan
report-record-plan = suunnitelma
report-record-clientship = yhteisasiakkuus ja tiimi
report-record-segment-assessment = segmentointi
report-record-holistic-assessment = kokonaisvaltainen arvio
report-record-appointment = yhteinen tapaaminen
report-record-consent = suostumus
report-record-service-use = palvelujen käyttö
report-record-access-log = tietojen käytön loki
report-record-access-report = tämä raportti
report-record-client-list = asiakaslista
report-record-measure = seurantamittarin vastaus
report-record-measure-by-client = seurantamittarin vastaus, jonka annoit itse
report-record-fhir-health-care = tiedot potilastietojärjestelmään (FHIR, terveydenhuolto)
report-record-fhir-social-welfare = tiedot asiakastietojärjestelmään (FHIR, sosiaalihuolto)
handouts-title = Paperit ja tiedostot
handout-plan-save = Tallenna suunnitelma asiakkaalle (PDF)…
handout-info-sheet-save = Tallenna tietolehti asiakkaalle (PDF)…
handout-save-title = Tallenna asiakkaan paperi
handout-saved = Tallennettu: { $name }.
handout-needs-agreed-plan = Suunnitelman voi antaa asiakkaalle, kun se on sovittu.
handouts-intro = Tiedosto tallentuu vain valitsemaasi paikkaan. Jokainen luovutus näkyy asiakkaan lokiraportissa.
handout-open = Avaa tulostettavaksi
fhir-save = Tallenna FHIR-tiedostona virallista kirjausta varten…
fhir-save-title = Tallenna FHIR-tiedosto
fhir-saved = Tallennettu: { $name } (FHIR R4, oman rekisterisi tiedot).
report-record-handout-plan = suunnitelman kopio asiakkaalle (PDF)
report-record-handout-info-sheet = yhteisasiakkuuden tietolehti asiakkaalle (PDF)
report-times = { $count } kertaa
report-channel-cli = ylläpitotyökalulla
report-purpose-care = hoito ja palvelut
report-purpose-joint-appointment = yhteinen tapaaminen
report-purpose-client-request = oma pyyntösi
report-purpose-administration = tietojärjestelmän ylläpito
report-purpose-knowledge-management = tiedolla johtaminen (vain yhteenvetoluvut)

## Aloitusnäkymä
start-open = Etusivu
start-title = Omat asiakkaat ja tehtävät
start-show-all = Näytä kaikki ({ $count })
start-nothing = Ei mitään tällä hetkellä.
start-reviews-title = Suunnitelman arviointi myöhässä tai { $days } päivän sisällä
start-review-past = arviointi oli { $date } (myöhässä)
start-review-soon = arviointi { $date }
start-late-title = Myöhässä olevat toimenpiteet
start-late-detail = { $count } myöhässä, vanhin { $date }
start-no-plan-title = Ei hyväksyttyä suunnitelmaa
start-measures-title = Mittaukset ajankohtaisia
start-measures-detail = { $count ->
        [one] mittaus
       *[other] { $count } mittausta
    } ajankohtainen { $date } alkaen
start-mine-title = Omat asiakkaat ({ $count })

## Asiakkaan sivun navigointi
nav-label = Asiakkaan tiedot
nav-clientship = Yhteisasiakkuus
nav-segment = Segmentointi
nav-appointment = Tapaaminen
nav-assessment = Arvio
nav-plan = Suunnitelma
nav-consents = Suostumukset
nav-not-started = aloittamatta
nav-paused = tauolla
nav-closed = jakso päättynyt
nav-not-assessed = arvioimatta
nav-running = käynnissä
nav-no-plan = ei suunnitelmaa
nav-review-past = arviointi myöhässä
nav-late = { $count } myöhässä

## Palvelujen käyttö
nav-measures = Mittarit
nav-measure-due = { $names } ajankohtainen
measures-title = Seuranta: mittarit
measure-not-offered = Tätä mittaria ei tarjota alle { $minimum }-vuotiaalle.
measure-due = { $point ->
        [start] Alkumittaus on ajankohtainen.
        [middle] Väliarvio on ajankohtainen.
        [end] Loppumittaus on ajankohtainen: yhteisasiakkuus on päättynyt.
       *[other] Mittaus on ajankohtainen.
    }
measure-none-yet = Ei vielä vastauksia tällä jaksolla.
measure-start = { $point ->
        [start] Täytä alkumittaus
        [middle] Täytä väliarvio
        [end] Täytä loppumittaus
       *[other] Täytä välimittaus
    }
measure-entered-by = Kuka vastaa
measure-entered-by-option = { $by ->
        [client] Asiakas itse yhteisellä näytöllä
        [professional] Ammattilainen kirjaa asiakkaan sanomana
       *[paper] Paperilomakkeelta
    }
measure-in-clients-language = Lomake on asiakkaan kielellä. Asiakas voi jättää kysymyksen vastaamatta.
measure-question-help = Valitse jokaiseen kysymykseen numero.
measure-scale-help = { $min } = { $min_label }, { $max } = { $max_label }
measure-discuss = Keskustele: tärkeys ja tulevaisuus (valinnainen)
measure-answered-count = Vastattu { $count } / { $total }
measure-save = Tallenna vastaukset
measure-cancel = Peruuta
measure-answer-label = { $point ->
        [start] Alku
        [middle] Väli
        [end] Loppu
       *[other] Välimittaus
    } { $date }
measure-chart-title = { $name }: muutos mittauskerrasta toiseen
measure-as-table = Näytä taulukkona
measure-item = Kysymys
measure-unofficial-translation = Käännös on Kohtaamon oma, ei mittarin omistajan virallinen.
nav-service-use = Palvelujen käyttö
service-use-title = Palvelujen käyttö
service-use-service = Palvelu
service-use-month = Kuukausi
service-use-contacts = Käynnit ja yhteydenotot
service-use-save = Tallenna kuukauden käynnit
service-use-contacts-invalid = Anna käyntien määrä kokonaislukuna väliltä 0–{ $most }.
service-use-recorded = { $month } { $service }: { $count }
service-use-compare-not-yet = Vertailu ennen ja jälkeen tulee näkyviin, kun yhteisasiakkuuden alusta on kulunut kokonainen kuukausi.
service-use-compare-title = Käynnit { $months } kk ennen yhteisasiakkuuden alkua ja { $months } kk sen jälkeen
service-use-before = Ennen
service-use-after = Jälkeen
service-use-change = Muutos

## Instrument files a unit imports: what is wrong, field named.
instrument-problem-not-json = tiedosto ei ole JSON-muotoinen (rivi { $line }, sarake { $column })
instrument-problem-format = tiedosto ei ole Kohtaamon mittaritiedosto (muoto ”{ $found }”, pitäisi olla ”kohtaamo-instrument/1”)
instrument-problem-missing = { $field } puuttuu
instrument-problem-wrong-kind = kentässä { $field } on vääränlainen arvo
instrument-problem-unknown-field = { $field } on tuntematon kenttä
instrument-problem-unknown-value = { $field }: ”{ $value }” ei ole sallittu arvo
instrument-problem-empty = { $field } on tyhjä
instrument-problem-bad-id = { $field }: ”{ $value }” ei kelpaa tunnisteeksi (vain pieniä kirjaimia a–z, numeroita ja yhdysmerkkejä)
instrument-problem-duplicate = { $field }: ”{ $value }” toistuu
instrument-problem-out-of-range = { $field } pitää olla väliltä { $min }–{ $max }
instrument-problem-bands = { $field }: värirajojen pitää kattaa asteikko kerran, alimmasta ylimpään arvoon
instrument-problem-several-overall = { $field }: vain yksi kysymys voi olla kokonaisarvio

## The instruments in the settings screen.
instruments-title = Mittarit
instruments-help = Sovelluksen mukana tulee 3X10D-elämäntilannemittari. Yksikkö voi tuoda oman mittarinsa (esimerkiksi PROM-kyselyn) mittaritiedostona; mallina on tiedosto assets/instruments/example-prom.json. Jokainen vastaus muistaa, minkä version kysymyksiin se vastattiin.
instruments-version = versio { $version }, { $items } kysymystä, { $kind ->
        [life-situation] elämäntilannemittari (alku, väli, loppu)
       *[prom] PROM-kysely
    }
instruments-file = Mittaritiedosto (JSON)
instruments-import = Tuo mittari
instruments-imported = Tuotu: { $name }, versio { $version }.

## Varmuuskopiot
backup-title = Varmuuskopio
backup-help = Varmuuskopio on yksi salattu tiedosto, jonka avaa tietovaraston tunnuslause. Säilytä se muualla kuin tällä koneella, esimerkiksi organisaation verkkolevyllä: kadonnut tai varastettu kone ei saa viedä varmuuskopioitaan mukanaan. Siksi varmuuskopiota ei voi tallentaa tietovaraston omaan kansioon.
backup-button = Tee varmuuskopio…
backup-dialog-title = Tallenna varmuuskopio
backup-dialog-filter = Kohtaamon varmuuskopio
backup-progress-label = Varmuuskopion eteneminen
backup-stage-copying = Kopioidaan tietovarastoa…
backup-stage-writing = Kirjoitetaan tiedostoa…
backup-stage-verifying = Tarkistetaan tiedostoa…
backup-stage-checking = Tarkistetaan palautettua tietovarastoa…
backup-done = Varmuuskopio on tehty ja tarkistettu: { $file }, { $size }, asiakkaita { $clients }.
file-size-kb = { $value } kt
file-size-mb = { $value } Mt
restore-title = Palauta varmuuskopiosta
restore-help = Palauta oma tietovarastosi varmuuskopiosta, esimerkiksi uudelle koneelle. Palautus tehdään vain, jos tällä koneella ei vielä ole omaa tietovarastoa: olemassa olevaan tietovarastoon se ei koske.
restore-button = Palauta varmuuskopiosta…
restore-dialog-title = Valitse palautettava varmuuskopio
restore-chosen = Valittu varmuuskopio: { $file }, { $size }, tehty { $date }.
restore-passphrase-label = Varmuuskopion tunnuslause
restore-passphrase-help = Tunnuslause, joka tietovarastolla oli varmuuskopiota tehtäessä.
restore-submit = Tarkista ja palauta
restore-progress-label = Palautuksen eteneminen
restore-choose-other = Valitse toinen tiedosto
backup-error-wrong-passphrase = Tunnuslause ei avaa tätä varmuuskopiota. Käytä tunnuslausetta, joka tietovarastolla oli varmuuskopiota tehtäessä. Mitään ei palautettu.
backup-error-not-a-backup = Valittu tiedosto ei ole Kohtaamon varmuuskopio. Valitse .kohtaamo-backup-päätteinen tiedosto.
backup-error-truncated = Varmuuskopiotiedosto on vajaa: se on katkennut esimerkiksi kopioitaessa. Mitään ei palautettu. Kopioi tiedosto uudelleen tai käytä toista varmuuskopiota.
backup-error-damaged = Varmuuskopiotiedostoa on muutettu tai se on vioittunut, eikä sitä voi käyttää. Mitään ei palautettu. Käytä toista varmuuskopiota.
backup-error-disk-full = Levyllä ei ole tilaa. Keskeneräistä tiedostoa ei jätetty. Vapauta tilaa tai valitse toinen levy.
backup-error-destination-exists = Tämänniminen tiedosto on jo olemassa. Varmuuskopio ei korvaa tiedostoja: valitse toinen nimi.
backup-error-inside-store-folder = Varmuuskopiota ei voi tallentaa tietovaraston omaan kansioon: kadonnut tai varastettu kone veisi silloin varmuuskopionsa mukanaan. Valitse toinen kansio, esimerkiksi verkkolevy tai muistitikku.
backup-error-own-store-exists = Tällä koneella on jo oma tietovarasto. Palautus ei koske olemassa olevaan tietovarastoon, joten mitään ei palautettu. Avaa nykyinen tietovarasto, tai pyydä IT-tukea siirtämään se ensin pois.
backup-error-no-file-chosen = Valitse ensin palautettava varmuuskopio.

## Client experience (anonymous).
experience-title = Kerro kokemuksesi
experience-anonymous = Vastauksesi on nimetön: siihen ei tallenneta nimeäsi, henkilötunnustasi eikä päivää, vain yksikkö ja kuukausi.
experience-recommend = Kuinka todennäköisesti suosittelisit palveluamme ystävällesi tai läheisellesi?
experience-recommend-scale = 0 = en lainkaan todennäköisesti, 10 = erittäin todennäköisesti
experience-statement-scale = 0 = täysin eri mieltä, 10 = täysin samaa mieltä
experience-feedback = Vapaa palaute (valinnainen)
experience-save = Lähetä vastaus
experience-thanks = Kiitos palautteestasi!
experience-saved = Vastaus tallennettu. Voit kirjata seuraavan.
experience-month = Kuukausi, jolta vastaus on
experience-typed-title = Asiakaskokemus tekstiviestikyselystä
experience-typed-help = Kirjaa tähän tekstiviestikyselyn vastaukset. Ne tallentuvat nimettöminä, yksikön ja kuukauden tiedoin.

## The figures (aggregates of the own caseload).
figures-open = Luvut
figures-title = Luvut: oma asiakasmääräni
figures-whose = Nämä ovat tämän koneen tietovaraston eli oman asiakasmääräsi luvut. Yksikön luvut kaikilta koneilta tulevat tiimipalvelimen myötä.
figures-rule = Luvut ovat eri asiakkaiden määriä (asiakaskokemuksessa vastausten määriä, sillä vastaukset ovat nimettömiä). Alle { $min } luku piilotetaan, ja rivillä, jolla on summa, piilotetaan myös seuraavaksi pienin, jottei piilotettua voi laskea.
figures-hidden = alle { $min }
figures-share = { $part } / { $of } ({ $percent } %)
figures-from = Alkaen
figures-to = Päättyen
figures-period-reversed = Jakso päättyy ennen kuin alkaa. Valitse päättymispäiväksi alkupäivä tai myöhempi päivä.
figures-clients = Yhteisasiakkaat kuukausittain
figures-month = Kuukausi
figures-new = Uudet
figures-active = Aktiiviset
figures-closed = Päättyneet
figures-segments = Segmentit jakson lopussa
figures-total = Yhteensä
figures-agreed-plan = Asiakkaita, joilla on hyväksytty suunnitelma
figures-reviews-on-time = Arvioinnit ajallaan
figures-change-title = 3X10D: muutos alkumittauksesta viimeisimpään
figures-change-none = Ei vielä asiakkaita, joilta olisi alkumittaus ja myöhempi mittaus.
figures-experience = Asiakaskokemus
figures-nps = Suositteluindeksi (NPS)
figures-nps-value = { $nps } (vastauksia { $n })
figures-statement = Organisaation oma väittämä (0–10)
figures-statement-value = keskiarvo { $mean } (vastauksia { $n })
figures-service-use = Palvelujen käyttö ennen ja jälkeen
figures-clients-n = Asiakkaita
figures-export = Tallenna CSV-tiedostona…
figures-export-title = Tallenna luvut
figures-exported = Luvut tallennettu: { $name }
figures-close = Sulje
figures-prom-title = { $name }: kysymysten keskiarvot
figures-mean = Keskiarvo (0–10)
