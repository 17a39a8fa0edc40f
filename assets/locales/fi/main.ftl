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
idle-locked-notice = Tietovarasto lukittiin, koska sovellusta ei käytetty hetkeen. Avaa se tunnuslauseella.
