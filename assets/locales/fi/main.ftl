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
choose-client-hint = Valitse asiakas luettelosta tai lisää uusi asiakas.
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
error-rule = Tietoja ei tallennettu, koska ne eivät täytä sääntöä: { $detail }
error-pin-format = PIN-koodissa on oltava { $min }–{ $max } numeroa.
error-wrong-pin = PIN-koodi on väärä. { $tries ->
    [one] Yksi yritys jäljellä.
   *[other] { $tries } yritystä jäljellä.
}
error-pin-tries-used-up = PIN-koodi meni väärin liian monta kertaa. Avaa tietovarasto tunnuslauseella.
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
note-author = Kirjaaja
note-visibility = Kenelle näkyy
note-add = Lisää muistiinpano
register-health-care = Terveydenhuolto
register-social-welfare = Sosiaalihuolto
visibility-shown-to-client = Näytetään asiakkaalle
visibility-professional-only = Vain ammattilaisille

## Kokonaisvaltainen kartoitus

assessment-title = Kokonaisvaltainen kartoitus
assessment-author = Kirjaaja
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
